"""Candidacies denied: "the branch insists Dale will never be its nominee", "head office says she cannot stand as a
Labour candidate", "Dale remains ineligible to run as a candidate, the party said". One who says another will not, cannot
or must not stand for election (be a candidate, stand or run as one: stance.json candidacy_nouns) takes the side
against that candidacy, which the story's readers count as a side against the person standing. One who says it of
themselves ("I will not stand as a candidate") only declines, and a candidacy told ("she will be the party's
candidate") is news, no side."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame
from ...reference.actors import Context, actors, target_actor
from .speech import reported_by, reporting_verb
from ...language.syntax import pobj
from ...language.tokens import children, sent_tokens

__all__ = ["candidacy_frames"]

# the verbs of standing for election ("stand as a candidate", "run as its nominee")
_STANDING = ("stand", "run")


def candidacy_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    frames = []
    for t in sent_tokens(sent):
        if t.pos_ not in ("VERB", "AUX") or not _candidacy(t, st):
            continue
        denied = _denied(t, st)
        clause = t
        if denied is None and t.dep_ == "xcomp" and t.head.lower_ in st["ineligible_adjectives"]:
            clause, denied = t.head.head, True  # "Dale was ineligible to run as a candidate"
        if not denied:
            continue
        subj = next((c for c in children(clause) if c.dep_ == "nsubj"), None)
        verb = reporting_verb(ctx, clause)
        if subj is None or verb is None or not target_actor(ctx, subj) or clause.dep_ not in ("ccomp", "ROOT") \
                or clause.dep_ == "ccomp" and verb.i != clause.head.i:
            continue
        holders = [ctx.parsed.doc[i] for i in reported_by(ctx, verb)]
        # (one who says it of themselves declines to stand: no side on their own candidacy)
        if not holders or {a for h in holders for a in actors(ctx, h, si)} & set(actors(ctx, subj, si)):
            continue
        frames.append(Frame("opposes", t.i, holders, subj.i, "verb-candidacy", si, confidence=0.7))
    return frames


def _candidacy(t: Token, st: dict) -> bool:
    """Whether t says its subject is or stands as a candidate: "be its candidate", "stand as a Labour candidate"."""
    nouns = st["candidacy_nouns"]
    lemma = t.lemma_.lower()
    if lemma == "be":
        return any(c.dep_ == "attr" and c.lemma_.lower() in nouns for c in children(t))
    return lemma in _STANDING and any(c.dep_ == "prep" and c.lower_ == "as" and pobj(c) is not None
                                      and pobj(c).lemma_.lower() in nouns for c in children(t))


def _denied(t: Token, st: dict) -> bool | None:
    """True when the clause of t says it will not, cannot or must not be: a negation with a modal ("will not",
    "cannot", "must never"); None when it is not negated so."""
    neg = any(c.dep_ == "neg" or c.lower_ == "never" for c in children(t))
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children(t))
    return True if neg and modal else None
