"""Who owns a stance noun when the parse hides it (graph/extract/stance/cues/cue_nouns.py): the owner of a kind of owner
("Lund's private member's bill"), a possessor the parser hangs on as a modifier, and a "by" phrase that measures
rather than names. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # a kind of owner that names no one stands for the owner it has
    ("Tory MP Ada Voss's private member's bill to ban kite flying was read on Friday.", "Ada Voss", "supports",
     "ban kite flying"),
    # "the Assembly of Regions' rejection": a possessor parsed as a modifier still owns the noun
    ("The Assembly of Regions' overwhelming rejection of the harbour levy by 210 votes to 40 surprised Ada Voss.",
     "Assembly of Regions", "opposes", "harbour levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_owner(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_measure_is_no_holder(build_text):
    # "by 350 votes": a count of votes made the rejection, no one the story names
    graph = build_text("The rejection of the harbour levy by 210 votes to 40 surprised Ada Voss.")
    assert not any(r == "opposes" and "levy" in o.lower() for _, r, o in label_triples(graph)), \
        sorted(label_triples(graph))
