"""A measure said to have failed (stance.json failing_verbs, WordNet's fail.v.02 'be unsuccessful'): told as done,
"the curfew has failed" is a verdict against it, as "would not work" is; "has failed to cut crime" denies the good
it was to do, as "does nothing to cut crime" does. A forecast ("would fail") is no verdict of the kind, and a measure
that failed to win votes, or talks that failed, are reported, not judged. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, target", [
    ("Mr Ward said the new curfew had failed to cut crime in the town centre.", "Ward", "curfew"),
    ("The Greens said the council's recycling scheme had failed.", "Green", "recycling scheme"),
    ("Local traders say the parking charges have failed to ease congestion.", "traders", "parking charges"),
])
def test_a_measure_said_to_have_failed(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert any(holder.lower() in h.lower() and r == "opposes" and target in t for h, r, t in triples), sorted(triples)


@pytest.mark.parametrize("text, holder", [
    ("The union said the pay talks had failed.", "union"),
    ("Mr Ward said the bill had failed to win enough votes.", "Ward"),
])
def test_a_failure_reported_is_no_verdict(build_text, text, holder):
    triples = stance_triples(build_text(text))
    assert not any(holder.lower() in h.lower() and r in ("opposes", "warns") for h, r, t in triples), sorted(triples)


def test_a_failure_foretold_is_a_warning(build_text):
    triples = stance_triples(build_text("Mr Ward said the new curfew would fail."))
    assert ("Ward", "warns", "new curfew") in triples and ("Ward", "opposes", "new curfew") not in triples, sorted(triples)
