"""Where the viewer draws each node, decided when the page is built: the browser only draws.

A live force simulation of a few thousand bodies takes seconds and never gives the same picture
twice; positions computed here with networkx (a seeded spring layout) are the same bytes on every
build and let the page open with physics off.

Small graphs: each connected component laid out on its own, then the components packed in rows,
largest first. Large graphs: two levels, as a reader sees them: communities (Louvain, seeded) are
laid out as one graph of clusters, and each community inside the disc its cluster gets. The
communities are also what the corpus overview draws (`clusters`).

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> positions(G) == positions(G)
    True
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

__all__ = ["SEED", "positions", "communities", "clusters"]

SEED = 7
# Dense spring layout costs n^2 per iteration: above this a community is split again before it is laid out.
_DENSE_LIMIT = 300
_ITERATIONS = 60


def _simple(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph of G, built in sorted order so that the layout ignores insertion order."""
    U = nx.Graph()
    U.add_nodes_from(sorted(map(str, G.nodes)))
    weights: Counter = Counter()
    for u, v in G.edges():
        u, v = str(u), str(v)
        if u != v:
            weights[(u, v) if u < v else (v, u)] += 1
    U.add_weighted_edges_from((u, v, float(w)) for (u, v), w in sorted(weights.items()))
    return U


def _induced(U: nx.Graph, nodes) -> nx.Graph:
    """The subgraph on `nodes`, as a new graph in sorted order (a subgraph view iterates a set: its order
    would follow PYTHONHASHSEED, and so would the layout)."""
    keep = set(nodes)
    S = nx.Graph()
    S.add_nodes_from(sorted(keep))
    S.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in U.edges(sorted(keep)) if v in keep))
    return S


def communities(G: nx.Graph, *, resolution: float = 1.0) -> list[list[str]]:
    """Louvain communities of G (seeded), each sorted, largest first, ties by first member."""
    U = G if isinstance(G, nx.Graph) and not G.is_directed() and not G.is_multigraph() else _simple(G)
    if U.number_of_nodes() == 0:
        return []
    # Louvain iterates over sets of nodes: with string ids their order follows PYTHONHASHSEED, with whole
    # numbers it does not. So it runs on the nodes' ranks in sorted order, and the ranks are mapped back.
    names = sorted(U.nodes)
    rank = {v: i for i, v in enumerate(names)}
    R = nx.Graph()
    R.add_nodes_from(range(len(names)))
    R.add_weighted_edges_from(sorted((min(rank[u], rank[v]), max(rank[u], rank[v]), float(d.get("weight", 1.0)))
                                     for u, v, d in U.edges(data=True)))
    found = nx.community.louvain_communities(R, weight="weight", resolution=resolution, seed=SEED)
    return sorted((sorted(names[i] for i in c) for c in found), key=lambda c: (-len(c), c[0]))


