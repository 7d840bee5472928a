"""Posts read from a grade before an occupation, from a verb of chairing or heading, and from a succession.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Marit Solberg, chief European strategist for Kvale Securities, expects two more cuts.",
     {("Marit Solberg", "holds", "chief European strategist"), ("Marit Solberg", "member_of", "Kvale Securities")}),
    ("Rafael Ortiz, chief global economist at Dunmore Partners, thinks the peso is cheap.",
     {("Rafael Ortiz", "holds", "chief global economist"), ("Rafael Ortiz", "member_of", "Dunmore Partners")}),
    ("Kvale Securities chief analyst Jonas Berg expects a rebound.",
     {("Jonas Berg", "holds", "Kvale Securities chief analyst")}),
], ids=["chief-region-occupation-for", "chief-field-occupation-at", "body-chief-occupation-name"])
def test_structure_a_chief_occupation_is_a_post(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text", [
    "Marit Solberg, a senior strategist at Kvale Securities, expects two more cuts.",
    "Rafael Ortiz, an economist at Dunmore Partners, thinks the peso is cheap.",
], ids=["senior-occupation", "bare-occupation"])
def test_structure_an_occupation_without_chief_is_no_post(structure_of, text):
    assert not any(r == "holds" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Tory MP Greta Holm, who chairs the Commons farming committee, attacked the subsidy cut.",
     {("Greta Holm", "holds", "Commons farming committee chair"),
      ("Greta Holm", "holds", "chair of the Commons farming committee"),
      ("Greta Holm", "member_of", "Commons farming committee")}),
    ("Piet Laan, who heads the Dutch Dairy Board, warned of job losses.",
     {("Piet Laan", "holds", "head of the Dutch Dairy Board"), ("Piet Laan", "member_of", "Dutch Dairy Board")}),
    ("Lady Orme, who is chairing the Carrow Review into rail fares, said tickets were too dear.",
     {("Lady Orme", "holds", "chairwoman of the Carrow Review")}),
], ids=["who-chairs-committee", "who-heads-board", "is-chairing-review"])
def test_structure_a_chairing_verb_names_the_post(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text", [
    "Piet Laan, who hopes to head the Dutch Dairy Board, warned of job losses.",
    "Piet Laan would never chair the Dutch Dairy Board, his aides said.",
    "Piet Laan led the Dutch Dairy Board for a decade before he retired.",
], ids=["hoped-for", "negated-modal", "lead-names-no-post"])
def test_structure_a_chairing_verb_hoped_for_or_lead_names_no_post(structure_of, text):
    assert not any(r == "holds" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text, expected", [
    ("Omar Haddad replaced Lina Sabbagh as interior minister last spring.",
     {("Omar Haddad", "holds", "interior minister"), ("Lina Sabbagh", "holds", "interior minister")}),
    ("Omar Haddad, who succeeded Lina Sabbagh as party chairman in 1999, backed the merger.",
     {("Omar Haddad", "holds", "party chairman"), ("Lina Sabbagh", "holds", "party chairman")}),
    ("Lina Sabbagh was replaced as interior minister by Omar Haddad last spring.",
     {("Omar Haddad", "holds", "interior minister"), ("Lina Sabbagh", "holds", "interior minister")}),
], ids=["replaced-as", "who-succeeded-as", "passive-replaced-as-by"])
def test_structure_a_successor_holds_the_post(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_one_tipped_to_succeed_holds_nothing_yet(structure_of):
    edges = structure_of("Omar Haddad is widely tipped to succeed Lina Sabbagh as party chairman.")
    assert ("Lina Sabbagh", "holds", "party chairman") in edges
    assert not any(h == "Omar Haddad" and r == "holds" for h, r, _ in edges)


@pytest.mark.parametrize("text, expected", [
    ("Arjun Mehta, Commerce and Industry Minister, opened the new port at Kandla.",
     {("Arjun Mehta", "holds", "Commerce and Industry Minister")}),
    ("Fisheries Minister Eva Strand called the quota fair.", {("Eva Strand", "holds", "Fisheries Minister")}),
    ("Tourism Minister Ruth Pell opened the new museum on Monday.", {("Ruth Pell", "holds", "Tourism Minister")}),
], ids=["joined-commerce-portfolio", "fisheries-portfolio", "tourism-portfolio"])
def test_structure_a_portfolio_of_many_governments_makes_a_title(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_an_ex_title_in_one_word_is_the_post_held_before(structure_of):
    edges = structure_of("Tory ex-minister Gerald Pike said the card scheme would cost too much.")
    assert ("Gerald Pike", "holds", "Tory minister") in edges
    assert ("Gerald Pike", "member_of", "Conservative Party") in edges


@pytest.mark.parametrize("text, expected", [
    ("Hugo Marsh, a surveyor and chairman of the Ramblers Association, said the path must stay open.",
     {("Hugo Marsh", "holds", "chairman of the Ramblers Association"),
      ("Hugo Marsh", "member_of", "Ramblers Association")}),
], ids=["occupation-and-title"])
def test_structure_a_title_joined_to_an_apposed_noun_is_the_persons(structure_of, text, expected):
    assert expected <= structure_of(text)


@pytest.mark.parametrize("text, expected", [
    ("Sales will recover next year, said Pieter Dekker, Heineken's chairman.",
     {("Pieter Dekker", "holds", "Heineken chairman"), ("Pieter Dekker", "member_of", "Heineken")}),
    ("Nora Quist, Volvo's chief executive, defended the job cuts.",
     {("Nora Quist", "holds", "Volvo chief executive"), ("Nora Quist", "member_of", "Volvo")}),
], ids=["said-name-company-chairman", "name-company-chief-executive"])
def test_structure_a_named_possessor_between_name_and_title(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_title_ending_a_sentence_is_not_the_next_sentences_subject(structure_of):
    edges = structure_of("The levy was announced by the transport minister. Clara Voss wants it scrapped by June.")
    assert not any(h == "Clara Voss" and r == "holds" for h, r, _ in edges)


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Mining said on Tuesday that its president, Olav Brekke, would step down in June.",
     {("Olav Brekke", "holds", "president")}),
    ("The meeting was opened by president Sir Hugh Barrow on Friday.",
     {("Sir Hugh Barrow", "holds", "president")}),
], ids=["its-title-comma-name", "title-then-sir-name"])
def test_structure_a_lower_case_title_goes_with_the_name_it_introduces(structure_of, text, expected):
    assert {(h, r, o) for h, r, o in expected} <= {(h, r, o.split()[-1] if r == "holds" else o)
                                                   for h, r, o in structure_of(text)}


def test_structure_a_possessive_pronoun_before_a_kin_noun_is_no_post(structure_of):
    assert not any(r == "holds" for _, r, _ in structure_of("She said her brother, Olav Brekke, would step down."))


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for Norbank Corp, Tom Hale, said the loan was repaid.",
     {("Tom Hale", "holds", "Norbank Corp spokesman"), ("Tom Hale", "member_of", "Norbank Corp")}),
    ("A spokeswoman at the Vale Trust, Ann Roe, said the merger was off.",
     {("Ann Roe", "holds", "Vale Trust spokeswoman"), ("Ann Roe", "member_of", "Vale Trust")}),
], ids=["spokesman-for-body-comma-name", "spokeswoman-at-body-comma-name"])
def test_structure_a_name_apposed_after_the_body_a_title_serves(structure_of, text, expected):
    assert expected <= structure_of(text)


def test_structure_a_bracketed_title_is_not_apposed_to_the_name_after_it(structure_of):
    edges = structure_of("We will win more seats under [party leader] Ann Roe, he said.")
    assert not any(h == "Ann Roe" and r == "holds" for h, r, _ in edges)
