"""Where a title begins and ends, and whom a bare title describes (mentions/titles.py, structure/descriptions.py,
reference/salience.py): "Economic and Monetary Policy Minister" is one title, "market leader" and "the head of Mr X"
are none, "of recent times" is no field of a post, and one named in another post now is not the one "the prime
minister" describes."""
from __future__ import annotations

import pytest

from conftest import label_triples


def _holds(graph):
    return {(s, o) for s, r, o in label_triples(graph) if r == "holds"}


@pytest.mark.parametrize("text, held", [
    ("On Monday, Economic and Monetary Policy Minister Tom Vane said the rail merger was unfair.",
     ("Tom Vane", "Economic and Monetary Policy Minister")),
    ("Trade and Industry Secretary Ann Lee backed the rail merger.", ("Ann Lee", "Trade and Industry Secretary")),
    ("Tom Vane spoke. Work and Pensions Secretary Ann Lee backed the rail merger.", ("Ann Lee", "Work and Pensions Secretary")),
])
def test_a_title_runs_over_joined_capitalised_words(build_text, text, held):
    assert held in _holds(build_text(text)), sorted(_holds(build_text(text)))


def test_two_titled_names_joined_stay_two_titles(build_text):
    graph = build_text("German Chancellor Tom Vane and French President Ann Lee backed the rail merger.")
    assert {("Tom Vane", "German Chancellor"), ("Ann Lee", "French President")} <= _holds(graph), sorted(_holds(graph))


@pytest.mark.parametrize("text, wrong", [
    ("Dairy sales rose at market leader Harlow Dairy, the firm said.", "market leader"),
    ("Ann Lee was brought in over the head of Mr Vane to run the election campaign.", "head of Mr"),
])
def test_no_post(build_text, text, wrong):
    graph = build_text(text)
    assert not [e for e in graph.entities if e.type == "office" and e.label == wrong], graph.entities


def test_one_named_in_another_post_is_not_the_one_a_bare_title_describes(build_text):
    graph = build_text("Tom Vane is the longest serving chancellor of recent times. Mr Vane reportedly delights in "
                       "keeping the prime minister waiting. The prime minister's intention to serve a full third "
                       "term took the shine off the announcement.")
    assert not [o for s, o in _holds(graph) if o == "prime minister"], sorted(_holds(graph))


def test_a_description_of_two_posts_held_now_and_before_stands(build_text):
    graph = build_text("The BBC should not demonise Tom Vane, Ann Lee has said. The trade commissioner and former "
                       "Labour minister was speaking on Monday.")
    assert ("Ann Lee", "trade commissioner") in _holds(graph), sorted(_holds(graph))


def test_a_time_after_of_is_no_part_of_the_post(build_text):
    graph = build_text("Tom Vane can console himself that he is the longest serving chancellor of recent times. The "
                       "chancellor opposes the further sale of the rail network.")
    assert ("Tom Vane", "chancellor") in _holds(graph), sorted(_holds(graph))
    assert not [e for e in graph.entities if e.type == "office" and "times" in e.label], graph.entities
    assert ("Tom Vane", "opposes", "further sale of the rail network") in label_triples(graph), sorted(label_triples(graph))


@pytest.mark.parametrize("text, held, body", [
    # a post whose field is a plural noun is one post: its head is singular
    ("Tom Vane spoke. The rail merger is flawed, said Ann Lee, Kestrel Bank's director of retail markets.",
     ("Ann Lee", "Kestrel Bank's director of retail markets"), "Kestrel Bank"),
    # a spokesman's field after "on", the name after a comma
    ("Tom Vane spoke. The rail merger was attacked by the present Tory spokesman on transport, Ann Lee.",
     ("Ann Lee", "Tory spokesman on transport"), "Conservative Party"),
])
def test_a_title_apposed_with_its_field(build_text, text, held, body):
    graph = build_text(text)
    assert held in _holds(graph), sorted(_holds(graph))
    assert (held[0], "member_of", body) in label_triples(graph), sorted(label_triples(graph))


def test_representatives_of_two_bodies_are_no_one_post(build_text):
    graph = build_text("Fisheries minister Tom Vane backed the quota. The MPs will also speak to Mr Vane, "
                       "representatives of the Rural Society and the Sea Angling Authority.")
    assert not [o for s, o in _holds(graph) if "representatives" in o.lower()], sorted(_holds(graph))
