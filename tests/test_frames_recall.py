"""Stance edges between two nodes the graph has, which no frame read before (issue 10): invented sentences
through the real pipeline, each asserting the edge, its direction and its holder, and the guards beside them."""
from __future__ import annotations

import pytest

from conftest import has_triple, label_triples

CASES = [
    # who leads or joins an owned stance takes it on beside its owner
    ("Senator Mara Holt will lead the Green Party's opposition to the pension reform.", "Mara Holt", "opposes",
     "pension reform"),
    ("Senator Mara Holt will lead the Green Party's opposition to the pension reform.", "Green Party", "opposes",
     "pension reform"),
    ("Senator Mara Holt spearheaded the Green Party's support for the fuel duty.", "Mara Holt", "supports",
     "fuel duty"),
    # a fault VADER rates plainly bad, owned by an actor, is a side on its owner
    ("Senator Mara Holt attacked the Green Party's incompetence.", "Mara Holt", "opposes", "Green Party"),
    ("Senator Mara Holt condemned France's greed.", "Mara Holt", "opposes", "France"),
    ("Senator Mara Holt said France's arrogance was a disgrace.", "Mara Holt", "opposes", "France"),
    # a side stated with no object is on the policy named last
    ("The ministers backed the fishing quota. Canada and Norway are opposed.", "Canada", "opposes", "fishing quota"),
    ("The ministers backed the fishing quota. Canada and Norway are opposed.", "Norway", "opposes", "fishing quota"),
    ("The fishing quota has the support of Spain, while Canada is hostile.", "Canada", "opposes", "fishing quota"),
]


@pytest.mark.parametrize("text,subject,relation,obj", CASES)
def test_recall_frame(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert has_triple(graph, subject, relation, obj), sorted(label_triples(graph))


NOT_STANCE = [
    # a policy owned by an actor stays a policy, whatever its words
    ("Senator Mara Holt attacked the Green Party's tax on fuel.", "Mara Holt", "opposes", "Green Party"),
    # leading a body is no side on what it is named for
    ("Senator Mara Holt will lead the Green Party.", "Mara Holt", "supports", "Green Party"),
    # a bare adjective with no policy before it in reach takes no side
    ("Canada said it was opposed.", "Canada", "opposes", ""),
    ("The quota was set in May. Senator Mara Holt was angry.", "Mara Holt", "opposes", "quota"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_STANCE)
def test_recall_guard(build_text, text, subject, relation, obj):
    graph = build_text(text)
    assert not has_triple(graph, subject, relation, obj), sorted(label_triples(graph))
