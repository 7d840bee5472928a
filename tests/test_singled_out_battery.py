"""A battery of members singled out of the group that holds a side ("rich nations, in particular X, blamed Y";
"unions, notably X, oppose Y"): the one singled out holds the group's side too, however the parser hangs the
"in particular" phrase (a phrase on the group, or an apposition). Invented sentences in BBC and wire style, each
with the triples a careful reader takes as (holder, relation, target) label fragments; a holder written "!name"
must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    ("in-particular", "The G7 nations, in particular Japan, have attacked the steel tariff.",
     [("japan", "opposes", "steel tariff"), ("g7", "opposes", "steel tariff")]),
    ("in-particular", "Ruritania has kept its steel tariff, which the big exporters, in particular Japan, have attacked "
                      "for years.",
     [("japan", "opposes", "tariff"), ("g7", "opposes", "tariff")]),
    ("in-particular", "Rich nations, in particular Norway and Canada, have rejected the fishing quota.",
     [("norway", "opposes", "fishing quota"), ("canada", "opposes", "fishing quota")]),
    ("in-particular", "EU members, in particular France, backed the farm subsidy at the summit.",
     [("france", "supports", "farm subsidy")]),
    ("notably", "Several unions, notably Unison, have opposed the pension plan.",
     [("unison", "opposes", "pension plan")]),
    ("especially", "Western governments, especially Britain and Italy, criticised the export ban.",
     [("britain|united kingdom", "opposes", "export ban"), ("italy", "opposes", "export ban")]),
    ("particularly", "Some governments, particularly the United States, have welcomed the debt plan.",
     [("united states", "supports", "debt plan")]),
    # --- no side: a question, a side not taken, and the other side
    ("question", "Have G7 nations, in particular Japan, backed the steel tariff?",
     [("!japan", "supports", "steel tariff")]),
    ("other-side", "EU members, in particular France, attacked the farm subsidy at the summit.",
     [("france", "opposes", "farm subsidy"), ("!france", "supports", "farm subsidy")]),
    ("not-a-member", "G7 nations, in particular after the crash in May, have attacked the steel tariff.",
     [("!crash", "opposes", "steel tariff")]),
]

KNOWN = {
    "Ruritania has kept its steel tariff, which": "the relative clause's 'which' as object of 'attacked' is misparsed",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_singled_out_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
