"""A body named only by its sort ("the government", "the committee", "critics") is its article's own node; a body
named by its name keeps one id across articles (graph/extract/entities/body_scope.py). Every article here is
written for the tests."""
from __future__ import annotations

import json

import pytest

from conftest import EVAL
from graph.extract.entities.body_scope import scope_bodies, unnamed_body
from graph.model import Entity


def _ids(graph) -> dict[str, str]:
    """label -> id of the institutions."""
    return {e.label: e.id for e in graph.entities if e.type == "institution"}


@pytest.mark.parametrize("first, second, label", [
    ("The government said the tariff plan was fair.", "The government said the tariff plan was unfair.", "government"),
    ("Critics said the tariff plan was unfair.", "Critics said the grain levy was unfair.", "critics"),
    ("Analysts said the merger would hurt Kestrel Bank.", "Analysts said the merger would help Garvey Mell.",
     "analysts"),
    ("A committee of MPs criticised the tariff plan.", "A committee of MPs backed the grain levy.", "committee"),
])
def test_a_body_named_by_its_sort_is_a_different_node_in_each_article(build_text, first, second, label):
    a, b = _ids(build_text(first, name="story-one")), _ids(build_text(second, name="story-two"))
    assert a[label] == f"institution/story-one/{label}" and b[label] == f"institution/story-two/{label}", (a, b)


@pytest.mark.parametrize("text, label, iid", [
    ("Kestrel Bank said the tariff plan was unfair.", "Kestrel Bank", "institution/kestrel-bank"),
    ("The Senate finance committee rejected the tariff plan.", "Senate finance committee",
     "institution/senate-finance-committee"),
    ("Brazil's central bank opposed the tariff plan.", "Brazil central bank", "institution/brazil-central-bank"),
    ("The Green Party said the tariff plan was unfair.", "Green Party", "institution/green-party"),
])
def test_a_body_named_by_its_name_keeps_one_id(build_text, text, label, iid):
    assert _ids(build_text(text, name="story-one")).get(label) == iid


def test_the_edges_of_a_scoped_body_follow_it(build_text):
    graph = build_text("Critics said the tariff plan was unfair.", name="story-one")
    ids = {e.id for e in graph.entities}
    assert all(s.subject in ids and s.object in ids for s in graph.statements)
    assert any(s.subject == "institution/story-one/critics" and s.relation == "opposes" for s in graph.statements)


@pytest.mark.parametrize("entity, kind, unnamed", [
    (Entity("institution/government", "institution", "government"), "common", True),
    (Entity("institution/fisheries-ministry", "institution", "fisheries ministry"), "common", True),
    (Entity("institution/brazil-central-bank", "institution", "Brazil central bank"), "common", False),
    (Entity("institution/kestrel-bank", "institution", "Kestrel Bank"), "org", False),
    (Entity("institution/bbc", "institution", "bbc"), "org", False),  # a name, however cased
    (Entity("person/ann-roe", "person", "ann roe"), "common", False),
])
def test_only_a_body_of_the_lexicons_sorts_with_no_name_is_unnamed(entity, kind, unnamed):
    assert unnamed_body(entity, kind) is unnamed


def test_scope_bodies_leaves_an_article_without_unnamed_bodies_as_it_is():
    entities = {"institution/kestrel-bank": Entity("institution/kestrel-bank", "institution", "Kestrel Bank")}
    assert scope_bodies("story", {"institution/kestrel-bank": "org"}, entities, []) == (entities, [])


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason=f"no score.py in {EVAL}")
def test_the_pair_scorers_training_data_finds_a_scoped_body(tmp_path):
    """The pair candidates name bodies by the rules' ids, the built graph by the scoped ones: a candidate of "the
    government" is a training instance all the same, labelled by the gold (graph/training/pair_samples.py)."""
    from graph.training.edge_verdicts import load_score
    from graph.training.pair_samples import collect_folder
    (tmp_path / "story.txt").write_text("The government met union leaders about the tariff plan on Monday.\n")
    (tmp_path / "story.gold.json").write_text(json.dumps({"article": "story.txt", "entities": [
        {"id": "government", "type": "institution", "required": True, "aliases": ["government"]},
        {"id": "tariff_plan", "type": "position", "required": True, "aliases": ["tariff plan"]}], "relations": [
        {"source": "government", "relation": ["supports"], "target": ["tariff_plan"], "required": True,
         "evidence": "The government met union leaders about the tariff plan"}]}))
    (record,) = collect_folder(tmp_path, load_score(EVAL))
    assert [(i.actor, i.label) for i in record.instances] == [("institution/story/government", "supports")]
