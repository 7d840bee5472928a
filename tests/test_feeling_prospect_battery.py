"""A battery of feelings about what may come ('alarmed by the prospect of job cuts'): the one who feels takes the
side on the thing that may come, not on the likelihood noun (stance.json likelihood_nouns). Invented sentences,
each with the sides a careful reader takes (GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("prospect", "The Bakers Federation said it was alarmed by the prospect of factory closures.", "Bakers Federation",
     [(O, "factory closures")], [(S, "factory closures"), (O, "prospect")]),
    ("prospect", "The Growers Union was encouraged by the prospect of a grain subsidy.", "Growers Union", [(S, "grain subsidy")],
     [(O, "grain subsidy"), (S, "prospect")]),
    ("possibility", "The possibility of higher ferry fares has angered the Islanders Council.", "Islanders Council",
     [(O, "ferry fares")], [(S, "ferry fares"), (O, "possibility")]),
    ("negated", "The Bakers Federation was not alarmed by the prospect of factory closures.", "Bakers Federation",
     [], [(O, "factory closures"), (S, "factory closures")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_feeling_prospect_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
