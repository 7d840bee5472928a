"""Hindsight: what a speaker says an actor should have done ("said the government should have acted sooner",
'"The board ought to have listened to us," said Ward', "should never have approved the sale") charges the actor
with not doing it, a side against it held by the one who says so. The modals are stance.json hindsight_modals with
a perfect 'have' and a past participle; what the speaker says of their own side ("we should have listened") is a
regret, not a charge, and a clause no named speaker holds is no one's."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .failings import judged_subject
from ..frame import Frame
from .polarity import clause_speakers
from ...reference.actors import Context
from ...language.syntax import conditioned, question
from ...language.tokens import children, sent_tokens

__all__ = ["hindsight_frames"]


def hindsight_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    if question(sent):
        return []  # a question states no side
    st = ctx.lex.stance
    modals = ctx.lex.words("stance", "hindsight_modals")
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        if t.tag_ != "VBN" or not _hindsight(t, modals) \
                or conditioned(t, st["conditional_marks"]):
            continue
        # ("ministers ought to have listened": the parser makes "ought" the clause and the participle its xcomp)
        clause = t.head if t.dep_ == "xcomp" and t.head.lower_ in modals else t
        judged = judged_subject(ctx, clause, owner=False)
        if judged is None:
            continue  # "the weather should have improved": no actor; "we should have listened": a regret
        holders, _ = clause_speakers(ctx, clause, speech, si)
        if holders:
            out.append(Frame("opposes", t.i, holders, judged.i, "speech-hindsight", si, confidence=0.6))
    return out


def _hindsight(t: Token, modals: frozenset[str]) -> bool:
    """ "should have acted", "ought to have listened", "should never have approved": a modal of what was due
    and a perfect 'have' before the participle."""
    aux = [c for c in children(t) if c.dep_ == "aux" and c.i < t.i]
    modal = any(c.lower_ in modals for c in aux) or t.dep_ == "xcomp" and t.head.lower_ in modals
    return modal and any(c.lower_ == "have" for c in aux)
