"""The battery of holders a story names by a description or under a name the tagger mangled: a lawmaker apposed
after a passive agent that names only the party's man on a panel ("backed by the senior Whig on the rail panel,
Sen. Ann Lee of Kent"), two organisations the tagger ran into one over their "and", and a name it left untagged of
one who speaks for many people. Invented sentences; each with the sides a careful reader takes, as (holder,
relation, target) label fragments, and "!holder" for a side no one takes there."""
from __future__ import annotations

import pytest

from conftest import assert_held

SIDES = [
    # --- the name apposed to the agent's description, past the panel the parser hung on the verb
    ("The water levy was opposed by the top Republican on the budget panel, Sen. Ann Lee of Vermont.",
     [("ann lee", "opposes", "water levy"), ("!republican", "opposes", "water levy")]),
    ("The grain tariff was criticised by the senior Republican on the trade subcommittee, Rep. Mark Hale of Kansas.",
     [("mark hale", "opposes", "grain tariff"), ("!republican", "opposes", "grain tariff")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:40]) for t, e in SIDES])
def test_described_holders_battery(build_text, text, expected):
    assert_held(build_text(text), expected)


@pytest.mark.parametrize("text, name, target", [
    ("The Carver amendment was also endorsed by the top Republican on the Senate Banking committee, Sen. Ruth Hale "
     "of Utah.", "Ruth Hale", "carver amendment"),
    ("The Pryor bill is also backed by the senior Republican on the Senate Finance committee, Sen. Alan Booth of "
     "Idaho.", "Alan Booth", "pryor bill"),
])
def test_the_agents_name_is_no_target(build_text, text, name, target):
    """The name the parser hangs on the passive subject, past the verb, is the agent's: it holds the side taken
    on the subject and no side is taken on it."""
    from conftest import stance_triples
    got = stance_triples(build_text(text))
    assert not any(name.lower() in o.lower() for s, r, o in got), sorted(got)
    assert any(s == name and target.lower() in o.lower() for s, r, o in got), sorted(got)


NAMES = [
    # --- a name the tagger missed, of one who speaks for many people, is a body
    ('"It was wrong." Save Tolby Pool, representing 40 fans who were turned away at the gates, say they may sue '
     'the club. The group is backed by Greenpeace.',
     [("greenpeace", "supports", "save tolby pool")]),
    # --- two organisations the tagger ran into one over their "and"
    ("The curfew was condemned by Survival International and Liberty.",
     [("survival international", "opposes", "curfew"), ("liberty", "opposes", "curfew"),
      ("!international and liberty", "opposes", "curfew")]),
    # --- one name with an "and" inside stays one
    ("The Ministry of Roads and Harbours backed the merger.",
     [("ministry of roads and harbours", "supports", "merger")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:30]) for t, e in NAMES])
def test_organisations_the_tagger_merged_or_missed(build_text, text, expected):
    assert_held(build_text(text), expected)


PARTIES = [
    # --- "his party", "her party" of a person the story puts in a party's post by a description
    ("Jane Ward arrived in York on Friday. The Tory leader was greeted by cheering crowds. In a speech, she repeated "
     "her party's pledge to cut council tax.",
     [("conservative", "supports", "cut council tax"), ("jane ward", "supports", "cut council tax")]),
    ("Mark Hale flew to Cardiff on Monday. The Labour leader met nurses at a clinic. In a speech, he repeated his "
     "party's pledge to abolish prescription charges.",
     [("labour", "opposes", "prescription charges"), ("mark hale", "opposes", "prescription charges")]),
    # a post of no party's names no party
    ("Jane Ward arrived in York on Friday. The mayor was greeted by cheering crowds. In a speech, she repeated her "
     "party's pledge to cut council tax.",
     [("jane ward", "supports", "cut council tax"), ("!party", "supports", "cut council tax")]),
]


@pytest.mark.parametrize("text, expected", [pytest.param(t, e, id=t[:30]) for t, e in PARTIES])
def test_the_party_of_a_described_post(build_text, text, expected):
    assert_held(build_text(text), expected)


def test_a_plan_by_a_person_is_the_plan_named_for_them(build_text):
    """ "a plan by Sen. Ruth Dale ... the Dale plan": one position, the one it is by being its owner."""
    g = build_text("Growers welcomed a plan by Sen. Ruth Dale which would cap fertiliser prices. The Dale plan was "
                   "also praised by the Farm Bureau.")
    plans = [e for e in g.entities if e.type == "position" and "plan" in e.label.lower()]
    assert len(plans) == 1, [(e.label, e.aliases) for e in plans]


@pytest.mark.parametrize("text, name", [
    ("COOPER SAYS WHITE HOUSE OPPOSES SUGAR QUOTA\n\nWASHINGTON, May 3 - Farm adviser Tom Cooper said the sugar "
     "quota would fail.\n    Cooper told farmers the quota was unfair.\n", "COOPER"),
    ("PARKER SAYS WHITE HOUSE WANTS GASOLINE LEVY\n\nWASHINGTON, May 3 - Energy adviser Tom Parker said the levy on "
     "gasoline would hurt drivers.\n", "PARKER"),
])
def test_a_headline_surname_is_no_body(build_text, text, name):
    """A person's surname in a headline's capitals, tagged an organisation, is no body of its own."""
    labels = {e.label for e in build_text(text).entities if e.type == "institution"}
    assert name not in labels, labels


def test_an_acronym_and_its_name_in_brackets_are_one_body(build_text):
    """An acronym with its name spelled out in brackets after it is one body, though the small words of the name
    make its initials spell another acronym."""
    g = build_text("Ann Lee wrote to the country's dairy union, FNPEL (Federation Nationale des Producteurs "
                   "Dexploitations Laitieres), on Monday. The FNPEL opposed the milk quota.")
    bodies = [(e.label, e.aliases) for e in g.entities if e.type == "institution"]
    assert len(bodies) == 1 and "FNPEL" in {bodies[0][0], *bodies[0][1]}, bodies
