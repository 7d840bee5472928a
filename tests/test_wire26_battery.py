"""Constructions read from the misses of fresh articles (session 26), each tested on sentences of our own.

- A title's "of" phrase never ends inside a body's name the tagger read whole: "the treasurer of U.S. Grain
  Associates said" is the treasurer of that body, not a post "treasurer of U.S." held by a person "Grain Associates".
- "the two groups" counts the bodies named in the sentence before even when they are named inside posts' titles
  ("the head of the Farm Union and the chairman of the Growers Council wrote ...").
- A verb of asking with "to" before the one asked ("appealed to Japan to restrict its rice imports") asks for the act
  as "called on Japan to" does.
- Posts counted or in the plural that a planned act cuts or makes are a workforce changed by decision ("plans to
  shed 350 jobs", "has pledged to create 250,000 jobs"); "his job" is still a person's post.
- "write off" is no verb of saying: "has promised to write off farm debts" pledges the act, as "to cancel" does.
- Reviving a plan is keeping it, as restoring it is ("vowed to revive the rail link plan").
- A side on a property or a result of a policy is a side on the policy ("criticised the timing of the fresh parking
  rules", "the effectiveness of the smoking ban"), but not on its degree ("attacked the slow pace of reform").
- "slapped a duty on X" imposes it; "filed for bankruptcy protection" asks for it; an offer for a firm is a bid.
- A reaction stirred "among" a group is theirs, as one "of" or "from" them is ("sparked anger among farmers").
- A harm foretold of a state of affairs warns of it as one foretold of a policy does ("said high interest rates would
  damage the economy", "said public disunity would damage the party"), never of those who bear it ("families would pay
  dearly"), of a thing acted on ("the cash would be poured back"), of a part of a sum ("the rest") or of nature
  ("the storm would hit coastal towns").
- "once" makes a condition of what is yet to come as "if" does: "farms will close once the tariffs are raised" warns
  of the raising.
- "has no intention of raising fuel duty" is against the raising, as "has no intention to raise it" is; "has every
  intention of cutting it" is for the cutting.
- Funding, implementing or enforcing a plan (a policy noun) carries it, as signing an accord does: "agreed to fund the rescue plan"
  backs the plan, "refused to enforce the curfew" is against the curfew.
- A warning not to act warns of the act, not of the one warned: "warned the Treasury not to raise fuel duty".
- The act asked of another that stops or avoids a thing is a side against the thing: "urged the council to stop the
  night flights", "urged voters to avoid negative campaigning".
"""
from __future__ import annotations

import pytest


def _triples(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements}


@pytest.mark.parametrize("text", [
    "The treasurer of U.S. Grain Associates said the Irish tariff plan was flawed.",
    "The head of U.K. Coal Holdings said the levy was unfair.",
])
def test_a_title_does_not_cut_a_body_name_short(build_text, text):
    graph = build_text(text)
    people = {e.label for e in graph.entities if e.type == "person"}
    assert not people, f"no person is named in {text!r}, got {people}"
    assert not any(s.relation == "holds" for s in graph.statements)


def test_a_name_after_a_title_of_a_body_is_still_a_name(build_text):
    triples = _triples(build_text("Minister of Trade Hajime Tamura said the levy was unfair."))
    assert ("Hajime Tamura", "holds", "Minister of Trade") in triples


@pytest.mark.parametrize("first", [
    "The head of the Farm Union and the chairman of the Growers Council wrote to the minister on Monday.",
    "The Farm Union and the Growers Council wrote to the minister on Monday.",
])
def test_a_counted_group_of_bodies_named_in_titles(build_text, first):
    triples = _triples(build_text(first + " The two organizations said the Irish tariff plan was flawed."))
    assert {("Farm Union", "opposes", "Irish tariff plan"), ("Growers Council", "opposes", "Irish tariff plan")} <= triples


def test_a_counted_group_needs_just_so_many_bodies(build_text):
    text = ("The head of the Farm Union, the chairman of the Growers Council and the head of the Seed Guild wrote to "
            "the minister. The two organizations said the Irish tariff plan was flawed.")
    assert not any(r == "opposes" for _, r, _ in _triples(build_text(text)))


