"""Claims named by a noun: "the union's claim that the levy is unfair", "claims by the union that it was a
disaster", "her view that the charge was wrong": the that-clause of a noun of saying or believing is reported
speech whose speaker is the noun's owner, whoever the sentence's own speaker is."""
from __future__ import annotations

from spacy.tokens import Token

from ...reference.actors import Context, actors
from ...language.syntax import pobj
from ...language.tokens import children
from .verdicts import givers

__all__ = ["claimed", "claimants"]


def claimed(t: Token, ctx: Context) -> bool:
    """Whether the clause of t is the that-clause of a noun of statement (stance.json statement_nouns), which the
    parser hangs on the noun as if it said which claim."""
    return t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" \
        and t.head.lemma_.lower() in ctx.lex.words("stance", "statement_nouns") \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children(t))


def claimants(ctx: Context, t: Token) -> list[int]:
    """The actors who own the claim t's clause states: its possessor, or the one 'by' or 'from' names; none
    for a claim no one is named to make ("dismissed claims that the levy was unfair")."""
    noun = t.head
    owners = [c for c in children(noun) if c.dep_ == "poss"] + [
        pobj(c) for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("by", "from") and pobj(c) is not None] + givers(ctx, noun)
    si = ctx.sent_of[t.i]
    return [x.i for x in owners if actors(ctx, x, si)]
