"""A pronoun in what a spokesman says stands for the one they speak for, on sentences of our own: "a spokesman for
Ann Lee said she backed the levy" is Ann Lee's side; a spokesman of the other sex, or with no one named, is
speaking of themselves or of no one the story names."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder", [
    ("A spokesman for Ann Lee said she backed the fuel levy.", "Ann Lee"),
    ("A spokesman for Tom Vane said he opposed the fuel levy.", "Tom Vane"),
    ("Tom Vane's spokesman said he opposed the fuel levy.", "Tom Vane"),
])
def test_a_pronoun_in_a_spokesmans_words_is_the_one_spoken_for(build_text, text, holder):
    triples = stance_triples(build_text(text))
    assert any(h == holder and o == "fuel levy" for h, _, o in triples), sorted(triples)


@pytest.mark.parametrize("text", [
    "A spokeswoman for Tom Vane said she backed the fuel levy.",
    "A spokesman said he backed the fuel levy.",
])
def test_a_pronoun_that_cannot_be_the_one_spoken_for_names_no_one(build_text, text):
    assert not stance_triples(build_text(text))
