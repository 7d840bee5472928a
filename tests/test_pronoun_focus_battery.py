"""The battery of pronouns read for the person in focus (tests/pronoun_focus_battery.py, issue 10): each invented
text gives the sides a careful reader takes once "he", "his", "she" and "him" are read for the one a speaker talks
about, the one a verb acts on, or the woman named (a man the story tells is one is no "she"); no side lands on the speaker or the subject instead."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case
from pronoun_focus_battery import BATTERY

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_pronoun_focus_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_pronoun_focus_battery_is_a_battery():
    assert len(BATTERY) >= 10
    assert len({tag for tag, _, _ in BATTERY}) >= 6
