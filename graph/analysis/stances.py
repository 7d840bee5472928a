"""The signed stance graph every analysis reads: `supports` +1, `opposes` and `warns` -1, one vote per article.

Two actors with the same stance on a target are allied (+), with opposite stances opposed (-), and a
stance aimed at another actor ("X opposes Y") relates the two directly.

Imports networkx only: the graph comes in as a networkx MultiDiGraph (graph.io.readers.as_graph).
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

__all__ = ["SIGNS", "Relation", "articles_of", "label_of", "is_actor", "net_stances", "signed_relations"]

SIGNS = {"supports": 1, "opposes": -1, "warns": -1}


@dataclass(frozen=True)
class Relation:
    """A signed relation between two actors: `via` is the shared target, "" when one targets the other."""

    a: str
    b: str
    sign: int
    via: str = ""


def articles_of(G: nx.MultiDiGraph) -> tuple[str, ...]:
    if "articles" in G.graph:
        return tuple(G.graph["articles"])
    return tuple(sorted({str(d.get("article", G.graph.get("article", ""))) for _, _, d in G.edges(data=True)}))


def label_of(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label", node)) if node in G else node


def is_actor(G: nx.MultiDiGraph, node: str) -> bool:
    return G.nodes[node].get("type") != "position" if node in G else True


def net_stances(G: nx.MultiDiGraph) -> dict[tuple[str, str], int]:
    """(actor, target) -> +1 or -1: each article votes once with its net sign, the majority wins.

    Within an article the sign is supports minus opposes/warns; a tie (an actor on both sides as
    often, or a side switched between two versions) gives no stance: it is a contradiction, not a camp.
    """
    per_article: dict[tuple[str, str, str], int] = defaultdict(int)
    for u, v, d in G.edges(data=True):
        if d.get("relation") in SIGNS and is_actor(G, u):
            per_article[(u, v, str(d.get("article", "")))] += SIGNS[d["relation"]]
    total: dict[tuple[str, str], int] = defaultdict(int)
    for (u, v, _), n in per_article.items():
        total[(u, v)] += (n > 0) - (n < 0)
    return {pair: (1 if n > 0 else -1) for pair, n in sorted(total.items()) if n}


def signed_relations(G: nx.MultiDiGraph) -> list[Relation]:
    """Every signed actor-actor relation: shared or opposite stances on a target, and direct stances."""
    stances = net_stances(G)
    # an actor that is only ever a target ("opposes the Front") joins no camp: the enemy of one's enemy
    # is not thereby an ally, and the camps are about who takes which stance
    holders = {actor for actor, _ in stances}
    by_target: dict[str, list[tuple[str, int]]] = defaultdict(list)
    relations = []
    for (actor, target), sign in stances.items():
        by_target[target].append((actor, sign))
        if target in holders:
            relations.append(Relation(*sorted((actor, target)), sign))
    for target, holders in sorted(by_target.items()):
        for (a, sa), (b, sb) in itertools.combinations(sorted(holders), 2):
            if a != target and b != target:
                relations.append(Relation(a, b, sa * sb, target))
    return sorted(relations, key=lambda r: (r.a, r.b, r.via, r.sign))
