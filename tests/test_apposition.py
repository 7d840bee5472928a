"""A name and a title a comma apart are apposed (one person) only where the parse puts them so
(structure/apposition.py): "as he begins his second term as president, Tom Vane has said" made Vane the president,
and "Echoing envoy Ann Roe, the prime minister said" made Roe the prime minister."""
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
