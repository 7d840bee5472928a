"""A name the tagger takes for a person's is a body's where the text uses it as one (mentions/body_signs.py).
Sentences of our own; the names are made up, and each one is tagged PERSON by the English pipeline."""
from __future__ import annotations

import pytest

from graph.extract.language.lexicon import load_lexicon
from graph.extract.mentions.body_signs import bodies_by_usage


@pytest.mark.parametrize("text, bodies", [
    ("Garvey Mell's profits fell by a third last year.", {"Garvey Mell"}),                 # what a firm has
    ("Garvey Mell shares fell 20% on Monday.", {"Garvey Mell"}),
    # a person's name: an honorific, a given name, a surname of a full name
    ("Mr Garvey Mell's staff said the plan would fail.", set()),
    ("Tom Mell's profits fell.", set()),
    ("Mell's profits fell. Tom Mell said so.", set()),
    # "it" in what a speaker says is as often the thing said of as the speaker
    ("Garvey Mell said it would appeal against the ruling.", set()),
])
def test_bodies_by_usage(nlp, text, bodies):
    assert bodies_by_usage(nlp(text), load_lexicon()) == bodies


def test_a_name_used_as_a_body_is_an_institution_with_its_sides(build_text):
    graph = build_text("Garvey Mell's profits fell. Garvey Mell opposed the new tax on mining.")
    kinds = {e.label: e.type for e in graph.entities}
    assert kinds.get("Garvey Mell") == "institution", kinds
    assert any(s.relation == "opposes" and s.subject == "institution/garvey-mell" for s in graph.statements), graph.statements


def test_the_sign_may_be_at_another_mention(build_text):
    # the tagger reads the name otherwise where the sign is; the name is the body's wherever it is tagged a person
    graph = build_text("Helmstone Idec opposed the new tax on drugs. Helmstone Idec's profits fell.")
    assert {e.label: e.type for e in graph.entities}.get("Helmstone Idec") == "institution"
