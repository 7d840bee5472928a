"""Constructions read from the misses of fresh articles (session 26), each tested on sentences of our own.

- A title's "of" phrase never ends inside a body's name the tagger read whole: "the chairman of U.S. Grain
  Associates said" is the chairman of that body, not a post "chairman of U.S." held by a person "Grain Associates".
"""
from __future__ import annotations

import pytest


def _triples(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements}


@pytest.mark.parametrize("text", [
    "The chairman of U.S. Grain Associates said the Irish tariff plan was flawed.",
    "The head of U.K. Coal Holdings said the levy was unfair.",
])
def test_a_title_does_not_cut_a_body_name_short(build_text, text):
    graph = build_text(text)
    people = {e.label for e in graph.entities if e.type == "person"}
    assert not people, f"no person is named in {text!r}, got {people}"
    assert not any(s.relation == "holds" for s in graph.statements)


def test_a_name_after_a_title_of_a_body_is_still_a_name(build_text):
    triples = _triples(build_text("Minister of Trade Hajime Tamura said the levy was unfair."))
    assert ("Hajime Tamura", "holds", "Minister of Trade") in triples
