"""A battery of "they" after a plural title the story made a body's members ("a committee of MPs said ...
The MPs argued ... They want X"): the pronoun stands for the body, as the title does, also when the parser
tags a sentence-final "..., MPs said" as a name. Invented sentences in BBC style, each with the triples a careful
reader takes as (holder, relation, target) label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    ("they-next-paragraph",
     "Cyclists may lose road space under the bus lane scheme, a committee of MPs said.\n\n"
     "The MPs argued the transport office had ignored cycling groups. They listed several objections "
     "that the office must answer, MPs said.\n\n"
     "They want a \"firm promise\" that the office keeps the cycle lanes on the ring road.",
     [("committee", "supports", "firm promise"), ("!office", "supports", "firm promise")]),
    ("they-same-paragraph",
     "A panel of peers has criticised the draft prisons bill. The peers said they opposed the new curfew rules.",
     [("panel", "opposes", "curfew rules")]),
    ("they-after-said",
     "A committee of MPs spent a month on the plans. They have rejected the bridge toll, MPs said.",
     [("committee", "opposes", "bridge toll")]),
    # --- not the body: a "they" for others named since
    ("others", "A committee of MPs met farm leaders on Monday. The farmers said they opposed the fuel levy.",
     [("!committee", "opposes", "fuel levy")]),
]

KNOWN = {
    "A panel of peers has criticised": "'peers' is made a body of its own, not the panel's members",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_member_pronouns_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
