"""The battery of holder constructions (tests/holders_battery.py, issue 10): each invented sentence gives the sides
a careful reader takes, on the holder they take them; no side lands on a holder the reader would not name. The
constructions the extractor still misses are marked, so that mending one shows."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case
from holders_battery import BATTERY

# still missed (not yet mended): the first words of the text -> why
KNOWN = {
    "Paul Ward, the mayor, welcomed": "'attacked the rates freeze' after an object person: no frame",
    "\"The fuel levy is a tax": "a quoted judgement read as a warning",
    "Asked about the toll road": "'backed it' after a fronted question",
    "An aide to Mr Kent said": "'the minister' inside the reported clause",
    "The Farmers Union met on Friday. Union": "'Union officials' made a node of their own",
    "Jane Ode runs Kestrel Bank": "'the bank's chief executive' names no holder",
    "The Home Office published": "'the department' points back at no one",
    "Tom Kent and the Farmers Union have": "'it' after a person and a body",
    "Reporters asked Anna Berg": "'opposed it': the pronoun target (helper targets)",
    "The Clean Air Alliance and Greenway": "'the group' after two bodies takes the last named",
    "Mr Kent's spokesman said the minister": "'the minister' of a person named with no post",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_holders_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_holders_battery_is_a_battery():
    """Enough sentences, most of several sentences, and every known miss still in it."""
    assert len(BATTERY) >= 80
    assert sum(text.count(". ") >= 1 for _, text, _ in BATTERY) >= len(BATTERY) // 2
    assert all(any(text.startswith(k) for _, text, _ in BATTERY) for k in KNOWN)
