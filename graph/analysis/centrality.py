"""Central actors: persons and institutions by distinct neighbours, then by how much they broker.

Imports networkx, graph.io.readers (any graph source) and the stance graph's helpers.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from ..io.readers import as_graph
from .stances import label_of

__all__ = ["BETWEENNESS_PIVOTS", "CentralActor", "central_actors", "centrality"]

# Graphs with more nodes than this estimate betweenness from this many sampled source nodes.
BETWEENNESS_PIVOTS = 200


@dataclass(frozen=True)
class CentralActor:
    id: str
    label: str
    type: str
    degree: int  # distinct neighbours, over every relation
    edges: int  # statements touching the actor
    betweenness: float  # how often the actor lies on shortest paths between others: a broker


def central_actors(source, *, top: int | None = 10) -> tuple[CentralActor, ...]:
    """Actors (persons and institutions) by how connected they are, then by how much they broker.

    Degree counts distinct neighbours over every relation (stances, offices, memberships);
    betweenness is computed on the undirected graph, so an actor linking two camps ranks high.
    """
    actors = centrality(as_graph(source))
    return actors[:top] if top is not None else actors


def centrality(G: nx.MultiDiGraph, *, betweenness: bool = True) -> tuple[CentralActor, ...]:
    U = nx.Graph()
    U.add_nodes_from(G.nodes)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    between: dict[str, float] = defaultdict(float)
    if betweenness:
        # exact betweenness is O(nodes x edges) in pure Python: a corpus graph samples its pivots,
        # with a fixed seed so that the same graph always gives the same figures
        pivots = None if len(U) <= BETWEENNESS_PIVOTS else BETWEENNESS_PIVOTS
        between.update(nx.betweenness_centrality(U, k=pivots, normalized=True, seed=0))
    edges: dict[str, int] = defaultdict(int)
    for u, v in G.edges():
        edges[u] += 1
        edges[v] += 1
    actors = [CentralActor(n, label_of(G, n), str(G.nodes[n].get("type", "")), U.degree(n), edges[n],
                           round(between[n], 4))
              for n in G.nodes if G.nodes[n].get("type") in ("person", "institution") and U.degree(n)]
    actors.sort(key=lambda a: (-a.degree, -a.betweenness, -a.edges, a.id))
    return tuple(actors)
