"""A state named alone is the state, even when its name is also a portfolio's ("Ireland" of "Northern Ireland
Secretary"): the lone-title-word guard of mentions/bodies.py is for "Defense" cut from "Defense Minister".

Every sentence here is invented; each stands for a class of construction, not for an article.
"""
from __future__ import annotations

import pytest


def _triples(graph) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in graph.entities}
    return {(label[s.subject], s.relation, label[s.object]) for s in graph.statements}


@pytest.mark.parametrize("text, holder", [
    ("Ireland and Portugal opposed the proposed limits on trawling.", "Ireland"),
    ("Ireland and Portugal are firmly opposed to the proposed limits on trawling.", "Ireland"),
    ("Ireland opposed the proposed limits on trawling, officials said on Monday.", "Ireland"),
])
def test_a_state_whose_name_is_a_portfolio_acts(build_text, text, holder):
    assert (holder, "opposes", "proposed limits on trawling") in _triples(build_text(text))


def test_the_portfolio_stays_a_post(build_text):
    g = build_text("Northern Ireland Secretary Ann Brodie backed the new water charges.")
    assert ("Ann Brodie", "holds", "Northern Ireland Secretary") in _triples(g)
    assert not any(e.label == "Ireland" for e in g.entities)
