"""The reason a side is taken on an actor: "attacked the Greens for wanting to abolish toll bridges" takes
a side on abolishing them too, and "criticised the firm over its bonus scheme" on the scheme."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..frame import Frame
from ..cues.idioms import COPULAS
from ...reference.actors import Context, target_actor
from ...language.syntax import deed_continued, pobj
from ...language.tokens import children, tokens

# the rule of a side taken on a deed for which its doer is judged (speech/judged_deeds.py reads it too)
RULE = "verb-reason"

__all__ = ["reason_frames", "RULE"]


def reason_frames(ctx: Context, frames: list[Frame]) -> list[Frame]:
    doc = ctx.parsed.doc
    out = []
    for f in frames:
        if f.target is None or not (f.rule.startswith("verb-object") or f.rule in ("idiom", "noun-received")) or f.negated \
                or not target_actor(ctx, tokens(doc)[f.target]):
            continue
        cue = tokens(doc)[f.cue]
        anchors = (cue, tokens(doc)[f.target])
        if f.rule == "noun-received":
            # "faced criticism from the unions over her plan": the critics take a side on the plan too; the parser
            # hangs the reason on the noun or on the verb of receiving
            anchors = (cue, cue.head if cue.dep_ == "dobj" else cue.head.head)
        if f.rule == "idiom":
            # "poured scorn on Labour over its levy": the idiom's verb holds the reason; a state ("is at odds with X
            # over Y") says no side on Y
            if cue.head.pos_ != "VERB" or cue.head.lemma_.lower() in COPULAS:
                continue
            anchors += (cue.head,)
        # the parser hangs "for"/"over" on the verb or on the one taken on
        for prep in [c for x in anchors for c in children(x) if c.dep_ == "prep" and c.i > max(f.target, f.cue)]:
            reason = _reason(ctx, prep)
            if reason is not None:
                out.append(replace(f, target=reason.i, rule=RULE, target_is_clause=False, clause=None))
                # "for wanting to abolish A, introduce B and raise C": the deeds the parser hung on the cue too
                for v in _more_deeds(ctx, cue):
                    out.append(replace(f, target=v.i, rule=RULE, target_is_clause=False, clause=None))
    return out


def _more_deeds(ctx: Context, cue: Token) -> list[Token]:
    deeds = [c for c in children(cue) if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and deed_continued(c) is not None]
    deeds += [g for d in deeds for g in children(d) if g.dep_ == "conj" and g.pos_ == "VERB"]
    return [d for d in deeds if any(c.dep_ == "dobj" and not target_actor(ctx, c) for c in children(d))]


def _reason(ctx: Context, prep: Token) -> Token | None:
    """What "for" or "over" names as the reason: a deed ("for raising fees", "for wanting to abolish X": the act
    wanted) or a policy ("over its bonus scheme"); not a quality ("for his courage")."""
    obj = pobj(prep)
    if obj is None:
        return None
    reasons = ctx.lex.stance["reason_preps"]
    if prep.lower_ in reasons["deed"] and obj.tag_ == "VBG" and obj.dep_ == "pcomp":
        wanted = [c for c in children(obj) if c.dep_ == "xcomp" and c.pos_ == "VERB"] \
            if obj.lemma_.lower() in ctx.lex.stance["volition_verbs"] else []
        act = wanted[0] if wanted else obj
        return act if any(c.dep_ == "dobj" and not target_actor(ctx, c) for c in children(act)) else None
    if prep.lower_ in reasons["policy"] and obj.pos_ == "NOUN" and (
            obj.lemma_.lower() in ctx.lex.positions["heads"] or obj.lower_ in ctx.lex.positions["heads"]):
        return obj
    return None
