"""A battery of the condition that presupposes a plan: "if the council presses ahead with X", "if the board goes
ahead and scraps X" put the side in an if-clause, but going on with a plan says the plan is the actor's; the
condition is only whether it is carried out. A policy said to have to go ahead (or forward, or through) is wanted:
"the levy must go ahead" is no "the levy must go" (deontic fates). Any other if-clause states no side ("if the council backs X"), nor
does going ahead left to a decision ("if the board decides to press on with X"). Invented sentences, each with
the triples a careful reader takes as (holder, relation, target) label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    ("press-ahead", "The union said it would sue if the council pressed ahead with the new parking charges.",
     [("council", "supports", "parking charges")]),
    ("go-ahead-with", "Shopkeepers will take Mayor Ken Dorr to court if he goes ahead with the congestion charge.",
     [("ken dorr", "supports", "congestion charge")]),
    ("go-ahead-and", "Farmers will protest if the government presses ahead and scraps the fuel subsidy.",
     [("government", "opposes", "fuel subsidy")]),
    ("go-ahead-and-ban", "Norway will retaliate if the trade bloc goes ahead and bans sales of salted cod.",
     [("trade bloc", "supports|opposes", "sales")]),
    # the ban the other side threatens over is the position: going ahead with it backs the ban, not opposes it
    ("ban-threatened", "Norway has vowed to retaliate if the European Union goes ahead and bans sales of salted cod.",
     [("european union", "supports", "bans sales"), ("!european union", "opposes", "bans sales"),
      ("norway", "opposes", "bans sales")]),
    # --- no side: a plain condition, a decision still open, a question
    ("plain-if", "The union said it would sue if the council backed the new parking charges.",
     [("!council", "supports", "parking charges")]),
    ("decides", "The union said it would sue if the council decides to press on with the parking charges.",
     [("!council", "supports", "parking charges")]),
    ("whether", "It is not clear whether the council will press ahead with the parking charges.",
     [("!council", "supports", "parking charges")]),
    # --- a policy said to have to go ahead is wanted, as one said to stay is; one that must go is not
    ("must-go-ahead", "Ms Nora Vell said the new parking charges must go ahead.",
     [("nora vell", "supports", "parking charges"), ("!nora vell", "opposes", "parking charges")]),
    ("would-have-to-go-ahead", "A spokeswoman for Mr Ivo Brandt said the tram levy will have to go ahead next year.",
     [("ivo brandt", "supports", "tram levy"), ("!ivo brandt", "opposes", "tram levy")]),
    ("should-go-through", "Ms Nora Vell said the harbour toll should go through.",
     [("nora vell", "supports", "harbour toll")]),
    ("should-not-go-ahead", "Ms Nora Vell said the harbour toll should not go ahead.",
     [("nora vell", "opposes", "harbour toll"), ("!nora vell", "supports", "harbour toll")]),
    ("must-go", "Ms Nora Vell said the harbour toll must go.",
     [("nora vell", "opposes", "harbour toll")]),
    # a warning that a policy must proceed or stay is no warning against it; one of its harm still is
    ("warned-go-ahead", "A spokeswoman for Mr Ivo Brandt warned that the tram levy will have to go ahead next year.",
     [("ivo brandt", "supports", "tram levy"), ("!ivo brandt", "warns", "tram levy")]),
    ("warned-stay", "Ms Nora Vell warned that the harbour toll must stay.",
     [("nora vell", "supports", "harbour toll"), ("!nora vell", "warns", "harbour toll")]),
    ("warned-harm", "Ms Nora Vell warned that the harbour toll would ruin the fishing fleet.",
     [("nora vell", "warns", "harbour toll")]),
]

KNOWN = {
    "Norway will retaliate if the trade bloc": "'bans sales of X' makes no position of the ban when no other side names it",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_going_ahead_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
