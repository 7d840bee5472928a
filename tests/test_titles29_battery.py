"""Titles before lists of names and posts owned through an epithet (session 29, read from the structure misses of the
annotated study articles), each tested on sentences of our own.

- "Labour MPs Ann Lee, Tom Ray and Joe Moss": a plural title before a list of names is each one's, with the body it
  names; a name in the list with a title of its own ("Acme managers A and B, and Zeta managers C") starts another.
- "Acme's global chief executive, Tom Reed": an epithet of the post between the owner's possessive and the title
  leaves the owner the holder's body.
"""
from __future__ import annotations

import pytest

from conftest import label_triples as _triples


@pytest.mark.parametrize("text, person, body", [
    ("Kestrel Bank has cut 300 jobs. Kestrel Bank directors Tom Lund and Peter Hale denied the charges.", "Peter Hale", "Kestrel Bank"),
    ("Kestrel Bank has cut 300 jobs. Kestrel Bank directors Tom Lund and Peter Hale denied the charges.", "Tom Lund", "Kestrel Bank"),
    ("Labour MPs Tom Lund, Ann Berg and Peter Hale backed the plan.", "Ann Berg", "Labour Party"),
    ("Labour MPs Tom Lund, Ann Berg and Peter Hale backed the plan.", "Peter Hale", "Labour Party"),
    ("Kestrel's global chief executive, Tom Lund, backed the merger.", "Tom Lund", "Kestrel"),
    ("Vexcom's new chairman Ann Berg resigned on Monday.", "Ann Berg", "Vexcom"),
])
def test_each_name_is_in_the_body(build_text, text, person, body):
    assert (person, "member_of", body) in _triples(build_text(text))


def test_a_name_with_its_own_title_starts_another_list(build_text):
    triples = _triples(build_text("Kestrel Bank and Vexcom were fined. Kestrel Bank managers Tom Lund and Peter Hale, "
                                  "and Vexcom managers Ann Berg and Ian Moss face charges."))
    assert ("Peter Hale", "member_of", "Kestrel Bank") in triples
    assert ("Ian Moss", "member_of", "Vexcom") in triples
    assert ("Ann Berg", "member_of", "Kestrel Bank") not in triples
    assert ("Ian Moss", "member_of", "Kestrel Bank") not in triples


def test_plural_abbreviated_titles_stay_whole(nlp):
    # spaCy keeps "Sen." whole but splits "Sens." from its stop, which the parser took for a sentence's end
    assert [t.text for t in nlp("Sens. Ann Lee and Tom Ray met Reps. Joe Moss and Kim Hale.")][:5] == ["Sens.", "Ann", "Lee", "and", "Tom"]


@pytest.mark.parametrize("person", ["Tom Lund", "Peter Hale"])
def test_each_senator_of_a_plural_abbreviation_holds_the_post(build_text, person):
    graph = build_text("WASHINGTON, March 4 - Sens. Tom Lund (D-Cal.) and Peter Hale (R-Wash.) said they had introduced "
                       "a bill to cut export licensing.")
    assert (person, "holds", "Senator") in _triples(graph)


def test_a_relative_clause_after_a_list_of_names_is_on_the_whole_list(build_text):
    # the parser hangs "who" on the last name; set off by its comma, the clause is said of every name of the list
    graph = build_text("Tom Lund and Peter Hale, who opposed the arms initiative, resigned on Monday.")
    sides = {(s, r) for s, r, o in _triples(graph) if "arms initiative" in o}
    assert ("Tom Lund", "opposes") in sides and ("Peter Hale", "opposes") in sides, sides


def test_a_relative_clause_on_an_object_is_on_that_name_alone(build_text):
    graph = build_text("Tom Lund met Peter Hale, who opposed the arms initiative.")
    sides = {(s, r) for s, r, o in _triples(graph) if "arms initiative" in o}
    assert sides == {("Peter Hale", "opposes")}, sides
