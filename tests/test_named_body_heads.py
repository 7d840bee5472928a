"""A body named before a noun that says what kind of body it is ("the Ostler union", "the Vortex group") acts
through that noun: the noun's verb is the body's (reference/actors.py). Sentences of our own.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("The Ostler union opposed the pay freeze.", "Ostler", "opposes", "pay freeze"),
    ("The Ostler union said the pay freeze was unfair.", "Ostler", "opposes", "pay freeze"),
    ("The Norvik group attacked the road plan.", "Norvik", "opposes", "road plan"),
    ("The Kellan Holdings group attacked the road plan.", "Kellan Holdings", "opposes", "road plan"),
    ("The Amicus union backed the smoking ban.", "Amicus", "supports", "smoking ban"),
])
def test_the_kind_noun_acts_for_the_body(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert any(h.startswith(holder) and r == relation and target in o for h, r, o in triples), sorted(triples)


@pytest.mark.parametrize("text, holder", [
    # a government is no kind of party: "the Labour government" is not the party acting
    ("The Labour government backed the smoking ban.", "Labour"),
    # a programme is no body
    ("The Ostler programme backed the smoking ban.", "Ostler"),
])
def test_no_kind_noun_no_body(build_text, text, holder):
    assert not any(h.startswith(holder) for h, _, _ in stance_triples(build_text(text)))
