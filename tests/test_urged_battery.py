"""A battery of calls on others to act ('urged X to do Y'): those urged are only told, so they are no position;
the act urged is the side when it is done to a thing, and a call to quit is a side against the one who should go.
Invented sentences, each with the sides a careful reader takes (GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # the ones urged to act on nothing: no side, and never a position named after them
    ("told only", "The Chambers of Commerce urged both sides to return to the table.", "Chambers", [], [(S, "sides"), (O, "sides")]),
    ("told only", "The brewers' association urged drinkers to shop around.", "association", [], [(S, "drinkers"), (O, "drinkers")]),
    ("told only", "The Teachers Guild urged the two unions to stop bickering.", "Teachers Guild", [], [(S, "unions"), (O, "unions")]),
    ("told only", "The Freight Council urged member firms to contribute.", "Freight Council", [], [(S, "firms"), (O, "firms")]),
    # the act urged, done to a thing, is the side
    ("act urged", "The Teachers Guild urged employers to freeze tuition fees.", "Teachers Guild", [(S, "tuition fees")], [(S, "employers")]),
    ("act urged", "The Freight Council urged hauliers to scrap the diesel surcharge.", "Freight Council", [(O, "diesel surcharge")], [(S, "hauliers")]),
    # an act urged on a noun of stance with its own target ("to intensify the fight against X"): the noun's side is the urger's
    ("stance noun", "The Farmers Union urged ministers to step up their fight against rural crime.", "Farmers Union",
     [(O, "rural crime")], [(S, "rural crime"), (S, "ministers")]),
    ("stance noun", "Councillor Ada Brine urged the mayor to intensify the campaign against fly-tipping.", "Brine",
     [(O, "fly-tipping")], [(S, "fly-tipping"), (S, "mayor")]),
    ("stance noun", "The Cyclists Alliance called on the council to step up its campaign for safer junctions.", "Cyclists Alliance",
     [(S, "safer junctions")], [(O, "safer junctions"), (S, "council")]),
    ("stance noun", "The Children's Society called on ministers to redouble the fight against fuel poverty.", "Society",
     [(O, "fuel poverty")], [(S, "fuel poverty"), (S, "ministers")]),
    # a call to quit is against the one who should go
    ("quit", "Green MP Jo Tarrant urged Mr Pellow to step down.", "Tarrant", [(O, "Pellow")], [(S, "Pellow")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_urged_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
