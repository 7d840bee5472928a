"""A deed an actor is said to have been right or wrong to do is a side the speaker takes ("Lee said the council was
wrong to scrap the bus subsidy": for the subsidy), and a deed that is itself a side passes it on ("right to reject
the quota": against the quota). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Ann Lee said the council was wrong to scrap the bus subsidy.", "Ann Lee", "supports", "bus subsidy"),
    ('"The board was right to sell the plant," Tom Vane said.', "Tom Vane", "supports", "sell the plant"),
    ("Ann Lee said the council was right to reject the plan for a toll bridge.", "Ann Lee", "opposes", "plan for a toll bridge"),
])
def test_a_deed_judged_right_or_wrong_is_a_side(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Ann Lee said the council was not wrong to scrap the bus subsidy.",
    "Ann Lee said the council was wrong to attack the minister.",
])
def test_no_deed_side_without_a_judged_thing(build_text, text):
    triples = stance_triples(build_text(text))
    assert not any(r in ("supports", "opposes") and ("subsidy" in t or "minister" in t) and h == "Ann Lee"
                   for h, r, t in triples), sorted(triples)
