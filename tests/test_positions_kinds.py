"""Two kinds of one thing are two positions, and what an act does something to is no side on the act (issue 10,
session 7). Sentences of our own with the constructions."""
from __future__ import annotations

from conftest import stance_triples


def test_one_noun_with_different_adjectives_names_two_positions(build_text):
    stance = stance_triples(build_text("Ada Lund backs fixed mortgage rates. Tom Roe backs floating mortgage rates."))
    assert ("Ada Lund", "supports", "fixed mortgage rates") in stance, stance
    assert ("Tom Roe", "supports", "floating mortgage rates") in stance, stance


def test_a_comparative_says_how_much_not_what_kind(build_text):
    graph = build_text("Ada Lund wants more state funding for museums. Tom Roe opposes increased state funding for museums.")
    positions = [e for e in graph.entities if e.type == "position"]
    assert len(positions) == 1, positions


def test_a_side_on_what_an_act_undoes_is_no_side_on_the_act(build_text):
    stance = stance_triples(build_text(
        "Tom Roe urged Ruritania to end its currency peg, which the Senate has blamed for a flood of cheap exports."))
    assert ("Tom Roe", "supports", "end its currency peg") in stance, stance
    assert not any(s == "Senate" and o == "end its currency peg" for s, _, o in stance), stance


def test_a_body_noun_that_names_a_kind_of_tax_keeps_the_taxes_apart(build_text):
    # "council tax" is one WordNet name: its body noun says which tax, not whose, so it is not "the income tax"
    stance = stance_triples(build_text("Ada Lund wants to scrap the council tax. Tom Roe backs a local income tax."))
    assert ("Ada Lund", "opposes", "council tax") in stance, stance
    assert ("Tom Roe", "supports", "local income tax") in stance, stance
