"""A battery of sides stated by a noun or a framing phrase rather than by a verb with the holder as its subject:
a body's plans named with the body before the noun ("Treasury plans to X", the to-clause parsed as xcomp), plans
put forward or come up with (Collins COBUILD phrasal verbs: to propose), and a feeling a speaker says exists
("there is anger over X", said by Y), and "in protest at X" hung on a noun of the verb's phrase. Invented sentences, each with the side a careful reader takes
(GUIDELINES.md) and the reading that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O = "supports", "opposes"

CASES = [
    # the owner named before the plan noun backs the planned act
    ("owner", "Dock unions criticised Treasury plans to extend the pension age.", "Treasury",
     [(S, "pension age")], [(O, "pension age")]),
    ("owner", "Farmers marched in protest at Treasury plans to widen the motorway.", "Farmers",
     [(O, "motorway")], [(S, "motorway")]),
    # "in protest at X" hung by the parser on a noun of the verb's own phrase: the subject's side
    ("protest", "The Dockers Guild balloted its members on a walkout in protest at the closure of the Harwick depot.",
     "Dockers Guild", [(O, "closure")], [(S, "closure")]),
    ("protest", "The Nurses Union will poll its nurses on stoppages in protest at Treasury plans to cut ward budgets.",
     "Nurses Union", [(O, "plans")], [(S, "plans")]),
    # put forward, come up with: the proposer backs what is proposed
    ("proposed", "The Liberal Democrats have put forward plans to scrap the bridge toll.", "Liberal Democrats",
     [(S, "plans to scrap the bridge toll")], [(O, "plans")]),
    ("proposed", "Senator Ada Brine put forward a proposal for a tax on plastic bags.", "Brine",
     [(S, "tax on plastic bags")], [(O, "tax on plastic bags")]),
    ("proposed", "The Greens have come up with fresh proposals for a rural bus network.", "Green",
     [(S, "rural bus network")], [(O, "rural bus network")]),
    ("proposed", "The Harwick council came up with the cash for the bypass.", "Harwick",
     [], [(S, "cash"), (S, "bypass")]),
    # a feeling said to exist is the sayer's
    ("exists", "Union leader Mary Dunn said there was real anger over the closure of the Harwick depot.", "Dunn",
     [(O, "closure")], [(S, "closure")]),
    ("exists", '"There is deep concern about the planned cuts to the fire service," said councillor Tom Reed.', "Reed",
     [(O, "cuts")], [(S, "cuts")]),
    ("exists", "Councillor Tom Reed said there were serious concerns about the closure of the tram depot.", "Reed",
     [(O, "closure")], [(S, "closure")]),
    # the noun names its own holders, or the speaker only grants others feel it: no side of the speaker's
    ("others", "Councillor Tom Reed said there was strong support for the tram line among shopkeepers.", "Reed",
     [], [(S, "tram line"), (O, "tram line")]),
    ("others", "Councillor Tom Reed acknowledged there were concerns about the tram line.", "Reed",
     [], [(O, "tram line"), (S, "tram line")]),
    ("others", "Councillor Tom Reed said there was widespread anger over the tram line.", "Reed",
     [], [(O, "tram line")]),
    ("others", "Councillor Tom Reed said there was no support for the tram line.", "Reed",
     [], [(S, "tram line")]),
    ("others", "Councillor Tom Reed said there could be anger over the tram line.", "Reed",
     [], [(O, "tram line")]),
    ("others", "Councillor Tom Reed said there was a plan for a new tram line.", "Reed",
     [], [(S, "tram line")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_noun_owners_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
