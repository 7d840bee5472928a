"""An impact told with fear is a harm: "would affect the ability of banks to lend" says nothing by itself (an impact
harms only by its degree, stance.json impact_verbs), but "concerned that the rules could affect the ability of banks
to lend" fears it, a warning about the rules. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, target", [
    ("The Norland central bank is concerned that the new reserve rules could affect lending to small firms.",
     "central bank", "new reserve rules"),
    ("Kestrel Bank said it was worried that the proposed levy might affect its ability to compete.", "Kestrel Bank",
     "proposed levy"),
])
def test_an_impact_feared_warns(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert any(holder in h and r == "warns" and target in t for h, r, t in triples), sorted(triples)


def test_an_impact_told_plainly_is_no_harm(build_text):
    triples = stance_triples(build_text("Kestrel Bank said the proposed levy might affect its ability to compete."))
    assert not any(r == "warns" for _, r, _ in triples), sorted(triples)
