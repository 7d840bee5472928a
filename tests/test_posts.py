"""One post its holder is named in twice, bare and in full (graph/extract/entities/posts.py): one node, the bare
title its alias; another post's word keeps a post apart, and a bare title two people hold stays bare."""
from __future__ import annotations

import pytest

from conftest import label_triples
from graph.extract.entities.posts import _names_in_full


def _offices(graph):
    return sorted(e.label for e in graph.entities if e.type == "office")


@pytest.mark.parametrize("text, office", [
    ("Ruritanian President Tom Vane backed the rail merger. President Vane said it was fair.", "Ruritanian President"),
    ("Tom Vane, the chancellor of the exchequer, backed the rail merger. Chancellor Tom Vane said it was fair.",
     "chancellor of the exchequer"),
])
def test_a_post_named_bare_and_in_full_is_one_node(build_text, text, office):
    graph = build_text(text)
    assert _offices(graph) == [office], _offices(graph)
    assert ("Tom Vane", "holds", office) in label_triples(graph), sorted(label_triples(graph))


def test_another_posts_word_keeps_the_posts_apart(build_text):
    graph = build_text("Shadow chancellor Tom Vane attacked the budget. Chancellor Ann Lee defended the budget.")
    assert len(_offices(graph)) == 2, _offices(graph)


@pytest.mark.parametrize("bare, full, same", [
    ("president", "ruritanian president", True),
    ("chancellor", "chancellor of the exchequer", True),
    ("chancellor", "shadow chancellor", False),
    ("president", "vice president", False),
    ("chancellor", "chancellor", False),
    ("secretary", "secretary of state for health", True),
    ("minister", "prime minister of ruritania", False),
])
def test_names_in_full(bare, full, same):
    other = {"shadow", "vice", "deputy"}
    assert _names_in_full(bare.split(), full.split(), other) == same
