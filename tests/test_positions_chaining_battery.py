"""A one-word pointer ("the tax", "the toll") joins the position in focus, but a longer phrase that shares only
that word with it names another policy unless it shares a full name or the head of one: single-link clustering
through the pointer merged "a scheme to simplify the levy rules" into "the carbon levy". Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples

CASES = [
    # (text, holder, the holder's expected (relation, target), targets that must not be the holder's)
    ("Finance Minister Ken Aso backs a ten pct carbon levy. Opposition leader Rui Sato rejected the levy. "
     "Sato supports a scheme to simplify the levy rules.",
     "Rui Sato", ("supports", "scheme to simplify the levy rules"), [("supports", "ten pct carbon levy")]),
    ("Mayor Ada Lund backs a new toll on lorries. Tom Roe attacked the toll. Roe wants a scheme to cut the toll "
     "charges paid by buses.",
     "Tom Roe", ("supports", "scheme to cut the toll charges paid by buses"), [("supports", "new toll on lorries")]),
]

# the other side: one policy named again in full, by its head, or by a pointer stays one position
SAME = [
    ("Finance Minister Ken Aso backs the fuel levy. Rui Sato attacked the levy. Sato wants the fuel levy on hauliers "
     "scrapped.", 1),
    ("Finance Minister Ken Aso backs the levy. Rui Sato attacked the levy on fuel.", 1),
    ("Ada Lund backs rail privatisation. Tom Roe opposed the privatisation. Roe also opposes privatisation of the "
     "railways.", 1),
]


@pytest.mark.parametrize("text,holder,side,wrong", CASES, ids=[c[0][:50] for c in CASES])
def test_a_phrase_sharing_only_a_pointers_word_is_another_position(build_text, text, holder, side, wrong):
    stance = stance_triples(build_text(text))
    assert (holder, *side) in stance, stance
    for rel, target in wrong:
        assert (holder, rel, target) not in stance, stance


@pytest.mark.parametrize("text,count", SAME, ids=[c[0][:50] for c in SAME])
def test_one_policy_named_again_stays_one_position(build_text, text, count):
    positions = [e for e in build_text(text).entities if e.type == "position"]
    assert len(positions) == count, positions
