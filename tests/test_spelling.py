"""One person or body whose name the article writes two ways. "Labour MP Dana Whitcombe ... Ms Whitcomb said"
made two people, each with part of the person's edges (entities/spelling.py); a given name, a short surname or a
name near two people's stays apart. "MediaVest ... Media Vest", "Institute of / for Rural Studies" made two
bodies (entities/body_groups._written_variants)."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import stance_triples
from graph.extract.entities.spelling import misspelt_full_names, misspelt_surname


def persons(graph) -> set[str]:
    return {e.label for e in graph.entities if e.type == "person"}


def test_a_surname_spelt_another_way_is_the_person_named_in_full(build_text):
    graph = build_text("Labour MP Dana Whitcombe backed the port levy. Ms Whitcomb attacked the toll plan on Monday.")
    assert persons(graph) == {"Dana Whitcombe"}, persons(graph)
    stance = stance_triples(graph)
    assert {("Dana Whitcombe", "supports", "port levy"), ("Dana Whitcombe", "opposes", "toll plan")} <= stance, sorted(stance)


def test_two_spellings_of_a_full_name_are_one_person_named_as_written_most(build_text):
    graph = build_text("Ian Harrowfield quit the panel. Mr Harrowfield said he opposed the detention rules. "
                       "Mr Harrowfield backed the appeal. Ian Harowfield is a barrister.")
    assert persons(graph) == {"Ian Harrowfield"}, persons(graph)


@pytest.mark.parametrize("text, expected", [
    # a given name alone is no slip of a surname
    ("Bishop Tom Williams backed the housing plan. Prince William opposed the housing plan.", 2),
    # short surnames are as often two people as one
    ("Ann Leeds backed the housing plan. Ms Leed opposed the housing plan.", 2),
    # a surname near two people's names is neither's
    ("Tom Hartwell backed the housing plan. Sue Hartwel opposed it. Mr Hartwll abstained on the housing plan.", 3),
])
def test_names_that_are_not_one_persons_slip_stay_apart(build_text, text, expected):
    assert len(persons(build_text(text))) == expected, persons(build_text(text))


@pytest.mark.parametrize("word, expected", [
    ("whitcomb", ["person:dana whitcombe"]),  # one letter dropped
    ("hartlye", []),  # two edits in a name of fewer than nine letters ("hartley")
    ("whitcmobe", ["person:dana whitcombe"]),  # two in one of nine
    ("whitcombe", []),  # the same name is the exact look-up's, not a slip
    ("vhitcombe", []),  # another first letter
    ("dana", []),  # a given name
])
def test_misspelt_surname(word, expected):
    by_surname = {"whitcombe": ["person:dana whitcombe"], "hartley": ["person:ann hartley"]}
    fulls = {"person:dana whitcombe", "person:ann hartley"}
    assert misspelt_surname(word, by_surname, fulls, {"dana", "ann"}) == expected


def test_misspelt_full_names_keep_the_spelling_written_more_often():
    full = {"ian harrowfield": "person:ian harrowfield", "ian harowfield": "person:ian harowfield", "ann roe": "person:ann roe"}
    assert misspelt_full_names(full, Counter({"harrowfield": 5, "harowfield": 1})) == {"person:ian harowfield": "person:ian harrowfield"}
    assert misspelt_full_names(full, Counter({"harrowfield": 1, "harowfield": 3})) == {"person:ian harrowfield": "person:ian harowfield"}
    # other words before the surname: two people
    assert misspelt_full_names({"ian harrowfield": "a", "sue harowfield": "b"}, Counter()) == {}


def institutions(graph) -> set[str]:
    return {e.label for e in graph.entities if e.type == "institution"}


@pytest.mark.parametrize("text, expected", [
    ("Shares in MediaVest fell. Media Vest backed the merger. Media Vest opposed the levy.", {"Media Vest"}),
    ("The Institute of Rural Studies criticised the toll plan. The Institute for Rural Studies backed the levy.",
     {"Institute of Rural Studies"}),
    ("The Public and Civil Services Union opposed the job cuts. The PCS Union backed the strike.",
     {"Public and Civil Services Union"}),
])
def test_a_body_written_two_ways_is_one_node(build_text, text, expected):
    assert institutions(build_text(text)) == expected, institutions(build_text(text))



def test_a_body_named_with_ex_before_a_former_post_keeps_its_own_name(build_text):
    # "ex-" says the post is a former one (the edge's `former`), not a body called "Ex-Kestrel Bank"
    graph = build_text("Ex-Kestrel Bank chief Tom Vane backed the merger. Kestrel Bank opposed it.")
    assert institutions(graph) == {"Kestrel Bank"}, institutions(graph)
    assert any(s.relation == "holds" and s.former for s in graph.statements), graph.statements


@pytest.mark.parametrize("text, one", [
    ("Victor Halloran backed the rail merger. Viktor Halloran said it was fair.", True),
    ("Novelist Frederick Ashworth attacked the rail merger. Novelist Frederic Ashworth said it was unfair.", True),
    ("Mario Vantini backed the rail merger. Maria Vantini opposed the rail merger.", False),
])
def test_a_given_name_spelt_two_ways_is_one_person_unless_two_sexes(build_text, text, one):
    people = [e.label for e in build_text(text).entities if e.type == "person"]
    assert (len(people) == 1) == one, people
