"""Three readings where the side fell on the wrong node: a partner in an agreed act read as a view shared ("Peru
agreed with its creditor banks to extend the repayments"), a push that failed read as opposition ("failed to win
approval for the amendment"), and a deed charged to the one attacked read as the attacker's own ("attacked
ministers for scrapping the grant"). Sentences of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, holder, act, partner", [
    ("Peru agreed with its creditor banks to extend the repayment period.", "Peru", "extend the repayment period",
     "creditor banks"),
    ("The Kestrel Union agreed with Tonmark Steel to freeze wages for a year.", "Kestrel Union", "freeze wages",
     "Tonmark Steel"),
])
def test_an_act_agreed_with_a_partner_is_backed_and_the_partner_is_no_target(build_text, text, holder, act, partner):
    triples = stance_triples(build_text(text))
    assert (holder, "supports", act) in triples, sorted(triples)
    assert not any(t.endswith(partner) or t == partner.split()[-1] for _, _, t in triples), sorted(triples)


def test_agreeing_with_someone_alone_still_backs_them(build_text):
    triples = stance_triples(build_text("Ann Lee said she agreed with the Kestrel Union."))
    assert ("Ann Lee", "supports", "Kestrel Union") in triples, sorted(triples)


@pytest.mark.parametrize("text", [
    "Senator Vane failed to win approval for his amendment on farm subsidies.",
    "Senator Vane did not win backing for his amendment to the farm bill.",
    "Senator Vane won approval for an amendment to the farm bill.",
])
def test_who_seeks_approval_for_a_measure_backs_it_whether_or_not_it_is_won(build_text, text):
    triples = stance_triples(build_text(text))
    assert any(h == "Vane" and r == "supports" and "amendment" in t for h, r, t in triples), sorted(triples)
    assert not any(h == "Vane" and r == "opposes" and "amendment" in t for h, r, t in triples), sorted(triples)


@pytest.mark.parametrize("text, act", [
    ("Ann Lee attacked ministers for scrapping the student grant.", "scrapping the student grant"),
    ("Ann Lee slammed the council for raising bus fares.", "raising bus fares"),
])
def test_a_deed_charged_to_the_one_attacked_is_not_the_attackers(build_text, text, act):
    triples = stance_triples(build_text(text))
    assert ("Ann Lee", "opposes", act) in triples, sorted(triples)
    assert ("Ann Lee", "supports", act) not in triples, sorted(triples)
