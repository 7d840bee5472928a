"""Structure recall: holds and member_of from the ways news copy names a post and its body.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


def _structure(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements
            if s.relation in ("holds", "member_of")}


@pytest.fixture(scope="module")
def structure_of(build_text):
    return lambda text: _structure(build_text(text))


@pytest.mark.parametrize("text, expected", [
    ("Fjordair deputy chief executive Marta Lindqvist said the fares were fair.",
     {("Marta Lindqvist", "holds", "Fjordair deputy chief executive"),
      ("Marta Lindqvist", "member_of", "Fjordair")}),
    ("Health and Social Care Secretary Owen Pryce defended the plan.",
     {("Owen Pryce", "holds", "Health and Social Care Secretary")}),
    ("Deputy Assistant Secretary of State for European Affairs Carla Benning said the talks went well.",
     {("Carla Benning", "holds", "Deputy Assistant Secretary of State for European Affairs")}),
    ("Assistant Chief Constable Peter Dunmore said the march would be policed.",
     {("Peter Dunmore", "holds", "Assistant Chief Constable")}),
    ("EU Commissioner for Energy Anna Kovac backed the levy.",
     {("Anna Kovac", "holds", "EU Commissioner for Energy")}),
], ids=["org-title-name", "joined-portfolios", "for-complement", "rank-in-title", "commissioner-for"])
def test_structure_title_before_a_name(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_portfolio_after_for_is_no_body(structure_of):
    edges = structure_of("Deputy Assistant Secretary of State for European Affairs Carla Benning said the talks went well.")
    assert not any(r == "member_of" for _, r, _ in edges)
