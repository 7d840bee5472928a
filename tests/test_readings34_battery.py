"""Readings of session 34, each tested on sentences of our own.

- "The Senate, with the support of Tom Vane, approved the budget": a side another gives, in a "with" phrase of the
  actor's act, is the giver's side on the actor, as "won the support of X" is (stance/cues/cue_nouns.py `received`).
  Before, the actor took the giver's side ("the Senate supports Tom Vane"): the edge ran the wrong way. Only a noun of
  support: "went ahead with protests against the plan" is the protesters' own side.
- "backed off from the plan": as "backed away from" (stance.json phrasal), its WordNet synonym.
- "Angered by the plan to close the plant, Carl Mott called for a review", "Backed by the Transport Union, Ann Roe
  opposed the plan": a fronted past participle tells of its clause's subject (language.syntax.fronted_subject), the
  feeler of an experiencer verb as after "was angered by", the one backed or criticised as after "was backed by".
- "The Commission rejected Spain's request for a steel subsidy": a request (FrameNet's Request frame, positions.json
  call_nouns) is carried as a demand or a call is: the one who rejects it is against what it asks for.
- "Trade and Industry Secretary Ann Roe": the portfolio's words the tagger took for an organisation name no body of
  their own, as a one-word portfolio ("Defense" of "Defense Minister") never did (mentions/bodies.py).
- "the Commons on Monday": a name the tagger ran on into the time of what is said of it ends before the time
  (mentions/spans.strip_span; the English names of days and months, from the standard library's calendar).
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, giver, receiver", [
    ("The Senate, with the support of Tom Vane, approved the budget.", "Tom Vane", "Senate"),
    ("With the support of Tom Vane, Ann Roe pushed the tariff plan through.", "Tom Vane", "Ann Roe"),
    ("With the backing of the Transport Union, Ann Roe opposed the tariff plan.", "Transport Union", "Ann Roe"),
])
def test_a_side_given_in_a_with_phrase_is_the_givers(build_text, text, giver, receiver):
    stance = stance_triples(build_text(text))
    assert (giver, "supports", receiver) in stance, sorted(stance)
    assert (receiver, "supports", giver) not in stance, sorted(stance)


def test_the_actors_own_act_keeps_its_side(build_text):
    stance = stance_triples(build_text("With the backing of the Transport Union, Ann Roe opposed the tariff plan."))
    assert ("Ann Roe", "opposes", "tariff plan") in stance, sorted(stance)


@pytest.mark.parametrize("text", [
    "Ann Roe backed off from the tariff plan.",  # stance.json phrasal: the WordNet synonym of "back away from"
    "Ann Roe backed away from the tariff plan.",
])
def test_backing_off_from_a_plan_is_a_side_against_it(build_text, text):
    stance = stance_triples(build_text(text))
    assert ("Ann Roe", "opposes", "tariff plan") in stance, sorted(stance)


@pytest.mark.parametrize("text, edge", [
    ("Angered by the plan to close the plant, Carl Mott called for a review.",
     ("Carl Mott", "opposes", "plan to close the plant")),
    ("Alarmed by the plan to close the plant, Carl Mott called for a review.",
     ("Carl Mott", "opposes", "plan to close the plant")),
    ("Delighted by the tariff cuts, Ann Roe praised the minister.", ("Ann Roe", "supports", "tariff cuts")),
    ("Backed by the Transport Union, Ann Roe opposed the tariff plan.", ("Transport Union", "supports", "Ann Roe")),
    ("Criticised by the Transport Union, Ann Roe defended the tariff plan.", ("Transport Union", "opposes", "Ann Roe")),
])
def test_a_fronted_participle_tells_of_its_clauses_subject(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, sorted(stance)


@pytest.mark.parametrize("text, edge", [
    ("The European Commission rejected Spain's request for a steel subsidy.",
     ("European Commission", "opposes", "steel subsidy")),
    ("Tom Vane turned down the Transport Union's requests for a pay rise.", ("Tom Vane", "opposes", "pay rise")),
    ("The European Commission approved Spain's request for a steel subsidy.",
     ("European Commission", "supports", "steel subsidy")),
])
def test_a_side_on_a_request_is_a_side_on_what_it_asks_for(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, sorted(stance)


@pytest.mark.parametrize("text, portfolio, title", [
    ("Trade and Industry Secretary Ann Roe said the ban was fair.", "Trade and Industry", "Trade and Industry Secretary"),
    ("Work and Pensions Secretary Tom Vane said the ban was fair.", "Work and Pensions", "Work and Pensions Secretary"),
    ("Ann Roe, State Minister for National Development Planning, said the ban was fair.",
     "National Development Planning", "State Minister for National Development Planning"),
])
def test_a_portfolio_named_before_or_in_a_title_is_no_body(build_text, text, portfolio, title):
    graph = build_text(text)
    labels = {(e.label, e.type) for e in graph.entities}
    assert (portfolio, "institution") not in labels, sorted(labels)
    assert any(t == "office" and title.lower() in label.lower() for label, t in labels), sorted(labels)


@pytest.mark.parametrize("text, body", [
    ("The Department of Trade and Industry said the ban was fair.", "Department of Trade and Industry"),
    ("Tom Vane, the Rural Party leader, said the ban was fair.", "Rural Party"),  # ("rural" and "party" are portfolios)
])
def test_a_body_named_with_a_portfolios_words_stays_a_body(build_text, text, body):
    labels = {(e.label, e.type) for e in build_text(text).entities}
    assert (body, "institution") in labels, sorted(labels)


@pytest.mark.parametrize("text, body, wrong", [
    ("Tom Vane will give new figures to the Commons on Monday.", "Commons", "Commons on Monday"),
    ("Ann Roe will set out her position when the tariff bill is debated in the Commons on Monday.", "Commons",
     "Commons on Monday"),
])
def test_a_body_named_before_a_time_ends_before_it(build_text, text, body, wrong):
    labels = {e.label for e in build_text(text).entities if e.type == "institution"}
    assert body in labels and wrong not in labels, sorted(labels)
