"""A policy noun that also names a yardstick is one with an of-phrase: "the bank's main measure of money supply",
"a gauge of house prices" name no policy its owner backs, where "the government's new measures to curb
inflation" do (positions.json metric_heads, policies/salient_nouns.py). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text", [
    "Kestrel Bank's preferred measure of inflation rose by 2 pct in May.",
    "The Norland central bank's main measure of money supply grew at 7 pct in January.",
])
def test_a_measure_of_something_is_no_policy(build_text, text):
    triples = stance_triples(build_text(text))
    assert not triples, sorted(triples)


def test_measures_to_act_are_still_the_owners_policy(build_text):
    triples = stance_triples(build_text("The Halford government's new measures to curb inflation were announced on Monday."))
    assert any(r == "supports" and "measures to curb inflation" in t for _, r, t in triples), sorted(triples)
