"""A need stressed or granted, and an act ruled out by an adjective of resolve. One who stresses, underlines or
acknowledges the need for a thing (positions.json deontic need_stressing_verbs) backs it, as one who says there is
that need does; one who sees no need for it is against it. "Determined not to raise fees" rules the rise out: a side
against it, where "determined to raise fees" backs it. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _has(triples, holder, relation, target):
    return any(holder in h and r == relation and target in t for h, r, t in triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Finance Minister Ali Demir stressed the need for lower inflation.", "Ali Demir", "supports", "lower inflation"),
    ("Finance Minister Ali Demir acknowledged a need to cut farm subsidies.", "Ali Demir", "supports",
     "cut farm subsidies"),
    ("The Norland central bank underlined the need for a cap on bank bonuses.", "central bank", "supports",
     "cap on bank bonuses"),
    ("The Norland central bank saw no need for measures to stimulate the economy.", "central bank", "opposes",
     "measures to stimulate the economy"),
    ("The central bank said it saw no need for a cut in interest rates.", "central bank", "opposes",
     "cut in interest rates"),
])
def test_a_need_stressed_or_denied(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, relation, target), sorted(triples)
    other = "opposes" if relation == "supports" else "supports"
    assert not _has(triples, holder, other, target), sorted(triples)


@pytest.mark.parametrize("text", [
    "The coach stressed the need for patience.",
    "The head teacher underlined the need for calm in the classroom.",
])
def test_a_need_stressed_by_no_actor(build_text, text):
    assert not stance_triples(build_text(text))


@pytest.mark.parametrize("text, relation", [
    ("The Green Party is determined not to raise tuition fees.", "opposes"),
    ("The Green Party is determined to raise tuition fees.", "supports"),
    ("The Green Party is not determined to raise tuition fees.", "opposes"),
])
def test_an_act_ruled_out_by_resolve(build_text, text, relation):
    triples = stance_triples(build_text(text))
    assert ("Green Party", relation, "raise tuition fees") in triples, sorted(triples)  # (no "to" left of "not to")
    other = "opposes" if relation == "supports" else "supports"
    assert not _has(triples, "Green Party", other, "tuition fees"), sorted(triples)
