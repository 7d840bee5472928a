"""A party's parts that take sides of their own: its wings ("the party's left wing", "Labour's left wing", "the left
wing of the party", "Hamas's military wing", "the Labour left", "the Tory right") and its local branches ("a local
Conservative association", "his constituency party"). Each is a body of its own, named by its sort and the party,
not the party acting: the story sets it against its party's leaders as often as beside them.

Read by the institution finder (bodies.py); the words are institutions.json faction_modifiers and branch_nouns.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..language.lexicon import Lexicon
from ..language.tokens import children, tokens


def factions(doc, lex: Lexicon, seen: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, key) of each wing or branch named: the span leaves out the party's own name where it comes
    first ("the Labour [left]"), which stays the party's mention."""
    inst = lex.institutions
    mods = lex.words("institutions", "faction_modifiers")
    out = []
    branches = inst["branch_nouns"]
    for t in tokens(doc):
        if t.tag_ != "NN":
            continue
        low = t.lower_
        # (the words first: most nouns are none of these, and `seen` is scanned whole)
        if low not in ("wing", "left", "right", "party") and low not in branches or any(s <= t.i < e for s, e in seen):
            continue
        kids = children(t)
        if t.lower_ == "wing":
            # "the party's left wing", "the left wing of the party", "Hamas's military wing", "the left wing"
            mod = next((c for c in kids if c.dep_ in ("amod", "compound") and c.lower_ in mods and c.i == t.i - 1), None)
            if mod is not None and (_owned(t) or any(c.dep_ == "det" and c.lower_ == "the" for c in kids)):
                out.append((mod.i, t.i + 1, f"{mod.lower_} wing"))
        elif t.lower_ in ("left", "right") and t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "conj"):
            # "the Labour left", "the Tory right": the side of a party its name says
            party = next((c for c in kids if c.dep_ == "compound" and c.i == t.i - 1 and lex.party_of(c.text)), None)
            if party is not None:
                out.append((t.i, t.i + 1, f"{party.lower_} {t.lower_}"))
        elif t.lower_ in inst["branch_nouns"] or t.lower_ == "party" and any(
                c.dep_ == "compound" and c.lower_ in inst["branch_nouns"] for c in kids):
            # "a local Conservative association", "his constituency party": a party's branch where it sits
            party = [c for c in kids if c.dep_ in ("amod", "compound") and lex.party_of(c.text)]
            local = [c for c in kids if c.dep_ in ("amod", "compound") and (c.lower_ == "local" or c.lower_ in inst["branch_nouns"])]
            if local and (party or t.lower_ == "party"):
                start = min(c.i for c in party + local)
                words = [x.lower_ for x in doc[start:t.i + 1] if x.dep_ != "det"]
                out.append((start, t.i + 1, " ".join(words)))
    return out


def _owned(t: Token) -> bool:
    """A wing said to be some body's: an owner before it, or "of" a body after it."""
    kids = children(t)
    return any(c.dep_ == "poss" for c in kids) or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids)
