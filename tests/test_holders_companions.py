"""Several holders of one frame (issue 10): a companion put before the subject, a body described and then
named, a second "from" phrase. Invented passages through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple

CASES = [
    ("Like Mara Holt, Tom Okafor opposes the fuel levy.", "Mara Holt", "opposes", "fuel levy"),
    ("Along with Mara Holt, Tom Okafor opposes the fuel levy.", "Mara Holt", "opposes", "fuel levy"),
    ("Backed by Mara Holt, Tom Okafor attacked the fuel levy.", "Mara Holt", "opposes", "fuel levy"),
    ("Joined by Acme Bank and Zenith Bank, Orbis Capital rejected the merger.", "Zenith Bank", "opposes", "merger"),
    ("The country's biggest farm lobby, the Ruritanian Growers Union, attacked the fuel levy.",
     "Ruritanian Growers Union", "opposes", "fuel levy"),
    ("The fuel levy was attacked by the country's biggest farm lobby, the Ruritanian Growers Union.",
     "Ruritanian Growers Union", "opposes", "fuel levy"),
    ("The fuel levy drew criticism from Acme Bank and from Zenith Bank.", "Zenith Bank", "opposes", "fuel levy"),
    ("The fuel levy won endorsements from the Orbis Trust, and from Acme Bank.", "Acme Bank", "supports", "fuel levy"),
]


@pytest.mark.parametrize("text,holder,relation,target", CASES)
def test_companion_holds_the_side(build_text, text, holder, relation, target):
    assert has_triple(build_text(text), holder, relation, target)


@pytest.mark.parametrize("text,not_holder", [
    ("Like many voters, Tom Okafor opposes the fuel levy.", "voters"),  # likening names no one
    ("Unlike Mara Holt, Tom Okafor opposes the fuel levy.", "Mara Holt"),
    ("After meeting Mara Holt, Tom Okafor attacked the fuel levy.", "Mara Holt"),
])
def test_no_companion(build_text, text, not_holder):
    assert not has_triple(build_text(text), not_holder, "opposes", "fuel levy")
