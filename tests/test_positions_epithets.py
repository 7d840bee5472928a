"""The epithet a speaker gives a policy is the side they take on it (issue 10, round 6).

Each case is a sentence of our own: a judgement word of stance.json before a policy noun, inside what a holder
says; the same words in the narrative, or a praise word that may be part of the policy's name, take no side.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, edge", [
    ('"Families are still paying the unfair parking levy," Ada Lund said.',
     ("Ada Lund", "opposes", "unfair parking levy")),
    ("Ada Lund said the misguided grain quotas were still in force.", ("Ada Lund", "opposes", "misguided grain quotas")),
    ("Ada Lund said the sensible reforms were going ahead.", ("Ada Lund", "supports", "sensible reforms")),
], ids=["quoted", "reported", "praise"])
def test_the_epithet_a_speaker_gives_a_policy_is_a_side(build_text, text, edge):
    graph = build_text(text)
    stance = stance_triples(graph)
    assert edge in stance, stance
    assert next(e for e in graph.entities if e.label == edge[2]).type == "position"


@pytest.mark.parametrize("text", [
    "The unfair parking levy was introduced in May.",  # no one says it
    "Ada Lund said the fair trade agreement was signed in May.",  # a praise word inside a name
])
def test_no_side_from_an_epithet_no_one_gives(build_text, text):
    stance = stance_triples(build_text(text))
    assert not stance, stance
