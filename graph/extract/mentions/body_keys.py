"""The key a body named by its sort is grouped under (bodies.py): what in its words says which body it is.

"The government" later in a story is the government named before; "the Senate finance committee" and "the House
energy committee" are two committees; "Japanese banks" and "U.S. banks" are two groups. Imports no module of
the package.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["as_written", "common_key"]


def common_key(doc: Doc, start: int, t: Token, head: str, inst: dict, crowd: bool = False) -> str:
    """The key a body named by its sort is grouped by: its head, with the words that say which body it is."""
    # specific bodies keep their head ("government", "think tank"); vague plurals keep their modifiers
    # (a described body keeps the words that say which: "appeals panel", "independent review panel"; a crowd
    # which growers: "cocoa growers")
    if crowd or head in inst["group_nouns"] or head in inst["described_heads"] or t.lower_ != head.split()[-1]:  # ("a group of X": named by its members)
        words = [x for x in doc[start:t.i + 1] if not x.is_punct and x.tag_ != "POS" and x.lower_ not in ("the", "some", "many", "several", "other")]
        return " ".join(as_written(x) for x in words)
    if head in inst["portfolio_heads"]:
        # "Norway's fisheries ministry", "the French agriculture ministry": the field says which ministry (the state
        # that owns it does not: "the agriculture ministry" later is the same one)
        # "the Senate finance committee", "the Commons public accounts committee": a modifier's own words are the
        # field's too, and a house's name keeps its capitals for the label
        mods = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= start
                and c.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")]
        field = sorted({x for c in mods for x in c.subtree if start <= x.i < t.i and not x.is_punct and x.tag_ != "POS"
                        and x.dep_ not in ("det", "poss") and x.ent_type_ not in ("GPE", "NORP")
                        and x.lower_ not in inst["body_sort_words"]}, key=lambda x: x.i)
        return " ".join([x.text if x.pos_ == "PROPN" else x.lower_ for x in field] + [head])
    if t.tag_ == "NNS":
        # "Japanese banks", "U.S. banks": a plural of bodies told apart by the people or state they are of, two
        # groups where a story names both ("Japanese banks rejected the plan, U.S. banks backed it")
        words = [x for x in doc[start:t.i] if not x.is_punct and x.tag_ != "POS" and x.dep_ not in ("det", "nummod")
                 and x.lower_ not in ("some", "many", "several", "other", "all", "both", "most")]
        if any(x.ent_type_ in ("NORP", "GPE") for x in words):
            return " ".join([as_written(x) for x in words] + [head])
    return head


def as_written(x: Token) -> str:
    """A word of a key: a people's, a place's or a tagged name's as written ("Japanese car makers", "U.S. officials"),
    any other in lower case, so that the label keeps the capitals the name has, "Cocoa growers" opening a sentence
    is the "cocoa growers" of the next, and "a group of MPs" stays a sort of body (entities/body_scope.py)."""
    return x.text if x.ent_type_ in ("NORP", "GPE") or x.pos_ == "PROPN" and x.ent_type_ else x.lower_
