"""A party's wings and local branches are bodies of their own that take sides: "the party's left wing", "the
Labour left", "a local Conservative association". Invented sentences through the real pipeline; each asserts the
holder node, its type and its edge."""
from __future__ import annotations

import pytest


def _edges(g) -> set[tuple[str, str, str]]:
    labels = {e.id: e.label for e in g.entities}
    return {(labels[s.subject], s.relation, labels[s.object]) for s in g.statements}


FACTIONS = [
    ("The party's left wing voted against the plan to introduce top-up fees.", "left wing", "opposes",
     "plan to introduce top-up fees"),
    ("The left wing of the party condemned the plan to introduce top-up fees.", "left wing", "opposes",
     "plan to introduce top-up fees"),
    ("The plan to raise tuition fees has angered the party's left wing.", "left wing", "opposes",
     "plan to raise tuition fees"),
    ("The Labour left has opposed the plan to introduce top-up fees.", "labour left", "opposes",
     "plan to introduce top-up fees"),
    ("The Tory right has demanded a referendum on the treaty.", "tory right", "supports", "referendum on the treaty"),
    ("A local Conservative association has backed the plan to build a new bypass.", "local conservative association",
     "supports", "plan to build a new bypass"),
    ("His local constituency party backed the plan to build a new bypass.", "local constituency party", "supports",
     "plan to build a new bypass"),
]


@pytest.mark.parametrize("text, holder, relation, target", FACTIONS)
def test_faction_holds_its_side(build_text, text, holder, relation, target):
    g = build_text(text)
    assert (holder, "institution") in {(e.label, e.type) for e in g.entities}
    assert (holder, relation, target) in _edges(g), _edges(g)


def test_faction_leaves_the_party_its_node(build_text):
    # the party named in the faction's name is still the party's mention
    g = build_text("The Labour left has opposed the plan to introduce top-up fees.")
    assert ("Labour Party", "institution") in {(e.label, e.type) for e in g.entities}
    assert not any(h == "Labour Party" for h, _, _ in _edges(g)), _edges(g)


def test_wing_of_a_building_is_no_faction(build_text):
    g = build_text("The hospital's west wing will close next year, the trust said.")
    assert not any("wing" in e.label for e in g.entities), [e.label for e in g.entities]
