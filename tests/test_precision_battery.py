"""A battery of sides a careless reading takes that the sentence does not state. A clause of time in the present under
a 'will' ("will resign as soon as the assembly passes the levy") foretells an act: no side its subject has taken. A
denial of necessity ("did not necessarily back X") leaves the side open. A pseudo-cleft names its act or its thing
after the copula ("What the board seeks to do is to ease X", "What we press for is a ban"): the free "what" points
at that, not back at a policy named before. The tone of what a speaker says of a country's state ("said Portugal was
in danger of a scare") is no side on the country; a party or a union of states so judged is. Invented sentences,
each with the triples a careful reader takes as (holder, relation, target) label fragments; "!name" must not take
that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    # --- an act foretold in a clause of time: no side yet; a past one, or a causal "as", is a side taken
    ("as-soon-as", "Pundits expect that Premier Ada Lind will resign as soon as the assembly passes the carbon levy.",
     [("!assembly", "supports", "carbon levy")]),
    ("once", "The haulage firms will go to court once the county council approves the road toll.",
     [("!county council", "supports", "road toll")]),
    ("until", "Farmers say they will keep up their blockade until the ministry scraps the milk quota.",
     [("!ministry", "opposes", "milk quota")]),
    ("past-when", "Farmers cheered when the ministry scrapped the milk quota last spring.",
     [("ministry", "opposes", "milk quota")]),
    ("causal-as", "The levy will pass, as the ruling Green Party supports the carbon levy.",
     [("green party", "supports", "carbon levy")]),
]

BATTERY += [
    # --- a denial of necessity: neither side; a plain denial is against
    ("necessarily", "Tom Reeve said the Greens did not necessarily back the new runway.",
     [("!green", "opposes|supports", "runway")]),
    ("automatically", "Tom Reeve said the Greens would not automatically oppose the new runway.",
     [("!green", "opposes|supports", "runway")]),
    ("plain-denial", "Tom Reeve said the Greens did not back the new runway.", [("green", "opposes", "runway")]),
]

BATTERY += [
    # --- a pseudo-cleft: the act or thing after the copula, never the policy in focus
    ("cleft-to-act", 'The county approved a new parking levy on Monday. "What the board seeks to do is to '
     'ease congestion in the old town," council leader Mia Holt said.', [("!mia holt|board", "supports", "parking levy")]),
    ("cleft-prep", 'The county approved a new parking levy on Monday. "What we are pushing for is a ban on lorries '
     'in the old town," council leader Mia Holt said.',
     [("mia holt", "supports", "ban on lorries"), ("!mia holt", "supports", "parking levy")]),
    ("cleft-noun", 'The county approved a new parking levy on Monday. "What we are seeking is a ban on lorries '
     'in the old town," council leader Mia Holt said.',
     [("mia holt", "supports", "ban on lorries"), ("!mia holt", "supports", "parking levy")]),
]

BATTERY += [
    # --- a country's state told in a speaker's words: no side on it; a party's or a union's is judged
    ("country-state", "Tom Reeve said Portugal was in danger of a needless scare over food safety.",
     [("!tom reeve", "opposes|supports", "portugal")]),
    ("party-judged", "Tom Reeve said Labour had lost the trust of the voters.", [("tom reeve", "opposes", "labour")]),
    ("union-judged", "Tom Reeve said the EU had lost the trust of ordinary voters.",
     [("tom reeve", "opposes", "european union")]),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_precision_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
