"""A firm named in full with its legal form, then by its first word alone, is one firm: "Dalton Industries Inc said ...
Dalton said" (entities/short_firms.py). The tagger takes the lone word for a surname; a man named with a title or a
first name, or a word that begins no firm's legal name ("Grayson ... the Grayson administration"), stays a person.
Stories of our own."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _nodes(graph):
    return {e.label: e for e in graph.entities}


@pytest.mark.parametrize("text, firm, relation", [
    ("Dalton Industries Inc said it had received a 450 mln dlr offer from Halford Group. "
     "Dalton said the offer was inadequate.", "Dalton Industries Inc", "opposes"),
    ("Kestrel Mining Corp said it had received a takeover bid from Halford Group. "
     "Kestrel said it would reject the bid.", "Kestrel Mining Corp", "opposes"),
])
def test_the_first_word_of_a_firm_is_the_firm(build_text, text, firm, relation):
    graph = build_text(text)
    nodes = _nodes(graph)
    short = firm.split()[0]
    assert short not in nodes, sorted(nodes)
    assert short in nodes[firm].aliases, nodes[firm]
    assert any(h == firm and r == relation for h, r, _ in stance_triples(graph)), sorted(stance_triples(graph))


@pytest.mark.parametrize("text, person", [
    ("Dalton Industries Inc said it had received an offer. Mr Dalton, its founder, said the offer was inadequate.",
     "Dalton"),
    ("The Grayson administration opposed the trade bill. Grayson said the bill would cost jobs.", "Grayson"),
])
def test_a_person_stays_a_person(build_text, text, person):
    nodes = _nodes(build_text(text))
    assert any(label.endswith(person) and e.type == "person" for label, e in nodes.items()), sorted(nodes)
