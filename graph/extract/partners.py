"""Partners refused: "the Greens would not govern alongside the Farmers Party", "refused to form a pact with
Labour", "we will never share power with them". An act done with another actor (stance.json `partner_verbs`,
or a verb whose object is one of `partner_nouns`: a coalition, a pact) that the holder will not do takes the
side against the partner; the act done is no side taken (working with a rival says nothing of them)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .frame import Frame, negated
from .reference import Context, target_actor
from .syntax import dobj, pobj, subjects
from .tokens import children, sent_tokens

__all__ = ["partner_frames"]


def partner_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        # the partner first: few verbs have one, and every verb would otherwise have its negation worked out
        partner = _partner(ctx, t, st) if t.pos_ == "VERB" else None
        if partner is None or not negated(ctx, t):
            continue
        holders = subjects(t)
        if holders:
            frames.append(Frame("supports", t.i, holders, partner.i, "verb-partner", si, negated=True, confidence=0.7))
    return frames


def _partner(ctx: Context, t: Token, st: dict) -> Token | None:
    """The actor "with" or "alongside" names after a verb of acting together, or after its coalition or pact."""
    places = [t] if t.lemma_.lower() in st["partner_verbs"] else []
    obj = dobj(t) or next((pobj(c) for c in children(t) if c.dep_ == "prep" and c.lower_ == "into"), None)
    if obj is not None and obj.lemma_.lower() in st["partner_nouns"] and t.lemma_.lower() not in st["verbs"] \
            and not any(c.dep_ == "prt" for c in children(t)):  # "has not ruled out a coalition": a cue of its own
        places += [t, obj]
    for p in places:
        for c in children(p):
            if c.dep_ == "prep" and c.lower_ in ("with", "alongside") and pobj(c) is not None and target_actor(ctx, pobj(c)):
                return pobj(c)
    return None
