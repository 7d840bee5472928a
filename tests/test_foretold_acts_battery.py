"""A battery of acts foretold of their own doer (stance/constructions/future_acts.py): a body or an official that will
do a thing of policy or business ("Norland will boost public investment"), is expected, set or likely to do it, or is
said by no one else to be going to do it backs the act; a pledge said of the sayer's own body with "it" ("Tonmark
said it will sell new shares") names the act too (speech/commitment.py). Forecasts with no actor for subject, acts
borne, weighed or said, trips, meetings, and the side a critic or a rival claims for another take no side. Invented
sentences, each with the side a careful reader takes (GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # a future modal with a body or an official as subject, and an act of policy or business done to a thing
    ("will", "Norland will boost public investment in 2007 to create jobs.", "Norland",
     [(S, "boost public investment")], [(O, "boost public investment")]),
    ("will", "The Norland government will lift the tax on rice imports from March.", "government",
     [(S, "lift the tax on rice"), (O, "tax on rice")], [(S, "tax on rice")]),
    ("will", "The Greens will hold their spring conference in Leeds.", "Green",
     [(S, "hold their spring conference in leeds")], []),
    ("will", "Tonmark Holdings will sell 300m euros of new shares to avoid insolvency.", "Tonmark",
     [(S, "sell 300m euros of new shares")], [(O, "sell 300m euros")]),
    ("will", "The Harlow Group will close two of its northern factories.", "Harlow Group",
     [(S, "close two of its northern factories")], []),
    # expected, set or likely to do it: the act foretold of its doer
    ("expected", "Chancellor Ada Brine is expected to freeze fuel duty in the budget.", "Brine",
     [(S, "freeze fuel duty")], [(O, "freeze fuel duty")]),
    ("expected", "The Varesh cabinet is set to approve the merger of the two state airlines.", "cabinet",
     [(S, "merger of the two state airlines"), (S, "approve the merger")], [(O, "merger")]),
    ("likely", "The Kestrel Bank is likely to keep interest rates on hold in May.", "Kestrel Bank",
     [(S, "keep interest rates on hold")], [(O, "interest rates")]),
    # a clause said with no other side named ("it was confirmed"), or said by the body of itself
    ("said", "The Liberal Party will hold its autumn conference in Bristol, it has been confirmed.", "Liberal Party",
     [(S, "hold its autumn conference in bristol")], []),
    ("said", "Tonmark Holdings told investors it will sell 300m euros of bonds.", "Tonmark",
     [(S, "sell 300m euros of bonds")], []),
    ("said", "The Green Party says it would halve the number of ministries.", "Green Party",
     [(S, "halve the number of ministries")], [(O, "halve the number")]),
    # no plan: a forecast with no actor, an act borne, weighed, said, a trip, a voiced concern, another's claim
    ("none", "Prices will rise sharply next year, the Harlow Group said.", "Harlow Group", [], [(S, "rise"), (S, "prices")]),
    ("none", "Minister Ada Brine will visit Paris on Monday.", "Brine", [], [(S, "visit paris")]),
    ("none", "The Tonmark board will review the proposals next week.", "Tonmark", [], [(S, "review the proposals")]),
    ("none", "The Harlow Group will face a vote on the merger.", "Harlow Group", [], [(S, "face a vote")]),
    ("none", "Senior Labour MPs are expected to raise concerns about the cuts.", "Labour", [], [(S, "raise concerns")]),
    ("none", "The Greens say the Norland government will cut the pension.", "government", [], [(S, "cut the pension")]),
    ("none", "The Harlow Group will not close its Leeds factory.", "Harlow Group", [], [(S, "close its leeds factory")]),
    ("none", "If the Harlow Group is to survive, it will sell its Leeds factory.", "Harlow Group", [],
     [(S, "sell its leeds factory")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_foretold_acts_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
