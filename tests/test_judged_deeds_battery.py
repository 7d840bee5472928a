"""A battery of sides said by judging what belongs to an actor (issue 10, session 19): a ruling, verdict or decision
judged in what a speaker says is its giver's deed, whether the giver owns it ("the court's ruling"), is named before
it ("the Supreme Court decision", "the House of Commons decision") or after 'by'; and a decision judged by the copula's
noun ("was a step backwards") is no policy the deciders back. 'Find' and 'deem' judge as 'consider' does ("found
the quota unworkable", "deems the levy unjust"), an adjective the parser hangs after the noun included ('found the
Greens' policies "vile"': the owner's side, not a policy named by the adjective). A judgement of the eval lists
said to hold with a body ("is a non-starter with the board") is the body's side as well as the speaker's. A
speech verb's object that is the subject of the clause said ("suggesting the sale, under the old board, was a
scandal", as the parser reads it) is no policy the speaker backs. Every sentence is invented (names, bodies and
policies too); each case gives the sides a careful reader takes (GUIDELINES.md), any one of which is the reading,
and the sides that would be a misreading."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("owned ruling", "Ms Ward said the Appeal Court's ruling was a step backwards for tenants.", "Ward",
     [(O, "Appeal Court")], [(S, "Appeal Court")]),
    ("named ruling", "Mr Oduya said the Appeal Court ruling on grazing rights was deeply disappointing.", "Oduya",
     [(O, "Appeal Court")], [(S, "Appeal Court")]),
    ("named decision", "Ms Ward said the Senate Finance Committee decision was a backward step.", "Ward",
     [(O, "Finance Committee")], [(S, "Finance Committee")]),
    ("decision by", "Mr Oduya said the decision by the Harbour Board was a blow to the fishing fleet.", "Oduya",
     [(O, "Harbour Board")], [(S, "Harbour Board")]),
    ("verdict", "Ms Ward said the Land Tribunal's verdict was a welcome step for tenants.", "Ward",
     [(S, "Land Tribunal")], [(O, "Land Tribunal")]),
    # the deciders back no judgement of their own decision
    ("judging noun", "Mr Oduya said the Harbour Board's decision was a step backwards.", "Harbour Board",
     [], [(S, "step"), (S, "backwards")]),
    ("judging noun", "Ms Ward said the Land Tribunal decision was a welcome move.", "Land Tribunal",
     [], [(S, "welcome"), (S, "move")]),
    # a decision to do something stays the act decided
    ("decision to", "Mr Oduya said the Harbour Board's decision to close the quay was a blow to the fleet.", "Oduya",
     [(O, "close the quay")], [(S, "close the quay")]),
    # find and deem with an object and its judgement
    ("found", "Mr Oduya said the tenants' group found the Land Tribunal's ruling deeply unfair.", "tenants",
     [(O, "Land Tribunal")], [(S, "Land Tribunal")]),
    ("deems", "The Growers Guild deems the water quota unworkable and unjust.", "Growers Guild",
     [(O, "water quota")], [(S, "water quota")]),
    ("found", "Mr Oduya found the new water quota perfectly reasonable.", "Oduya",
     [(S, "water quota")], [(O, "water quota")]),
    ("found", "Mr Oduya spoke to farmers in Tarn on Monday. He said he found the Greens' policies \"abhorrent\" and out of date.",
     "Oduya", [(O, "Green")], [(S, "Green"), (O, "abhorrent"), (S, "abhorrent")]),
    ("found", "The Greens' policies were found \"abhorrent\" by many farmers.", "Green", [], [(S, "abhorrent")]),
    ("found", "The Ferry Company found a buyer for the old quay.", "Ferry Company", [], [(S, "buyer"), (O, "buyer")]),
    # a judgement said to hold with a body: the speaker's side and the body's
    ("non-starter", "Ms Ward said the ferry fee was a non-starter.", "Ward", [(O, "ferry fee")], [(S, "ferry fee")]),
    ("nonstarter with", "Senator Ann Ward spoke in Tarn on Friday. She added that Senator Pike's plan to levy a fee on "
     "ferry tickets is \"a nonstarter\" with the Harbour Board.", "Harbour Board", [(O, "fee on ferry tickets")],
     [(S, "fee on ferry tickets")]),
    ("nonstarter with", "Senator Ann Ward spoke in Tarn on Friday. She added that Senator Pike's plan to levy a fee on "
     "ferry tickets is \"a nonstarter\" with the Harbour Board.", "Ward", [(O, "fee on ferry tickets")],
     [(S, "fee on ferry tickets")]),
    ("problem with", "Ms Ward said the ferry fee was a problem with the Harbour Board.", "Harbour Board", [],
     [(O, "ferry fee"), (S, "ferry fee")]),
    # the subject of a clause said, which the parser takes for the speech verb's object, is no policy backed
    ("stranded subject", "Mr Oduya was dropped after suggesting the sale of the quay, under the old board, was an act "
     "of theft.", "Oduya", [], [(S, "sale of the quay")]),
    ("stranded subject", "Mr Oduya was dropped after suggesting the sale of the quay was a scandal.", "Oduya", [],
     [(S, "sale of the quay")]),
    ("object kept", "Ms Ward suggested a new ferry fee, which the Harbour Board then rejected.", "Ward",
     [(S, "ferry fee")], [(O, "ferry fee")]),
    # the body among whom a plan is judged takes no side on the plan's owner
    ("nonstarter with", "Senator Ann Ward spoke in Tarn on Friday. She added that Senator Pike's plan to levy a fee on "
     "ferry tickets is \"a nonstarter\" with the Harbour Board.", "Harbour Board", [], [(O, "Pike")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_judged_deed(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
