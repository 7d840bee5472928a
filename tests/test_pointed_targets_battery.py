"""A battery of stance targets that point back: a noun of a kind of policy with only a determiner ("the rules",
"any deal") names the policy just told of; an act of bringing in, keeping or undoing done to a pronoun ("opposed
extending it", "backed scrapping it") is a side on what the pronoun stands for, the other side when the act undoes
it; a quoted noun runs on with its own preposition ("the 'whole memo' of the panel"); and a judgement's adjective
("branded the proposal unworkable") is no part of the thing judged. Invented sentences, each with the side a
careful reader takes (GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # a kind of policy named by its kind alone: the policy named just before
    ("kind", "The Harlow Group has backed a merger with Tonmark Foods. The Bakers Union vowed to resist any deal.",
     "Bakers Union", [(O, "merger with Tonmark")], [(O, "deal")]),
    ("kind", "Norland brought in a cap on fishing quotas last spring. Judge Ada Brine said the rules were unlawful.",
     "Brine", [(O, "cap on fishing")], [(O, "rules")]),
    # with no policy named that near, the deal is a policy of its own
    ("kind", "Senator Ada Brine voted against the deal on Monday.", "Brine", [(O, "deal")], []),
    # an act done to a pronoun: a side on what the pronoun stands for
    ("act", "The council brought in a parking levy in 2019. Mayor Ada Brine opposed extending it.", "Brine",
     [(O, "parking levy")], [(O, "extending")]),
    ("act", "The council brought in a parking levy in 2019. Mayor Ada Brine backed scrapping it.", "Brine",
     [(O, "parking levy")], [(S, "parking levy"), (S, "scrapping")]),
    # a quoted noun whose own preposition runs on past the closing mark is one phrase with it; a to-clause of
    # purpose after the mark is no part of it
    ("quoted", 'Senator Ada Brine called on the minister to publish the "full report" of the inquiry.', "Brine",
     [(S, "of the inquiry")], []),
    ("quoted", 'The Bakers Union called for a "pause year" to assess the rise in the minimum wage.', "Bakers Union",
     [(S, "pause year")], [(S, 'pause year" to')]),
    # the judgement of the thing judged is no part of it
    ("judged", "Norland has proposed a cap on rents for students. The Landlords Guild branded the proposal unworkable.",
     "Landlords Guild", [(O, "cap on rents")], [(O, "proposal unworkable")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_pointed_targets_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
