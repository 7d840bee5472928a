"""Readings of agreement, misgiving, challenge, demands faced, undoings opposed, plans pointed back at and headline
passives, each on sentences of our own: "agreed with" takes the side of what is agreed with; a qualm is a
misgiving; words made "by" someone are theirs, as their possessive makes them; "challenged the Treasury to open its
books" asks for the opening and jibes at the one challenged; a demand or a call faced backs no one; taking action
against one is against it; opposing the scrapping of a thing is for the thing; "the plans" points back at the plans a
policy was named in; a headline's bare participle ("Tories attacked over X") is a passive; one is kept from an act
("blocked the council from closing it"); a condition is no judgement; "he" goes on about the one a subject names."""
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
    ("Tom Vane mocked the claims made last week by the Kestrel Party.", "Tom Vane", "Kestrel Party"),
])
def test_words_made_by_someone_are_theirs(build_text, text, holder, owner):
    assert (holder, "opposes", owner) in stance_triples(build_text(text))


def test_a_challenge_to_act_asks_for_the_act_and_jibes_at_the_one_challenged(build_text):
    triples = stance_triples(build_text("Ann Lee challenged the council to publish its accounts."))
    assert {("Ann Lee", "supports", "publish its accounts"), ("Ann Lee", "opposes", "council")} <= triples, sorted(triples)


@pytest.mark.parametrize("text, never", [
    # the act challenged for is a cue of its own: it carries the side, the ones challenged are no target
    ("Ann Lee challenged ministers to scrap the fuel duty.", ("Ann Lee", "opposes", "government")),
    # a challenge to deny or explain asks for talk, no policy
    ("Lord Vane challenged Mr Dahl to deny rumours that he would quit.", ("Lord Vane", "supports", "deny rumours")),
])
def test_what_a_challenge_asks_for_is_no_policy_when_it_is_talk_or_a_cue(build_text, text, never):
    triples = stance_triples(build_text(text))
    assert never not in triples, sorted(triples)
    assert not any(h == never[0] and r == "supports" and o.startswith("deny") for h, r, o in triples), sorted(triples)

def test_the_plans_point_back_at_the_plans_a_policy_was_named_in(build_text):
    triples = stance_triples(build_text(
        "Transport Secretary Tom Vane will unveil plans for a congestion charge on Monday. He rejected the Greens' "
        "call for a ban on cars. The Liberal Democrats said they would oppose the plans."))
    assert ("Liberal Democrats", "opposes", "congestion charge") in triples, sorted(triples)
    assert ("Liberal Democrats", "opposes", "ban on cars") not in triples, sorted(triples)


def test_a_relative_clause_names_no_plan_for_the_plans_to_point_at(build_text):
    # "laws which break the rules" says what else is true of the laws: "the new bill" is not the breaking
    triples = stance_triples(build_text(
        "The Water Bill was published on Tuesday. Farms are bound by laws which judges have ruled break "
        "planning rules. The Greens tabled a motion opposing the new bill."))
    assert not any(o.startswith("break") for _, _, o in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, wanted", [
    ("Norland Bank faces a large cash demand from the Kestrel Association.", "Kestrel Association", None),
    ("Norland Bank faces calls from the Kestrel Association to cut its fees.", "Kestrel Association", "cut its fees"),
])
def test_a_demand_faced_is_no_backing_of_the_one_who_faces_it(build_text, text, holder, wanted):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", "Norland Bank") not in triples, sorted(triples)
    if wanted:
        assert (holder, "supports", wanted) in triples, sorted(triples)


def test_taking_action_against_one_is_against_it(build_text):
    triples = stance_triples(build_text("Norland Bank said it would take action against Kestrel Group over the unpaid fees."))
    assert ("Norland Bank", "opposes", "Kestrel Group") in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Ann Lee opposes scrapping the road toll.",
    "Ann Lee resisted scrapping the road toll.",
    "Ann Lee ruled out scrapping the road toll.",
    "Ann Lee is against abolishing the road toll.",
])
def test_opposing_an_undoing_keeps_what_it_undoes(build_text, text):
    triples = stance_triples(build_text(text))
    assert ("Ann Lee", "opposes", "road toll") not in triples, sorted(triples)
    assert ("Ann Lee", "supports", "road toll") in triples, sorted(triples)


