"""'There is a need for X', 'there is no reason to V X' (graph/extract/stance/speech/deontic.py, positions.json deontic
necessity_nouns): what is said to be needed is wanted, as under 'there should be'; what there is no reason or
need for is not. Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    ('"There is no reason to raise the harbour levy," Ada Voss said.', "Ada Voss", "opposes", "harbour levy"),
    ('"There is no need for a harbour levy," Ada Voss said.', "Ada Voss", "opposes", "harbour levy"),
    ("Ada Voss said there was a need for a harbour inquiry.", "Ada Voss", "supports", "harbour inquiry"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_necessity(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_no_act_no_policy(build_text):
    # "no reason to worry" does nothing to anything: no policy
    graph = build_text("Ada Voss said there was no reason to worry.")
    assert not any(r in ("supports", "opposes") for _, r, _ in label_triples(graph)), sorted(label_triples(graph))
