"""A firm's board acting: "the Kestrel Holdings board", "Kestrel Holdings' board" and "the board of Kestrel Holdings"
are one body, the firm's board (institutions.json owned_by_bodies), holding the side it takes; a bare "the board"
after the firm is named is no other firm. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text", [
    "Halford Inc made an offer for Kestrel Holdings. The Kestrel Holdings board rejected the offer.",
    "Halford Inc made an offer for Kestrel Holdings. Kestrel Holdings' board rejected the offer.",
    "Halford Inc made an offer for Kestrel Holdings. The board of Kestrel Holdings rejected the offer.",
])
def test_the_firms_board_takes_the_side(build_text, text):
    triples = stance_triples(build_text(text))
    assert any(h == "Kestrel Holdings board" and r == "opposes" and "offer" in t for h, r, t in triples), sorted(triples)
    assert ("Halford Inc", "supports", "offer for Kestrel Holdings") in triples, sorted(triples)
