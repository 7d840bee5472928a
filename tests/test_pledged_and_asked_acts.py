"""Acts pledged or asked for whose words the parser splits. "Norland said it would cut its tariffs": whose tariffs they
are ("its") reads no side of its own, so it must not hide the pledge to cut them (speech/commitment.covered). "Called
for Kestrel Bank to hold a meeting": the parser may hang the to-clause on the verb and leave the firm as the object of
"for"; the act is what is called for, not the firm (statements/asked_acts.wanted_action). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Norland said it would cut its tariffs on rice.", "Norland", "supports", "cut its tariffs on rice"),
    ("Norland said it would raise its tariffs on steel.", "Norland", "supports", "raise its tariffs on steel"),
    ("Norland said it would not cut its tariffs on rice.", "Norland", "opposes", "cut its tariffs on rice"),
])
def test_a_pledge_on_its_own_policy(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)


@pytest.mark.parametrize("text, holder, act, asked", [
    ("Halford Capital called for Kestrel Bank to hold an emergency meeting.", "Halford Capital",
     "hold an emergency meeting", "Kestrel Bank"),
    ("The Greens called for Kestrel Holdings to withdraw its bid.", "Green Party", "withdraw its bid", "Kestrel Holdings"),
])
def test_an_act_called_for_is_backed_not_the_one_asked(build_text, text, holder, act, asked):
    triples = stance_triples(build_text(text))
    assert any(h == holder and r == "supports" and act in t for h, r, t in triples), sorted(triples)
    assert not any(t == asked for _, _, t in triples), sorted(triples)
