"""A press epithet points back to the body its own words allow (graph/extract/entities/epithets.py): "the German
regulator" is no alias of a bank the story named last, "the watchdog" is the body the story called a regulator;
and the verbs of thwarting take a side against what they thwart."""
from __future__ import annotations

import pytest

from conftest import stance_triples


def _aliases(graph, label):
    return {a for e in graph.entities if e.label == label for a in e.aliases}


def test_a_state_word_keeps_an_epithet_off_another_body(build_text):
    graph = build_text("Tom Vane said Kestrel Bank had broken the law. Now the German regulator has said the merger "
                       "was unfair.")
    assert "German regulator" not in _aliases(graph, "Kestrel Bank"), graph.entities
    assert ("Kestrel Bank", "opposes", "merger") not in stance_triples(graph), sorted(stance_triples(graph))


@pytest.mark.parametrize("text, body", [
    # a state's word: the body introduced with it
    ("Germany's financial watchdog Fintrag is looking at Kestrel Bank. Tom Vane said Kestrel Bank had broken the law. "
     "The German regulator said the merger was unfair.", "Fintrag"),
    # "the watchdog": the body the story called a regulator
    ("Telcor, the telecoms regulator, fined Kestrel Bank. Tom Vane said Kestrel Bank would appeal. The watchdog said "
     "the merger was unfair.", "Telcor"),
])
def test_an_epithet_takes_the_body_its_words_allow(build_text, text, body):
    triples = stance_triples(build_text(text))
    assert (body, "opposes", "merger") in triples, sorted(triples)
    assert ("Kestrel Bank", "opposes", "merger") not in triples, sorted(triples)


@pytest.mark.parametrize("text, edge", [
    ("Ann Lee scuppered the rail merger on Monday.", ("Ann Lee", "opposes", "rail merger")),
    ("The council said Tom Vane had stymied the pension reforms.", ("Tom Vane", "opposes", "pension reforms")),
    ("Tom Vane said the pension reforms were being thwarted by Ann Lee.", ("Ann Lee", "opposes", "pension reforms")),
    ("Ann Lee foiled the pension reforms last year.", ("Ann Lee", "opposes", "pension reforms")),
])
def test_thwarting_is_a_side_against(build_text, text, edge):
    assert edge in stance_triples(build_text(text)), sorted(stance_triples(build_text(text)))