@pytest.mark.parametrize("text, edge", [
    ("The Farm Union appealed to Japan to restrict its rice imports.",
     ("Farm Union", "supports", "restrict its rice imports")),
    ("The Greens urged the council to stop the night flights.", ("Green Party", "opposes", "night flights")),
    ("Labour urged voters to avoid negative campaigning.", ("Labour Party", "opposes", "negative campaigning")),
    ("The Greens urged the council to block the sale of the port.", ("Green Party", "opposes", "sale of the port")),
    ("The Greens urged the council to build more homes.", ("Green Party", "supports", "build more homes")),
])
def test_an_act_asked_of_another(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_no_side_when_nothing_is_asked(build_text):
    assert not any(r in ("supports", "opposes") for _, r, _ in _triples(build_text("The Farm Union appealed to Japan on Monday.")))


@pytest.mark.parametrize("text", ["Labour urged voters to avoid the motorways.", "Labour urged voters to avoid the rush."])
def test_a_place_or_a_crowd_avoided_is_no_side_against_it(build_text, text):
    assert not any(r == "opposes" for _, r, _ in _triples(build_text(text)))


@pytest.mark.parametrize("text, edge", [
    ("The Treasury plans to shed 350 jobs in Norway.", ("Treasury", "supports", "shed 350 jobs in Norway")),
    ("The Treasury has pledged to create 250,000 jobs.", ("Treasury", "supports", "create 250,000 jobs")),
])
def test_a_planned_change_in_the_workforce(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_a_persons_job_is_no_policy(build_text):
    assert not _triples(build_text("Tom Kent plans to leave his job."))


@pytest.mark.parametrize("text, edge", [
    ("Tom Kent has promised to write off farm debts.", ("Tom Kent", "supports", "write off farm debts")),
    ("The Treasury will write off the farm debt.", ("Treasury", "supports", "write off the farm debt")),
    ("Tom Kent vowed to revive the rail link plan.", ("Tom Kent", "supports", "rail link plan")),
])
def test_acts_named_with_a_particle_or_of_reviving(build_text, text, edge):
    assert edge in _triples(build_text(text))


@pytest.mark.parametrize("text", ["Tom Kent plans to write a letter to the board.", "Tom Kent tried to revive his career."])
def test_a_letter_or_a_career_is_no_plan(build_text, text):
    assert not _triples(build_text(text))


@pytest.mark.parametrize("text, edge", [
    ("Jane Smith questioned the effectiveness of the smoking ban.", ("Jane Smith", "opposes", "smoking ban")),
    ("The Greens criticised the timing of the fresh parking rules.", ("Green Party", "opposes", "fresh parking rules")),
    ("Jane Smith criticised the cost of the war.", ("Jane Smith", "opposes", "war")),
])
def test_a_side_on_a_property_of_a_policy(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_a_side_on_the_pace_of_a_policy_is_not_against_it(build_text):
    triples = _triples(build_text("Jane Smith attacked the slow pace of pension reform."))
    assert ("Jane Smith", "opposes", "pension reform") not in triples


@pytest.mark.parametrize("text, edge", [
    ("Canada slapped a 10 pct duty on Brazilian sugar imports.", ("Canada", "supports", "10 pct duty on Brazilian sugar imports")),
    ("Yukos filed for bankruptcy protection in Texas.", ("Yukos", "supports", "bankruptcy protection")),
    ("The board rejected Deutsche Bank's offer for the London Stock Exchange.",
     ("board", "opposes", "offer for the London Stock Exchange")),
])
def test_business_acts_of_imposing_filing_and_bidding(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_filing_for_no_policy_is_no_side(build_text):
    assert not _triples(build_text("Tom Kent filed for divorce."))


@pytest.mark.parametrize("text, edge", [
    ("The toll plan has provoked anger among Welsh farmers.", ("farmers", "opposes", "toll plan")),
    ("The toll plan won support among farmers.", ("farmers", "supports", "toll plan")),
])
def test_a_reaction_among_a_group(build_text, text, edge):
    assert edge in _triples(build_text(text))


@pytest.mark.parametrize("text, edge", [
    ("John Smith said high interest rates would damage the economy.", ("John Smith", "warns", "high interest rates")),
    ("John Smith said public disunity would damage the party.", ("John Smith", "warns", "public disunity")),
    ("John Smith said the current amount of TV advertising would harm the sport.",
     ("John Smith", "warns", "current amount of TV advertising")),
])
def test_a_harm_foretold_of_a_state_of_affairs(build_text, text, edge):
    assert edge in _triples(build_text(text))


@pytest.mark.parametrize("text", [
    "John Smith warned that commuters will have to queue.",
    "John Smith said hard working families would pay dearly.",
    "John Smith said the cash would be poured back into schools.",
    "John Smith said the rest would be used to cut debt.",
    "John Smith said the storm would hit coastal towns.",
    "Tom Kent said parents with custody could exploit delays in the system.",
    "Tom Kent said the movement had failed to win over the public.",
])
def test_no_warning_of_those_who_bear_a_harm(build_text, text):
    assert not any(r == "warns" for _, r, _ in _triples(build_text(text)))


def test_a_harm_foretold_once_a_policy_comes(build_text):
    triples = _triples(build_text("The Farm Union said farms will close once the tariffs are raised."))
    assert ("Farm Union", "warns", "tariffs are raised") in triples


@pytest.mark.parametrize("text, edge", [
    ("The Treasury has no intention of scrapping the bridge toll.", ("Treasury", "opposes", "scrapping the bridge toll")),
    ("The Treasury has every intention of cutting fuel duty.", ("Treasury", "supports", "cutting fuel duty")),
])
def test_an_intention_of_doing(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_no_hope_of_winning_is_no_side(build_text):
    assert not _triples(build_text("The Treasury has no hope of winning the vote."))


@pytest.mark.parametrize("text, edge", [
    ("Barclays Bank agreed to fund the rescue plan.", ("Barclays Bank", "supports", "rescue plan")),
    ("The council refused to enforce the curfew.", ("council", "opposes", "curfew")),
])
def test_acts_that_carry_a_plan(build_text, text, edge):
    assert edge in _triples(build_text(text))


def test_a_warning_not_to_act(build_text):
    triples = _triples(build_text("Tom Kent warned the Treasury not to raise fuel duty."))
    assert ("Tom Kent", "warns", "raise fuel duty") in triples
    assert ("Tom Kent", "warns", "Treasury") not in triples
