"""A battery of a feeling noun whose subject answers, eases or only reports it ("responded to criticism of X",
"played down fears over X", "noted growing opposition to X", "there is support for X"): the feeling is others',
and its subject takes no side by it; the one who voices, gives or holds it does ("voiced her opposition to X",
"gave his backing to X"). Invented sentences, each with the triples a careful reader takes as (holder, relation,
target) label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    # --- no side of the one who answers or reports the feeling
    ("respond", "Ann Kent responded to criticism of the fuel levy.", [("!kent", "opposes", "fuel levy")]),
    ("hit-back", "Transport minister Paul Reed hit back at criticism of the toll plan on Monday.",
     [("!reed", "opposes", "toll plan")]),
    ("address", "The mayor, Jo Vance, addressed concerns about the congestion charge at a public meeting.",
     [("!vance", "opposes", "congestion charge")]),
    ("play-down", "Ann Kent played down fears over the pension reform.", [("!kent", "opposes", "pension reform")]),
    ("calm", "Ann Kent sought to calm anger over the school closures.", [("!kent", "opposes", "school closures")]),
    ("note", "Ann Kent noted growing opposition to the toll plan among farmers.", [("!kent", "opposes", "toll plan")]),
    ("there-is", "Ann Kent said there was widespread support for the rail plan.", [("!kent", "supports", "rail plan")]),
    ("weather", "The Greenway Party weathered fierce criticism of its housing plan.",
     [("!greenway party", "opposes", "housing plan")]),
    # --- the one who voices, gives or holds the feeling takes the side
    ("voice", "Ann Kent voiced her opposition to the toll plan.", [("kent", "opposes", "toll plan")]),
    ("give", "Paul Reed gave his backing to the rail plan on Friday.", [("reed", "supports", "rail plan")]),
    ("win", "Ann Kent tried to win support for the rail plan.", [("kent", "supports", "rail plan")]),
    ("express", "Ann Kent expressed concern about the school closures.", [("kent", "opposes", "school closures")]),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_answered_feelings_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
