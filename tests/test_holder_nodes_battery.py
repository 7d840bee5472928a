"""The battery of holders that must become nodes (tests/holder_nodes_battery.py, issue 10): a body spoken for, a
body's people, a post described by its owner, a pair or list of bodies, a firm tagged as a person, a body
described; each invented sentence gives the sides a careful reader takes, on the holder they take them. The
constructions the extractor still misses are marked, so that mending one shows."""
from __future__ import annotations

import pytest

from conftest import assert_held, known_case, label_triples, stance_triples
from holder_nodes_battery import BATTERY

# still missed (not yet mended): the first words of the text -> why
KNOWN = {
    "Speaking for the Hauliers Association": "'speaking for X' before a subject spoken for: no holder read",
    "President Ivan Petrov flew": "a bare title held ('President') fits any owner: not taken for 'the Ruritanian president'",
    "A coalition of charities, among them": "the tagger makes no body of 'Oxfam' (NORP) nor 'Save the Children'",
    "Several charities have condemned the aid cuts, among": "the tagger makes no body of 'Oxfam' (NORP), 'Christian Aid' a person",
    "A group of lenders, including": "'a group of lenders' is named by its members' noun: the list is not read on it",
    "Shares in Zentek rose": "'the company' in a clause after the name: no back-reference",
    "The UN refugee agency": "a body described by its field, not named: no node",
    "The country's biggest union": "a body described by its rank: no node",
    "The EU's executive arm": "a body described as another's arm: no node",
    "Ruritania's main opposition party": "'main opposition party' with its state: no node",
    "Atlas Capital, the second largest": "'vote against X' in a said-clause after a described apposition: no frame",
}


@pytest.mark.parametrize("text, expected", [known_case(*c, KNOWN) for c in BATTERY])
def test_holder_nodes_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_holder_nodes_battery_is_a_battery():
    """Enough sentences, in several constructions, and every known miss still in it."""
    assert len(BATTERY) >= 60
    assert len({tag for tag, _, _ in BATTERY}) >= 6
    assert all(any(text.startswith(k) for _, text, _ in BATTERY) for k in KNOWN)


@pytest.mark.parametrize("text, name", [
    ("Budget airline Skyjet has attacked the fuel levy.", "Skyjet"),
    ("Pressure group Clean Rivers has welcomed the water charge.", "Clean Rivers"),
    ("Drinks firm Corvale Spirits has criticised the alcohol tax.", "Corvale Spirits"),
    ("Market regulator FMQ has criticised the bond sale.", "FMQ"),
    ("Oil giant Vostra said on Monday it opposed the auction.", "Vostra"),
])
def test_holder_named_without_its_description(build_text, text, name):
    """A body noun that describes the name before it ("budget airline Skyjet") is no part of the holder's name,
    even where it opens the sentence with a capital."""
    holders = {s for s, r, _ in stance_triples(build_text(text))}
    assert holders == {name}, holders


@pytest.mark.parametrize("text, person, post", [
    ("Ruritania's president, Ivan Petrov, flew to Paris on Monday.", "Ivan Petrov", "president"),
    ("The company's chairman, Tom Reed, said profits had risen.", "Tom Reed", "chairman"),
    ("Kestrel Bank's spokesman, Tom Reed, declined to comment.", "Tom Reed", "spokesman"),
])
def test_possessed_post_apposed_to_its_holder(build_text, text, person, post):
    """A title with its owner before it and a name apposed after ("Ruritania's president, Ivan Petrov") names the
    holder of the post, as "the president, Ivan Petrov" does: the possessor is the title's determiner."""
    assert any(s == person and r == "holds" and post in o.lower() for s, r, o in label_triples(build_text(text)))
