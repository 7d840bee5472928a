"""The battery of holder constructions (tests/holders_battery.py, issue 10): each invented sentence gives the sides
a careful reader takes, on the holder they take them; no side lands on a holder the reader would not name. The
constructions the extractor still misses are marked, so that mending one shows."""
from __future__ import annotations

import pytest

from conftest import stance_triples
from holders_battery import BATTERY

# still missed (not yet mended): the first words of the text -> why
KNOWN = {
    "Paul Ward, the mayor, welcomed": "'attacked the rates freeze' after an object person: no frame",
    "Anna Berg became environment": "'became X minister' names no holder",
    "The Teachers Guild balloted": "'the union' for a body whose name does not say union",
    "\"The fuel levy is a tax": "a quoted judgement read as a warning",
    "Asked about the toll road": "'backed it' after a fronted question",
    "A Kestrel Bank spokeswoman said": "'the bank' inside the reported clause",
    "An aide to Mr Kent said": "'the minister' inside the reported clause",
    "The Farmers Union met on Friday. Union": "'Union officials' made a node of their own",
    "Jane Ode runs Kestrel Bank": "'the bank's chief executive' names no holder",
    "The Home Office published": "'the department' points back at no one",
    "Tom Kent and the Farmers Union have": "'it' after a person and a body",
    "Reporters asked Anna Berg": "'opposed it': the pronoun target (helper targets)",
    "The Clean Air Alliance and Greenway": "'the group' after two bodies takes the last named",
    "Mr Kent's spokesman said the minister": "'the minister' of a person named with no post",
    "A spokeswoman for Ms Berg said she": "'she' after an unnamed speaker stays hers, not Ms Berg's",
}


def _known(text: str) -> str | None:
    return next((why for start, why in KNOWN.items() if text.startswith(start)), None)


def _case(tag, text, expected):
    why = _known(text)
    marks = [pytest.mark.xfail(reason=why, strict=False)] if why else []
    return pytest.param(text, expected, id=f"{tag}:{text[:40]}",
                        marks=marks)


def _matches(triple, want) -> bool:
    holder, relation, target = (x.lower() for x in triple)
    return want[0].lstrip("!") in holder and want[1] == relation and want[2] in target


@pytest.mark.parametrize("text, expected", [_case(*c) for c in BATTERY])
def test_holders_battery(build_text, text, expected):
    got = stance_triples(build_text(text))
    for want in expected:
        found = any(_matches(t, want) for t in got)
        assert found != want[0].startswith("!"), f"{want} in {sorted(got)}"
    # the targets the reader names are taken sides on by the holders the reader names, no other
    wanted = [w for w in expected if not w[0].startswith("!")]
    for t in got:
        if any(w[2] in t[2].lower() for w in wanted):
            assert any(w[0] in t[0].lower() for w in wanted), f"{t} held by no one the reader names"


def test_holders_battery_is_a_battery():
    """Enough sentences, most of several sentences, and every known miss still in it."""
    assert len(BATTERY) >= 80
    assert sum(text.count(". ") >= 1 for _, text, _ in BATTERY) >= len(BATTERY) // 2
    assert all(any(text.startswith(k) for _, text, _ in BATTERY) for k in KNOWN)