def _spring(U: nx.Graph, radius: float) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of a (small) connected graph, within `radius` of the origin."""
    n = U.number_of_nodes()
    nodes = sorted(U.nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-radius / 2, 0.0), nodes[1]: (radius / 2, 0.0)}
    if n > _DENSE_LIMIT:
        return _two_level(U, radius, resolution=2.0)
    pos = nx.spring_layout(U, seed=SEED, iterations=_ITERATIONS, scale=radius, weight=None)
    return {v: (float(pos[v][0]), float(pos[v][1])) for v in nodes}


def _pack(parts: list[tuple[dict[str, tuple[float, float]], float]], gap: float) -> dict[str, tuple[float, float]]:
    """Place laid-out parts (positions around 0, radius) in rows of about equal width, largest first."""
    if not parts:
        return {}
    area = sum((2 * r + gap) ** 2 for _, r in parts)
    width = max(max(2 * r + gap for _, r in parts), math.sqrt(area) * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, r in parts:
        size = 2 * r + gap
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        for v, (px, py) in pos.items():
            out[v] = (cx + px, cy + py)
        x += size
        row_height = max(row_height, size)
    return out


def _components(U: nx.Graph, spacing: float) -> dict[str, tuple[float, float]]:
    parts = []
    for comp in sorted((sorted(c) for c in nx.connected_components(U)), key=lambda c: (-len(c), c[0])):
        radius = spacing * math.sqrt(len(comp)) * 0.6 if len(comp) > 1 else 0.0
        parts.append((_spring(_induced(U, comp), radius), radius))
    return _pack(parts, spacing)


def _two_level(U: nx.Graph, radius: float, *, resolution: float = 1.0,
               groups: list[list[str]] | None = None) -> dict[str, tuple[float, float]]:
    """Communities laid out as one graph, then each inside its own disc (its radius grows with sqrt(size))."""
    groups = groups if groups is not None else communities(U, resolution=resolution)
    if len(groups) <= 1:  # Louvain found no split: a circle keeps a big blob readable and costs nothing
        nodes = sorted(U.nodes)
        n = len(nodes)
        return {v: (radius * math.cos(2 * math.pi * i / n), radius * math.sin(2 * math.pi * i / n))
                for i, v in enumerate(nodes)}
    total = sum(len(g) for g in groups)
    where = {v: i for i, g in enumerate(groups) for v in g}
    C = nx.Graph()
    C.add_nodes_from(range(len(groups)))
    for u, v in U.edges():
        a, b = where[u], where[v]
        if a != b:
            C.add_edge(min(a, b), max(a, b))
    radii = [radius * math.sqrt(len(g) / total) for g in groups]
    spacing = radius / (0.6 * math.sqrt(total))  # between neighbours, as in a one-level layout of this size
    centres = _components(C, spacing=2.2 * max(radii))
    out: dict[str, tuple[float, float]] = {}
    for i, g in enumerate(groups):
        sub = _induced(U, g)
        if nx.is_connected(sub):
            inner = _spring(sub, radii[i])
        else:  # a group of leftovers: its pieces packed, centred on the group's place
            inner = _components(sub, spacing)
            mx = sum(p[0] for p in inner.values()) / len(inner)
            my = sum(p[1] for p in inner.values()) / len(inner)
            inner = {v: (p[0] - mx, p[1] - my) for v, p in inner.items()}
        cx, cy = centres[i]
        for v, (px, py) in inner.items():
            out[v] = (cx + px, cy + py)
    return out


def positions(G: nx.Graph, *, spacing: float = 120.0, large: int = 300,
              groups: list[list[str]] | None = None) -> dict[str, tuple[int, int]]:
    """Node id -> (x, y) in whole pixels (whole numbers keep the page's bytes the same on every machine).

    Graphs up to `large` nodes: components laid out apart and packed; larger ones (or when `groups`
    are given): two levels, clusters then their members.
    """
    U = _simple(G)
    n = U.number_of_nodes()
    if n == 0:
        return {}
    if n <= large and groups is None:
        pos = _components(U, spacing)
    else:
        pos = _two_level(U, spacing * math.sqrt(n) * 0.6, groups=groups)
    return {v: (round(x), round(y)) for v, (x, y) in sorted(pos.items())}


def clusters(G: nx.Graph, *, max_clusters: int = 40, min_size: int = 3, max_size: int = 300,
             types: dict[str, str] | None = None) -> tuple[list[list[str]], int]:
    """The groups the corpus overview draws, and how many of them are communities: Louvain communities of
    at least `min_size` members (at most `max_clusters` of them), then the nodes left over grouped by type."""
    found = communities(G)
    kept = [c for c in found if len(c) >= min_size][:max_clusters]
    kept_nodes = {v for c in kept for v in c}
    rest: dict[str, list[str]] = {}
    for v in sorted(map(str, G.nodes)):
        if v not in kept_nodes:
            rest.setdefault((types or {}).get(v) or v.split("/", 1)[0], []).append(v)
    # a group of leftovers is cut into slices of at most `max_size` (in id order, so roughly by name):
    # expanding one draws a few hundred nodes, not the thousands a large corpus leaves over
    slices = [rest[t][i:i + max_size] for t in sorted(rest) for i in range(0, len(rest[t]), max_size)]
    return kept + slices, len(kept)
