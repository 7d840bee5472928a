"""A pronoun in capitals is a name: "US" is the country, never the speaker's "us" (reference.first_person and
reference.we_pronoun, used wherever a pronoun list is tested). Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text", [
    "Ada Lund said the US opposed the steel quota.",
    "Ada Lund said US negotiators opposed the steel quota.",
])
def test_the_us_in_capitals_holds_its_own_side(build_text, text):
    stance = stance_triples(build_text(text))
    assert ("United States", "opposes", "steel quota") in stance, stance
    assert ("Ada Lund", "opposes", "steel quota") not in stance, stance
