"""Actors that take sides as groups: parties named in full, bodies referred back to, members of a group.

Each case is an invented sentence with the construction, run through the real pipeline; it asserts
a (subject label, relation, object label) triple, objects matched by a word they contain.
"""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples


# --- a party's full name wins over the party its last words name ------------------------------------

PARTY_NAME_CASES = [
    # "Democratic Party" is the tail of another party's name, "Social Democratic Party" the head of one
    ("Ruritania's ruling Liberal Democratic Party rejected the grain levy.", "Liberal Democratic Party"),
    ("The Social Democratic Party of Ruritania rejected the grain levy.", "Social Democratic Party of Ruritania"),
    # a people's name before a party's is no part of it
    ("The British Labour Party rejected the grain levy.", "Labour Party"),
]


@pytest.mark.parametrize("text, party", PARTY_NAME_CASES)
def test_a_longer_party_name_wins(build_text, text, party):
    g = build_text(text)
    assert has_triple(g, party, "opposes", "levy"), label_triples(g)
    assert not any(e.label == "Democratic Party" for e in g.entities), label_triples(g)


def test_a_party_named_in_full_and_by_its_initials_is_one(build_text):
    g = build_text("The ruling Liberal Democratic Party (LDP) rejected the grain levy. The LDP backed the sales tax.")
    assert has_triple(g, "Liberal Democratic Party", "supports", "tax"), label_triples(g)
