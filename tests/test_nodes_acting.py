"""A state or body acts in a relative clause or beside the subject, and is then an actor of the story.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("The treaty strained ties with Norway, which is opposed to lifting the quota.", "Norway"),
    ("Fishing rights divide the bloc from Chile, who refused to sign the pact last week.", "Chile"),
    ("Several states, notably Norway, have condemned the levy.", "Norway"),
], ids=["which-clause", "who-clause", "apposed-to-subject"])
def test_a_state_acting_in_a_clause_is_a_node(build_text, text, name):
    g = build_text(text)
    assert any(e.label == name and e.type == "institution" for e in g.entities)


@pytest.mark.parametrize("text, name", [
    ("Tourists went to Norway, which could see more visitors next year.", "Norway"),
    ("Tourists flocked to Chile, where prices are low.", "Chile"),
], ids=["modal-clause", "place"])
def test_a_state_that_only_may_act_or_is_a_place_is_no_node(build_text, text, name):
    g = build_text(text)
    assert not any(e.label == name for e in g.entities)


def test_a_placed_court_that_rules_is_an_actor(build_text):
    g = build_text("A Boston court ruled on Tuesday that the levy on barges was unlawful.")
    assert any(e.type == "institution" and "court" in e.label.lower() for e in g.entities)


def test_any_court_is_no_actor(build_text):
    # "a court" alone names no body the story is about
    g = build_text("Any dispute over the levy on barges will go to a court, a lawyer said.")
    assert not any(e.type == "institution" and "court" in e.label.lower() for e in g.entities)


@pytest.mark.parametrize("text, name", [
    ("Delegates gathered on Friday, declaring Norway needs a new leader.", "Norway"),
    ("The ferry firm is still fighting claims that its Norway fares are unfair.", "Norway"),
], ids=["what-it-needs", "after-its"])
def test_a_state_that_is_said_to_need_or_qualifies_a_noun_is_no_node(build_text, text, name):
    g = build_text(text)
    assert not any(e.label == name for e in g.entities)
