"""A battery of candidacies denied (issue 10, session 19): one who says another will not or cannot be, or stand as, a
candidate, or is ineligible to stand, takes the side against that candidacy, read as against the person standing
(GUIDELINES.md: the gold names the person or their candidacy). Said of oneself it only declines; a candidacy told is
news. Every sentence is invented (names, bodies), with the sides a careful reader takes."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    ("denied", "Dismissed MP Tom Brill faces a fight. The Farmers Union has said firmly he will never be its nominee.",
     "Farmers Union", [(O, "Brill")], [(S, "Brill")]),
    ("denied", "The Farmers Union said on Monday that Mr Brill would not be its candidate in Eastfield.", "Farmers Union",
     [(O, "Brill")], [(S, "Brill")]),
    ("denied", "Ms Ann Dale lost the vote. Labour chairman Ian Wood said she could not stand as a candidate for the party.",
     "Wood", [(O, "Dale")], [(S, "Dale")]),
    ("ineligible", "Ms Ann Dale was ineligible to run as the Labour candidate, Labour chairman Ian Wood said on Friday.", "Wood",
     [(O, "Dale")], [(S, "Dale")]),
    # said of oneself it is no side; told as news it is none either
    ("self", "Ms Ann Dale said she would not stand as a candidate in Eastfield again.", "Dale", [], [(O, "Dale")]),
    ("told", "The Farmers Union said Mr Tom Brill would be its candidate in Eastfield.", "Farmers Union",
     [], [(O, "Brill"), (S, "Brill")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_candidacies_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
