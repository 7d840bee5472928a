"""A body named by a clipping of its name's first word is that body, on sentences of our own: "the Federal Reserve
... the Fed" is one node; a whole word that only begins a longer name ("Congress", "the Congressional Budget
Office") is another body."""
from __future__ import annotations

from conftest import label_triples


def _institutions(graph) -> set[str]:
    return {e.label for e in graph.entities if e.type == "institution"}


def test_a_clipped_name_is_the_body_it_clips(build_text):
    g = build_text("The Federal Reserve opposed the tax cut. Analysts said the Fed feared a rise in inflation.")
    bodies = _institutions(g)
    assert "Federal Reserve" in bodies and "Fed" not in bodies, bodies
    assert ("Federal Reserve", "opposes", "tax cut") in {t for t in label_triples(g)}, sorted(label_triples(g))


def test_a_whole_word_that_begins_a_longer_name_is_another_body(build_text):
    g = build_text("The Congressional Budget Office opposed the plan. Congress backed the plan on Monday.")
    assert {"Congressional Budget Office", "Congress"} <= _institutions(g), _institutions(g)
