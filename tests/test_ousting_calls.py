"""Calls for one to be ousted, and harms denied, on sentences of our own: a wish that a person be sacked, fired or
expelled is against them, as a call for them to quit is ("called for Tom Vane to be sacked", "Tom Vane should be
sacked, Ann Lee said", "wants Tom Vane sacked"), where a wish that they be reinstated is for them; what is told to
happen ("would be sacked") or was done ("was sacked") takes no side. A consequence denied ("there would be no need
for higher rates once the plant was sold") is no harm the condition's policy is warned of."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text", [
    "Ann Lee called for Tom Vane to be sacked.",
    "Ann Lee wants Tom Vane to be sacked.",
    "Ann Lee wants Tom Vane sacked.",
    "Ann Lee said Tom Vane should be sacked.",
    "Ann Lee called for Tom Vane to be expelled from the party.",
])
def test_a_wish_that_one_be_ousted_is_against_them(build_text, text):
    triples = stance_triples(build_text(text))
    assert ("Ann Lee", "opposes", "Tom Vane") in triples, sorted(triples)
    assert ("Ann Lee", "supports", "Tom Vane") not in triples, sorted(triples)


def test_a_wish_that_one_be_reinstated_is_for_them(build_text):
    triples = stance_triples(build_text("Ann Lee called for Tom Vane to be reinstated."))
    assert ("Ann Lee", "supports", "Tom Vane") in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Ann Lee said Tom Vane would be sacked.",
    "Tom Vane was sacked last year, Ann Lee said.",
])
def test_an_ousting_told_takes_no_side(build_text, text):
    assert not any(h == "Ann Lee" for h, _, _ in stance_triples(build_text(text)))


def test_a_consequence_denied_warns_of_nothing(build_text):
    triples = stance_triples(build_text("Tom Vane said there would be no need for higher fares once the depot was closed."))
    assert not any(r == "warns" for _, r, _ in triples), sorted(triples)
