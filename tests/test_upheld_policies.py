"""What an actor does to a policy can back it with no verb of stance: signing or ratifying a pact, keeping a measure in
force longer (extending, renewing, prolonging it), carrying one out (enforcing it), or agreeing a deal ('agree' with
an object, as wire and BBC copy use it). Only a policy noun is backed this way: extending a lead or signing a letter
takes no side. Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, target", [
    ("Norland signed the trade accord with Ruritania.", "Norland", "trade accord"),
    ("The government has extended the ban on beef imports.", "government", "ban on beef imports"),
    ("The council renewed the parking ban for another year.", "council", "parking ban"),
    ("The Bank of Norland extended the lending curbs for another year.", "Bank of Norland", "lending curbs"),
    ("The council enforced the parking ban.", "council", "parking ban"),
    ("The trade accord, signed by Norland in May, cut tariffs.", "Norland", "trade accord"),
    ("The Norland cabinet agreed a new milk quota scheme.", "cabinet", "new milk quota scheme"),
    ("EU leaders agreed a deal on the budget rebate.", "European Union", "deal on the budget rebate"),
])
def test_a_policy_acted_on_is_backed(build_text, text, holder, target):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", target) in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Labour extended its lead in the polls.",
    "Ann Lee signed a letter to the minister.",
    "The ban was extended last week.",  # no one named who extends it
    "If Norland signs the trade accord, tariffs will fall.",
    "Analysts agree that the economy is slowing.",
])
def test_no_side_without_a_policy_and_its_doer(build_text, text):
    assert not stance_triples(build_text(text))


def test_a_refusal_to_sign_stays_a_refusal(build_text):
    triples = stance_triples(build_text("Norland refused to sign the trade accord."))
    assert ("Norland", "opposes", "trade accord") in triples and not any(r == "supports" for _, r, _ in triples)


def test_a_clause_agreed_is_no_backing_of_its_subject(build_text):
    triples = stance_triples(build_text("The Tories agreed public spending would rise more slowly under their plans."))
    assert not any(r == "supports" and o == "public spending" for _, r, o in triples), sorted(triples)


@pytest.mark.parametrize("text, holder, relation, target", [
    # a bid or a proposal started, launched or made, active or passive with its agent (FrameNet Activity_start)
    ("Kestrel Bank has started a hostile bid for Norland Telecom.", "Kestrel Bank", "supports",
     "hostile bid for Norland Telecom"),
    ("A new bid for Norland Telecom was launched by Kestrel Bank on Monday.", "Kestrel Bank", "supports",
     "new bid for Norland Telecom"),
    ("A proposal to cut fuel duty was made by the Greens.", "Green Party", "supports", "proposal to cut fuel duty"),
    # the one whose bill a sponsor's possessive names
    ("Senator Tom Vane, the farm bill's sponsor, said it would pass.", "Tom Vane", "supports", "farm bill"),
    # WordNet's antonym of satisfied
    ("Ann Lee is dissatisfied with the new fuel levy.", "Ann Lee", "opposes", "new fuel levy"),
])
def test_bids_sponsors_and_discontent(build_text, text, holder, relation, target):
    triples = stance_triples(build_text(text))
    assert (holder, relation, target) in triples, sorted(triples)


def test_a_possessor_that_is_an_actor_is_no_policy_sponsored(build_text):
    triples = stance_triples(build_text("Ann Lee, the Green Party's sponsor, said it would win."))
    assert not any(h == "Ann Lee" and o == "Green Party" for h, _, o in triples), sorted(triples)
