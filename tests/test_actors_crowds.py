"""Crowds: a plural agent noun no list of bodies holds ("growers", "shipowners") is an actor when it takes a side
as the subject or agent of a stance verb, or says something as a group its modifiers single out (crowds.py).

Each case is an invented sentence run through the real pipeline; it asserts (holder label, relation, object word).
"""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CROWD_CASES = [
    # the subject of a stance verb, bare or with the words that say which
    ("Orchard growers opposed the apple tariff on Tuesday.", "orchard growers", "opposes", "tariff"),
    ("Shipowners have condemned the new harbour tax.", "shipowners", "opposes", "tax"),
    ("Dairy wholesalers welcomed the milk subsidy scheme.", "dairy wholesalers", "supports", "subsidy"),
    ("Pharmacists backed the proposed vaccine scheme.", "pharmacists", "supports", "scheme"),
    # a speech verb's subject the words before it single out, judging what it speaks of
    ("Orchard growers said the apple tariff was a cruel, stupid and shameful disaster.", "orchard growers", "opposes",
     "tariff"),
    # its agent after "by"
    ("The harbour tax was denounced by shipowners.", "shipowners", "opposes", "tax"),
]


@pytest.mark.parametrize("text, holder, rel, obj", CROWD_CASES)
def test_a_crowd_takes_a_side(build_text, text, holder, rel, obj):
    g = build_text(text)
    assert has_triple(g, holder, rel, obj), label_triples(g)


NO_CROWD_CASES = [
    # counted or quantified: a part of the crowd, no group that acts
    "Two shipowners condemned the new harbour tax.",
    "Some shipowners condemned the new harbour tax.",
    # a thing with an agentive ending, and a plural that is no subject of a stance verb
    "Higher numbers opposed the harbour tax in the poll.",
    "Shipowners paid the new harbour tax on Monday.",
    # a crowd's side another reports stays that speaker's account
    "Shipowners condemned the new harbour tax, the port authority said.",
    # what a crowd would or might do is someone's forecast, not the crowd's side
    "Shipowners would welcome a lower harbour tax.",
    'Ann Lee said: "While shipowners would welcome a lower harbour tax, the plan is flawed."',
    "Shipowners might oppose the new harbour tax.",
]


@pytest.mark.parametrize("text", NO_CROWD_CASES)
def test_no_crowd_where_none_acts(build_text, text):
    g = build_text(text)
    assert not any(e.label.lower().startswith(("shipowners", "numbers", "higher numbers")) for e in g.entities), \
        label_triples(g)
