"""A battery of "it" in the clause of what a noun a body sends or gives says ("Ruritania sent a clear message that it
might strike", "the union gave a warning that it would strike"): the body that sends it, as in "said it would";
not in a claim the body rejects. Invented sentences, each with the triples a careful reader takes as (holder,
relation, target) label fragments; "!name" must not take that side."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case

BATTERY = [
    ("signal", "The Farmers Union gave a clear signal that it would oppose the pay freeze.",
     [("farmers union", "opposes", "pay freeze")]),
    ("assurance", "The Kestrel Bank gave an assurance that it would back the rescue package.",
     [("kestrel bank", "supports", "rescue package")]),
    ("message", "The Hauliers Association sent a clear message that it would fight the road charge.",
     [("hauliers association", "opposes", "road charge")]),
    # --- not the body's side: a claim it rejects
    ("rejected-claim", "The Kestrel Bank rejected the claim that it had backed the rescue package.",
     [("!kestrel bank", "supports", "rescue package")]),
]

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_sent_clause_battery(build_text, text, expected):
    assert_held(build_text(text), expected)
