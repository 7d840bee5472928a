"""A plural of bodies told apart by the people or state they are of (mentions/body_keys.py `common_key`,
entities/body_groups.py `_one_of_a_field`): "Japanese banks rejected the plan; U.S. banks backed it" names two
groups, which were one node labelled "banks" that both opposed and backed the plan. The group keeps the words that
say which, as written ("Swiss private banks"), and "the banks" of a story that names one such group is that
group."""
from __future__ import annotations

from conftest import label_triples, stance_triples


def institutions(graph) -> set[str]:
    return {e.label for e in graph.entities if e.type == "institution"}


def test_two_peoples_banks_are_two_groups_each_with_its_own_side(build_text):
    stance = stance_triples(build_text("Japanese banks rejected the rescheduling plan. U.S. banks backed it."))
    assert ("Japanese banks", "opposes", "rescheduling plan") in stance, sorted(stance)
    assert ("U.S. banks", "supports", "rescheduling plan") in stance, sorted(stance)
    assert not [t for t in stance if t[0] == "banks"], sorted(stance)


def test_the_banks_of_a_story_that_names_one_peoples_banks_are_those(build_text):
    graph = build_text("Japanese banks rejected the rescheduling plan. The banks said it was unfair.")
    assert institutions(graph) == {"Japanese banks"}, institutions(graph)


def test_the_group_keeps_the_words_that_say_which(build_text):
    stance = stance_triples(build_text("Swiss private banks rejected the new capital rules."))
    assert ("Swiss private banks", "opposes", "new capital rules") in stance, sorted(stance)


def test_a_partys_mps_are_no_peoples_group_that_bare_mps_join(build_text):
    triples = label_triples(build_text("Labour MPs rejected the welfare bill. In a later vote, MPs backed the invasion."))
    assert not [t for t in triples if t[0] == "Labour MPs" and t[2] == "invasion"], sorted(triples)


def test_a_crowds_and_a_titles_people_keep_their_capitals(build_text):
    graph = build_text("Japanese car makers criticised the import quota. U.S. officials rejected the rescheduling plan.")
    assert {"Japanese car makers", "U.S. officials"} <= institutions(graph), institutions(graph)
