"""A battery of acts asked for, wished and aimed at (session 16): a call on someone to quit ("called on the minister
to resign": against the one asked to go), a passive wish parsed as a relative clause ("would like the levy to be
scrapped") or a fate infinitive read as a noun ("wants the embargo to end"), an effort described by its purpose
("launched a drive aimed at blocking the merger"), an act one ought to avoid ("the council should avoid raising
the levy, Kent said": against the rise), and two readings that said a side nobody takes: "has yet to back X"
(not done so far, no side) and "said he no longer supports X" (a side given up, not a call named by its caller).
Every sentence is our own, with the sides a careful reader takes (GUIDELINES.md) and the readings that would be
wrong. A case marked `open` fails today."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # a call on someone to leave their post: against them, never for them
    ("quit", "Tom Reed is the health minister. Opposition leader Mary Hale called on Tom Reed to resign.", "Hale", [(O, "Reed")], [(S, "Reed")]),
    ("quit", "Mary Hale called on the finance minister, Tom Reed, to step down over the loan affair.", "Hale", [(O, "Reed")], [(S, "Reed")]),
    ("quit", "Jo Ames sits for the Liberal Party. A spokesman for the Green Party called on Ms Ames to quit the regional assembly.",
     "Green", [(O, "Ames")], [(S, "Ames")]),
    ("quit", "The Farmers Union called upon Ada Lund to stand down as chair of the grain board.", "Farmers Union", [(O, "Lund")], [(S, "Lund")]),
    ("quit", "Mary Hale did not call on Tom Reed to resign.", "Hale", [], [(O, "Reed"), (S, "Reed"), (O, "resign"), (O, "Tom Reed to")]),
    ("quit", "Mary Hale did not call for Tom Reed to resign.", "Hale", [], [(O, "Reed"), (S, "Reed"), (O, "resign"), (O, "Tom Reed to")]),
    ("quit", "Did Mary Hale call on Tom Reed to resign?", "Hale", [], [(O, "Reed")]),
    ("quit", "Mary Hale called on the council to scrap the parking levy.", "Hale", [(O, "parking levy")], [(S, "parking levy")]),
    # a passive wish the parser hangs on the object as a relative clause
    ("wish", "The National Farmers Union would like the fuel levy to be scrapped.", "Farmers Union", [(O, "fuel levy")], [(S, "fuel levy")]),
    ("wish", "The Hauliers Association would prefer the road toll to be abolished.", "Hauliers", [(O, "road toll")], [(S, "road toll")]),
    ("wish", "The Hauliers Association would like the fuel duty freeze to be extended.", "Hauliers", [(S, "fuel duty")], [(O, "fuel duty")]),
    ("wish", "The National Farmers Union would not like the fuel levy to be scrapped.", "Farmers Union", [], [(O, "fuel levy")]),
    ("wish", "Would the National Farmers Union like the fuel levy to be scrapped?", "Farmers Union", [], [(O, "fuel levy")]),
    # "to end" read as a preposition with a noun: still the thing's fate wished
    ("wish", "Ms Ward said she also wanted the arms embargo to end, despite objections from Canada.", "Ward",
     [(O, "arms embargo")], [(S, "arms embargo")]),
    ("wish", "The Greens want the fishing quota to end.", "Green", [(O, "fishing quota")], [(S, "fishing quota")]),
    ("wish", "The Farmers Union wants the grain subsidy to stay.", "Farmers Union", [(S, "grain subsidy")], [(O, "grain subsidy")]),
    ("wish", "Ms Ward sent the arms embargo report to Canada.", "Ward", [], [(O, "arms embargo"), (S, "arms embargo")]),
    # people wanted to do a thing that acts on no policy: no side on them or on their doing
    ("wish", "The Farmers Union merely wanted people to think hard about the fuel levy.", "Farmers Union", [], [(S, "people")]),
    ("wish", "Ms Ward said she wanted industry to succeed in the north.", "Ward", [], [(S, "industry")]),
    ("wish", "Mr Kent wants other nations to cut their tariffs on steel.", "Kent", [(S, "cut their tariffs")], []),
    ("wish", "The Hauliers Association wants interest rates to fall.", "Hauliers", [(S, "interest rates")], []),
    ("wish", "The Treasury wants the government to start paying compensation to farmers.", "Treasury", [(S, "paying compensation")], []),
    # an effort described by what it is for: whoever makes or backs it takes the side of its act
    ("purpose", "The Ramblers Association launched a drive aimed at blocking the merger of the two park authorities.",
     "Ramblers", [(O, "merger")], [(S, "merger")]),
    ("purpose", "The Ramblers Association backed a campaign aimed at blocking the merger of the two park authorities.",
     "Ramblers", [(O, "merger")], [(S, "merger")]),
    ("purpose", "The Greens launched a petition intended to halt the privatisation of the rail network.",
     "Green", [(O, "privatisation")], [(S, "privatisation")]),
    ("purpose", "The Ramblers Association rejected a drive aimed at blocking the merger of the two park authorities.",
     "Ramblers", [], [(O, "merger")]),
    ("purpose", "The new rules are aimed at blocking the merger of the two park authorities.", "rules", [], [(O, "merger")]),
    # an act one ought to avoid is one the speaker wants left undone
    ("avoid", "The council should avoid raising the parking levy, Ms Ward said.", "Ward", [(O, "parking levy")], [(S, "parking levy")]),
    ("avoid", "The council should steer away from raising the parking levy, Mr Kent has said.", "Kent", [(O, "parking levy")], [(S, "parking levy")]),
    ("avoid", "The government must refrain from cutting the farm subsidy, the Farmers Union said.", "Farmers Union",
     [(O, "cutting the farm subsidy")], [(S, "cutting the farm subsidy")]),
    ("avoid", "Ms Ward said the council should stop raising the parking levy.", "Ward", [(O, "parking levy")], [(S, "parking levy")]),
    ("avoid", "The council should not avoid raising the parking levy, Ms Ward said.", "Ward", [], [(O, "parking levy")]),
    ("avoid", "The council avoided raising the parking levy last year, Ms Ward said.", "Ward", [], [(O, "parking levy"), (S, "parking levy")]),
    # not done so far: no side either way
    ("not yet", "The Treasury has yet to back the rail plan.", "Treasury", [], [(S, "rail plan"), (O, "rail plan")]),
    ("not yet", "Three of the lenders are yet to endorse the rescue deal for the shipyard.", "lender", [], [(S, "rescue deal"), (O, "rescue deal")]),
    ("not yet", "The Treasury has backed the rail plan but has yet to publish its costs.", "Treasury", [(S, "rail plan")], [(O, "rail plan")]),
    ("not yet", "The Treasury has to back the rail plan, Mr Kent said.", "Treasury", [], [(O, "rail plan")]),
    ("not yet", "The Treasury has yet to give its backing to the rail plan.", "Treasury", [], [(S, "rail plan"), (O, "rail plan")]),
    ("not yet", "The Treasury has given its backing to the rail plan.", "Treasury", [(S, "rail plan")], [(O, "rail plan")]),
    # a side given up is no side held, and no call named by its caller
    ("no longer", "Energy secretary Paul Grant said he no longer supports the loan scheme.", "Grant", [], [(S, "loan scheme")]),
    ("no longer", "Ada Lund said she no longer backs the harbour plan.", "Lund", [], [(S, "harbour plan")]),
    ("no longer", "Paul Grant rejected Labour calls for an inquiry into the loan scheme.", "Grant", [(O, "inquiry")], [(S, "inquiry")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_wished_acts_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
