"""The battery of reference across sentences (tests/coref_battery.py, issue 10): each invented sentence gives the
sides a careful reader takes once pronouns, descriptions and appositions are read for what they stand for; no side
lands on a holder the reader would not name. The constructions the extractor still misses are marked, so that
mending one shows."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case
from coref_battery import BATTERY

# still missed (not yet mended): the first words of the text -> why
KNOWN = {
    "The Audit Office issued its findings": "'the report' for 'its findings': a document named by another noun",
    "The Rural Party launched": "'the party' for a body named '... Party' that no party list knows",
    "The Alder Group bought": "'the firm' for a body named '... Group'",
    "Mr Kent leads the Rural Party": "'the party' for a body named '... Party' that no party list knows",
    "Mr Ward, the Rural Party's finance": "'his party' for a body named '... Party' that no party list knows",
    "The mayor announced a ban": "an unnamed 'the mayor' as the act's holder",
    "The carbon tax was first proposed": "the bare 'the tax' labels the position it shares with 'the carbon tax'",
    "The board proposed a merger": "'the deal' for 'a merger' (a synonym); 'Fair Vote' split",
    "The council wants a congestion charge": "'said that would be unworkable': an evaluative predicate",
    "Ministers will decide on a levy": "the bare 'the levy' labels the position it shares with 'a levy on plastic bags'",
    "Ruth Hale, the Teachers Guild's general secretary, said": "'our members' of a head whose post names the body in the possessive",
    "Labour outlined its plans for the NHS": "the frame of 'their proposals' takes the first clause's subject as holder",
    "Greenway Motors agreed to buy": "'both companies' when the second is the object of 'buy'",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_coref_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_coref_battery_is_a_battery():
    """Enough sentences, most of several sentences, and every known miss still in it."""
    assert len(BATTERY) >= 80
    assert sum(text.count(". ") >= 1 for _, text, _ in BATTERY) >= len(BATTERY) // 2
    assert all(any(text.startswith(k) for _, text, _ in BATTERY) for k in KNOWN)
