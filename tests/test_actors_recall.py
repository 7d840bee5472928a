"""Actors the article makes act but states no stance or post of: they are nodes all the same.

Each case is an invented sentence with the construction, run through the real pipeline; it asserts
which nodes the graph holds (by label and type) and which it leaves out.
"""
from __future__ import annotations

import pytest


def _nodes(g) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in g.entities}


# --- states, organisations and seats that do something ---------------------------------------------

ACTING = [
    # a state as the subject of a clause, once
    ("Paraguay cut its grain exports last spring, traders said.", "Paraguay"),
    # the agent of a passive
    ("The levy was cut by Paraguay after months of talks.", "Paraguay"),
    # through the body that stands for it
    ("The Japanese government raised the levy on Monday.", "Japan"),
    # an organisation named once, through its spokesman and through its report
    ("A Trelawney Mining Corp spokesman said output would fall.", "Trelawney Mining Corp"),
    ("The Halvorsen Institute report found that wages rose sharply.", "Halvorsen Institute"),
]


@pytest.mark.parametrize("text, label", ACTING)
def test_actor_that_acts_is_a_node(build_text, text, label):
    g = build_text(text)
    assert (label, "institution") in _nodes(g), _nodes(g)


PLACES = [
    # where something happens, or a word qualifying a thing: no act of the state's
    ("Grain prices rose in Paraguay last spring.", "Paraguay"),
    ("Paraguay exports rose by ten percent last spring.", "Paraguay"),
]


@pytest.mark.parametrize("text, label", PLACES)
def test_place_is_no_node(build_text, text, label):
    g = build_text(text)
    assert (label, "institution") not in _nodes(g), _nodes(g)
