"""Who speaks (graph/extract/stance/speech/speakers.py, reference/actors.py): an unnamed spokesperson speaks for the body named before
the noun ("an IMF spokeswoman said"), and "US" in capitals is the country, not the speaker's "us".
Invented sentences through the real pipeline."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    ('"The harbour levy is a disgrace," an IMF spokeswoman told reporters.', "IMF", "opposes", "harbour levy"),
    ('The Finance Ministry issued the order on Monday. "The harbour levy will help fishermen," the ministry '
     'spokesman added.', "Finance Ministry", "supports", "harbour levy"),
    ('"We have no view on it," Ada Voss said at the harbour. The US backed the harbour levy.', "United States",
     "supports", "harbour levy"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_speaker(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


def test_unnamed_official_of_no_body(build_text):
    # "a spokeswoman told reporters": no body named, no one the graph can hold to it
    graph = build_text('"The harbour levy is a disgrace," a spokeswoman told reporters.')
    assert not any(r == "opposes" for _, r, _ in label_triples(graph)), sorted(label_triples(graph))
