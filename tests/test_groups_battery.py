"""The battery of collective and plural holders (tests/groups_battery.py, issue 10): each invented sentence gives
the sides a careful reader takes, on the holders they take them; no side lands on a holder the reader would not
name. The constructions the extractor still misses are marked, so that mending one shows."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case
from groups_battery import BATTERY

# still missed (not yet mended): the first words of the text -> why
KNOWN = {
    "Coffee growers in Kenya": "a plural of people of a trade or standing that no list names (a list of them cost train precision)",
    "Steel makers called": "a plural of people of a trade or standing that no list names (a list of them cost train precision)",
    "Hospital doctors warned that": "target: 'the waiting list target' is no position",
    "Small shopkeepers fear": "cue: 'fear (that) X will ...' predicts no harm",
    "Parents have complained bitterly": "cue: 'complained about X'",
    "Many economists doubt": "cue: 'doubt that X will help'",
    "Mr Kent's colleagues in the cabinet": "'colleagues' of a person is no group node",
    "Labour backbenchers are threatening to rebel": "cue: 'rebel over X'",
    "Dock workers walked out": "cue: 'walked out in protest at X'",
    "Conservationists fear": "cue: 'fear (that) X will ...' predicts no harm",
    "Tom Kent and Anna Berg are against": "target: 'the toll road' after 'be against' is no policy (targets)",
    "The buyout offer was organised by": "a passive's agents listed after a description ('two brothers, A and B')",
    "Kestrel Bank officials said the bank": "'Kestrel Bank officials' made a group, not the bank's people",
    "Ms Lund's spokeswoman said the senator": "'the senator' of a person named with no post",
    "The main grain exporters, the United States": "a described plural before the names it lists holds a side too",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_groups_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_groups_battery_is_a_battery():
    """Enough sentences, of every construction, and every known miss still in it."""
    assert len(BATTERY) >= 80
    assert len({tag for tag, _, _ in BATTERY}) >= 10
    assert all(any(text.startswith(k) for _, text, _ in BATTERY) for k in KNOWN)
