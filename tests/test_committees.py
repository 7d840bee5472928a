"""Committees and ministries told apart by their field (mentions/body_keys.py `common_key`, entities/body_groups.py).

"The Senate finance committee rejected the plan, but the House energy committee backed it" names two bodies; before,
both were one node labelled "committee" (with the global id institution/committee, so every committee of a corpus
was one node too) that both opposed and backed the plan. The field and the house before the head name the body
(institutions.json `portfolio_heads`), a sort of committee does not (`body_sort_words`: "the environment select
committee" is the environment committee), and a story that names one committee by its field means that one wherever
it says only "the committee" or "a committee of MPs", before the name as after.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


def bodies_of(build_text, text: str) -> dict[str, set[str]]:
    """label -> {label, aliases} of the institutions built from text."""
    return {e.label: {e.label, *e.aliases} for e in build_text(text).entities if e.type == "institution"}


@pytest.mark.parametrize("text, label", [
    ("The Senate finance committee rejected the tariff plan on Monday.", "Senate finance committee"),
    ("The Commons public accounts committee criticised the tariff plan.", "Commons public accounts committee"),
    ("A report by the Commons health and welfare committee called for the levy to be scrapped.",
     "health and welfare committee"),
    ("The environment select committee said the levy was unfair.", "environment committee"),  # a sort, not a field
    ("Norway's fisheries ministry rejected the quota plan.", "fisheries ministry"),  # the state names no field
    ("The French agriculture ministry rejected the quota plan.", "agriculture ministry"),
])
def test_a_committee_or_ministry_is_labelled_with_its_field(build_text, text, label):
    assert label in bodies_of(build_text, text), sorted(bodies_of(build_text, text))


def test_two_committees_of_one_story_are_two_bodies_each_with_its_own_side(build_text):
    text = "The Senate finance committee rejected the tariff plan, but the House energy committee backed it."
    stance = stance_triples(build_text(text))
    assert ("Senate finance committee", "opposes", "tariff plan") in stance, sorted(stance)
    assert ("House energy committee", "supports", "tariff plan") in stance, sorted(stance)
    assert not {s for s, _, _ in stance} & {"committee"}, sorted(stance)


@pytest.mark.parametrize("text, label", [
    # the bare mention after the name
    ("The Senate finance committee rejected the tariff plan on Monday. The committee said the plan was unfair.",
     "Senate finance committee"),
    # a sort of committee later, and an unnamed one in the lede, before the name
    ("A report by the Commons health and welfare committee called for the levy to be scrapped. Tom Vane said the "
     "select committee would agree with him.", "health and welfare committee"),
    ("A committee of MPs has warned against the levy. The environment select committee said the wording was sloppy.",
     "environment committee"),
])
def test_the_committee_unnamed_is_the_one_the_story_names(build_text, text, label):
    bodies = bodies_of(build_text, text)
    assert [b for b in bodies if b.endswith("committee")] == [label], sorted(bodies.items())
    assert len(bodies[label]) > 1, sorted(bodies.items())  # the unnamed mention is one of its names
