"""Likening an actor to something: "likened the two ministers to squabbling toddlers", "compared the council to a
medieval court", "compared the chancellor's forecasts to a conjuring trick". The verbs of FrameNet's
Evaluative_comparison frame (stance.json likening_to_verbs: liken, compare, equate) said of a person or a body, or
of what one did or said (stance.json conduct_nouns), with 'to' or 'with' and a thing it is likened to: in news the
likening of an actor is a jibe, against them, unless the thing likened to is one VADER's lexicon (the vaderSentiment
package) rates good ("compared her to a saint"). Figures compared with others ("profits compared with a loss") have
no actor for object, and a plan likened to another ("likened the aid package to the Marshall Plan") is left alone."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..frame import Frame, negated
from ..speech.polarity import valence
from ...reference.actors import Context, actors, target_actor
from ...language.syntax import dobj, pobj, subjects
from ...language.tokens import children, sent_tokens

__all__ = ["likened_frames"]


def likened_frames(ctx: Context, si: int, sent: Span) -> list[Frame]:
    st = ctx.lex.stance
    out = []
    for t in sent_tokens(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in st["likening_to_verbs"] or negated(ctx, t) or t.dep_ == "acl" \
                or t.dep_ == "ccomp" and t.head.lemma_.lower() in st["rebutting_verbs"]:
            continue  # ("reports that she had likened X to Y were wrong", "denied that he likened X to Y": no jibe made)
        obj = dobj(t)
        like = next((pobj(c) for x in ([t, obj] if obj is not None else [t]) for c in children(x)
                     if c.dep_ == "prep" and c.lower_ in ("to", "with") and pobj(c) is not None), None)
        if obj is None or like is None or like.like_num or like.pos_ not in ("NOUN", "PROPN"):
            continue
        judged = _judged(ctx, obj)
        if judged is None or sum(valence(w) for w in like.subtree) > 0:
            continue  # ("compared her to a saint": praise)
        holders = [s for s in subjects(t) if actors(ctx, s, si)]
        mine = {a for h in holders for a in actors(ctx, h, si)}
        if holders and target_actor(ctx, judged) not in mine:
            out.append(Frame("opposes", t.i, holders, judged.i, "verb-likened", si, confidence=0.6))
    return out


def _judged(ctx: Context, obj: Token) -> Token | None:
    """The actor the likening is said of: the object itself, or the owner of the deed or words likened ("the
    chancellor's forecasts")."""
    if target_actor(ctx, obj):
        return obj
    owner = next((c for c in children(obj) if c.dep_ == "poss"), None)
    if owner is not None and obj.lemma_.lower() in ctx.lex.stance["conduct_nouns"] and target_actor(ctx, owner):
        return owner
    return None
