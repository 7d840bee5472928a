"""A battery of removals from a post refused or pledged, and of deeds punished (issue 10, session 19): sacking,
dismissing, deselecting or ousting someone is an act of policy a refusal or a pledge names ("refused to sack its
chairman" is against that sacking, stance.json policy_act_verbs), and one punished for a deed ("expelled the union
for refusing to X", "suspended the union for backing X") did the deed, not the one who punished it (syntax._charged).
Every sentence is invented (names, bodies and policies), with the sides a careful reader takes (GUIDELINES.md)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    ("removal-refused", "The Farmers Union refused to sack its chairman.", "Farmers Union",
     [(O, "sack its chairman")], [(S, "sack its chairman")]),
    ("removal-refused", "The league expelled the Farmers Union for refusing to sack its chairman.", "Farmers Union",
     [(O, "sack its chairman")], [(S, "sack its chairman")]),
    # the one who punishes takes no side on the deed punished
    ("punished", "The league expelled the Farmers Union for refusing to sack its chairman.", "league",
     [], [(O, "sack its chairman"), (S, "sack its chairman")]),
    ("punished", "The Labour Party suspended the Farmers Union for backing the new toll.", "Farmers Union",
     [(S, "new toll")], [(O, "new toll")]),
    ("punished", "The Labour Party suspended the Farmers Union for backing the new toll.", "Labour",
     [], [(S, "new toll"), (S, "backing the new toll")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_removals_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
