"""Readings of a verb listed with its preposition and of an act another is made to do, each on sentences of our
own: "voted against X", "campaigned for X", "objected to X" take a side on X whatever X is (a runway, an inquiry),
as "opposed X" does, where a bare "asked for" still needs a policy; "urged the mayor to make landlords fit smoke alarms",
"wants to force supermarkets to charge for bags" want the act forced, named with its forcing, and an undoing forced
("force supermarkets to scrap the levy") is against what it undoes."""
from __future__ import annotations

import pytest

from conftest import stance_triples
from graph.extract.language.lexicon import load_lexicon


@pytest.mark.parametrize("text, side, target", [
    ("The Kestrel Association voted against a new runway at the airport.", "opposes", "new runway at the airport"),
    ("The Kestrel Association campaigned for a public inquiry into the crash.", "supports", "public inquiry into the crash"),
    ("The Kestrel Association objected to a second bridge over the river.", "opposes", "second bridge over the river"),
    ("The Kestrel Association protested against a new motorway through the valley.", "opposes", "new motorway"),
    ("The Kestrel Association argued for an independent review of the deal.", "supports", "independent review of the deal"),
])
def test_a_verb_listed_with_its_preposition_takes_a_side_on_any_noun(build_text, text, side, target):
    triples = stance_triples(build_text(text))
    assert ("Kestrel Association", side, target) in triples, sorted(triples)


def test_the_plain_prepositional_cues_are_entries_of_the_phrasal_lexicon():
    st = load_lexicon().stance
    assert st["plain_phrasal"] and all(key in st["phrasal"] for key in st["plain_phrasal"])


@pytest.mark.parametrize("text", [
    # a bare request may ask for any favour: no policy without a policy noun
    "The Kestrel Association asked for a meeting with the mayor.",
    # holding to a course takes whatever one holds to: one's own lot, no side
    "The Kestrel Association said it would stick to an independent line.",
    "Critics accused Tom Vane of using the row to hold on to power.",
    # a preposition of place or time after a listed verb is no side
    "The Kestrel Association campaigned in the northern towns last week.",
])
def test_an_unlisted_preposition_names_no_side(build_text, text):
    # (the critics' charge against Tom Vane is theirs: only a side on what follows the preposition is wrong)
    assert not any(r == "supports" for _, r, _ in stance_triples(build_text(text)))


@pytest.mark.parametrize("text, holder, target", [
    ("Tom Vane urged the mayor to make landlords fit smoke alarms.", "Tom Vane", "make landlords fit smoke alarms"),
    ("The Greens want to force supermarkets to charge for plastic bags.", "Green Party",
     "force supermarkets to charge for plastic bags"),
    ("The Greens called on ministers to require firms to publish pay data.", "Green Party",
     "require firms to publish pay data"),
    ("Ann Lee pledged to make polluters pay for the clean-up.", "Ann Lee", "make polluters pay for the clean-up"),
])
def test_the_act_another_is_made_to_do_is_wanted(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", target) in triples, sorted(triples)


def test_an_undoing_forced_is_against_what_it_undoes(build_text):
    triples = stance_triples(build_text("The Greens want to force supermarkets to scrap the bag levy."))
    assert ("Green Party", "opposes", "bag levy") in triples, sorted(triples)
    assert not any(r == "supports" for _, r, _ in triples), sorted(triples)


@pytest.mark.parametrize("text", [
    # forced by events, not wanted by anyone
    "The scandal forced Tom Vane to resign from the board.",
    # a harm foretold is a warning of its cause, not a rule wanted
    "Ann Lee said the new rules would force farms to close.",
])
def test_a_forcing_told_is_no_rule_wanted(build_text, text):
    triples = stance_triples(build_text(text))
    assert not any(r == "supports" for _, r, _ in triples), sorted(triples)
