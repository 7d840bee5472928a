"""A party family's name with another word before it names another party: "the Christian Democrats" are not the
Democratic Party the bare "Democrats" stands for (institutions.json party_families).

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


def _sides(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements
            if s.relation in ("supports", "opposes", "warns")}


@pytest.mark.parametrize("text, party", [
    ("In Bonn the Christian Democrats opposed the wage freeze.", "Christian Democrats"),
    ("Austria's Free Democrats opposed the wage freeze.", "Free Democrats"),
    ("Senate Democrats opposed the wage freeze.", "Democratic Party"),  # a body's members: the party itself
    ("American Democrats opposed the wage freeze.", "Democratic Party"),  # a people's: the party itself
    ("Democrats opposed the wage freeze.", "Democratic Party"),
    ("The Liberal Democrats opposed the wage freeze.", "Liberal Democrats"),  # the table's own whole name
], ids=["christian", "free-after-state", "senate", "demonym", "bare", "known-whole"])
def test_the_word_before_a_party_family_names_the_party(build_text, text, party):
    assert (party, "opposes", "wage freeze") in _sides(build_text(text))
