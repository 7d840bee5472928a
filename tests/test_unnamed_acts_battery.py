"""A battery of targets that are no policy noun but are taken as positions when an explicit cue governs them (issue 10,
session 21): the thing an act of effort or asking would stop ("tried to halt the share auction": against the auction),
a plan one has with what it is for ("has plans for six new marinas"), and a noun of effort whose act the parser hung
on the verb ("unveiled a fresh drive to train carers"). Every sentence is invented; the sides are those a careful reader
takes (GUIDELINES.md), with the readings that must not appear."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # an apology asked for, refused or sworn off: a side on the apology, named by its verb (FrameNet Apology)
    ("apology", "Labour leader Sam Reed urged the council chief Tom Hale to apologise.", "Reed", [(S, "apologise")], [(O, "apologise"), (O, "Hale")]),
    ("apology", "Rosa Vance asked the club owner, Tom Hale, to apologise to the fans.", "Vance", [(S, "apologise")], [(O, "apologise")]),
    ("apology", "Tom Hale refused to apologise for his joke about nurses.", "Hale", [(O, "apologise")], [(S, "apologise")]),
    ("apology", "Tom Hale, the club owner, has said he will not apologise.", "Hale", [(O, "apologise")], [(S, "apologise")]),
    ("not", "Rosa Vance asked the club owner, Tom Hale, to comment.", "Vance", [], [(S, "comment"), (O, "Hale")]),
    # an act that stops a thing, wanted, tried or asked for: against the thing (FrameNet Thwarting, Preventing)
    ("stopped", "Senator Ada Lund tried to halt the auction of the state airline.", "Lund", [(O, "auction of the state airline")], [(S, "auction"), (S, "halt")]),
    ("stopped", "Mr Kent has asked the ombudsman to stop the leaflets.", "Kent", [(O, "leaflets")], [(S, "stop the leaflets"), (S, "leaflets")]),
    ("stopped", "Norcast Steel Corp sought to block the sale of its rival's mill.", "Norcast", [(O, "sale of its rival")], [(S, "sale"), (S, "block")]),
    ("stopped", "Ms Ward vowed to prevent the eviction of the tenants.", "Ward", [(O, "eviction of the tenants")], [(S, "eviction")]),
    ("stopped", "The Greens want to halt the felling of the old oaks.", "Green", [(O, "felling of the old oaks")], [(S, "felling")]),
    # a deed reported, a refusal, a time or a person stopped: no side on the thing
    ("not", "Senator Ada Lund halted the sale of the state airline on Monday.", "Lund", [], [(O, "sale")]),
    ("not", "Mr Kent refused to stop the leaflets.", "Kent", [], [(O, "leaflets")]),
    ("not", "Ms Ward tried to stop the clock in the final round.", "Ward", [], [(O, "clock"), (S, "clock")]),
    # a plan one has, with what it is for: the owner backs the plan (FrameNet Purpose)
    ("plans-for", "The ministry has plans for nine new marinas along the coast.", "ministry", [(S, "plans for nine new marinas")], [(O, "marinas")]),
    ("plans-for", "Skyway Airlines has a plan for two more routes to Lagos.", "Skyway", [(S, "plan for two more routes"), (S, "two more routes")], [(O, "routes")]),
    ("not", "Mr Kent has plans for the summer.", "Kent", [], [(S, "summer"), (S, "plans")]),
    ("not", "Mr Kent has plans for his son.", "Kent", [], [(S, "son"), (S, "plans")]),
    # a noun of effort whose act the parser hangs on the verb or reads as a relative clause ("announced a drive [to help X]")
    ("effort-act", "Trade minister Ann Holt announced a fresh drive to help carers who wish to retrain.", "Holt", [(S, "fresh drive to help carers")], [(O, "drive"), (S, "carers")]),
    ("effort-act", "Trade minister Ann Holt launched a new drive to recruit engineers from abroad.", "Holt", [(S, "new drive to recruit engineers from abroad")], [(O, "drive"), (S, "engineers")]),
    ("effort-act", "Health minister Rosa Vance unveiled a big drive to recruit nurses who wish to study.", "Vance", [(S, "drive to recruit nurses"), (S, "recruit nurses")], [(O, "drive"), (S, "nurses")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_unnamed_acts_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
