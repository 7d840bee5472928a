"""Positions the articles take sides on that must become nodes, named so a reader finds them (issue 10, round 5).

Each case is a sentence of our own with a construction a class of misses had in the study set (train/).
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _position(graph, word):
    found = [e for e in graph.entities if e.type == "position" and word in e.label]
    assert len(found) == 1, [e.label for e in graph.entities]
    return found[0]


@pytest.mark.parametrize("text, word, alias", [
    # a policy named with who made it is later "the directive", "the bill": the bare noun is one of its names
    ("Portugal wants the directive adopted by the Lisbon ministers. Dorland has rejected it.", "directive", "directive"),
    ("Senator Ada Lund opposed the levy imposed by the Falmouth council.", "levy", "levy"),
], ids=["generic-head-with-agent", "head-with-agent"])
def test_the_bare_head_of_a_policy_is_one_of_its_names(build_text, text, word, alias):
    graph = build_text(text)
    position = _position(graph, word)
    assert alias == position.label or alias in position.aliases, position
    assert any(o == position.label for _, _, o in stance_triples(graph)), stance_triples(graph)


@pytest.mark.parametrize("text, edge", [
    ("Senator Ada Lund said she stood by the Kyoto accord.", ("Ada Lund", "supports", "Kyoto accord")),
    ("Senator Ada Lund has stood by the pension reform.", ("Ada Lund", "supports", "pension reform")),
    ("Senator Ada Lund stuck by the pension reform.", ("Ada Lund", "supports", "pension reform")),
], ids=["reported", "plain", "parsed-as-agent"])
def test_stood_by_is_a_side_taken(build_text, text, edge):
    """ "stood by the accord": an active verb's "by" is its own preposition, where a passive's names the agent
    (the parser labels "stuck by" an agent all the same)."""
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_passive_agent_is_no_standing_by(build_text):
    stance = stance_triples(build_text("The pension reform was drafted by Ada Lund."))
    assert not any(r == "supports" and s == "pension reform" for s, r, _ in stance), stance


@pytest.mark.parametrize("text, edge", [
    # an adjective of readiness with its act, as a noun of intent ("determination to cut the duty"): the act is wanted
    ("Senator Ada Lund said she was willing to resume the fishing talks.",
     ("Ada Lund", "supports", "resume the fishing talks")),
    ("Senator Ada Lund is determined to cut the fuel duty.", ("Ada Lund", "supports", "cut the fuel duty")),
    ("Dorland is keen to extend the grain accord.",
     ("Dorland", "supports", "extend the grain accord")),
], ids=["willing", "determined", "keen"])
def test_the_act_an_adjective_of_readiness_is_for_is_backed(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text", [
    "Senator Ada Lund is keen to replace Tom Okafor.",  # a person acted on: no policy
    "Senator Ada Lund was pleased to announce the merger.",  # a saying is no act wanted
])
def test_no_act_of_readiness_without_a_policy_acted_on(build_text, text):
    stance = stance_triples(build_text(text))
    assert not any(o.startswith(("replace", "announce")) for _, _, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    # an adjective of necessity over a that-clause in the subjunctive says what ought to be, as "should" does
    ('"It is essential that the wage freeze continue," the Dorland Institute said.',
     ("Dorland Institute", "supports", "wage freeze")),  # a policy to go on is the policy (deontic fates)
    ("The Dorland Institute said it was vital that the export ban be lifted.",
     ("Dorland Institute", "opposes", "export ban")),  # a policy to be lifted is opposed (deontic fates)
], ids=["quoted", "reported"])
def test_what_it_is_essential_should_happen_is_backed(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text", [
    "The Dorland Institute said it was not necessary that the export ban be lifted.",
    "The Dorland Institute said it was important that Ada Lund resign.",  # a person, no policy
])
def test_no_mandate_when_denied_or_about_a_person(build_text, text):
    stance = stance_triples(build_text(text))
    assert not any(r == "supports" for _, r, _ in stance), stance


@pytest.mark.parametrize("text, edge", [
    # a pledge to bring in, undo, cut or raise a thing names the policy pledged, without who pledges it
    ("Ada Lund said her party would cut fuel duty.", ("Ada Lund", "supports", "cut fuel duty")),
    ('"We will consider the introduction of a parking levy," Ada Lund said.',
     ("Ada Lund", "supports", "consider the introduction of a parking levy")),
], ids=["reported", "quoted"])
def test_a_pledged_act_on_a_policy_is_a_position(build_text, text, edge):
    graph = build_text(text)
    stance = stance_triples(graph)
    assert edge in stance, stance
    position = _position(graph, edge[2])
    assert not any(a.startswith(("we ", "party ")) for a in position.aliases), position


def test_a_pledge_about_a_person_is_no_position(build_text):
    stance = stance_triples(build_text("Ada Lund said her party would remove Tom Okafor."))
    assert not any("Okafor" in o for _, _, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    ("Ada Lund plans to cut fuel duty.", ("Ada Lund", "supports", "cut fuel duty")),
    ("The Dorland government intends to introduce a parking levy.", ("government", "supports", "parking levy")),
], ids=["plans-to-cut", "intends-to-introduce"])
def test_the_act_planned_on_a_policy_is_a_position(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_planned_act_on_no_policy_stays_no_position(build_text):
    stance = stance_triples(build_text("Ada Lund plans to hold a summit next month."))
    assert not stance, stance


@pytest.mark.parametrize("text, edge", [
    ("Ada Lund plans to hold talks with the dockers' union next week.", ("Ada Lund", "supports", "talks with the dockers' union")),
    ("Mr Kent wants to hold an anti-fraud summit in May.", ("Kent", "supports", "anti-fraud summit")),
], ids=["talks-with", "described-summit"])
def test_a_planned_meeting_said_of_what_it_is_about_is_a_position(build_text, text, edge):
    assert edge in stance_triples(build_text(text))


@pytest.mark.parametrize("text, name", [
    ("Senator Ada Lund was a strong defender of the Anglo-Dorland Agreement.", "Anglo-Dorland Agreement"),
    ("Senator Ada Lund opposed the Lund-Okafor Act.", "Lund-Okafor Act"),
], ids=["hyphenated-first-word", "hyphenated-names"])
def test_a_hyphenated_policy_name_is_a_position(build_text, text, name):
    graph = build_text(text)
    types = {e.label: e.type for e in graph.entities}
    assert types.get(name) == "position", types
    assert any(o == name for _, _, o in stance_triples(graph)), stance_triples(graph)


@pytest.mark.parametrize("text, edge", [
    # a noun of asking with its addressee and the act asked: the act is wanted, not the one asked
    ("The Dorland ministry's request to the mills to cut steel output was ignored.",
     ("Dorland ministry", "supports", "cut steel output")),
    ("A plea to the banks by Ada Lund to restrict dollar sales was ignored.",
     ("Ada Lund", "supports", "restrict dollar sales")),
], ids=["possessor", "by-agent"])
def test_the_act_a_request_asks_of_its_addressee_is_wanted(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance
    assert not any(o in ("mills", "banks") for _, _, o in stance), stance


def test_opposition_to_a_plan_keeps_the_plan(build_text):
    stance = stance_triples(build_text("Ada Lund voiced her opposition to the plan to cut steel output."))
    assert ("Ada Lund", "opposes", "plan to cut steel output") in stance, stance


@pytest.mark.parametrize("text, edge", [
    ("Ada Lund demanded nothing but the withdrawal of the parking levy.",
     ("Ada Lund", "supports", "withdrawal of the parking levy")),
    ("Ada Lund will accept nothing less than a full ban on smoking.", ("Ada Lund", "supports", "full ban on smoking")),
], ids=["nothing-but", "nothing-less-than"])
def test_what_nothing_but_excepts_is_the_target(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text, edge", [
    # a relative clause that says what the policy is runs on after its comma, as it does without one
    ("Ada Lund opposed the bill, which would ban smoking in bars.",
     ("Ada Lund", "opposes", "bill, which would ban smoking in bars")),
    ("Ada Lund opposed the bill, which would ban smoking in bars, on Monday.",
     ("Ada Lund", "opposes", "bill, which would ban smoking in bars")),
], ids=["sentence-end", "comma-after"])
def test_a_bill_which_would_do_something_keeps_what_it_does(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_relative_clause_of_who_did_it_is_cut(build_text):
    stance = stance_triples(build_text("Ada Lund backed the new levy, which Tom Okafor proposed."))
    assert ("Ada Lund", "supports", "new levy") in stance, stance


@pytest.mark.parametrize("text, edge", [
    # "there needs to be X", "there has to be X" say what ought to be, as "there should be X" does
    ("Ada Lund said there needs to be consensus on the pension reforms.",
     ("Ada Lund", "supports", "consensus on the pension reforms")),
    ("Ada Lund said there has to be a public inquiry into the crash.",
     ("Ada Lund", "supports", "public inquiry into the crash")),
    ("Ada Lund said there needs to be no inquiry into the crash.", ("Ada Lund", "opposes", "inquiry into the crash")),
], ids=["needs", "has-to", "no"])
def test_what_there_needs_to_be_is_wanted(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text, shared", [
    # a noun made from a verb names the same act as the verb: one position, not two
    ("Ada Lund backed the regiment merger. Tom Okafor opposed the plan to merge the regiments.", "regiment"),
    ("Ada Lund backed the closure of the Falmouth mine. Tom Okafor said he would fight the decision to close the mine.",
     "mine"),
], ids=["merger-merge", "closure-close"])
def test_a_nominalised_act_and_its_verb_are_one_position(build_text, text, shared):
    graph = build_text(text)
    positions = [e for e in graph.entities if e.type == "position"]
    assert len(positions) == 1, [(e.label, e.aliases) for e in positions]
    stance = stance_triples(graph)
    assert {s for s, _, _ in stance} == {"Ada Lund", "Tom Okafor"}, stance


def test_a_cue_noun_tagged_as_a_name_at_a_paragraph_start_is_read(build_text):
    """Wire copy indents its paragraphs; the tagger takes a capitalised plural there for a name ("Pleas")."""
    text = "Ada Lund spoke on Monday.\n    Pleas by Ada Lund for action to stabilise the currency were ignored."
    stance = stance_triples(build_text(text))
    assert ("Ada Lund", "supports", "action to stabilise the currency") in stance, stance


def test_a_name_after_an_abbreviation_stays_a_name(nlp):
    doc = nlp("Officials of the U.S. Congress met on Monday.")
    assert [t.pos_ for t in doc if t.text == "Congress"] == ["PROPN"]


@pytest.mark.parametrize("text, edge", [
    # who wins others' support for a policy pushes it
    ("The Falmouth Reform Society says it can win support for closing the old mines.",
     ("Falmouth Reform Society", "supports", "closing the old mines")),
    ("Ada Lund gained backing for a ban on smoking.", ("Ada Lund", "supports", "ban on smoking")),
], ids=["win-support-for", "gain-backing-for"])
def test_who_wins_support_for_a_policy_backs_it(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_who_draws_criticism_takes_no_side(build_text):
    stance = stance_triples(build_text("Ada Lund drew criticism for the parking levy."))
    assert not any(s == "Ada Lund" for s, _, _ in stance), stance
