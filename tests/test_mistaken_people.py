"""A state the parser takes for a person (mentions/names.py, mentions/bodies.py): the small English pipeline tags
"Sri Lanka" PERSON, and the story had a person "Sri Lanka" who backed and opposed things; it is the state, which
acts."""
from __future__ import annotations

from conftest import stance_triples


def test_a_state_the_parser_takes_for_a_person_is_the_state(build_text):
    graph = build_text("Sri Lanka backed the debt freeze.")
    assert not [e.label for e in graph.entities if e.type == "person"], graph.entities
    assert ("Sri Lanka", "supports", "debt freeze") in stance_triples(graph), sorted(stance_triples(graph))
    assert any(e.label == "Sri Lanka" and e.type == "institution" for e in graph.entities), graph.entities
