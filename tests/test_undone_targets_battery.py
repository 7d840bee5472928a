"""A battery of targets that were lost because the thing taken sides on is no policy noun by itself (issue 10,
session 19): a ruling or verdict someone would overturn, quash or reverse is a decision in force, taken sides on,
named with what its that-clause says it holds; an attempt at a thing is a side on the thing, and a pact is a policy
noun as an accord is; promises counted or picked out ("the party's four new pledges") are the policies promised; what is wanted by those an act
would help (playing "into the hands of groups who want X") is warned of; a
pledge made "with" an act ("won votes with a promise to scrap X") is the pledge of the one who acts; "said the quota of X, which ..., was too strict", parsed as
the quota said and a clause with no subject, judges the quota; "The Greens plan to oppose X", the verb read as a noun heading the
sentence, is the Greens' side against X. Every sentence is our own (invented names, bodies and rulings), with
the triples a careful reader takes (GUIDELINES.md) and the misreadings nearby that must not appear.
"""
from __future__ import annotations

import pytest

from conftest import assert_wanted

B: list = []


def c(kind, text, want, never=()):
    B.append((kind, text, list(want), list(never)))


# A. a ruling or verdict one would undo is against it; one reported or welcomed is no undoing
c("undone-ruling", "The council has been seeking to reverse a planning ruling.", [("council", "opposes", "planning ruling")])
c("undone-ruling", "The Farmers Union has asked the court to reverse the ruling.", [("Farmers Union", "opposes", "ruling")])
c("undone-ruling", "Ms Ward wants the verdict to be overturned.", [("Ward", "opposes", "verdict")])
c("undone-ruling", "Mr Kent has vowed he will overturn the ruling that the depot must close.",
  [("Kent", "opposes", "ruling that the depot must close")])
c("undone-ruling", "The council will overturn the ruling that it had acted unlawfully, Mr Kent said.",
  [("council", "opposes", "ruling that it had acted unlawfully")])
c("undone-ruling", "Mr Kent said the ruling would be published on Monday.", [], [(None, None, "ruling")])

# B. an attempt's "at" names what is tried for; a pact is an agreement like an accord or a treaty
c("attempt-at", "Ms Ward backed the attempt at a truce.", [("Ward", "supports", "truce")], [("Ward", "supports", "attempt")])
c("attempt-at", "Mr Reed called his rival back for one last attempt at a pact.", [("Reed", "supports", "pact")],
  [("Reed", "supports", "one last attempt")])
c("pact", "The Farmers Union rejected the pact.", [("Farmers Union", "opposes", "pact")])

# C. promises counted or picked out are the policies promised: a side on them and on their owner, who backs them
c("counted-pledges", "Mr Kent criticised the Liberal Party's three key promises.",
  [("Kent", "opposes", "three key promises"), ("Liberal Party", "supports", "three key promises"), ("Kent", "opposes", "Liberal Party")])
c("counted-pledges", "Mayor Tom Reed attacked the Green Party's four new pledges as empty.",
  [("Reed", "opposes", "four new pledges"), ("Green Party", "supports", "four new pledges")])
c("counted-pledges", "The Farmers Union welcomed the Treasury's two new commitments.",
  [("Farmers Union", "supports", "two new commitments"), ("Treasury", "supports", "two new commitments")])
c("counted-pledges", "Mr Kent criticised the Liberal Party's promise.", [("Kent", "opposes", "Liberal Party")],
  [(None, None, "promise")])

# D. an act said to help those who want a thing warns of the thing, held by whoever says so
c("abetting", "Mr Kent said the merger would play right into the hands of campaigners who want a sugar tax.",
  [("Kent", "warns", "sugar tax")], [("Kent", "supports", "sugar tax")])
c("abetting", "Ms Ward warned that scrapping the quota was playing into the hands of people who favour an export ban.",
  [("Ward", "warns", "export ban")], [("Ward", "supports", "export ban")])
c("abetting", '"Raising the levy plays straight into the hands of anyone who wants rail privatisation," Ms Ward said.',
  [("Ward", "warns", "rail privatisation")])

# E. a pledge brought "with" a verb's act is the pledge of the verb's subject
c("pledged-with", "The Liberal Party won votes with a promise to scrap parking charges.",
  [("Liberal Party", "opposes", "parking charges")])
c("pledged-with", "Ms Ward hit back with a pledge to abolish the bridge toll.", [("Ward", "opposes", "bridge toll")])

# F. a judged copula the parser leaves without its subject, the reporting verb taking the judged thing as its object
c("judged-object", "Mr Kent said the quota of 40 tonnes per farm, which growers had been told to meet by 2012, was too strict.",
  [("Kent", "opposes", "quota of 40 tonnes per farm")], [("Kent", "supports", "quota")])
c("judged-object", "Ms Ward said the limit of 30 parts per million, which the ministry had asked councils to enforce by 2015, was far too low.",
  [("Ward", "opposes", "limit of 30 parts per million")])
c("judged-object", "Mr Kent said the levy of 5p per litre, which drivers had been asked to pay since May, was unfair.",
  [("Kent", "opposes", "levy of 5p per litre")])

# G. a verb of planning the tagger reads as a noun heading the sentence: the names before it plan the act
c("noun-read-plan", "The Greens plan to oppose the fuel levy in the Senate on Monday.",
  [("Green", "opposes", "fuel levy")], [(None, None, "plan to oppose")])
c("noun-read-plan", "The Greens pledge to scrap the bridge toll.", [("Green", "opposes", "bridge toll")],
  [(None, None, "pledge to scrap")])


@pytest.mark.parametrize("kind, text, want, never", [pytest.param(k, t, w, n, id=f"{k}-{i}") for i, (k, t, w, n) in enumerate(B)])
def test_battery(build_text, kind, text, want, never):
    assert_wanted(build_text(text), want, never)
