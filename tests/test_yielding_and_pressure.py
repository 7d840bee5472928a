"""Sides taken by giving way and by pressing. Sentences of our own.

- A bid to buy a firm, named by its kind or its firm, is a policy whatever the verb ("would fight the takeover bid",
  stance.json purchase_nouns): a bare "bid" may be one for an office.
- A call or pressure wants its act whatever the act is done to: "U.S. pressure to cut interest rates" backs the cut,
  though interest rates are a market's figure.
- Backing down or climbing down over a plan is against it, as backing off from it is; bowing, yielding, caving in or
  acceding to a call takes on what is called for, and refusing to is against it.
"""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _has(triples, holder, relation, target):
    return any(holder in h and r == relation and target in t for h, r, t in triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("Chairman Tim Ward said Halford Group would fight the takeover bid.", "Halford Group", "opposes", "takeover bid"),
    ("Dalton Industries said it would fight the hostile takeover bid by Halford Group.", "Dalton Industries", "opposes",
     "takeover bid"),
    ("Kestrel Mining Corp vowed to fight the merger offer from Brackley Holdings.", "Kestrel Mining", "opposes", "merger offer"),
])
def test_a_bid_for_a_firm_fought(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, relation, target), sorted(triples)


def test_a_bid_for_an_office_is_no_policy(build_text):
    triples = stance_triples(build_text("Mr Rowe said he would fight her bid to lead the party at the next election."))
    assert not any(t == "bid" for _, _, t in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, target", [
    ("Bonn resisted U.S. pressure to cut interest rates.", "United States", "cut interest rates"),
    ("Madrid rejected French calls to raise its farm prices.", "France", "raise its farm prices"),
    ("Madrid rejected calls from Lisbon to cut its farm subsidies.", "Lisbon", "cut its farm subsidies"),
    ("Tokyo yielded to U.S. pressure to lower its discount rate.", "United States", "lower its discount rate"),
])
def test_the_one_pressing_backs_the_act(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, "supports", target), sorted(triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    ("The ministry backed down over the fuel levy.", "ministry", "opposes", "fuel levy"),
    ("The council climbed down over the congestion charge.", "council", "opposes", "congestion charge"),
    ("Ministers have backed down on plans to close rural post offices.", "government", "opposes", "close rural post offices"),
    ("Tokyo caved in to U.S. demands to open its rice market.", "Japan", "supports", "open its rice market"),
    ("The government bowed to pressure from farmers to scrap the fuel levy.", "government", "supports", "scrap the fuel levy"),
    ("Chancellor Gordon Brown refused to yield to calls for a cut in fuel duty.", "Gordon Brown", "opposes", "cut in fuel duty"),
])
def test_giving_way(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert _has(triples, holder, relation, target), sorted(triples)
    assert not _has(triples, holder, "opposes" if relation == "supports" else "supports", target), sorted(triples)


@pytest.mark.parametrize("text", [
    "The Queen bowed to the crowd at Windsor.",
    "Bond prices yielded to selling pressure in late trade.",
])
def test_no_side_in_a_bow_or_a_yield(build_text, text):
    assert not stance_triples(build_text(text))
