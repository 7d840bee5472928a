"""The side a speaker takes by saying what an actor lacks: '"He lacks vision and good judgement," Ward said', "Kent said
the board had no vision", "said the government had run out of solutions". A virtue or a remedy lacked is a fault
of the one who lacks it; what is a virtue is read by VADER's valence (the vaderSentiment package) of the noun
lacked and its adjectives, so "lacks the votes" or "has no plans to" judge no one, nor does a lack of support or
backing (a side others take, read by the noun cues), of confidence in someone (a side the lacker takes) or of a chance
or a freedom ("had no hope of winning": a plight, stance.json prospect_nouns)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from .polarity import clause_speakers, valence
from ...reference.actors import Context, first_person, target_actor
from ...language.syntax import pobj
from ...language.tokens import children, sent_tokens

__all__ = ["lack_frames"]

# VADER valence the thing lacked needs to be a virtue or a remedy ("vision" 1.0, "solutions" 0.7, "courage" 2.2)
_VIRTUE = 0.5
# what 'in', 'for', 'with' or 'among' after the noun says is the lacker's own side ("no confidence in the board",
# "no respect for", "run out of patience with") or others' ("lacks support among voters")
_SIDED_PREPS = ("in", "for", "with", "among", "from")


def lack_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    speech = ctx.lex.words("stance", "speech")
    out = []
    for t in sent_tokens(sent):
        lacked = _lacked(t)
        if not lacked or any(c.dep_ == "neg" for c in children(t)):
            continue
        subj = [c for c in children(t) if c.dep_ == "nsubj"]
        if len(subj) != 1 or not target_actor(ctx, subj[0]) or first_person(ctx, subj[0]):
            continue
        words = [w for n in lacked for w in [n] + [c for c in children(n) if c.dep_ == "amod"]]
        if sum(valence(w) for w in words) < _VIRTUE or any(
                w.lemma_.lower() in st["nouns"] or w.lemma_.lower() in st["received_only_nouns"]
                or w.lemma_.lower() in st["prospect_nouns"] for w in lacked) \
                or any(c.dep_ == "prep" and c.lower_ in _SIDED_PREPS for x in [t] + lacked for c in children(x)):
            continue
        holders, _ = clause_speakers(ctx, t, speech, si)
        if holders:
            out.append(Frame("opposes", t.i, holders, subj[0].i, "speech-polarity", si, confidence=0.6))
    return out


def _lacked(t: Token) -> list[Token]:
    """The nouns t says its subject lacks: the object of "lack", of "have" with "no" on it ("had no vision"), or
    what "has run out of"; with the nouns joined to the first ("vision and good judgement")."""
    lemma = t.lemma_.lower()
    first = None
    if lemma == "lack" and t.pos_ == "VERB":
        first = next((c for c in children(t) if c.dep_ == "dobj"), None)
    elif lemma == "have":
        first = next((c for c in children(t) if c.dep_ == "dobj" and any(
            d.dep_ == "det" and d.lower_ == "no" for d in children(c))), None)
    elif lemma == "run":
        # ("run out of ideas": the parser takes 'out' for a particle or for a preposition with 'of' under it)
        out = [c for c in children(t) if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
        first = next((pobj(c) for x in [t] + out[:1] for c in children(x) if c.dep_ == "prep" and c.lower_ == "of"), None) \
            if out else None
    if first is None or first.pos_ != "NOUN":
        return []
    return [first] + [c for c in first.conjuncts if c.pos_ == "NOUN"]
