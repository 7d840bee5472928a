"""Acts taken up again: "The Bundesbank cut its discount rate on Thursday. The IMF welcomed the move." A noun that
names an act only as an act ("the move", "the step", "the decision": positions.json act_pointers), taken sides on,
points back at the act of policy the article has just told with a verb; that act is a policy, and its doer backs it.
Without this the told act is no position (a deed is no stance cue of its own), and the pointer has nothing to name.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..frame import Frame, negated
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import dobj
from ...reference.holder_parts import undated_subjects
from ..cues.verb_clauses import conditional
from ...language.tokens import children, sent_tokens, tokens

__all__ = ["taken_up_acts", "RULE"]

RULE = "deed-taken-up"


def taken_up_acts(ctx: Context, frames: list[Frame]) -> list[Frame]:
    """A frame of its doer's backing for each act a pointer noun of a stance frame takes up."""
    toks = tokens(ctx.parsed.doc)
    pointers = ctx.lex.words("positions", "act_pointers")
    out: list[Frame] = []
    taken: set[int] = set()
    cues = {f.cue for f in frames}
    for f in frames:
        if f.target is None or f.negated or f.target_is_clause:
            continue
        t = toks[f.target]
        # (holders are still tokens here, or -1 for the speaker)
        held = [h if isinstance(h, int) else h.i for h in f.holders]
        if not _pointer(t, pointers) or not any(ctx.speaker.get(f.sent) if h == -1 else actors(ctx, toks[h], f.sent) for h in held):
            continue
        act = _told_act(ctx, t, cues)
        if act is None or act.i in taken:
            continue
        # ("OSLO, May 3 - Norway is seeking to cut X": the dateline is no doer, the subject apposed to it is)
        doers = undated_subjects(ctx, act)
        si = ctx.sent_of[act.i]
        if not any(actors(ctx, d, si) for d in doers):
            continue
        taken.add(act.i)
        out.append(Frame("supports", act.i, doers, act.i, RULE, si, confidence=0.6))
    return out


def _pointer(t: Token, pointers: frozenset[str]) -> bool:
    """ "the move", "this step", "their decision": an act named by nothing but its being one (not "the decision to
    close the mine" nor "the move by the bank", which say which)."""
    return t.pos_ == "NOUN" and t.lemma_.lower() in pointers and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their", "his", "her")
        for c in children(t)) and not any(c.dep_ in ("prep", "acl", "relcl", "compound") for c in children(t))


def _told_act(ctx: Context, pointer: Token, cues: set[int]) -> Token | None:
    """The nearest act of policy told before the pointer, in its sentence or the one before: a verb of such an act
    (Lexicon.policy_acts), or an act decided ("decided to devalue the peso"), done by an actor to a thing, said as
    done or to be done (no "not", no "if"). A verb that is a cue of its own, or one that brings its object in
    ("approved a water tax", positions.json deontic bring_in), has the policy in its object, named already."""
    si = ctx.sent_of[pointer.i]
    sents = [ctx.sents[si]] + ([ctx.sents[si - 1]] if si > 0 and si - 1 not in ctx.headings else [])
    deciding = ctx.lex.words("stance", "deciding_verbs")
    bring_in = frozenset(ctx.lex.positions["deontic"]["bring_in"])
    for sent in sents:
        for v in reversed([x for x in sent_tokens(sent) if x.i < pointer.i]):
            if v.pos_ != "VERB" or v.dep_ not in ("ROOT", "conj", "xcomp", "ccomp"):
                continue
            lemma = v.lemma_.lower()
            decided = v.dep_ == "xcomp" and v.head.lemma_.lower() in deciding
            if lemma not in ctx.lex.policy_acts and not decided or v.i in cues or lemma in bring_in:
                continue
            obj = dobj(v)
            if obj is None or obj.pos_ not in ("NOUN", "PROPN") or target_actor(ctx, obj) \
                    or negated(ctx, v) or decided and negated(ctx, v.head) or conditional(v, ctx.lex.stance):
                continue
            return v
    return None
