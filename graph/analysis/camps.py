"""Camps: each front of related actors split into at most k camps so that the most signed relations fit.

Each connected group of related actors (a *front*) is split into at most `k` camps so that as many
relations as possible fall the right way (allies inside a camp, opponents across); the balance is the
fraction of relations that do. Small fronts are searched exhaustively; large ones start from the
spectral split (leading eigenvector of the signed adjacency matrix) and improve it by single moves.

Imports networkx, numpy, graph.io.readers and the stance graph and centrality (to order members).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..io.readers import as_graph
from .centrality import centrality
from .stances import Relation, label_of, net_stances, signed_relations

__all__ = ["EXACT_LIMIT", "Camp", "Camps", "find_camps", "camp_names"]

# Beyond this many candidate partitions of one front (k ** (actors - 1)) the search is heuristic:
# 2 ** 16 partitions are scored in well under a second with numpy.
EXACT_LIMIT = 2 ** 16


@dataclass(frozen=True)
class Camp:
    """Actors on one side; camps of the same `front` oppose each other, fronts are unrelated."""

    front: int
    members: tuple[str, ...]  # most connected first
    supports: tuple[str, ...]  # targets the camp backs on balance
    opposes: tuple[str, ...]  # targets the camp opposes or warns about on balance


@dataclass(frozen=True)
class Camps:
    camps: tuple[Camp, ...]
    consistent: int  # relations that fall the right way
    total: int
    frustrated: tuple[Relation, ...]  # the relations that do not: allies split, or opponents together
    method: str  # "exact" when every front was searched exhaustively, else "spectral+local"

    @property
    def balance(self) -> float:
        """Fraction of signed relations consistent with the camps (1.0 when there are none)."""
        return self.consistent / self.total if self.total else 1.0


def find_camps(source, *, k: int = 2, exact_limit: int = EXACT_LIMIT) -> Camps:
    """Split the actors into camps (at most `k` per front) so that the most signed relations fit."""
    if k < 1:
        raise ValueError(f"k={k}: a front needs at least one camp; give k >= 1")
    G = as_graph(source)
    relations = signed_relations(G)
    S = nx.Graph()
    for r in relations:
        if not S.has_edge(r.a, r.b):
            S.add_edge(r.a, r.b, weight=0, count=0)
        S[r.a][r.b]["weight"] += r.sign
        S[r.a][r.b]["count"] += 1
    stances: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (actor, target), sign in net_stances(G).items():
        stances[actor].append((target, sign))
    rank = [a.id for a in centrality(G, betweenness=False)] + sorted(n for n in S if G.nodes.get(n, {}).get("type") not in ("person", "institution"))
    exact = True
    assignment: dict[str, tuple[int, int]] = {}  # actor -> (front, camp within front)
    size: dict[str, int] = {n: sum(d["count"] for d in S[n].values()) for n in S}
    fronts = sorted((sorted(c) for c in nx.connected_components(S)), key=lambda c: (-sum(size[n] for n in c), c[0]))
    camps = []
    for f, nodes in enumerate(fronts):
        W = nx.to_numpy_array(S.subgraph(nodes), nodelist=nodes, weight="weight")
        if k ** (len(nodes) - 1) <= exact_limit:
            labels = _exact_partition(W, k)
        else:
            exact = False
            labels = _local_search(W, _spectral_split(W), k)
        groups: dict[int, list[str]] = defaultdict(list)
        for node, c in zip(nodes, labels):
            groups[int(c)].append(node)
        ordered = sorted((sorted(g, key=rank.index) for g in groups.values()),
                         key=lambda g: (-len(g), rank.index(g[0])))
        for members in ordered:
            for n in members:
                assignment[n] = (f, len(camps))
            camps.append(_camp(f, members, stances, G))
    consistent, frustrated = 0, []
    for r in relations:
        same = assignment[r.a][1] == assignment[r.b][1]
        if same == (r.sign > 0):
            consistent += 1
        else:
            frustrated.append(r)
    return Camps(tuple(camps), consistent, len(relations), tuple(frustrated), "exact" if exact else "spectral+local")


def _camp(front: int, members: list[str], stances: dict[str, list[tuple[str, int]]], G: nx.MultiDiGraph) -> Camp:
    score: dict[str, int] = defaultdict(int)
    inside = set(members)
    for actor in members:
        for target, sign in stances.get(actor, ()):
            if target not in inside:
                score[target] += sign
    order = sorted(score, key=lambda t: (-abs(score[t]), label_of(G, t).lower(), t))
    return Camp(front, tuple(members), tuple(t for t in order if score[t] > 0), tuple(t for t in order if score[t] < 0))


def _agreement(W: np.ndarray, labels: np.ndarray, k: int) -> np.ndarray:
    """Sum of weights inside camps for each row of `labels` (partitions x actors): what is maximised."""
    onehot = (labels[:, :, None] == np.arange(k)[None, None, :]).astype(W.dtype)
    return np.einsum("bik,ij,bjk->b", onehot, W, onehot)


def _exact_partition(W: np.ndarray, k: int) -> np.ndarray:
    n = len(W)
    k = min(k, n)
    if n == 1 or k == 1:
        return np.zeros(n, dtype=int)
    # every labelling as the base-k digits of an index; the first actor is pinned to camp 0
    # because relabelling the camps gives the same partition
    index = np.arange(k ** (n - 1), dtype=np.int64)
    digits = (index[:, None] // (k ** np.arange(n - 1, dtype=np.int64))[None, :]) % k
    labels = np.hstack([np.zeros((len(index), 1), dtype=np.int64), digits])
    scores = _agreement(W, labels, k)
    # the first maximum: the lowest index, so the fewest camps are used and the choice is deterministic
    best = int(np.argmax(scores >= scores.max() - 1e-9))
    return labels[best]


def _spectral_split(W: np.ndarray) -> np.ndarray:
    """Two camps from the signs of the leading eigenvector of the signed adjacency matrix."""
    _, vectors = np.linalg.eigh(W)
    lead = vectors[:, -1]
    if lead[np.argmax(np.abs(lead))] < 0:  # an eigenvector's sign is arbitrary: fix it for determinism
        lead = -lead
    return (lead < 0).astype(int)


def _local_search(W: np.ndarray, labels: np.ndarray, k: int, *, max_moves: int = 10_000) -> np.ndarray:
    """Move one actor at a time to the camp it agrees with most, until no move improves the fit."""
    labels = labels.copy()
    n = len(W)
    for _ in range(max_moves):
        # pull[v, c]: net agreement of v with camp c (v itself excluded)
        onehot = np.zeros((n, k))
        onehot[np.arange(n), labels] = 1
        pull = W @ onehot - np.diag(W)[:, None] * onehot
        gain = pull - pull[np.arange(n), labels][:, None]
        v, c = np.unravel_index(int(np.argmax(gain)), gain.shape)
        if gain[v, c] <= 1e-9:
            break
        labels[v] = c
    return labels


def camp_names(camps: Camps, labels: dict[str, str]) -> dict[str, str]:
    """node id -> camp name, for colouring a view: members, and the targets only their camp backs."""
    groups: dict[str, str] = {}
    backers: dict[str, set[str]] = defaultdict(set)
    for i, camp in enumerate(camps.camps):
        lead = labels.get(camp.members[0], camp.members[0])
        name = f"camp {i + 1}: {lead}" if len(camp.members) > 1 else f"alone: {lead}"
        for m in camp.members:
            groups[m] = name
        for t in camp.supports:
            backers[t].add(name)
    for target, names in sorted(backers.items()):
        if target not in groups and len(names) == 1:
            groups[target] = next(iter(names))
    return dict(sorted(groups.items()))
