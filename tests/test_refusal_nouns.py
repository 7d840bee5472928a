"""A refusal named as a noun: "the bank's refusal to cut rates" is the bank's side against the cut, as "the bank refused
to cut rates" is (stance.json nouns and negating_nouns: refusal, reluctance, unwillingness); the side is on the act the
to-clause names, never on the act's object alone. A side taken on the refusal is the other side on the act: "unhappy
with the bank's refusal to cut rates" backs the cut. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _has(triples, holder, relation, target):
    return any(holder in h and r == relation and target in t for h, r, t in triples)


@pytest.mark.parametrize("text, holder, target", [
    ("The Bundesbank's reluctance to cut interest rates has puzzled the markets.", "Bundesbank", "cut interest rates"),
    ("Japan's refusal to open its rice market was raised at the talks.", "Japan", "open its rice market"),
    ("Halford Group's unwillingness to raise its offer for Dalton surprised analysts.", "Halford Group", "raise its offer"),
])
def test_a_refusal_is_against_the_act(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, "opposes", target), sorted(triples)
    assert not any(holder in h and t in ("interest rates", "rice market") for h, _, t in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, target", [
    ("Mr Volcker is unhappy with Citibank's refusal to cut interest rates.", "Volcker", "cut interest rates"),
    ("Citibank's refusal to make interest rate concessions to Brazil angered Mr Volcker.", "Volcker",
     "make interest rate concessions"),
])
def test_a_side_against_a_refusal_backs_the_act(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, "supports", target), sorted(triples)
    assert _has(triples, "Citibank", "opposes", target), sorted(triples)
    assert not _has(triples, holder, "opposes", "Citibank"), sorted(triples)


@pytest.mark.parametrize("text", [
    "His refusal to comment fuelled the rumours.",
    "The club's reluctance to travel abroad is well known.",
])
def test_a_refusal_of_no_policy(build_text, text):
    assert not stance_triples(build_text(text))
