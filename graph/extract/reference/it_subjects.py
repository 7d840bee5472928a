"""What a subject "it" needs to be the body a sentence goes on about: it opens its clause ("It warned", "In a
statement, it said") or says a quotation before it, and it acts or takes a side rather than describes ("It is
opposed to X", not "It is important to X"); and the one body a speaking "it" can be when no body was the last
sentence's subject. context.py resolves the pronoun with these tests.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..language.syntax import unique
from ..language.tokens import children

if TYPE_CHECKING:  # the context asks while it is built
    from .context import Context

__all__ = ["only_body_before", "attributes_quote", "it_takes_side", "opens_clause"]


def only_body_before(ctx: Context, t: Token, named: list[tuple[int, str]], quoted: list[bool]) -> list[str]:
    """ "Argo Corp's profits fell. Sales slipped. It said ...": an "it" that speaks is the one body other than a
    state named in the last two sentences, when no body was the last sentence's subject (one named inside a
    quotation is spoken of, not speaking: '"The Vane Commission is wrong," it said')."""
    si = ctx.sent_of[t.i]
    bodies = unique([e for i, e in named if si - 2 <= ctx.sent_of[i] < si and not quoted[i]
                     and ctx.res.kind.get(e) not in ("gpe", "country", "common")])
    return bodies if len(bodies) == 1 else []


def attributes_quote(ctx: Context, t: Token) -> bool:
    """The subject of a verb of saying after the quotation it attributes ('"...," its chairman said')."""
    verb = t.head
    return verb.dep_ == "ROOT" and verb.lemma_.lower() in ctx.lex.words("stance", "speech") and any(
        c.dep_ == "ccomp" and c.i < t.i for c in children(verb))


def verb_of(t: Token) -> Token:
    """The verb a subject is of: the parser may hang it on the auxiliary ("It is opposed to X")."""
    return t.head.head if t.head.dep_ in ("aux", "auxpass") and t.head.head.i != t.head.i else t.head


def it_takes_side(ctx: Context, t: Token) -> bool:
    """A subject "it" that acts or takes a side ("It warned", "It is opposed to X", "It is against X", "It is keen
    to"), not one of a copula that describes ("It is important to X", "It is a bad week"): a copula's only
    when its predicate is a stance or willingness adjective of stance.json."""
    verb = verb_of(t)
    if verb.lemma_.lower() not in ctx.lex.reference["copulas"]:
        return True
    st = ctx.lex.stance
    return any(p.lower_ in st["adjectives"] or p.lemma_.lower() in st["adjectives"] or p.lower_ in st["willingness_adjectives"]
               for p in children(verb) if p.dep_ in ("acomp", "prep", "attr"))


def opens_clause(ctx: Context, t: Token) -> bool:
    """The subject opens its sentence, or follows only a phrase put before the main clause ("In a statement, it
    said", "On Monday it warned")."""
    start = ctx.sents[ctx.sent_of[t.i]].start
    if t.i - start <= 1:
        return True
    verb = verb_of(t)
    if verb.dep_ != "ROOT":
        return False
    fronted = [c for c in children(verb) if c.i < t.i and c.dep_ in ("prep", "advmod", "npadvmod", "advcl", "punct")]
    return sum(c.right_edge.i - c.left_edge.i + 1 for c in fronted) == t.i - start \
        and all(c.left_edge.i >= start for c in fronted)