def test_a_deed_charged_is_the_doers_own_side(build_text):
    # "criticised Lee for backing the toll": Lee backs it, whatever the critic thinks of that
    triples = stance_triples(build_text("The Kestrel Party criticised Ann Lee for opposing the road toll."))
    assert ("Ann Lee", "supports", "road toll") not in triples, sorted(triples)


@pytest.mark.parametrize("title, never", [
    ("Greens attacked over road toll plans", ("Green Party", "opposes", "road toll plans")),
    ("Tom Vane criticised over tax plans", ("Tom Vane", "opposes", "tax plans")),
    ("Ann Lee told to double the housing budget", ("Ann Lee", "supports", "double the housing budget")),
])
def test_a_headlines_bare_participle_is_a_passive(build_text, title, never):
    # headline grammar drops the "is": the subject is attacked, criticised or told, and takes no side by it
    triples = stance_triples(build_text(f"{title}\n\nThe story goes on here with little more said.\n"))
    assert never not in triples, sorted(triples)


@pytest.mark.parametrize("title, kept", [
    ("Ann Lee accused of attacking Tom Vane", ("Ann Lee", "opposes", "Tom Vane")),  # the deed charged is hers
    ("Ann Lee backs road toll plans", ("Ann Lee", "supports", "road toll plans")),  # a present tense is active
])
def test_a_headlines_own_deeds_stay(build_text, title, kept):
    triples = stance_triples(build_text(f"{title}\n\nThe story goes on here with little more said.\n"))
    assert kept in triples, sorted(triples)


@pytest.mark.parametrize("text, holder, act", [
    ("Parliament blocked the government from cutting the fuel subsidies.", "Parliament", "cutting the fuel subsidies"),
    ("The court barred the council from closing the library.", "court", "closing the library"),
])
def test_keeping_one_from_an_act_is_against_the_act(build_text, text, holder, act):
    triples = stance_triples(build_text(text))
    assert (holder, "opposes", act) in triples, sorted(triples)


def test_battling_a_body_is_against_it(build_text):
    triples = stance_triples(build_text("The Kestrel Group is battling the Russian authorities."))
    assert ("Kestrel Group", "opposes", "Russia") in triples, sorted(triples)


def test_admiring_ones_leadership_backs_its_owner(build_text):
    triples = stance_triples(build_text("Tom Vane said he admired Ann Lee's steady leadership."))
    assert ("Tom Vane", "supports", "Ann Lee") in triples, sorted(triples)


def test_a_condition_is_no_judgement_of_what_it_conditions(build_text):
    # "if the party wins" says nothing good of the rises: "inevitable" is a forecast, no side
    triples = stance_triples(build_text("Economists say fare rises are inevitable if the Kestrel Party wins."))
    assert not any(r == "supports" and "fare rises" in o for _, r, o in triples), sorted(triples)


def test_he_goes_on_about_the_one_the_subject_names_not_its_complement(build_text):
    # centering: the "his" of the subject phrase is the one the story follows; the man named as the complement is new
    triples = stance_triples(build_text(
        "Tom Vane joined the civil service in 1970. One of his fellow trainees was Peter Dahl. Years later he took legal "
        "action against the government."))
    assert ("Tom Vane", "opposes", "government") in triples, sorted(triples)
    assert ("Peter Dahl", "opposes", "government") not in triples, sorted(triples)


@pytest.mark.parametrize("effect", ["would see 200 jobs axed", "would mean 200 jobs being lost"])
def test_jobs_axed_or_lost_are_a_harm(build_text, effect):
    triples = stance_triples(build_text(f"The council plans to close the library. The Kestrel Trust said the closure {effect}."))
    assert ("Kestrel Trust", "warns", "closure") in triples, sorted(triples)
    assert ("Kestrel Trust", "supports", "closure") not in triples, sorted(triples)


def test_lifting_a_ban_is_no_ban(build_text):
    # backing the lifting is a side against the ban, never one for it and against it on one node
    triples = stance_triples(build_text("Ann Lee supports lifting the ban on night flights."))
    assert ("Ann Lee", "supports", "lifting the ban on night flights") in triples, sorted(triples)
    assert ("Ann Lee", "supports", "ban") not in triples, sorted(triples)
    triples = stance_triples(build_text(
        "The council imposed a ban on overtime last year. The board welcomed the decision to lift the ban on overtime."))
    assert {("board", "opposes", "ban"), ("board", "supports", "decision to lift the ban on overtime")} <= triples, sorted(triples)
