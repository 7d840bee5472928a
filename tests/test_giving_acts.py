"""An act of giving or lending pledged or refused names the policy (stance.json policy_act_verbs, FrameNet's Giving and
Lending: grant, award, lend): "refused to grant rate concessions" is against the concessions, as "refused to cut
rates" is against the cut; an interview granted, or a loan to a person, is no policy. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Midland Bank refused to grant interest rate concessions to Ecuador.", "Midland Bank", "opposes", "concessions"),
    ("The Asian Development Bank agreed to lend Nepal 90 mln dlrs for roads.", "Asian Development Bank", "supports", "lend"),
    ("The county council refused to award the bus contract to Kestrel Coaches.", "council", "opposes", "bus contract"),
])
def test_a_gift_pledged_or_refused(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert any(holder in h and r == relation and target in t for h, r, t in triples), sorted(triples)


@pytest.mark.parametrize("text", [
    "The minister refused to grant an interview to the local paper.",
    "The bank refused to lend money to Mr Kerr.",
])
def test_no_policy_in_a_private_gift(build_text, text):
    assert not stance_triples(build_text(text))
