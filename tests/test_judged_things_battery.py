"""A battery of things a speaker judges in what they say ('said the inspection of boats would help protect the harbour',
'said the suspension of the depot staff was unjust'): the act or named thing judged is the side taken though no
policy noun names it, when the clause points at one thing; people, bodies, a market's figures, a forecast and what
is foretold to befall a subject are no side. Invented sentences, each with the sides a careful reader takes
(GUIDELINES.md) and the readings that would be wrong."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

S, O, W = "supports", "opposes", "warns"

# (construction, sentence, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    # an act or a named thing judged good or bad, named as one thing: the speaker's side on it
    ("judged good", "Harbour master Ilse Brandt said the inspection of visiting yachts would help keep the bay clean.",
     "Brandt", [(S, "inspection of visiting yachts")], [(O, "inspection")]),
    ("judged good", "Orla Penrose of the Walkers Guild said the conference had been a triumph for the valley.",
     "Penrose", [(S, "conference")], [(O, "conference")]),
    ("judged good", "Councillor Tom Ashdown said the Harbour Link had been a great success.",
     "Ashdown", [(S, "Harbour Link")], [(O, "Harbour Link")]),
    ("judged bad", "Union steward Gwen Oakes said the suspension of the night porters was unjust and wrong.",
     "Oakes", [(O, "suspension of the night porters")], [(S, "suspension")]),
    ("judged bad", "Campaigner Rhys Mallory said the refurbishment of the town museum was a shameful waste of money.",
     "Mallory", [(O, "refurbishment of the town museum")], [(S, "refurbishment")]),
    ("judged bad", "Dr Petra Vance said the Fenwick Trust had been a disaster for patients.",
     "Vance", [(O, "Fenwick Trust")], [(S, "Fenwick Trust")]),
    # people, bodies, a market's figures: no side taken on them
    ("people", "Estate agent Carl Denby said the sellers must now lower their asking prices.",
     "Denby", [], [(S, "sellers"), (O, "sellers"), (W, "sellers")]),
    ("people", "Pollster Nia Garrow said the voters were tired of the long campaign.",
     "Garrow", [], [(S, "voters"), (O, "voters")]),
    ("people", "Foreign Secretary Ada Lune said about 40 Ruritanians were missing after the crash.",
     "Lune", [], [(S, "Ruritanians"), (O, "Ruritanians"), (O, "about 40 Ruritanians")]),
    ("figures", "Dealer Henrik Vos said the dollar was likely to stay weak against the yen.",
     "Vos", [], [(S, "dollar"), (O, "dollar")]),
    ("figures", "Economist Lena Marsh said the recent fall in prices was good news for shoppers.",
     "Marsh", [], [(S, "fall in prices"), (O, "fall in prices")]),
    # conduct is its owner's; a state of affairs or a forecast, or a thing in general, is no one act judged
    ("conduct", "Minister Abel Kray said such an attitude was a disgrace.",
     "Kray", [], [(O, "attitude"), (S, "attitude")]),
    ("forecast", "Analyst Ben Okafor said the outlook for the coming year was good.",
     "Okafor", [], [(S, "outlook"), (O, "outlook")]),
    ("forecast", "Party chairman Ivo Hart said the potential for gains in the north was huge.",
     "Hart", [], [(S, "potential"), (O, "potential")]),
    ("in general", "Professor Uma Reyes said stability mattered most of all to small farms.",
     "Reyes", [], [(S, "stability")]),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_judged_things_battery(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong)
