"""A side against an opposition: one who fights, dismisses or rejects an opposition to a thing, or criticism of it,
backs the thing, even when no one is named to hold that opposition (statements/asked_acts.carried_side); one who
backs it is against the thing. Not a charge: "rejected the charges against X" is against the charges, a thing of
their own (positions.json heads). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("The Green Party is fighting opposition to the carbon tax.", "Green Party", "supports", "carbon tax"),
    ("Ann Lee dismissed criticism of the rail plan.", "Ann Lee", "supports", "rail plan"),
    ("Kestrel Bank is fighting growing resistance to its merger plan.", "Kestrel Bank", "supports", "merger plan"),
])
def test_a_side_against_an_unowned_opposition(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)
    assert not any(t in ("opposition", "resistance", "criticism") for _, _, t in triples), sorted(triples)


def test_charges_rejected_are_a_thing_of_their_own(build_text):
    triples = stance_triples(build_text("The Kestrel Bank board rejected the charges against its chairman."))
    assert any(r == "opposes" and "charges" in t for _, r, t in triples), sorted(triples)
