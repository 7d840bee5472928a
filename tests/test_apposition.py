"""A name and a title a comma apart are apposed (one person) only where the parse puts them so
(structure/apposition.py): "as he begins his second term as president, Tom Vane has said" made Vane the president,
and "Echoing envoy Ann Roe, the prime minister said" made Roe the prime minister. A post-nominal ("Tom Vane QC,
chairman of ...") or a dash ("Lord Vane - a senior law lord - said") between a name and its title hid the title, and
a publication's editor was no post (offices.json heads). A title whose portfolios are a list ("Secretary of State
for Energy, Trade and Fisheries", mentions/titles._portfolio_list_end) stopped at the first comma, and NER's "Young
People" of such a list was a person."""
from __future__ import annotations

import pytest

from conftest import label_triples


def holds(graph) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in label_triples(graph) if r == "holds"}


@pytest.mark.parametrize("text, wrong", [
    ("Norland will take a softer line as its leader begins his second term as Ruritanian president, Tom Vane has said.",
     ("Tom Vane", "Ruritanian president")),
    ("Echoing the new Ruritanian envoy Ann Roe, the prime minister said the talks had failed.",
     ("Ann Roe", "prime minister")),
    ("Speaking after Ann Roe, Acme's chairman said the levy would stay.", ("Ann Roe", "Acme chairman")),
    ("In a statement to MPs, Mr Vane said the levy would stay.", ("Vane", "MPs")),
])
def test_two_peoples_places_are_no_apposition(build_text, text, wrong):
    assert wrong not in holds(build_text(text)), sorted(holds(build_text(text)))


@pytest.mark.parametrize("text, held", [
    ("The chairman of Acme, Tom Roe, said the talks had failed.", ("Tom Roe", "chairman of Acme")),
    ("Acme's chairman, Tom Roe said the talks had failed.", ("Tom Roe", "Acme chairman")),
    ("As chief operating officer, Tom Roe will run the bank.", ("Tom Roe", "chief operating officer")),
    ("Ann Roe, the prime minister, said the talks had failed.", ("Ann Roe", "prime minister")),
    ("Echoing Tom Vane, Ann Roe, the prime minister, said the talks had failed.", ("Ann Roe", "prime minister")),
])
def test_a_name_apposed_to_its_title_holds_it(build_text, text, held):
    assert held in holds(build_text(text)), sorted(holds(build_text(text)))


@pytest.mark.parametrize("text, held", [
    # a post-nominal between the name and the comma ("QC", offices.json post_nominals)
    ("Tom Vane QC, chairman of the Bar Council, said the plan was wrong.", ("Tom Vane", "chairman of the Bar Council")),
    # a dash sets the title apart as a comma does
    ("Lord Vane - a senior law lord - said the plan was wrong.", ("Lord Vane", "senior law lord")),
    # a publication's editor holds a post (offices.json heads)
    ("The editor of the Norland Gazette, Tom Vane, said the plan was wrong.", ("Tom Vane", "editor of the Norland Gazette")),
    ("Norland Gazette editor Ann Roe said the levy was unfair.", ("Ann Roe", "Norland Gazette editor")),
    ("Ann Roe, Norland's high commissioner to Ruritania, said the talks had failed.",
     ("Ann Roe", "high commissioner to Ruritania")),
])
def test_a_title_set_apart_from_its_name_is_held(build_text, text, held):
    assert held in holds(build_text(text)), sorted(holds(build_text(text)))


def test_an_editor_no_one_is_named_as_holds_nothing(build_text):
    assert not holds(build_text("A newspaper editor said the plan was wrong.")), holds(build_text("A newspaper editor said the plan was wrong."))


@pytest.mark.parametrize("text, held, not_people", [
    ("Secretary of State for Energy, Trade and Fisheries Tom Vane backed the casino bill.",
     ("Tom Vane", "Secretary of State for Energy, Trade and Fisheries"), set()),
    ("Minister for Schools, Young People and Families Ann Roe said the plan was fair.",
     ("Ann Roe", "Minister for Schools, Young People and Families"), {"Young People"}),
    ("The Commissioner for Energy, Transport and Fisheries, Tom Vane, said the plan was fair.",
     ("Tom Vane", "Commissioner for Energy, Transport and Fisheries"), set()),
])
def test_a_title_with_a_list_of_portfolios_is_one_title(build_text, text, held, not_people):
    graph = build_text(text)
    assert held in holds(graph), sorted(holds(graph))
    assert not not_people & {e.label for e in graph.entities if e.type == "person"}, graph.entities


def test_where_a_person_of_an_age_is_from_is_no_body(build_text):
    # ("Ashbury" is tagged ORG by the small English pipeline here)
    graph = build_text("One of the men, Tom Vane, 34, from Ashbury, Gloucestershire, said he would plead not guilty.")
    assert not [t for t in label_triples(graph) if t[1] == "member_of"], sorted(label_triples(graph))
