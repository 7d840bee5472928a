"""Targets that become position nodes (issue 10, round 3): the plan with what it does, the act a body
attempts or intends, the stance nouns whose holder is named by "by".

Each case is a sentence of our own with the construction a class of misses had in the study set (train/).
"""
from __future__ import annotations

import pytest
from conftest import stance_triples


def _names(graph):
    """Every name of every position node: its label and aliases."""
    return {n for e in graph.entities if e.type == "position" for n in (e.label, *e.aliases)}


@pytest.mark.parametrize("text, edge", [
    # a plan's to-clause says what the plan does: the plan keeps it, rather than the thing it acts on
    ("The finance minister Ken Aro backed proposals to cut income tax.",
     ("Ken Aro", "supports", "proposals to cut income tax")),
    ("Senator Ada Lund condemned the plan to close the mine.",
     ("Ada Lund", "opposes", "plan to close the mine")),
], ids=["proposals-to", "noun-that-is-a-stop-word"])
def test_a_plan_keeps_what_it_does(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text, edge", [
    # a stance noun's holder named by "by": the pleader, the boycotters
    ("Pleas by Finance Minister Ken Aro for action to stabilise the yen were ignored.",
     ("Ken Aro", "supports", "action to stabilise the yen")),
    ("A boycott by opposition parties over a proposed sales tax has delayed the budget.",
     ("opposition parties", "opposes", "proposed sales tax")),
    ("The proposal by the Commission to cap bonuses was rejected.",
     ("Commission", "supports", "proposal by the Commission to cap bonuses")),
], ids=["pleas-by", "boycott-by", "proposal-by"])
def test_a_stance_noun_is_held_by_who_by_names(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_threat_needs_someone_who_makes_it(build_text):
    """ "warned of the threat of war": a threat no one is said to make is no side taken on the war."""
    stance = stance_triples(build_text("Senator Ada Lund warned of the threat of war."))
    assert not any(o == "war" and r == "supports" for _, r, o in stance), stance


@pytest.mark.parametrize("text, edge", [
    # a noun of believing or promising with its that-clause: what it says is the side taken, not its owner
    ("The OECD backed the government's view that inflation would fall.",
     ("OECD", "supports", "view that inflation would fall")),
    ("Senator Ada Lund said the minister's view that there was no case for reform was flawed.",
     ("Ada Lund", "opposes", "view that there was no case for reform")),
    ("The Greens accepted Mr Dunn's promise that MPs would be able to review the law.",
     ("Green Party", "supports", "promise that MPs would be able to review the law")),
    # and the one who promises holds what he promised
    ("The Greens accepted Mr Dunn's promise that MPs would be able to review the law.",
     ("Dunn", "supports", "promise that MPs would be able to review the law")),
], ids=["view-backed", "view-flawed", "promise-accepted", "promise-made"])
def test_what_a_view_or_promise_says_is_the_position(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance
    assert not any(o in ("government", "minister", "Dunn") for s, _, o in stance if s != o), stance


def test_a_claim_denied_is_no_position(build_text):
    """ "rejected the claim that he had lied": what is denied of someone is no policy."""
    assert not stance_triples(build_text("Mr Dunn rejected the claim that he had lied."))


def test_when_an_act_is_done_is_no_part_of_its_name(build_text):
    stance = stance_triples(build_text("Senator Ada Lund backed plans to hold a referendum next year."))
    assert ("Ada Lund", "supports", "plans to hold a referendum") in stance, stance


@pytest.mark.parametrize("text, edge", [
    # a relative pronoun stands for the noun its clause describes: an actor, or a policy
    ("The LDP is challenging the governor, Kenji Arai, who is supported by the Greens.",
     ("Green Party", "supports", "Kenji Arai")),
    ("The Greens backed the new carbon tax, which Ms Lund had proposed.",
     ("Lund", "supports", "new carbon tax")),
    ("Senator Ada Lund attacked the fuel duty, which the Greens have long defended.",
     ("Green Party", "supports", "fuel duty")),
], ids=["who-actor", "which-policy", "which-after-attack"])
def test_a_relative_pronoun_target_is_its_antecedent(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text, edge", [
    # a free "what" points back at the policy in focus; a pseudo-cleft names what is wanted after the copula
    ("The Greens proposed a carbon tax. This is what the unions wanted.",
     ("unions", "supports", "carbon tax")),
    ("What the unions want is a ban on zero-hours contracts, Mr Dunn said.",
     ("unions", "supports", "ban on zero-hours contracts")),
    # a judging adjective after the copula names nothing wanted: the "what" points back
    ("A plan to close the coal mines is on the table. Union leader Tom Hale said what the Greens are proposing is "
     "dangerous.", ("Green Party", "supports", "plan to close the coal mines")),
], ids=["what-points-back", "pseudo-cleft", "pseudo-cleft-judged"])
def test_what_is_wanted_is_the_position_it_names(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


@pytest.mark.parametrize("text", [
    'Lisbon agreed last year to a 12 pct levy on its cork sales abroad. Trade Minister Rui Costa called the new '
    'verdict unfair. "What we propose to do is set up a fairer system," Costa said.',
    'The board approved a fare rise in May. Ms Lund said the rise was wrong. "What we have pledged to do is set up a '
    'travel fund for students," she said.',
], ids=["propose-to-do", "pledged-to-do"])
def test_what_one_seeks_to_do_is_no_pointer_back(build_text, text):
    """ "What we propose to do is X": the act after the copula is sought, not the policy in focus before it (the
    parser may read "is put" as a passive whose subject is the free relative)."""
    stance = stance_triples(build_text(text))
    assert not [e for e in stance if e[0] in ("Rui Costa", "Lund") and e[1] == "supports"], stance


def test_what_one_does_not_want_is_no_new_position(build_text):
    """ "What we don't want is a situation where...": a situation is no policy."""
    graph = build_text("Senator Ada Lund said: \"What we don't want is a situation where the law falls behind.\"")
    assert not [e for e in graph.entities if e.type == "position"]


@pytest.mark.parametrize("text, edge", [
    # the deed an actor is attacked for, or the policy they are criticised over, is taken sides on too
    ("Mr Hale will attack the Greens for wanting to abolish grammar schools.",
     ("Hale", "opposes", "abolish grammar schools")),
    ("Mr Hale blasted the council for raising parking fees.",
     ("Hale", "opposes", "raising parking fees")),
    ("Ms Lund criticised Mr Dunn over his bonus scheme.",
     ("Lund", "opposes", "bonus scheme")),
], ids=["for-wanting-to", "for-gerund", "over-policy"])
def test_the_reason_a_side_is_taken_on_an_actor_is_a_side_too(build_text, text, edge):
    stance = stance_triples(build_text(text))
    assert edge in stance, stance


def test_a_quality_praised_is_no_position(build_text):
    """ "praised the police for their courage": the courage is no policy."""
    graph = build_text("Mr Hale praised the police for their courage and their action.")
    assert not [e for e in graph.entities if e.type == "position"]


@pytest.mark.parametrize("text, edge", [
    # a generic noun with only a vague adjunct ("in principle", "on the issue") points back at the policy in focus
    ("The government ordered the firms to repay their loans. Company officials backed the move in principle.",
     ("company officials", "supports", "repay their loans")),
    ("Ms Berg wants tougher curfew rules for bars. Ms Berg said she would defend her plans on the matter.",
     ("Berg", "supports", "tougher curfew rules for bars")),
], ids=["move-in-principle", "plans-on-the-matter"])
def test_a_vague_adjunct_leaves_a_pointer_back(build_text, text, edge):
    graph = build_text(text)
    assert edge in stance_triples(graph), stance_triples(graph)
    assert not any("principle" in n or "issue" in n for n in _names(graph)), _names(graph)
