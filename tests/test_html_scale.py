"""The viewer at corpus scale: a synthetic 2,000-node graph still opens, draws every node and stays usable.

`corpus_like_graph` is also what benchmarks/bench_html.py renders.
"""
from __future__ import annotations

import random

from graph.model import Article, ArticleGraph, Entity, Evidence, Statement

__all__ = ["corpus_like_graph"]

_FIRST = ("Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jon", "Kemi", "Lars", "Mei", "Nour")
_LAST = ("Abbott", "Brandt", "Cruz", "Dlamini", "Eriksen", "Fofana", "Garcia", "Haddad", "Ito", "Jansen", "Khan")
_OFFICES = ("Prime Minister", "Finance Minister", "Home Secretary", "Chancellor", "Mayor", "Attorney General")
_BODIES = ("Labour", "Conservatives", "Treasury", "Senate", "Cabinet", "Union", "Central Bank", "Commission")
_POLICIES = ("tax cut", "rail plan", "border bill", "energy cap", "school reform", "aid budget", "rate rise")
_STANCES = ("supports", "opposes", "warns")


def corpus_like_graph(n_nodes: int = 2000, *, seed: int = 3) -> ArticleGraph:
    """A graph shaped like a corpus build: many article-sized clusters joined by a few shared hubs."""
    rng = random.Random(seed)
    entities: dict[str, Entity] = {}
    statements: list[Statement] = []
    text_parts: list[str] = []
    offset = 0

    def entity(kind: str, label: str) -> str:
        eid = f"{kind}/{label.lower().replace(' ', '-')}"
        entities.setdefault(eid, Entity(eid, kind, label, (label.split()[-1],) if kind == "person" else ()))
        return eid

    def say(subject: str, relation: str, obj: str, rule: str) -> None:
        nonlocal offset
        sentence = f"{entities[subject].label} {relation} the {entities[obj].label}."
        cite = len(entities[subject].label) + 1
        evidence = Evidence(sentence, offset, offset + len(sentence), offset + cite, offset + cite + len(relation))
        statements.append(Statement(subject, relation, obj, evidence, rule, round(rng.uniform(0.4, 0.95), 2),
                                    hedged=rng.random() < 0.15))
        text_parts.append(sentence)
        offset += len(sentence) + 1

    hubs = [entity("institution", body) for body in _BODIES]
    cluster = 0
    while len(entities) < n_nodes:
        cluster += 1
        people = [entity("person", f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {cluster}") for _ in range(rng.randint(2, 5))]
        offices = [entity("office", f"{rng.choice(_OFFICES)} {cluster}") for _ in range(rng.randint(1, 2))]
        positions = [entity("position", f"{rng.choice(_POLICIES)} {cluster}") for _ in range(rng.randint(2, 4))]
        for person in people:
            say(person, "holds", rng.choice(offices), "title-name")
            say(person, "member_of", rng.choice(hubs) if rng.random() < 0.3 else
                entity("institution", f"{rng.choice(_BODIES)} {cluster}"), "apposition")
            for position in rng.sample(positions, k=rng.randint(1, len(positions))):
                say(person, rng.choice(_STANCES), position, "verb-object")
    ordered = tuple(sorted(entities.values(), key=lambda e: e.id))
    keep = {e.id for e in ordered[:n_nodes]}
    article = Article("synthetic-corpus", " ".join(text_parts))
    return ArticleGraph(article, tuple(e for e in ordered if e.id in keep),
                        tuple(s for s in statements if s.subject in keep and s.object in keep))


def test_html_scale_synthetic_graph_is_corpus_sized_and_stable():
    graph = corpus_like_graph(2000)
    ids = {e.id for e in graph.entities}
    assert len(ids) == 2000
    assert all(s.subject in ids and s.object in ids for s in graph.statements)
    assert graph == corpus_like_graph(2000)


def test_html_scale_large_page_keeps_everything_and_draws_it_cheaply():
    from graph.io.html import page_data
    from graph.io.nodelink import to_networkx

    graph = corpus_like_graph(2000)
    data = page_data(to_networkx(graph), title="corpus")
    assert data["large"]
    assert (len(data["nodes"]), len(data["edges"])) == (2000, len(graph.statements))
    # Straight edges without labels, and a bounded layout budget: what keeps 2,000 nodes responsive.
    assert data["options"]["edges"]["smooth"] is False and data["options"]["edges"]["font"]["size"] == 0
    assert not any("smooth" in e for e in data["edges"])
    assert data["options"]["physics"]["stabilization"]["iterations"] <= 200
