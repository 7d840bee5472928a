"""A battery of compacts refused or sought, and of aims owned by a name before the noun (issue 10, session 19): one who
will not form, join or enter a coalition, pact or alliance takes the side against that compact (and against the
partner, as partners.py read before), one willing to or wanting to form one the side for it, even with no partner
named; one that formed one took no side. "The NFU position is to back X" is the NFU's, as "the NFU's position" is.
Every sentence is invented (names, bodies and policies), with the sides a careful reader takes (GUIDELINES.md)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    ("pact-refused", "The Farmers Party will never form a pact with the Greens or with the Liberals.", "Farmers Party",
     [(O, "pact with the greens or with the liberals")], [(S, "form a pact")]),
    ("pact-refused", "The Farmers Party refused to join a coalition with the Greens.", "Farmers Party",
     [(O, "join a coalition with the greens")], [(S, "join a coalition")]),
    ("pact-refused", "Greens leader Ann Kole said she was reluctant to enter a coalition with the Farmers Party.", "Kole",
     [(O, "enter a coalition")], [(S, "enter a coalition")]),
    ("pact-refused", "Mr Brill said the Greens would never enter a pact with the Liberals.", "Green",
     [(O, "enter a pact")], [(S, "enter a pact")]),
    ("pact-sought", "Farmers Party leader Tom Brill said he was eager to build a coalition administration.", "Brill",
     [(S, "coalition administration")], [(O, "build a coalition")]),
    ("pact-sought", "Farmers Party leader Tom Brill appeared ready to forge an alliance.", "Brill",
     [(S, "forge an alliance")], [(O, "forge an alliance")]),
    ("pact-sought", "The Crofters Union wants to go into partnership with the Farmers Party.", "Crofters Union",
     [(S, "partnership with the farmers party")], [(O, "go into partnership")]),
    # a compact formed, or one not ruled out, is no side on it
    ("pact-done", "The Farmers Party formed a coalition with the Greens in May.", "Farmers Party",
     [], [(S, "form a coalition"), (O, "form a coalition")]),
    ("pact-open", "The Farmers Party has not ruled out joining a coalition with the Greens.", "Farmers Party",
     [], [(S, "join"), (O, "join")]),
    # a body named before a noun of intent or stance owns it
    ("named-owner", "The NFU position is to back a cap on milk quotas.", "NFU",
     [(S, "cap on milk quotas")], [(O, "cap on milk quotas")]),
    ("named-owner", "The Labour aim is to abolish tuition fees by 2012.", "Labour",
     [(O, "tuition fees")], [(S, "tuition fees")]),
    ("named-owner", "The OPEC goal is to cut oil output by 5 pct.", "OPEC",
     [(S, "cut oil output")], [(O, "cut oil output")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_pacts_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
