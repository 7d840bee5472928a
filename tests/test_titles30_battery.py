"""Posts named only as "the chancellor" (session 30, from the office misses of the annotated study articles), each
tested on sentences of our own.

- "the chancellor said": a bare lower-case post with "the" that acts is one post the reader knows, as "the prime
  minister" is; its holder is the person the story is about (structure/known_holders.py).
- a shadow, deputy or vice post ("Tory shadow chancellor Ann Lee") is another post: it does not stand for the bare
  one, and its holder is not the one "the chancellor" points back at.
- "chief trade negotiator Ana Ruiz": a chief grade with a field noun before an occupation is a post, as "chief US
  economist" is; "Sheikh" is part of the name, as "Sir" is ("Sheikh Hamad denied").
- "Ann Vale, the society's president,": a post apposed to a name with a common noun as its owner is the
  name's, as with a named owner ("Lars Berg, Volvo's chairman,").
- a voice ("the spokesman said") or a word that is a role as often as a post ("the leader said") names no post.
"""
from __future__ import annotations

import pytest

from conftest import label_triples as _triples


def _offices(graph) -> set[str]:
    return {e.label.lower() for e in graph.entities if e.type == "office"}


@pytest.mark.parametrize("text, person, post", [
    ("Ruth Cole will present her budget on Tuesday. Yesterday the chancellor said growth would recover.",
     "Ruth Cole", "chancellor"),
    ("Ian Moss has run the province since 2001. The governor's plan for new roads was approved on Monday.",
     "Ian Moss", "governor"),
])
def test_the_post_acting_is_held_by_the_person_the_story_is_about(build_text, text, person, post):
    assert (person, "holds", post) in {(s, r, o.lower()) for s, r, o in _triples(build_text(text))}


def test_a_shadow_post_does_not_stand_for_the_post(build_text):
    graph = build_text("Tory shadow chancellor Tom Lund said the fuel levy would hurt savers. Ruth Cole will present "
                       "her budget on Tuesday. The chancellor said the tax was fair.")
    triples = {(s, r, o.lower()) for s, r, o in _triples(graph)}
    assert ("Ruth Cole", "holds", "chancellor") in triples
    assert ("Tom Lund", "holds", "chancellor") not in triples


@pytest.mark.parametrize("title", ["The chancellor", "The Chancellor"])
def test_the_shadow_post_holder_is_not_the_post(build_text, title):
    graph = build_text(f"Tory shadow chancellor Tom Lund said the fuel levy would hurt savers. {title} insisted her "
                       "sugar tax was affordable.")
    triples = {(s, r, o.lower()) for s, r, o in _triples(graph)}
    assert ("Tom Lund", "holds", "chancellor") not in triples
    assert not any(s == "Tom Lund" and "sugar tax" in o for s, r, o in triples), triples


@pytest.mark.parametrize("text", [
    "Ruth Cole met the board on Tuesday. Later the spokesman said the talks had ended.",
    "Ruth Cole met the board on Tuesday. Later the leader said the talks had ended.",
    "Ruth Cole met the board on Tuesday. She said the chancellors of three universities had written to her.",
])
def test_a_voice_a_role_or_a_plural_names_no_post(build_text, text):
    assert not _offices(build_text(text))


def test_sheikh_is_part_of_the_name_as_sir_is(build_text):
    graph = build_text("Qatar's Energy Minister, Sheikh Hamad al-Thani, said output would rise. Sheikh Hamad denied "
                       "that Qatar was over-producing.")
    person = next(e for e in graph.entities if e.type == "person")
    assert "Sheikh Hamad" in {person.label, *person.aliases}, (person.label, person.aliases)


@pytest.mark.parametrize("text, person, post", [
    ("The banks met chief trade negotiator Ana Ruiz on Monday.", "Ana Ruiz", "chief trade negotiator"),
    ("Kestrel's chief market strategist Tom Lund said rates would fall.", "Tom Lund", "chief market strategist"),
])
def test_a_chief_grade_with_a_field_before_an_occupation_is_a_post(build_text, text, person, post):
    assert any(s == person and r == "holds" and post in o.lower() for s, r, o in _triples(build_text(text)))


@pytest.mark.parametrize("text, post", [
    ("Ann Vale, the society's president, said the plan was flawed.", "president"),
    ("The charity met on Monday. Tom Lund, the charity's director, said the plan was flawed.", "director"),
])
def test_a_post_apposed_with_a_common_owner_is_the_names(build_text, text, post):
    assert any(r == "holds" and o.lower() == post for s, r, o in _triples(build_text(text)))

