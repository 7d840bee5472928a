"""Readings of bids for firms and acts of buying and selling, on sentences of our own: buying, acquiring or selling
a firm or a holding is an act of policy a plan, a pledge or an arrangement names, as closing a plant is ("plans to
buy Norland Telecom", "is to buy Norland Telecom"); a bid or an offer is its bidder's, whoever else takes a side on
it ("rejected an offer from Kestrel Bank", "rejected Kestrel Bank's bid", "made an offer for Norland Telecom").
Pressure: the one under it takes no side of their own; the one who puts it on another backs the act pressed for."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, target", [
    ("Kestrel Bank plans to buy Norland Telecom.", "buy Norland Telecom"),
    ("Kestrel Bank agreed to buy Norland Telecom.", "buy Norland Telecom"),
    ("Kestrel Bank is to buy Norland Telecom.", "buy Norland Telecom"),
    ("Kestrel Bank is to sell its stake in Norland Telecom.", "sell its stake in Norland Telecom"),
    ("Kestrel Bank is seeking to acquire Norland Telecom.", "acquire Norland Telecom"),
])
def test_a_purchase_planned_is_the_buyers_policy(build_text, text, target):
    triples = stance_triples(build_text(text))
    assert ("Kestrel Bank", "supports", target) in triples, sorted(triples)
    assert not any(o == "Norland Telecom" for _, _, o in triples), sorted(triples)


@pytest.mark.parametrize("text, bid", [
    ("Norland Telecom rejected a $6bn offer from Kestrel Bank.", "$6bn offer from Kestrel Bank"),
    ("Norland Telecom has rejected Kestrel Bank's $6bn bid.", "$6bn bid"),
])
def test_a_bid_rejected_is_still_its_bidders(build_text, text, bid):
    triples = stance_triples(build_text(text))
    assert {("Kestrel Bank", "supports", bid), ("Norland Telecom", "opposes", bid)} <= triples, sorted(triples)


def test_an_offer_made_for_a_firm_is_its_makers(build_text):
    triples = stance_triples(build_text("Kestrel Bank made an offer for Norland Telecom."))
    assert ("Kestrel Bank", "supports", "offer for Norland Telecom") in triples, sorted(triples)


def test_a_sale_called_for_is_backed(build_text):
    triples = stance_triples(build_text("Tom Vane said the state post office should be sold."))
    assert any(h == "Tom Vane" and r == "supports" and "post office" in o for h, r, o in triples), sorted(triples)


def test_a_person_dismissed_is_no_firm_bought(build_text):
    triples = stance_triples(build_text("Kestrel Bank plans to sack Tom Vane."))
    assert not any(r == "supports" for _, r, _ in triples), sorted(triples)


@pytest.mark.parametrize("text, pressing", [
    ("Ms Ward is under pressure to close the harbour.", None),
    ("Ms Ward came under pressure to sell the harbour.", None),
    ("Ms Ward is under pressure from the unions to sell the harbour.", "unions"),
])
def test_the_one_under_pressure_takes_no_side_of_their_own(build_text, text, pressing):
    triples = stance_triples(build_text(text))
    assert not any(h == "Ward" for h, _, _ in triples), sorted(triples)
    if pressing:
        assert any(h == pressing and r == "supports" and o.startswith("sell") for h, r, o in triples), sorted(triples)


def test_pressure_put_on_another_to_act_backs_the_act(build_text):
    triples = stance_triples(build_text("The unions have put pressure on ministers to cut fuel duty."))
    assert ("unions", "supports", "cut fuel duty") in triples, sorted(triples)


@pytest.mark.parametrize("text, judged", [
    ("Kestrel Bank made a $6bn offer for Norland Telecom. Norland said the bid was inadequate.", "bid"),
    ("Kestrel Bank made a $6bn bid for Norland Telecom. Norland said the offer was inadequate.", "offer"),
])
def test_the_bid_taken_up_again_is_the_offer(build_text, text, judged):
    """A bid and an offer for a firm are one kind of thing (stance.json purchase_nouns): "the bid" after "an offer" is
    taken up again, as "the offer" would be, and a side taken on it is kept, not dropped as a side on nothing."""
    triples = stance_triples(build_text(text))
    assert any(h.startswith("Norland") and r == "opposes" and judged in t for h, r, t in triples), sorted(triples)
    assert any(h == "Kestrel Bank" and r == "supports" for h, r, _ in triples), sorted(triples)
