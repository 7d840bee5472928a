"""Actors named in a list, an apposition or a crowd, and seats of power named by their number: each is a node
that holds the side its clause takes.

Each case is an invented sentence with the construction, run through the real pipeline; it asserts the
stance edge (holder, relation, target) and the holder's node type.
"""
from __future__ import annotations

import pytest


def _nodes(g) -> set[tuple[str, str]]:
    return {(e.label, e.type) for e in g.entities}


def _edges(g) -> set[tuple[str, str, str]]:
    labels = {e.id: e.label for e in g.entities}
    return {(labels[s.subject], s.relation, labels[s.object]) for s in g.statements}


# (sentence, holder, holder type, relation, target)
ACTING = [
    # a seat of power named by its number: spaCy keeps "number" as a symbol with an id of its own
    ("Number 10 rejected the plan to raise taxes.", "Downing Street", "institution", "opposes", "plan to raise taxes"),
    # a list's names the tagger ran into one organisation are each a body
    ("The plan to shut the museum is opposed by Shelter, Liberty and the Fawcett Society.", "Shelter", "institution",
     "opposes", "plan to shut the museum"),
    ("The plan to shut the museum is opposed by Shelter, Liberty and the Fawcett Society.", "Liberty", "institution",
     "opposes", "plan to shut the museum"),
    # a lone name the tagger took for a person, listed with organisations, is one of them
    ("The plan to sell the port is backed by Kestrel, Falcon and Osprey.", "Osprey", "institution", "supports",
     "plan to sell the port"),
    ("The plan to cut the subsidy was criticised by Crisis and Shelter.", "Shelter", "institution", "opposes",
     "plan to cut the subsidy"),
    # a name the tagger missed, with a body noun apposed to it
    ("Crisis, the homeless charity, said the plan to cut the subsidy would hurt.", "Crisis", "institution", "warns",
     "plan to cut the subsidy"),
    ("Kestrel, the defence firm, opposed the plan to scrap the contract.", "Kestrel", "institution", "opposes",
     "plan to scrap the contract"),
    ("Liberty, the human rights group, rejected the plan to scrap jury trials.", "Liberty", "institution", "opposes",
     "plan to scrap jury trials"),
    # people named by given name, each apposed to the noun that introduces them
    ("His wife Sarah and son Tom have condemned the plan to close the mine.", "Tom", "person", "opposes",
     "plan to close the mine"),
    ("His wife Sarah and son Tom have condemned the plan to close the mine.", "Sarah", "person", "opposes",
     "plan to close the mine"),
    ("The plan to close the mine was condemned by his wife, Sarah, and his brother, Tom.", "Tom", "person", "opposes",
     "plan to close the mine"),
    # a crowd counted roughly is its people
    ("Thousands of anti-war protesters marched through London to demand the withdrawal of troops.", "protesters",
     "institution", "supports", "withdrawal of troops"),
]


@pytest.mark.parametrize("text, holder, kind, relation, target", ACTING)
def test_named_actor_holds_the_side(build_text, text, holder, kind, relation, target):
    g = build_text(text)
    assert (holder, kind) in _nodes(g), _nodes(g)
    assert (holder, relation, target) in _edges(g), _edges(g)


def test_body_apposed_is_no_second_node(build_text):
    # the group the name is described as is that body, not a collective of its own
    g = build_text("Liberty, the human rights group, rejected the plan to scrap jury trials.")
    assert not any("group" in label for label, _ in _nodes(g)), _nodes(g)


def test_name_given_a_person_stays_a_person(build_text):
    # "Mr Osprey" says the lone name is a person's, whatever list it stood in
    g = build_text("The plan to sell the port is backed by Kestrel and Osprey. Mr Osprey said the price was fair.")
    assert ("Osprey", "institution") not in _nodes(g), _nodes(g)


def test_list_inside_a_name_is_kept_whole(build_text):
    g = build_text("The fund was shared by the Department of the Environment, Food and Rural Affairs and the Home Office.")
    assert ("Department of the Environment, Food and Rural Affairs", "institution") in _nodes(g), _nodes(g)
    assert ("Department of the Environment", "institution") not in _nodes(g), _nodes(g)


def test_crowd_of_a_people_is_no_act_of_its_state(build_text):
    g = build_text("Thousands of Germans marched through Berlin to demand the withdrawal of troops.")
    assert ("Germany", "institution") not in _nodes(g), _nodes(g)


NO_SIDE = [
    # where a phrasal verb's act was done is no side taken on the place
    ("Critics claim the statement was drawn up at the Treasury.", "Treasury"),
    # for whom it was done neither: the relative clause's object is the noun it hangs on
    ("The advice Lord Hale had drawn up for the Treasury was never published.", "Treasury"),
]


@pytest.mark.parametrize("text, body", NO_SIDE)
def test_setting_of_an_act_is_no_target(build_text, text, body):
    g = build_text(text)
    assert not any(t == body for _, _, t in _edges(g)), _edges(g)


def test_relative_clause_object_is_the_target(build_text):
    g = build_text("The advice Lord Hale had drawn up for the Treasury was never published.")
    assert ("Lord Hale", "supports", "advice") in _edges(g), _edges(g)


# given names apposed to a noun of kin, which the tagger read as a date, a product or a firm
KIN = [
    ("His widow, Carol, and his sons, Lee and Kyle, condemned the plan to close the mine.", "Carol"),
    ("His widow, Carol, and his sons, Lee and Kyle, condemned the plan to close the mine.", "Kyle"),
    ("Her parents, June and Derek, condemned the plan to close the mine.", "June"),
    ("Her parents, June and Derek, condemned the plan to close the mine.", "Derek"),
]


@pytest.mark.parametrize("text, person", KIN)
def test_given_name_of_kin_is_a_person(build_text, text, person):
    g = build_text(text)
    assert (person, "person") in _nodes(g), _nodes(g)
    assert (person, "opposes", "plan to close the mine") in _edges(g), _edges(g)
