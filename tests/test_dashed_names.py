"""A name never runs on over a dash set off by spaces (graph/extract/language/dashed_names.py): the small NER model
tags "Korea Steel Bank - one" and "Harlow Holdings - bought" as names, which made bodies of those labels."""
from __future__ import annotations

import pytest

from conftest import label_triples
from graph.extract.language.dashed_names import names_before_dashes


@pytest.mark.parametrize("text, name, label", [
    ("Ann Lee, chairman of Korea Steel Bank - one of the firm's creditors - said the rail merger was unfair.",
     "Korea Steel Bank - one", "Korea Steel Bank"),
    ("Tom Vane said the minority MPs - Ann Lee and Bob Hale - were elected in 1987.", "MPs - Ann Lee", "Ann Lee"),
])
def test_a_name_span_is_cut_at_a_spaced_dash(nlp, text, name, label):
    doc = nlp(text)
    ents = [e.text for e in names_before_dashes(doc).ents]
    assert label in ents and name not in ents and not any(" - " in e for e in ents), ents


def test_a_hyphen_inside_a_name_stays(nlp):
    doc = names_before_dashes(nlp("Rolls-Royce and Marks & Spencer backed the rail merger."))
    assert any(e.text == "Rolls-Royce" for e in doc.ents), [e.text for e in doc.ents]


def test_the_body_and_its_member_are_read_whole(build_text):
    graph = build_text("Ann Lee, chairman of Korea Steel Bank - one of the firm's creditors - said the rail merger "
                       "was unfair.")
    assert not [e.label for e in graph.entities if " - " in e.label], graph.entities
    assert ("Ann Lee", "member_of", "Korea Steel Bank") in label_triples(graph), sorted(label_triples(graph))
