"""Calls to quit: "asked Kent to step down", "wants Kent to resign", "demanded that Kent quit", "Kent should resign,
the union said". One who asks, wants or says that another ought to leave their post wants them gone, a side against
them. statements/stance_edges.py reads a call whose cue has a target ("called for Kent to resign"); these are the calls whose
quitting verb is a cue of its own ("resign over X") or hangs on a verb of asking (stance.json asking_verbs) or a
reported "should" the cue rules leave without a target."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ...reference.actors import Context, actors, target_actor
from ..speech.speech import reported_by, reporting_verb
from ...language.syntax import dobj, pobj, subjects
from ...language.tokens import children, sent_tokens
from ..cues.verb_clauses import conditional, quitting

__all__ = ["quit_call_frames"]


def quit_call_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or not (quitting(t, st) or _ousted(ctx, t)) or conditional(t, st) or any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in st["conditional_marks"] for m in children(c))
                for c in children(t)):
            continue  # ("should quit if he is found to have lied": a call on a condition)
        asked = _asked(ctx, t, st)
        found = asked or _ought(ctx, t, si)
        if found is None:
            continue
        asker, doer, holders = found
        if not target_actor(ctx, doer) or negated(ctx, asker):
            continue  # ("did not ask Kent to resign": no call made)
        # the one asked to go is never among those who ask ("we want to step down" is no call)
        mine = {a for h in holders for a in (actors(ctx, h, si) if isinstance(h, Token) else [])}
        if mine & set(actors(ctx, doer, si)):
            continue
        frames.append(Frame("opposes", t.i, holders, doer.i, "verb-quit-call", si, confidence=0.7))
        if asked is not None and t.dep_ == "ccomp" and not _ousted(ctx, t) and not any(
                c.dep_ == "prep" and f"{t.lemma_.lower()} {c.lower_}" in st["phrasal"] for c in children(t)):
            # and a side for the going itself, as "called for Kent to resign" has one ("demanded Kent quit": the
            # quitting, with its doer, is what is called for; its cue is the quitting verb, which no other frame
            # claims; "resign over X" is a cue of its own, against X, and the call is then read as against Kent alone)
            frames.append(Frame("supports", t.i, holders, t.i, "verb-quit-call", si, confidence=0.7))
    return frames


def _ousted(ctx: Context, t: Token) -> bool:
    """ "Kent should be sacked", "demanded that Kent be sacked": the passive of a verb of ousting (positions.json
    wished_states oust), a call for one to go as "Kent should resign" is."""
    return t.lemma_.lower() in ctx.lex.positions["wished_states"]["oust"] and any(c.dep_ == "auxpass" for c in children(t))


def _asked(ctx: Context, t: Token, st: dict) -> tuple[Token, Token, list] | None:
    """ "asked Kent to resign", "called on Kent to quit" (the to-clause, its doer the one asked), "wants Kent to resign",
    "demanded that Kent step down" (the clause with a subject of its own, to-infinitive or subjunctive)."""
    head = t.head
    if head.i == t.i or head.lemma_.lower() not in st["asking_verbs"] or head.pos_ not in ("VERB", "AUX"):
        return None
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))
    doer = None
    if t.dep_ in ("xcomp", "advcl") and to and t.i > head.i:
        doer = dobj(head) or next((pobj(c) for c in children(head) if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                                   and pobj(c) is not None and pobj(c).i < t.i), None)
    elif t.dep_ == "ccomp" and t.i > head.i:
        subj = next((c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = [c.lower_ for c in children(t) if c.dep_ == "aux"]
        # ("demanded that Kent resign", "that Kent should resign", "wants Kent to resign"; not "said Kent will resign")
        # ("demanded Kent quit": a verb whose past is its base form is tagged as a past as often as not)
        if subj is not None and (aux in (["to"], ["should"]) or not aux and (t.tag_ in ("VB", "VBP")
                                                                             or t.tag_ == "VBD" and t.lower_ == t.lemma_)):
            doer = subj
    if doer is None or doer.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    holders = subjects(head)
    return (head, doer, holders) if holders else None


def _ought(ctx: Context, t: Token, si: int) -> tuple[Token, Token, list] | None:
    """ "Kent should resign, the union said", "said Kent must step down": what a speaker says another ought to do."""
    if t.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in children(t)):
        return None
    subj = next((c for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")), None)
    verb = reporting_verb(ctx, t)
    if subj is None or verb is None or verb.i != t.head.i:
        return None
    holders = [ctx.parsed.doc[i] for i in reported_by(ctx, verb)]
    return (verb, subj, holders) if holders else None
