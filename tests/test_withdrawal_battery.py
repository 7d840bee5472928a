"""A battery of withdrawals (FrameNet Withdraw_from_participation): one who pulls out of, backs out of, withdraws
from or walks away from a deal, an agreement, a merger or talks takes a side against it; one who pulls out of a
place or a contest only leaves it. Invented sentences, each with the side a careful reader takes (GUIDELINES.md)
and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # a position-like object: the one who withdraws is against it
    ("deal", "The Harlow Group has pulled out of the supply agreement with Tonmark.", "Harlow Group",
     [(O, "supply agreement")], [(S, "supply agreement")]),
    ("deal", "Senator Ada Brine backed out of the fishing treaty last week.", "Brine", [(O, "fishing treaty")], [(S, "fishing treaty")]),
    ("deal", "Norland has withdrawn from the climate accord.", "Norland", [(O, "climate accord")], [(S, "climate accord")]),
    ("deal", "The Teachers Guild walked away from the pay talks on Friday.", "Teachers Guild", [(O, "pay talks")], [(S, "pay talks")]),
    # a place or a contest: leaving it takes no side
    ("place", "Norland pulled out of Varesh in 2009.", "Norland", [], [(O, "Varesh"), (S, "Varesh")]),
    ("place", "Senator Ada Brine withdrew from the leadership race.", "Brine", [], [(O, "leadership race"), (O, "race")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_withdrawal_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
