"""Readings of agreement, misgiving, challenge and a plan pointed back at, each on sentences of our own: "agreed with"
takes the side of what is agreed with; a qualm is a misgiving; words made "by" someone are theirs, as their
possessive makes them; "challenged the Treasury to open its books" asks for the opening, and jibes at the one
challenged; "the plans" points back at the plans a policy was named in, not at whatever was named last."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, target", [
    ("Tom Vane said he agreed with the plan to cut rail fares.", "Tom Vane", "plan to cut rail fares"),
    ("The Kestrel Association said it agreed with the council's plans for a tram line.", "Kestrel Association",
     "plans for a tram line"),
    ("Ann Lee agreed with Tom Vane that the toll should go.", "Ann Lee", "Tom Vane"),
])
def test_agreeing_with_a_thing_backs_it(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", target) in triples, sorted(triples)
    assert (holder, "opposes", target) not in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Mr Dahl said he had qualms about the plan to cut rail fares.",
    "Mr Dahl voiced anxiety about the plan to cut rail fares.",
])
def test_a_qualm_is_a_misgiving(build_text, text):
    assert ("Dahl", "opposes", "plan to cut rail fares") in stance_triples(build_text(text))


@pytest.mark.parametrize("text, holder, owner", [
    ("Tom Vane rejected the claims made by Ann Lee.", "Tom Vane", "Ann Lee"),
    ("Tom Vane ridiculed the claims made on Monday by the Kestrel Party.", "Tom Vane", "Kestrel Party"),
])
def test_words_made_by_someone_are_theirs(build_text, text, holder, owner):
    assert (holder, "opposes", owner) in stance_triples(build_text(text))


def test_a_challenge_to_act_asks_for_the_act_and_jibes_at_the_one_challenged(build_text):
    triples = stance_triples(build_text("Ann Lee challenged the Treasury to open up its books."))
    assert {("Ann Lee", "supports", "open up its books"), ("Ann Lee", "opposes", "Treasury")} <= triples, sorted(triples)


@pytest.mark.parametrize("text, never", [
    # the act challenged for is a cue of its own: it carries the side, the ones challenged are no target
    ("Ann Lee challenged ministers to scrap the fuel duty.", ("Ann Lee", "opposes", "government")),
    # a challenge to deny or explain asks for talk, no policy
    ("Lord Vane challenged Mr Dahl to deny reports that he had lied.", ("Lord Vane", "supports", "deny reports")),
])
def test_what_a_challenge_asks_for_is_no_policy_when_it_is_talk_or_a_cue(build_text, text, never):
    triples = stance_triples(build_text(text))
    assert never not in triples, sorted(triples)
    assert not any(h == never[0] and r == "supports" and o.startswith("deny") for h, r, o in triples), sorted(triples)


