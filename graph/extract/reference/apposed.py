"""Apposed names of a holder: "the longest-serving Whig on the panel, Senator Ann Lee, opposes X" is Ann Lee
taking the side, not her party nor the committee. The small model hangs the name on the description, on the last
noun of the description's phrase ("the mayor of Hull, Paul Ward"), or on the verb after a passive agent ("backed
by the senior Democrat on the panel, Senator Ann Lee."). Reference (reference/actors.py) asks `apposed_people`.
"""
from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from ..language.syntax import pobj
from ..language.tokens import children, tokens

__all__ = ["apposed_people"]

# a name hung on the verb or left loose, as the parser does when the apposition closes the sentence
_LOOSE = ("appos", "npadvmod", "dep")


def apposed_people(ctx: Context, t: Token) -> list[str]:
    """The persons named in apposition to a description t ("the senior Democrat on the panel, Ann Lee"); [] when
    t names an actor itself, or names none apposed."""
    res = ctx.res
    eid = res.by_token.get(t.i, "")
    if eid.startswith("person/"):
        return []
    if eid.startswith("institution/") and not _member_noun(ctx, t, eid):
        return []  # "the Farmers Union, Tom Kent's group": a body stays itself
    found = _people(ctx, [c for c in children(t) if c.dep_ == "appos"])
    if found:
        return found
    # "the mayor of Hull, Paul Ward": the name hangs on the phrase's last noun (a post there, as in "the wife of
    # the senator, Ann Lee", is the one the name belongs to)
    for g in _phrase_nouns(t):
        if not res.by_token.get(g.i, "").startswith("office/"):
            found = _people(ctx, [c for c in children(g) if c.dep_ == "appos"])
            if found:
                return found
    return _people(ctx, [_loose_name(ctx, t)])


def _member_noun(ctx: Context, t: Token, eid: str) -> bool:
    """ "a senior Whig", "the longest-serving Democrat": one member of a party, named by it; "two members of the
    panel": people of a body, unnamed but for the names apposed."""
    kind = ctx.res.kind.get(eid)
    if kind == "common":
        return t.tag_ == "NNS"
    return kind == "party" and t.tag_ in ("NN", "NNP") and t.lower_ != "party" and any(c.dep_ == "det" for c in children(t))


def _phrase_nouns(t: Token, depth: int = 2) -> list[Token]:
    """The objects of the prepositions after a noun, nearest first, two deep ("the head of the panel on trade")."""
    out: list[Token] = []
    for c in children(t):
        if c.dep_ == "prep" and c.i > t.i and (g := pobj(c)) is not None:
            out.append(g)
            if depth > 1:
                out += _phrase_nouns(g, depth - 1)
    return out


def _loose_name(ctx: Context, t: Token) -> Token | None:
    """A person named after a comma right where t's phrase ends, hung on no word of it and closing the sentence
    or the parenthesis ("supported by the senior Democrat on the panel, Senator Ann Lee.")."""
    doc = t.doc
    k = t.right_edge.i + 1
    while k < len(doc) and tokens(doc)[k].dep_ == "prep" and tokens(doc)[k].head.i != t.i and tokens(doc)[k].left_edge.i == k:
        k = tokens(doc)[k].right_edge.i + 1  # "the top Whig on the panel": the parser may hang "on the panel" on the verb
    if k >= len(doc) or tokens(doc)[k].text != ",":
        return None
    k += 1
    while k < len(doc) and ctx.res.by_token.get(k, "").startswith("office/"):
        k += 1  # "Senator", "Prime Minister" before the name
    person = ctx.res.by_token.get(k, "")
    if not person.startswith("person/"):
        return None
    end = k
    while end + 1 < len(doc) and ctx.res.by_token.get(end + 1) == person:
        end += 1
    head = tokens(doc)[end]
    if head.dep_ not in _LOOSE or t.left_edge.i <= head.head.i <= t.right_edge.i:
        return None  # hung inside the phrase: the apposition of that word, read above
    after = tokens(doc)[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.lower_ == "of" and after.head.i == head.i and pobj(after) is not None \
            and ctx.res.kind.get(ctx.res.by_token.get(pobj(after).i, "")) in ("gpe", "country"):
        # "..., Rep. Ann Lee of Ohio.": the state a legislator is of is part of the name's phrase
        k = after.right_edge.i + 1
        after = tokens(doc)[k] if k < len(doc) else None
    closes = after is None or after.is_punct and after.text in (",", ".", ";", ")") or after.is_sent_start
    return head if closes and ctx.sent_of[head.i] == ctx.sent_of[t.i] else None


def _people(ctx: Context, names: list[Token | None]) -> list[str]:
    """The persons the tokens name, each with the names coordinated after it ("Ann Lee and Tom Roe") and the
    names apposed to the nouns coordinated after it ("his wife, Sarah, and his brother, Tom"). Two names apposed
    to one noun are such a list the parser hung on its first noun ("his wife Sarah and son Tom")."""
    by = ctx.res.by_token
    out: list[str] = []
    for x in names:
        if x is None:
            continue
        for y in [x] + [g for g in children(x) if g.dep_ in ("appos", "compound")]:
            pid = by.get(y.i, "")
            if pid.startswith("person/"):
                out += [pid] + [p for g in y.conjuncts for p in [by.get(g.i, "")] if p.startswith("person/")]
                out += [by[b.i] for g in y.conjuncts if g.pos_ == "NOUN" and not by.get(g.i)
                        for a in children(g) if a.dep_ == "appos" for b in [a, *a.conjuncts]
                        if by.get(b.i, "").startswith("person/")]
                break
        if out and not (x.dep_ == "appos" and by.get(x.i, "").startswith("person/")):
            break
    return list(dict.fromkeys(out))
