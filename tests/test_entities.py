"""Entities: one node per real-world person or body, with every alias the article uses."""
from __future__ import annotations

import pytest

from graph.extract.entities.resolve import entity_id, slug


def _nodes(graph, kind):
    return {e.label: e for e in graph.entities if e.type == kind}


def _only(graph, kind):
    nodes = _nodes(graph, kind)
    assert len(nodes) == 1, sorted(nodes)
    return next(iter(nodes.values()))


@pytest.mark.parametrize("text, label, aliases", [
    ("Tim Harwood backed the congestion charge on Monday. Harwood said the charge would cut traffic.",
     "Tim Harwood", {"Harwood"}),
    ("Tim Harwood backed the congestion charge. Mr Harwood said the congestion charge would cut traffic.",
     "Tim Harwood", {"Harwood"}),
    ('Benjamin "Bennie" Carlsen backed a full military takeover of the island. Carlsen insisted on the takeover.',
     "Benjamin Carlsen", {"Carlsen", "Bennie"}),
    ("Baroness Ada Whitlow opposed the sugar levy. Lady Whitlow said the sugar levy was unfair.",
     ("Ada Whitlow", "Baroness Ada Whitlow"), {"Whitlow"}),
    ("Ben Carrow backed the merger on Monday. Carrow's allies praised the merger.", "Ben Carrow", {"Carrow"}),
    # a double surname without the first name is the one full name it ends
    ("Sarah Jane Whitfield, a tax lawyer, said the levy was wrong. Ms Jane Whitfield said it would be challenged.",
     "Sarah Jane Whitfield", {"Jane Whitfield", "Whitfield"}),
], ids=["surname", "mr", "nickname-in-quotes", "peer-with-two-titles", "possessive", "end-of-full-name"])
def test_entities_one_person_with_all_aliases(build_text, text, label, aliases):
    person = _only(build_text(text), "person")
    assert person.label in ((label,) if isinstance(label, str) else label)
    assert aliases <= set(person.aliases)
    assert not any(a.endswith(("'s", "\u2019s")) for a in person.aliases)


def test_entities_nickname_alone_is_the_same_person(build_text):
    graph = build_text('Benjamin "Bennie" Carlsen backed a full military takeover of the island. '
                       "Bennie also cheered the takeover on Sunday.")
    assert _only(graph, "person").label == "Benjamin Carlsen"


def test_entities_lord_keeps_the_title(build_text):
    person = _only(build_text("Lord Pemberton supported the sugar levy on Monday."), "person")
    assert person.label == "Lord Pemberton"


def test_entities_two_people_sharing_a_surname_stay_apart(build_text):
    graph = build_text("Nigel Dale backed the sugar levy. Karen Dale opposed the sugar levy. "
                       "Karen Dale said the sugar levy would hurt farmers.")
    assert {"Nigel Dale", "Karen Dale"} <= set(_nodes(graph, "person"))


def test_entities_acronym_in_brackets_is_an_alias(build_text):
    graph = build_text("The National Farmers Union (NFU) opposed the sugar levy. "
                       "The NFU said the sugar levy would ruin growers.")
    body = _only(graph, "institution")
    assert body.label == "National Farmers Union"
    assert "NFU" in body.aliases


def test_entities_acronym_without_brackets_folds_into_the_full_name(build_text):
    graph = build_text("The European Union opposed the steel tariff on Monday. "
                       "The EU said the steel tariff would hurt trade.")
    assert _only(graph, "institution").label == "European Union"


@pytest.mark.parametrize("surname", ["Barclay", "Cadbury", "Kellogg"])
def test_entities_surname_tagged_org_corrected_by_the_document(build_text, surname):
    graph = build_text(f"Laura {surname} backed the tax cut on Monday. "
                       f"{surname} said the tax cut would help families.")
    person = _only(graph, "person")
    assert person.label == f"Laura {surname}"
    assert surname in person.aliases
    assert not any(surname in e.label for e in graph.entities if e.type == "institution")


@pytest.mark.parametrize("heading", ["Port Tax Standoff", "Aalto's Gamble"])
def test_entities_heading_tagged_org_is_no_node(build_text, heading):
    graph = build_text(f"{heading}\nTransport Minister Felix Aalto backed the harbour levy on Monday. "
                       "Aalto said the harbour levy would raise money for the port.")
    assert not [e.label for e in graph.entities if e.type == "institution"]
    assert _only(graph, "person").label == "Felix Aalto"


@pytest.mark.parametrize("text, office", [
    ("Transport Minister Felix Aalto backed the harbour levy.", "Transport Minister"),
    ("Felix Aalto, the transport minister, backed the harbour levy.", "transport minister"),
    ("Former Prime Minister Alan Whitcombe opposed the harbour levy.", "Prime Minister"),
], ids=["title-before-name", "apposition", "former"])
def test_entities_office_is_its_own_node(build_text, text, office):
    graph = build_text(text)
    assert office.lower() in {label.lower() for label in _nodes(graph, "office")}
    # the title never leaks into the person's name
    assert all(office.lower() not in e.label.lower() for e in graph.entities if e.type == "person")


def test_entities_party_alias_is_the_canonical_party(build_text):
    graph = build_text("Tory MP Ben Carrow opposed the merger. The Tories said the merger was reckless.")
    assert "Conservative Party" in _nodes(graph, "institution")


def test_entities_seed_one_node_per_person(seed_graph):
    persons = _nodes(seed_graph, "person")
    netanyahu = persons["Benjamin Netanyahu"]
    assert {"Netanyahu", "Bibi"} <= set(netanyahu.aliases)
    assert "Herzi Halevi" in persons
    surnames = [label.split()[-1] for label in persons]
    assert len(surnames) == len(set(surnames))


def test_entities_seed_ids_are_typed_slugs(seed_graph):
    for e in seed_graph.entities:
        assert e.id == entity_id(e.type, e.label) or e.type == "position" or e.id.startswith(e.type + "/")
        assert e.id.split("/", 1)[0] == e.type


@pytest.mark.parametrize("text, expected", [
    ("Benjamin Netanyahu", "benjamin-netanyahu"), ("Ben-Gvir", "ben-gvir"), ("Israel\u2019s war cabinet", "israels-war-cabinet"),
    ("Zo\u00eb L\u00f3pez", "zoe-lopez"), ("U.S. Secretary of State", "u-s-secretary-of-state"), ("???", "x"),
])
def test_entities_slug(text, expected):
    assert slug(text) == expected


def test_entities_one_seat_for_members_of_two_parties(build_text):
    # "Labour MP" and "Conservative MP" are one post, MP; each holder's party is read as member_of
    graph = build_text("Labour MP Gary Fell said the levy was unfair. Conservative MP Ian Pratt said it was fair.")
    office = _only(graph, "office")
    assert office.label == "MP" and {"Labour MP", "Conservative MP"} <= set(office.aliases)
    labels = {e.id: e.label for e in graph.entities}
    triples = {(labels[s.subject], s.relation, labels[s.object]) for s in graph.statements}
    assert {("Gary Fell", "member_of", "Labour Party"), ("Ian Pratt", "member_of", "Conservative Party")} <= triples
