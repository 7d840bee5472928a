"""A policy named again after a comma with "a plan that was criticised by X" is the policy just told, and X's side
is on it: a passive relative clause with its agent says who took a side on the plan (or who drew it up), not what
the plan is, so it is no part of the plan's name. A clause that says what the policy does ("a bill that would ban
smoking") still is. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("The ministry proposed to close three rural hospitals, a plan that was criticised by Ann Lee.",
     "Ann Lee", "opposes", "close three rural hospitals"),
    ("The Halford council voted to sell the town's bus depot, a scheme which was welcomed by Tom Vane.",
     "Tom Vane", "supports", "sell the town's bus depot"),
])
def test_a_side_on_the_plan_restated(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert any(holder in h and r == relation and target in t for h, r, t in triples), sorted(triples)
    assert not any(" by " in t for _, _, t in triples), sorted(triples)  # no "plan that was criticised by ..." node


def test_a_clause_that_says_what_the_policy_does_stays_in_its_name(build_text):
    triples = stance_triples(build_text("Tom Vane backed a bill that would ban smoking in pubs."))
    assert any("Tom Vane" in h and r == "supports" and "ban smoking" in t for h, r, t in triples), sorted(triples)
