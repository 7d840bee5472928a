"""Companies and other bodies the text says are bodies, whatever the small tagger made of their names: a body noun
before the name ("Danish brewer Osprey", "consultancy Kestrel", "Paris-based Vantor") or apposed to it ("Osprey,
the region's second-biggest brewer,"), a plural body noun listing it ("carmakers including Vantor and Halcyon"), and a
name before an occupation and a person ("Brannock economist Ada Pell"). The body is an
institution node named once or not, it holds the stance its sentence gives it, and the person is placed in it.

institutions.json `organisation_nouns` (WordNet organization.n.01 nouns) and `industry_nouns` (GICS sub-industry
agent nouns); offices.json `occupations`. Every sentence is invented.
"""
from __future__ import annotations

import pytest

from conftest import label_triples, stance_triples


def _nodes(graph) -> dict[str, str]:
    return {e.label: e.type for e in graph.entities}


@pytest.mark.parametrize("text, body, side", [
    ("Danish brewer Osprey rejected the merger plan on Monday.", "Osprey", ("opposes", "merger plan")),
    ("The consultancy Quellbridge welcomed the rate cut, saying it was overdue.", "Quellbridge",
     ("supports", "rate cut")),
    ("Mobile operator Tarnwell criticised the spectrum auction.", "Tarnwell", ("opposes", "spectrum auction")),
    ("Catholic aid agency Felmore has backed the debt relief plan for poor nations.", "Felmore",
     ("supports", "debt relief")),
    ("Paris-based Vantor will meet the exchange soon. Vantor rejected the takeover bid as too low.",
     "Vantor", ("opposes", "takeover bid")),
    ("Ostrava, the world's third-biggest insurer, opposed the new capital rules for insurers.", "Ostrava",
     ("opposes", "capital rules")),
], ids=["brewer", "consultancy", "operator", "aid-agency", "x-based", "apposed-insurer"])
def test_a_described_name_is_a_body_with_its_side(build_text, text, body, side):
    graph = build_text(text)
    assert _nodes(graph).get(body) == "institution", sorted(_nodes(graph).items())
    assert any(s == body and r == side[0] and side[1] in o for s, r, o in stance_triples(graph)), \
        sorted(stance_triples(graph))


@pytest.mark.parametrize("text, bodies", [
    ("Big carmakers including Vantor, Halcyon Motors and Brisk have cut thousands of jobs this year.",
     ["Vantor", "Halcyon Motors", "Brisk"]),
    ("Retailers such as Pellham and Corvo reported weak sales over the summer.", ["Pellham", "Corvo"]),
    ("Medical technology firm Lindqvar was bought for $2bn by a larger rival.", ["Lindqvar"]),
], ids=["including", "such-as", "named-once"])
def test_a_body_named_once_by_its_sort_is_a_node(build_text, text, bodies):
    nodes = _nodes(build_text(text))
    for body in bodies:
        assert nodes.get(body) == "institution", sorted(nodes.items())


@pytest.mark.parametrize("text, person, body", [
    ('"The slowdown is far from over," Brannock economist Ada Pell said.', "Ada Pell", "Brannock"),
    ('"Exports will suffer," said Tolvane chief strategist Mark Usher.', "Mark Usher", "Tolvane"),
    ('"Demand has peaked," Corrick senior analyst Jo Varga told reporters.', "Jo Varga", "Corrick"),
], ids=["economist", "chief-strategist", "senior-analyst"])
def test_a_name_before_an_occupation_is_the_person_s_company(structure_of, text, person, body):
    assert (person, "member_of", body) in structure_of(text)


@pytest.mark.parametrize("text, person", [
    ("Spectator publisher Ilse Marden denied the claims. Mrs Marden said the story was false.", "Ilse Marden"),
    ("Retail sales rose. Chief executive Tom Arnott praised the staff.", "Tom Arnott"),
], ids=["publisher-person", "chief-executive"])
def test_a_person_after_a_body_word_stays_a_person(build_text, text, person):
    nodes = _nodes(build_text(text))
    assert nodes.get(person) == "person", sorted(nodes.items())


@pytest.mark.parametrize("text, wrong", [
    ('"Prices will rise," British economist Ada Pell said.', "British"),
    ('Sales fell. But analyst Jo Varga said the market would recover.', "But"),
    ('"Waiting lists are too long," Health analyst Tom Arnott said.', "Health"),
    ("Civil liberties lawyer Clara Voss said the curfew plan was unjust.", "Civil"),
], ids=["nationality", "conjunction", "field", "sentence-initial-adjective"])
def test_no_company_is_made_of_a_nationality_a_word_or_a_field(build_text, text, wrong):
    graph = build_text(text)
    assert not any(r == "member_of" and o == wrong for _, r, o in label_triples(graph)), sorted(label_triples(graph))
    assert _nodes(graph).get(wrong) != "institution"


@pytest.mark.parametrize("text, word", [
    ("Ministers want to keep the suspects under house arrest until the trial.", "arrest"),
    ("The fraud was run by the sales chief and his second in command Lorne Dacre.", "Lorne Dacre"),
    ("The report was written by the husband and wife research team Jim and Ada Corlett.", "Jim"),
    ("The Tarrow, Ohio-based firm has debts of $2bn.", "Tarrow"),
], ids=["lower-case-noun", "preposition-before-noun", "given-name", "name-as-modifier"])
def test_no_body_is_read_where_the_noun_describes_no_name(build_text, text, word):
    assert _nodes(build_text(text)).get(word) != "institution"


@pytest.mark.parametrize("text, holder, side", [
    ("The pipeline deal, approved by Norwegian authorities, lets outside firms bid for the fields.", "Norway",
     ("supports", "pipeline deal")),
    ("Brazilian authorities criticised the new export tax.", "Brazil", ("opposes", "export tax")),
], ids=["approved-by", "subject"])
def test_a_states_authorities_are_the_state_acting(build_text, text, holder, side):
    graph = build_text(text)
    assert any(s == holder and r == side[0] and side[1] in o for s, r, o in stance_triples(graph)), \
        sorted(stance_triples(graph))


def test_local_authorities_are_no_state(build_text):
    graph = build_text("The Chilean government raised the grant. Local authorities criticised the bus plan.")
    assert not any(s == "Chile" and "bus plan" in o for s, _, o in stance_triples(graph)), sorted(stance_triples(graph))


@pytest.mark.parametrize("text, body", [
    ("Wages rose in March. A spokesman for Harlow Builders, Ann Dee, said the figures were encouraging.",
     "Harlow Builders"),
    ("Jobless rates fell, said Rui Castro, chief economist with Ferrand Mota & Partners consultancy in Porto.",
     "Ferrand Mota & Partners"),
    ("The regulator set out its plans on Monday. Telecom analysts Ovrana welcomed the move.", "Ovrana"),
], ids=["spokesman-for", "noun-after", "analysts-firm"])
def test_a_body_named_once_with_its_sort_after_it_or_a_spokesman_is_a_node(build_text, text, body):
    nodes = _nodes(build_text(text))
    assert nodes.get(body) == "institution", sorted(nodes.items())
