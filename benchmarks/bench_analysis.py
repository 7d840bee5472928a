"""How long `analyze` takes on a corpus-sized graph, and how well the camp search does on a big front.

The graph is synthetic and seeded: many article-sized fronts (searched exhaustively) plus one front of
400 actors with two planted camps and 10% of stances flipped as noise (searched by spectral split and
local moves). Printed:
  - analyze time, and its ratio to the reference: writing the same graph as node-link JSON, the way
    `newsgraph build` does (same run, same machine);
  - on the big front, the relations the camps fit, against the planted split: a ratio >= 1 means the
    heuristic found a split at least as good as the truth that generated the data.

    .venv/bin/python benchmarks/bench_analysis.py
"""
from __future__ import annotations

import json
import random
import time

import networkx as nx

from graph.analysis import analyze, find_camps, signed_relations

__all__ = ["synthetic_corpus"]


def _edge(G: nx.MultiDiGraph, u: str, relation: str, v: str, article: str) -> None:
    for node in (u, v):
        if node not in G:
            kind = node.split("/")[0]
            G.add_node(node, type=kind, label=node.split("/")[1], aliases=[])
    G.add_edge(u, v, relation=relation, article=article, evidence=f"{u} {relation} {v}.", evidence_start=0)


def synthetic_corpus(*, articles: int = 300, big_front: int = 400, noise: float = 0.1, seed: int = 1):
    """(graph, planted side of each big-front actor)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for a in range(articles):  # one small rift per article: 3-8 actors on 2-3 positions
        actors = [f"person/a{a}-{i}" for i in range(rng.randint(3, 8))]
        plans = [f"position/p{a}-{j}" for j in range(rng.randint(2, 3))]
        for actor in actors:
            side = rng.random() < 0.5
            for plan in rng.sample(plans, 2):
                for_it = side == (plans.index(plan) % 2 == 0)
                _edge(G, actor, "supports" if for_it else rng.choice(["opposes", "warns"]), plan, f"art{a}")
            _edge(G, actor, "holds", f"office/o{a}-{rng.randint(0, 2)}", f"art{a}")
    planted = {}
    plans = [f"position/big-{j}" for j in range(12)]
    for i in range(big_front):
        actor = f"person/big-{i:03d}"
        planted[actor] = side = i % 2
        for plan in rng.sample(plans, 3):
            agree = (side == plans.index(plan) % 2) != (rng.random() < noise)
            _edge(G, actor, "supports" if agree else "opposes", plan, f"big{i % 20}")
    return G, planted


def _best_of(f, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    G, planted = synthetic_corpus()
    print(f"graph: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges, "
          f"{len(signed_relations(G)):,} signed actor relations")
    reference = _best_of(lambda: json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, indent=1))
    took = _best_of(lambda: analyze(G), repeat=2)
    print(f"analyze: {took:.2f} s; node-link JSON write (reference): {reference:.3f} s; ratio {took / reference:.1f}x")

    big = G.subgraph([n for n in G if "big" in n]).copy()
    camps = find_camps(big)
    relations = signed_relations(big)
    truth = sum((planted[r.a] == planted[r.b]) == (r.sign > 0) for r in relations)
    print(f"big front ({len(planted)} actors, {camps.method}): camps fit {camps.consistent:,} of {camps.total:,} "
          f"relations (balance {camps.balance:.3f}); planted split fits {truth:,}; "
          f"ratio {camps.consistent / truth:.3f}")


if __name__ == "__main__":
    main()
