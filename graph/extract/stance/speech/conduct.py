"""The side a speaker takes by the manner they say an actor acted in: "Ward said the union had acted irresponsibly",
'"The board behaved disgracefully," Kent said', "said the minister had acted honourably", or what it is likened to when that is good ("acted like a true
statesman"; a bad likeness is speech.py's charge). The verbs are stance.json
likening_verbs (act, behave: FrameNet's Conduct), the manner their adverb, judged by the eval lists or by VADER's
valence (the vaderSentiment package) of the adverb or of the adjective it is made from."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from .polarity import clause_speakers, valence, valences
from ...reference.actors import Context, first_person, target_actor
from ...language.tokens import children, sent_tokens

__all__ = ["conduct_frames", "likeness", "tried_misdeed"]

# VADER valence a manner needs to judge ("shamefully" -1.9, "badly" -2.1, "admirably" 2.5; not "independently")
_JUDGING = 1.5
# the adjective a manner adverb is made from: "irresponsibly" -> "irresponsible", "hastily" -> "hasty", "badly" -> "bad"
_SUFFIXES = (("ibly", "ible"), ("ably", "able"), ("ily", "y"), ("ly", ""))


def conduct_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        if t.lemma_.lower() not in st["likening_verbs"] or any(c.dep_ == "neg" for c in children(t)):
            continue
        subj = [c for c in children(t) if c.dep_ == "nsubj"]
        manner = [c for c in children(t) if c.dep_ == "advmod" and c.lower_.endswith("ly")]
        praised = likeness(t) >= _JUDGING  # "acted like a true statesman" (a bad likeness is speech.py's charge)
        if len(subj) != 1 or not (manner or praised) or not target_actor(ctx, subj[0]) or first_person(ctx, subj[0]):
            continue
        value = sum(_value(ctx, a) for a in manner) + (1 if praised else 0)
        holders, _ = clause_speakers(ctx, t, speech, si) if value else ([], False)
        if holders:
            out.append(Frame("supports" if value > 0 else "opposes", t.i, holders, subj[0].i, "speech-judged-actor",
                             si, confidence=0.6))
    return out


def likeness(t: Token) -> float:
    """VADER's valence of what a verb of conduct likens its subject to ("like a true statesman" 1.8, "like a bully"
    -2.2): the noun after 'like' and its adjectives; 0 with no likeness."""
    nouns = [g for c in children(t) if c.dep_ == "prep" and c.lower_ == "like" for g in children(c) if g.dep_ == "pobj"]
    return sum(valence(x) for n in nouns for x in [n] + [c for c in children(n) if c.dep_ == "amod"])


def _value(ctx: Context, adverb: Token) -> int:
    low = adverb.lower_
    base = next((low[: -len(s)] + r for s, r in _SUFFIXES if low.endswith(s)), low)
    words = {low, base}
    if words & ctx.lex.words("stance", "negative_eval"):
        return -1
    if words & ctx.lex.words("stance", "positive_eval"):
        return 1
    lex = valences()
    v = lex.get(low, lex.get(base, 0.0))
    return -1 if v <= -_JUDGING else 1 if v >= _JUDGING else 0


def tried_misdeed(t: Token, st: dict) -> str | None:
    """ "the Greens are trying to con voters", "sought to mislead the House": a misdeed an actor tries (the verbs of
    FrameNet's Attempt frame, stance.json conative_verbs) is charged as one done; the misdeed's lemma."""
    if t.lemma_.lower() not in st["conative_verbs"]:
        return None
    return next((c.lemma_.lower() for c in children(t) if c.dep_ == "xcomp" and c.lemma_.lower() in st["misdeed_verbs"]), None)
