"""Readings a blind review of 40 unannotated BBC articles found wrong, each tested on sentences of our own: a call
backed for a thing to be scrapped is the caller's side against it however the parser hangs the passive; a
joining only let be or denied puts no one in the body; "Downing St" is the seat, no person; a titled name the
parser hangs on its title acts, not the party of the title."""
from __future__ import annotations

import pytest

from conftest import label_triples, stance_triples


@pytest.mark.parametrize("text", [
    "Ann Lee backed the Drivers Union's call for the fuel levy to be scrapped.",
    "Ann Lee backed the Drivers Union's demands for the fuel levy to be scrapped.",
])
def test_a_backed_call_for_an_undoing_is_the_callers_side_against(build_text, text):
    triples = stance_triples(build_text(text))
    assert {("Drivers Union", "opposes", "fuel levy"), ("Ann Lee", "opposes", "fuel levy")} <= triples, sorted(triples)
    assert ("Drivers Union", "supports", "fuel levy") not in triples, sorted(triples)


@pytest.mark.parametrize("text, member", [
    ("Neither the Harlow Democrats nor the Vale Party were interested in letting Tom Vane join them.", False),
    ("Tom Vane did not join the Farmers Party.", False),
    ("Tom Vane joined the Farmers Party in 1990.", True),
])
def test_only_a_joining_that_happened_makes_a_member(build_text, text, member):
    members = {(s, o) for s, r, o in label_triples(build_text(text)) if r == "member_of"}
    assert bool(members) == member, sorted(members)


@pytest.mark.parametrize("text", ["Tom Vane said a similar offer might be made, Downing St said.",
                                  "Downing St said the rail merger was unfair."])
def test_downing_st_is_the_seat(build_text, text):
    graph = build_text(text)
    assert not [e for e in graph.entities if e.type == "person" and "Downing" in e.label], graph.entities
    assert any(e.label == "Downing Street" for e in graph.entities), graph.entities


def test_a_titled_name_the_parser_hangs_on_its_title_acts(build_text):
    triples = stance_triples(build_text("Tom Vane spoke. Tory spokesman on health Ann Lee attacked the rail merger."))
    assert ("Ann Lee", "opposes", "rail merger") in triples, sorted(triples)
    assert ("Conservative Party", "opposes", "rail merger") not in triples, sorted(triples)
