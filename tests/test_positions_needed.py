"""What a reported clause says is needed is a policy wanted, as under "there should be" (issue 10, round 6).

Each case is a sentence of our own with the construction: an actor that "needs" a thing, or a thing that "is
needed" or "required", said by a holder; a condition of a policy, a means or a person needed is no policy.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, edge", [
    ("Ada Lund said Portugal needs a change of government.", ("Ada Lund", "supports", "change of government")),
    ('"We need a fairer pension scheme," Ada Lund said.', ("Ada Lund", "supports", "fairer pension scheme")),
    ("The Falmouth Angling Trust said an amendment to the fishing bill was needed.",
     ("Falmouth Angling Trust", "supports", "amendment to the fishing bill")),
    ("Ada Lund said a public inquiry was required.", ("Ada Lund", "supports", "public inquiry")),
    ('"Portugal does not need a new runway," Ada Lund said.', ("Ada Lund", "opposes", "new runway")),
], ids=["actor-needs", "we-need", "is-needed", "is-required", "not-needed"])
def test_what_is_said_to_be_needed_is_backed(build_text, text, edge):
    graph = build_text(text)
    stance = stance_triples(graph)
    assert edge in stance, stance
    position = next(e for e in graph.entities if e.label == edge[2])
    assert position.type == "position", position


@pytest.mark.parametrize("text", [
    "Ada Lund said the pension deal needs the approval of parliament.",  # a condition of a policy
    "Ada Lund said the Falmouth council needs more time.",  # a means
    "Ada Lund said Portugal needs Tom Okafor.",  # a person
])
def test_no_policy_needed_when_a_condition_a_means_or_a_person(build_text, text):
    stance = stance_triples(build_text(text))
    assert not any(o.endswith(("approval of parliament", "time", "Okafor")) for _, _, o in stance), stance
