"""Where a plural pronoun finds the group it stands for when no group was the subject of its own or the last
sentence: a list of actors named together elsewhere in the sentence ("the letter was signed by Kent, Berg and
Ward. They have all condemned X"), or the group that was the subject two sentences before, when the sentence
between names nothing plural it could stand for ('Kent and Berg toured the plant. "It is a sad day," Kent
said. They both condemned X'). context.py keeps the groups; this module only picks among them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..language.syntax import SUBJECTS
from ..language.tokens import children, sent_tokens

if TYPE_CHECKING:  # the context asks while it is built
    from .context import Context

__all__ = ["fallback_group", "title_list_head", "quantified_group", "relative_group"]

Group = tuple[int, list[str]]


def fallback_group(ctx: Context, t: Token, groups: list[Group], listed: list[Group], leads: bool) -> list[Group]:
    """The groups a "they" of token `t` may stand for when no group was a subject in its sentence or the one
    before: the lists of actors named in those two sentences before it; else, for a sentence's own "they",
    the subject groups of the sentence two before, when the one between names nothing plural."""
    si = ctx.sent_of[t.i]
    found = [g for g in listed if ctx.sent_of[g[0]] >= si - 1 and g[0] < t.i]
    if found or not leads or si < 2 or _names_plural(ctx, si - 1):
        return found
    # (one body, two sentences back, only over a sentence with no subject of its own to go on from)
    bare = not any(x.dep_ in ("nsubj", "nsubjpass") for x in sent_tokens(ctx.sents[si - 1]))
    return [g for g in groups if ctx.sent_of[g[0]] == si - 2 and (len(g[1]) > 1 or bare)]


def _names_plural(ctx: Context, si: int) -> bool:
    """The sentence has a plural noun or pronoun in subject or object place, which a "they" after it may
    stand for ("The figures were published. They show ...")."""
    return any(x.dep_ in SUBJECTS + ("dobj", "pobj", "attr") and (x.tag_ in ("NNS", "NNPS") or x.lower_ in ("they", "them"))
               for x in sent_tokens(ctx.sents[si]))


def title_list_head(ctx: Context, t: Token) -> str | None:
    """ "backed by Green MP Vance, Tory peer Hadley and Lena Fisk": the parser may hang the list after a name on the
    title apposed to it ("peer" of Vance, "Hadley" the title's object); the person whose title the list hangs on
    is its first item. None when the list hangs on no such title."""
    x = t
    while x.head.i != x.i and ctx.res.by_token.get(x.head.i, "").startswith("office/"):
        x = x.head
    if x is t or x.dep_ != "appos":
        return None
    owner = ctx.res.by_token.get(x.head.i, "")
    return owner if owner.startswith("person/") else None


_QUANTIFIERS = {"all": 3, "both": 2, "each": 2}  # the fewest members a group "they all", "they both" can have


def quantified_group(ctx: Context, t: Token, groups: list[Group], listed: list[Group]) -> list[Group]:
    """ "The board met Kent, Berg and Ward. They have all condemned X", "They both oppose X": a "they" that a floating
    "all", "both" or "each" counts stands for a group of several, never for one body ("the board" is "they" too in
    British copy): the last such group named, as a subject or together out of subject place, this sentence or the one
    before; [] when the pronoun carries no quantifier, or no such group is near."""
    q = _quantifier(t)
    if q is None:
        return []
    si = ctx.sent_of[t.i]
    fits = [g for g in groups + listed if ctx.sent_of[g[0]] >= si - 1 and g[0] < t.i and len(set(g[1])) >= _QUANTIFIERS[q]
            and (q != "both" or len(set(g[1])) == 2)]
    return sorted(fits, key=lambda g: g[0])[-1:]


def _quantifier(t: Token) -> str | None:
    """The quantifier floated off a subject "they" ("they all", "they have both", "they each") or over an object
    "them" ("all of them", "both of them"), bare; else None."""
    if t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _QUANTIFIERS:
        return t.head.head.lower_
    if t.lower_ != "they" or t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = t.head
    for q in list(children(t)) + list(children(verb)):
        if q.lower_ in _QUANTIFIERS and t.i < q.i < verb.i and q.dep_ in ("appos", "dep", "advmod", "det", "predet") \
                and not any(True for _ in children(q)):
            return q.lower_
    return None


def relative_group(ctx: Context, t: Token) -> list[Group]:
    """ "The panel criticised Kent and Vale, who said they opposed X": the "they" a relative clause's own "who"
    reports of is the ones the relative is about, not the group in subject place before; [] for any other t."""
    said = t.head.head if t.dep_ == "nsubj" and t.head.dep_ == "ccomp" else None
    if said is None or said.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")
                                                        for c in children(said)):
        return []
    named = [ctx.res.by_token.get(x.i, "") for x in (said.head, *said.head.conjuncts)]
    found = sorted({e for e in named if e.startswith(("person/", "institution/"))}, key=named.index)
    return [(said.head.i, found)] if found else []
