"""Targets that become position nodes (issue 10, round 3): the plan with what it does, the act a body
attempts or intends, the stance nouns whose holder is named by "by".

Each case is a sentence of our own with the construction a class of misses had in the study set (train/).
"""
from __future__ import annotations

import pytest


def _stance(graph):
    labels = {e.id: e.label for e in graph.entities}
    return {(labels[s.subject], s.relation, labels[s.object]) for s in graph.statements
            if s.relation in ("supports", "opposes", "warns")}


def _names(graph):
    """Every name of every position node: its label and aliases."""
    return {n for e in graph.entities if e.type == "position" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("text, edge", [
    # a plan's to-clause says what the plan does: the plan keeps it, rather than the thing it acts on
    ("The finance minister Ken Aro backed proposals to cut income tax.",
     ("Ken Aro", "supports", "proposals to cut income tax")),
    ("Senator Ada Lund condemned the plan to close the mine.",
     ("Ada Lund", "opposes", "plan to close the mine")),
], ids=["proposals-to", "noun-that-is-a-stop-word"])
def test_a_plan_keeps_what_it_does(build_text, text, edge):
    stance = _stance(build_text(text))
    assert edge in stance, stance
