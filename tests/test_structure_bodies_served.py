"""Structure: the body a post serves ("a spokeswoman for Y", "economist at Y") and the body a person leads or
sits on ("heads Y", "who chairs Y", "sits on the Y board") place the person in that body.

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, body", [
    ("Maria Holt, a spokeswoman for the Fenwick Water Authority, said the plan was reckless.",
     "Maria Holt", "Fenwick Water Authority"),
    ("Daniel Okoro, spokesman for the Harbour Pilots Association, said members would strike.",
     "Daniel Okoro", "Harbour Pilots Association"),
    ("Ingrid Solberg, an analyst at Torvik Securities, expects prices to climb.",
     "Ingrid Solberg", "Torvik Securities"),
], ids=["a-spokeswoman-for", "spokesman-for-the", "an-analyst-at"])
def test_structure_title_serving_a_body(structure_of, text, person, body):
    assert (person, "member_of", body) in structure_of(text)


def test_structure_a_spokeswoman_for_holds_the_post(structure_of):
    edges = structure_of("Maria Holt, a spokeswoman for the Fenwick Water Authority, said the plan was reckless.")
    assert any(p == "Maria Holt" and r == "holds" and "spokeswoman" in o for p, r, o in edges)


def test_structure_an_adviser_on_a_field_holds_nothing(structure_of):
    edges = structure_of("Carl Benning, an adviser on farming to Governor Ruth Vale, rejected the levy.")
    assert not any(p == "Carl Benning" for p, _, _ in edges)


@pytest.mark.parametrize("text, person, body", [
    ("Lucy Barden heads the Northfield Housing Trust. She said the trust opposed the levy.",
     "Lucy Barden", "Northfield Housing Trust"),
    ("Samuel Reed, who chairs the Westbrook Rail Users Group, backed the new timetable.",
     "Samuel Reed", "Westbrook Rail Users Group"),
    ("Rachel Dunn, who sits on the Eastmoor Hospital board, supported the merger.",
     "Rachel Dunn", "Eastmoor Hospital"),
    ("Gareth Lowe, who runs the Brackley Tenants Union, condemned the rent rise.",
     "Gareth Lowe", "Brackley Tenants Union"),
], ids=["heads", "who-chairs", "sits-on-board", "who-runs"])
def test_structure_leading_or_sitting_on_a_body(structure_of, text, person, body):
    assert (person, "member_of", body) in structure_of(text)


@pytest.mark.parametrize("text", [
    "Gareth Lowe led the march through Brackley on Sunday.",
    "Gareth Lowe does not run the Brackley Tenants Union.",
], ids=["led-an-event", "negated"])
def test_structure_no_body_led(structure_of, text):
    assert not any(r == "member_of" for p, r, _ in structure_of(text) if p == "Gareth Lowe")


@pytest.mark.parametrize("text, body", [
    ('Maria Holt, a spokeswoman for the Fenwick Water Authority, said: "We oppose the new toll."',
     "Fenwick Water Authority"),
    ('Daniel Okoro, spokesman for the Harbour Pilots Association, said: "We oppose the new toll."',
     "Harbour Pilots Association"),
], ids=["a-spokeswoman-for", "spokesman-for-the"])
def test_structure_spokesperson_we_reaches_the_body(build_text, text, body):
    graph = build_text(text)
    label = {e.id: e.label for e in graph.entities}
    assert (body, "opposes", "new toll") in {(label[s.subject], s.relation, label[s.object]) for s in graph.statements}


@pytest.mark.parametrize("text, part, whole", [
    ("The Alliance, made up of the Radical Party and the Unity Party, backed the budget.", "Unity Party", "Alliance"),
    ("The Northern Coalition comprises the Farmers Party, the Green League and the Civic Union.",
     "Green League", "Northern Coalition"),
    ("The Radical Party and the Unity Party make up the Alliance.", "Radical Party", "Alliance"),
    ("The Radical Party, which with the Unity Party makes up the Alliance, backed the budget.",
     "Unity Party", "Alliance"),
    ("The Harbour Group consists of Kestrel Bank and Falcon Trust.", "Falcon Trust", "Harbour Group"),
    ("Martin Cole works for the Westgate Housing Trust.", "Martin Cole", "Westgate Housing Trust"),
], ids=["made-up-of", "comprises", "make-up", "which-with-make-up", "consists-of", "works-for"])
def test_structure_parts_of_a_body(structure_of, text, part, whole):
    assert (part, "member_of", whole) in structure_of(text)


@pytest.mark.parametrize("text", [
    "The Alliance does not comprise the Unity Party.",
    "The Harbour Group works with Kestrel Bank on the scheme.",
], ids=["negated", "works-with-a-partner"])
def test_structure_no_part_of_a_body(structure_of, text):
    assert not any(r == "member_of" for _, r, _ in structure_of(text))


@pytest.mark.parametrize("text, person, body", [
    # a firm's bare title, capitalised only as the sentence's first word, after the firm spoke
    ("Toy maker Kestrel Toys said sales had doubled. Chief executive Jo Marsh said the firm plans to expand.",
     "Jo Marsh", "Kestrel Toys"),
    ("In May, Harlow Foods announced a buyback. Managing director Tom Vane said it would go ahead.",
     "Tom Vane", "Harlow Foods"),
], ids=["chief-executive", "managing-director"])
def test_structure_a_sentence_opening_firm_title_speaks_for_the_firm(structure_of, text, person, body):
    assert (person, "member_of", body) in structure_of(text)


def test_structure_a_sentence_opening_state_title_is_no_firm_post(structure_of):
    edges = structure_of("In May, Harlow Foods announced a buyback. President Ivan Petrov said it was welcome.")
    assert ("Ivan Petrov", "member_of", "Harlow Foods") not in edges
