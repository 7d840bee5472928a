"""A person judged in what another says, on sentences of our own: praise denied is blame ("said Tom Vane was not a
good leader", "was not fit to lead the party"), fitness judges as the words of use do (fit / unfit); a fault
denied ("was not wrong") is no praise."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, side", [
    ("Ann Lee said Tom Vane was not a good leader.", "opposes"),
    ("Ann Lee said Tom Vane was not fit to lead the party.", "opposes"),
    ("Ann Lee said Tom Vane was unfit to lead the party.", "opposes"),
    ("Ann Lee said Tom Vane was fit to lead the party.", "supports"),
    ("Ann Lee said Tom Vane was a good leader.", "supports"),
])
def test_a_person_judged_is_taken_a_side_on(build_text, text, side):
    triples = stance_triples(build_text(text))
    assert ("Ann Lee", side, "Tom Vane") in triples, sorted(triples)
    other = "supports" if side == "opposes" else "opposes"
    assert ("Ann Lee", other, "Tom Vane") not in triples, sorted(triples)


def test_a_fault_denied_is_no_praise(build_text):
    assert not stance_triples(build_text("Ann Lee said Tom Vane was not wrong."))
