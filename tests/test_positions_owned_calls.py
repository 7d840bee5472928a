"""A call owned by a body named before it ("a Senate call for a ceasefire") is about the thing called for: the
body's name says whose call it is, not what it is, as a possessor does (issue 10, session 7). Our own sentences."""
from __future__ import annotations

from conftest import label_triples


def test_a_side_on_a_bodys_call_is_a_side_on_what_it_calls_for(build_text):
    graph = build_text("Ruritania's envoy Tom Roe welcomed a Senate call for a ceasefire in the valley.")
    stance = {t for t in label_triples(graph) if t[1] in ("supports", "opposes", "warns")}
    assert ("Tom Roe", "supports", "ceasefire in the valley") in stance, stance

