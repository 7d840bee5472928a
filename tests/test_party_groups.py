"""A party's group named by the party and a plural of its members (reference.json party_groups): "Labour MPs",
"Tory backbenchers", "Republican senators" are a body of their own and a member of the party, not the party acting
(entities/resolve.py `_party_group`, mentions/parties.py, structure/find.py "party-group"). Before, "Labour MPs
attacked the Labour government's plan" made the party oppose its own government's plan.
"""
from __future__ import annotations

import pytest

from conftest import label_triples, stance_triples


@pytest.mark.parametrize("text, group, party, relation, target", [
    ("Angry Labour MPs criticised the pension plan on Monday.", "Labour MPs", "Labour Party", "opposes", "pension plan"),
    ("Tory backbenchers have backed the casino bill.", "Tory backbenchers", "Conservative Party", "supports",
     "casino bill"),
    ("Republican senators rejected the farm bill on Tuesday.", "Republican senators", "Republican Party", "opposes",
     "farm bill"),
])
def test_a_partys_group_is_its_own_body_inside_the_party(build_text, text, group, party, relation, target):
    triples = label_triples(build_text(text))
    assert (group, relation, target) in triples, sorted(triples)
    assert (group, "member_of", party) in triples, sorted(triples)
    assert (party, relation, target) not in triples, sorted(triples)


def test_a_group_against_its_partys_leader_is_no_party_against_its_leader(build_text):
    text = ("Tom Vane, the Labour leader, unveiled the pension plan on Monday. "
            "Labour MPs have attacked the pension plan.")
    stance = stance_triples(build_text(text))
    assert ("Labour MPs", "opposes", "pension plan") in stance, sorted(stance)
    assert ("Labour Party", "opposes", "pension plan") not in stance, sorted(stance)


@pytest.mark.parametrize("text, holder", [
    # a plural of a body's own posts that is no party group: the party or the bank acting, as before
    ("Labour leaders rejected the pension plan.", "Labour Party"),
    ("Kestrel Bank directors rejected the merger plan.", "Kestrel Bank"),
])
def test_other_plurals_after_a_name_stay_the_body_acting(build_text, text, holder):
    stance = stance_triples(build_text(text))
    assert any(s == holder and r == "opposes" for s, r, _ in stance), sorted(stance)


def test_a_plural_title_ending_a_headline_is_no_title_of_the_name_below(build_text):
    # the headline's last words are no title of the name that opens the story's first sentence
    text = "Vane vows loyalty to Tory MPs\n\nTom Vane has vowed loyalty to Tory MPs after a week of rows."
    triples = label_triples(build_text(text))
    assert not [t for t in triples if t[0] == "Tom Vane" and t[1] == "holds"], sorted(triples)


def test_a_story_that_names_the_parliamentary_party_means_it_by_the_partys_mps(build_text):
    text = "The Parliamentary Labour Party met on Monday. Labour MPs attacked the pension plan."
    graph = build_text(text)
    stance = stance_triples(graph)
    assert ("Parliamentary Labour Party", "opposes", "pension plan") in stance, sorted(stance)
    assert not [e for e in graph.entities if e.label == "Labour MPs"], sorted(e.label for e in graph.entities)
