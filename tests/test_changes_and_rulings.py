"""Changing a law or a rule is an act of policy, as reforming it is (FrameNet's Cause_change: change, alter, amend,
modify): one who wants, plans or refuses to change the law takes a side on that change. A court that rules a thing
unlawful judges it, as one that declares or finds it so does (FrameNet's Verdict: rule). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Ann Lee wants to change the law on self-defence.", "Ann Lee", "supports", "change the law on self-defence"),
    ("The Greens have voted to amend the planning rules.", "Green Party", "supports", "amend the planning rules"),
    ("Tom Vane promised to alter the school admissions code.", "Tom Vane", "supports",
     "alter the school admissions code"),
])
def test_a_change_to_a_rule_is_a_policy_act(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)


def test_a_change_made_is_no_side_taken(build_text):
    triples = stance_triples(build_text("Ann Lee changed trains at Crewe on her way to the conference."))
    assert not triples, sorted(triples)


@pytest.mark.parametrize("text, court", [
    ("The High Court ruled the fuel levy illegal.", "High Court"),
    ("The Court of Appeal ruled the parking charges unlawful.", "Court of Appeal"),
])
def test_a_thing_ruled_unlawful_is_opposed_by_the_court(build_text, text, court):
    triples = stance_triples(build_text(text))
    assert any(h == court and r == "opposes" for h, r, _ in triples), sorted(triples)


def test_a_ruling_on_a_date_judges_nothing(build_text):
    triples = stance_triples(build_text("The High Court ruled on Tuesday that the hearing would resume in May."))
    assert not any(r == "opposes" for _, r, _ in triples), sorted(triples)
