"""A battery of the act a reported clause says its subject is bound to ("Roe said the council had to scrap the
levy", "needs to scrap it"): as with "should" and "must", it is what the speaker wants done, and the subject only
ought to act. Invented sentences, each with the triples a careful reader takes as (holder, relation, target)
label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    ("had-to", "Ann Kent said the council had to scrap the bus levy.",
     [("kent", "opposes", "bus levy"), ("!council", "opposes", "bus levy")]),
    ("has-to", "Tom Reed said the county has to scrap the parking charge.",
     [("reed", "opposes", "parking charge"), ("!county", "opposes", "parking charge")]),
    ("needs-to", "Jo Vance said the government needs to scrap the fuel duty rise.",
     [("vance", "opposes", "fuel duty"), ("!government", "opposes", "fuel duty")]),
    ("needed-to", "Ann Kent said ministers needed to back the rail plan.",
     [("kent", "supports", "rail plan"), ("!government", "supports", "rail plan")]),
    ("must", "Ann Kent said the council must scrap the bus levy.", [("kent", "opposes", "bus levy")]),
    # --- no side of the speaker: a need denied, a plain report of what the subject does
    ("not-have-to", "Ann Kent said the council did not have to scrap the bus levy.",
     [("!kent", "opposes", "bus levy")]),
    ("plain", "Ann Kent said the council would scrap the bus levy.",
     [("council", "opposes", "bus levy"), ("!kent", "opposes", "bus levy")]),
]

KNOWN = {
    "Ann Kent said ministers needed to back": "the parser hangs 'to back' on 'needed' as an adverbial clause",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_said_obliged_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
