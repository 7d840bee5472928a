"""Calls to undo one's own course: a speaker who says an actor should resign, apologise, think again or change course
("Lee said the minister should resign", '"The regulator must think again," said Lee', "Lee said the board had to
start all over again and rethink its strategy") takes a side against that actor, as one who asks them to quit does
(constructions/quit_calls.py). The verbs: stance.json quitting_verbs and apology_verbs, with course_change_verbs.
Not the speaker's own side ("we must think again", "let's apologise"), a call denied ("should not resign") or made
on a condition ("should quit if ..."), a necessity only foretold ("will have to resign"), nor a change of a thing
("should change the law" wants the change: deontic.py).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..cues.verb_clauses import conditional
from ..frame import Frame, negated
from .polarity import clause_speakers
from ...reference.actors import Context, first_person, target_actor, we_pronoun
from ...language.syntax import conditioned, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["reversal_frames"]

RULE = "speech-reversal"


def reversal_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    words = ctx.lex.words("stance", "quitting_verbs") | ctx.lex.words("stance", "apology_verbs") \
        | ctx.lex.words("stance", "course_change_verbs")
    firsts = {w.split()[0] for w in words}
    out = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in firsts or not _undoing(t, words):
            continue
        head = _obliged(t, ctx.lex.positions["deontic"])
        if head is None or negated(ctx, t) or negated(ctx, head) or conditional(head, st) or conditional(t, st) \
                or any(c.dep_ == "advcl" and conditioned(c, st["conditional_marks"]) for v in (t, head) for c in children(v)):
            continue  # ("should quit if he is found to have lied": a call on a condition)
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(head)):
            continue  # ("let's apologise and move on": the speaker's own side, no one told)
        subj = next(iter(subjects(head)), None)
        if subj is None or we_pronoun(ctx, subj) or first_person(ctx, subj) or target_actor(ctx, subj) is None:
            continue  # ("we must think again": the speaker's own side; "it should change": no actor)
        holders, _ = clause_speakers(ctx, head, set(st["speech"]), si)
        if holders:
            out.append(Frame("opposes", t.i, holders, subj.i, RULE, si, confidence=0.6))
    return out


def _undoing(t: Token, words: frozenset[str]) -> bool:
    """The verb, alone or with its particle, adverb or object, is one of undoing one's course; a verb that takes a
    thing of another ("rethink the levy") is a call about the thing (deontic.py), one's own ("its strategy") not."""
    lemma = t.lemma_.lower()
    kids = children(t)
    objects = [c for c in kids if c.dep_ == "dobj"]
    for c in kids:
        if c.dep_ in ("prt", "advmod", "dobj") and f"{lemma} {c.lower_}" in words:
            return True
    if lemma not in words:
        return False
    return not objects or all(any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in children(o)) for o in objects)


def _obliged(t: Token, deontic: dict) -> Token | None:
    """The clause whose subject is told to undo its course: the verb with "should", "must" or "ought to", or the
    "have" or "need" it is the to-infinitive of ("had to start again"); the first of conjoined verbs ("had to start
    all over again and rethink its strategy")."""
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    if any(c.dep_ == "aux" and c.lower_ in deontic["modals"] for c in children(t)):
        return t
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in deontic["obligation_verbs"] and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        # ("will have to resign", "may have to resign": a necessity foretold or supposed, no call)
        return None if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t.head)) else t.head
    return None
