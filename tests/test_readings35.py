"""Readings of session 35, each on sentences written for the test: adjectives of a feeling about a thing
(stance.json adjectives: proud, impressed, unimpressed), a side on taking part in a thing, which is a side on the
thing (stance.json partaking_verbs; stance/find.py `_partaken`), and a crowd counted roughly ("thousands of dockers",
reference.json crowd_quantities; mentions/crowds.py)."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, triple", [
    ("Tom Vane was not impressed with the merger plan.", ("Tom Vane", "opposes", "merger plan")),
    ("Ann Roe was unimpressed by the tariff cuts.", ("Ann Roe", "opposes", "tariff cuts")),
    ("Tom Vane said he was proud of the pension reforms.", ("Tom Vane", "supports", "pension reforms")),
    ("Tom Vane refused to take part in the pension talks.", ("Tom Vane", "opposes", "pension talks")),
    ("Norland has agreed to take part in the trade talks.", ("Norland", "supports", "trade talks")),
    ("Thousands of dockers backed the call for a port strike.", ("dockers", "supports", "port strike")),
    ("Hundreds of steelworkers protested against the plant closures.", ("steelworkers", "opposes", "plant closures")),
])
def test_the_side_is_read(build_text, text, triple):
    stance = stance_triples(build_text(text))
    assert triple in stance, sorted(stance)


@pytest.mark.parametrize("text", [
    "Tom Vane is proud of his son.",  # pride in a person of one's own is no side on a policy
    "Ann Roe will take part in the march against the levy.",  # the march is against the levy: no backing of it
])
def test_no_side_is_misread(build_text, text):
    stance = stance_triples(build_text(text))
    assert not [t for t in stance if t[1] == "supports"], sorted(stance)


def test_a_peoples_crowd_is_no_act_of_its_state(build_text):
    stance = stance_triples(build_text("Thousands of Israelis marched in support of the plan."))
    assert not [t for t in stance if t[0] == "Israel"], sorted(stance)
