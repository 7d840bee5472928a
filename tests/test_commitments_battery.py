"""A battery of commitments named by a noun or a light verb, and of acts taken up again (issue 10, session 18): a
noun of commitment with two coordinated acts ("its pledge to freeze fares and publish the audit": each act is backed),
a commitment made with "make" ("made a promise to cut X"; not "made a decision on X", nor "made no commitment to X"),
the act a pledge to take action or steps names ("vowed to take steps to cut waiting lists": the cutting), and an act
told by a verb then taken sides on as "the move" (its doer backs it as well). Every sentence is invented (names,
bodies and policies), with the sides a careful reader takes (GUIDELINES.md)."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # each act of a noun of commitment with coordinated to-infinitives is backed by the noun's owner
    ("two-acts", "The Liberal Party underlined its commitment to trim fuel duty and raise child benefit.", "Liberal Party",
     [(S, "raise child benefit")], [(O, "raise child benefit")]),
    ("two-acts", "The Liberal Party underlined its commitment to trim fuel duty and raise child benefit.", "Liberal Party",
     [(S, "trim fuel duty")], [(O, "trim fuel duty")]),
    ("two-acts", "Senator Ada Lund repeated her pledge to freeze bus fares and publish the rail audit.", "Lund",
     [(S, "publish the rail audit")], [(O, "publish the rail audit")]),
    ("two-acts", "The Farmers Union renewed its pledge to freeze water charges and abolish the pesticide levy.", "Farmers Union",
     [(O, "pesticide levy"), (S, "abolish the pesticide levy")], [(S, "pesticide levy")]),
    ("two-acts", "Norland's promise to cut steel output and close two smelters alarmed the miners.", "Norland",
     [(S, "close two smelters")], [(O, "close two smelters")]),
    # "make" lends a noun of commitment or request to its subject, with its act or its "for"
    ("made", "The Shipping Federation has made a commitment to cut sulphur emissions from its fleet.", "Shipping Federation",
     [(S, "cut sulphur emissions")], [(O, "cut sulphur emissions")]),
    ("made", "The Greens made a pledge to ban diesel cars from the city centre.", "Green",
     [(S, "ban diesel cars")], [(O, "ban diesel cars")]),
    ("made", "Ms Ada Lund made a fresh call for a ban on tobacco advertising.", "Lund",
     [(S, "ban on tobacco advertising")], [(O, "ban on tobacco advertising")]),
    ("made-not", "The Liberal Party made no commitment to cut income tax.", "Liberal Party",
     [], [(O, "cut income tax"), (S, "cut income tax")]),
    ("made-not", "The cabinet will make a final decision on the future of the shipyard next week.", "cabinet",
     [], [(S, "future of the shipyard")]),
    # a pledge to take action, steps or measures pledges the act they are taken for
    ("means", "Finance Minister Paul Okafor pledged to take swift action to boost domestic demand.", "Okafor",
     [(S, "boost domestic demand")], [(S, "take action"), (O, "boost domestic demand")]),
    ("means", "The Liberal Party promised to take steps to cut hospital waiting lists.", "Liberal Party",
     [(S, "cut hospital waiting lists")], [(S, "take steps"), (O, "cut hospital waiting lists")]),
    ("means", "Premier Jan Holt vowed to take urgent action to cut the budget deficit.", "Holt",
     [(S, "cut the budget deficit")], [(S, "take urgent action"), (O, "cut the budget deficit")]),
    # the act a speaker says her own side will do, its doer a body no name says ("her party"): the speaker's side
    ("own-side", "Ann Lee said her party would scrap the farm tax.", "Ann Lee",
     [(O, "farm tax")], [(S, "farm tax"), (S, "party")]),
    ("own-side", "Tom Vane told reporters his party would abolish the tolls on the coast road.", "Tom Vane",
     [(O, "tolls")], [(S, "tolls"), (S, "party")]),
    ("own-side", "Ali Demir said his union would back the new pay deal.", "Ali Demir",
     [(S, "new pay deal")], [(O, "new pay deal")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_commitments_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)


# an act told by a verb, then taken sides on as "the move", "the step" or "the decision": the act is the policy, its
# doer backs it; and the multiword verbs of abolishing ("get rid of", "do away with") undo their object
TAKEN_UP = [
    ("taken-up", "The Bundesbank cut its discount rate to 3 pct on Thursday. The International Monetary Fund welcomed the move.",
     "International Monetary Fund", [(S, "cut its discount rate")], [(O, "cut its discount rate")]),
    ("taken-up", "The Bundesbank cut its discount rate to 3 pct on Thursday. The International Monetary Fund welcomed the move.",
     "Bundesbank", [(S, "cut its discount rate")], [(O, "cut its discount rate")]),
    ("taken-up", "The Philippine government decided to devalue the peso by 10 pct. The International Monetary Fund welcomed the decision.",
     "International Monetary Fund", [(S, "devalue the peso")], [(O, "devalue the peso")]),
    ("taken-up", "The Bundesbank raised its discount rate on Thursday. Chancellor Helmut Kohl criticised the step.",
     "Kohl", [(O, "raised its discount rate")], [(S, "raised its discount rate")]),
    ("taken-up-not", "The Bundesbank did not cut its discount rate on Thursday. Chancellor Helmut Kohl criticised the step.",
     "Bundesbank", [], [(S, "cut its discount rate")]),
    ("abolish", "The Green Party pledged to get rid of the bridge toll.", "Green Party",
     [(O, "bridge toll")], [(S, "bridge toll")]),
    ("abolish", "The Green Party wants to do away with the bridge toll.", "Green Party",
     [(O, "bridge toll")], [(S, "bridge toll")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(TAKEN_UP)))
def test_taken_up_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)


# a sum given, offered or set aside for a purpose is a measure its giver backs; a sum with no purpose is business
PROVISIONS = [
    ("provision", "The cabinet will make available 3 billion dollars to help dairy farmers cut milk output.", "cabinet",
     [(S, "3 billion dollars")], [(O, "3 billion dollars")]),
    ("provision", "The European Commission will provide 300 million ecus to help trawler owners scrap old boats.", "European Commission",
     [(S, "300 million ecus")], [(O, "300 million ecus")]),
    ("provision", "The Treasury offered 500 million pounds in grants to flood victims in Yorkshire.", "Treasury",
     [(S, "500 million pounds")], [(O, "500 million pounds")]),
    ("provision-not", "Citibank lent the firm 5 mln dlrs last year.", "Citibank", [], [(S, "5 mln dlrs")]),
    ("provision-not", "Kestrel Holdings has offered 2 billion dollars for Norland Steel.", "Kestrel", [], [(S, "2 billion dollars")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(PROVISIONS)))
def test_provisions_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
