"""What the built graph tells about the rift: camps, central actors, contested positions, contradictions.

Everything reads a built graph (the networkx MultiDiGraph of graph.io.nodelink, or an ArticleGraph, or
a `.json`/`.ttl` file written by `newsgraph build`); several articles are merged by node id, so a
corpus or the versions of one article are analysed as one graph. No language pipeline runs here.

The camps come from the signed stance graph: `supports` counts +1, `opposes` and `warns` -1. Two
actors with the same stance on a target are allied (+), with opposite stances opposed (-), and a
stance aimed at another actor ("Netanyahu opposes Hamas") relates the two directly. Each connected
group of related actors (a *front*) is split into at most `k` camps so that as many relations as
possible fall the right way (allies inside a camp, opponents across); the balance is the fraction
of relations that do. Small fronts are searched exhaustively; large ones start from the spectral
split (leading eigenvector of the signed adjacency matrix) and improve it by single moves.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx
import numpy as np

from .errors import InputError, NewsgraphError
from .model import ArticleGraph
from .io.readers import articles_title, as_graph, merge_graphs, read_graph, read_graphs

__all__ = [
    "SIGNS", "EXACT_LIMIT", "BETWEENNESS_PIVOTS", "Relation", "Camp", "Camps", "CentralActor", "Contested", "Citation",
    "Contradiction", "Analysis", "read_graph", "read_graphs", "merge_graphs", "articles_title", "as_graph", "net_stances",
    "signed_relations", "find_camps", "central_actors", "contested_positions", "contradictions",
    "analyze", "analysis_dict", "format_text", "camp_groups", "render_camps_html",
]

SIGNS = {"supports": 1, "opposes": -1, "warns": -1}
# Beyond this many candidate partitions of one front (k ** (actors - 1)) the search is heuristic:
# 2 ** 16 partitions are scored in well under a second with numpy.
EXACT_LIMIT = 2 ** 16
# Graphs with more nodes than this estimate betweenness from this many sampled source nodes.
BETWEENNESS_PIVOTS = 200


@dataclass(frozen=True)
class Relation:
    """A signed relation between two actors: `via` is the shared target, "" when one targets the other."""

    a: str
    b: str
    sign: int
    via: str = ""


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


@dataclass(frozen=True)
class CentralActor:
    id: str
    label: str
    type: str
    degree: int  # distinct neighbours, over every relation
    edges: int  # statements touching the actor
    betweenness: float  # how often the actor lies on shortest paths between others: a broker


@dataclass(frozen=True)
class Contested:
    target: str
    supporters: tuple[str, ...]
    opponents: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    article: str
    relation: str
    evidence: str
    start: int


@dataclass(frozen=True)
class Contradiction:
    """One actor on both sides of one target."""

    actor: str
    target: str
    support: tuple[Citation, ...]
    opposition: tuple[Citation, ...]
    within_article: bool  # some single article holds both sides; else the switch is across articles


@dataclass(frozen=True)
class Analysis:
    articles: tuple[str, ...]
    labels: dict  # node id -> label, for every node named in the results
    camps: Camps
    central: tuple[CentralActor, ...]
    contested: tuple[Contested, ...]
    contradictions: tuple[Contradiction, ...]


def _articles(G: nx.MultiDiGraph) -> tuple[str, ...]:
    if "articles" in G.graph:
        return tuple(G.graph["articles"])
    return tuple(sorted({str(d.get("article", G.graph.get("article", ""))) for _, _, d in G.edges(data=True)}))


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return str(G.nodes[node].get("label", node)) if node in G else node


def _is_actor(G: nx.MultiDiGraph, node: str) -> bool:
    return G.nodes[node].get("type") != "position" if node in G else True


# --- the signed stance graph -------------------------------------------------------------------------
def net_stances(G: nx.MultiDiGraph) -> dict[tuple[str, str], int]:
    """(actor, target) -> +1 or -1: each article votes once with its net sign, the majority wins.

    Within an article the sign is supports minus opposes/warns; a tie (an actor on both sides as
    often, or a side switched between two versions) gives no stance: it is a contradiction, not a camp.
    """
    per_article: dict[tuple[str, str, str], int] = defaultdict(int)
    for u, v, d in G.edges(data=True):
        if d.get("relation") in SIGNS and _is_actor(G, u):
            per_article[(u, v, str(d.get("article", "")))] += SIGNS[d["relation"]]
    total: dict[tuple[str, str], int] = defaultdict(int)
    for (u, v, _), n in per_article.items():
        total[(u, v)] += (n > 0) - (n < 0)
    return {pair: (1 if n > 0 else -1) for pair, n in sorted(total.items()) if n}


def signed_relations(G: nx.MultiDiGraph) -> list[Relation]:
    """Every signed actor-actor relation: shared or opposite stances on a target, and direct stances."""
    stances = net_stances(G)
    # an actor that is only ever a target ("opposes Hamas") joins no camp: the enemy of one's enemy
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
    rank = [a.id for a in _centrality(G, betweenness=False)] + sorted(n for n in S if G.nodes.get(n, {}).get("type") not in ("person", "institution"))
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
    order = sorted(score, key=lambda t: (-abs(score[t]), _label(G, t).lower(), t))
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


# --- centrality, contested positions, contradictions --------------------------------------------------
def central_actors(source, *, top: int | None = 10) -> tuple[CentralActor, ...]:
    """Actors (persons and institutions) by how connected they are, then by how much they broker.

    Degree counts distinct neighbours over every relation (stances, offices, memberships);
    betweenness is computed on the undirected graph, so an actor linking two camps ranks high.
    """
    actors = _centrality(as_graph(source))
    return actors[:top] if top is not None else actors


def _centrality(G: nx.MultiDiGraph, *, betweenness: bool = True) -> tuple[CentralActor, ...]:
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
    actors = [CentralActor(n, _label(G, n), str(G.nodes[n].get("type", "")), U.degree(n), edges[n],
                           round(between[n], 4))
              for n in G.nodes if G.nodes[n].get("type") in ("person", "institution") and U.degree(n)]
    actors.sort(key=lambda a: (-a.degree, -a.betweenness, -a.edges, a.id))
    return tuple(actors)


def contested_positions(source) -> tuple[Contested, ...]:
    """Targets with at least one supporter and one opponent (each actor counted by its net stance)."""
    G = as_graph(source)
    sides: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for (actor, target), sign in net_stances(G).items():
        sides[target][0 if sign > 0 else 1].append(actor)
    found = [Contested(t, tuple(s), tuple(o)) for t, (s, o) in sides.items() if s and o]
    found.sort(key=lambda c: (-min(len(c.supporters), len(c.opponents)),
                              -(len(c.supporters) + len(c.opponents)), c.target))
    return tuple(found)


def contradictions(source) -> tuple[Contradiction, ...]:
    """Actors that both support and oppose (or warn about) one target, in one article or across several."""
    G = as_graph(source)
    cites: dict[tuple[str, str], tuple[list[Citation], list[Citation]]] = defaultdict(lambda: ([], []))
    for u, v, d in G.edges(data=True):
        if d.get("relation") in SIGNS:
            cite = Citation(str(d.get("article", "")), d["relation"], str(d.get("evidence", "")),
                            int(d.get("evidence_start", 0)))
            cites[(u, v)][0 if SIGNS[d["relation"]] > 0 else 1].append(cite)
    found = []
    for (actor, target), (pro, con) in sorted(cites.items()):
        if pro and con:
            within = bool({c.article for c in pro} & {c.article for c in con})
            found.append(Contradiction(actor, target, tuple(sorted(set(pro), key=_cite_order)),
                                       tuple(sorted(set(con), key=_cite_order)), within))
    return tuple(found)


def _cite_order(c: Citation):
    return (c.article, c.start, c.relation, c.evidence)


# --- the whole analysis and its renderings -----------------------------------------------------------
def analyze(sources, *, k: int = 2, top: int = 10) -> Analysis:
    """Analyse one graph, or several merged by node id (files, MultiDiGraphs or ArticleGraphs)."""
    if isinstance(sources, (nx.MultiDiGraph, ArticleGraph, str, Path)):
        sources = [sources]
    graphs = [as_graph(s) for s in sources]
    if not graphs:
        raise InputError("no graph to analyse; give at least one .json or .ttl built by `newsgraph build`")
    G = graphs[0] if len(graphs) == 1 else merge_graphs(graphs)
    result = Analysis(_articles(G), {}, find_camps(G, k=k), central_actors(G, top=top),
                      contested_positions(G), contradictions(G))
    named = set()
    for camp in result.camps.camps:
        named.update(camp.members + camp.supports + camp.opposes)
    for r in result.camps.frustrated:
        named.update((r.a, r.b, r.via))
    named.update(a.id for a in result.central)
    for c in result.contested:
        named.update((c.target,) + c.supporters + c.opponents)
    for c in result.contradictions:
        named.update((c.actor, c.target))
    result.labels.update({n: _label(G, n) for n in sorted(named - {""})})
    return result


def analysis_dict(result: Analysis) -> dict:
    """A JSON-ready dict (ids, with their labels under "labels")."""
    data = asdict(result)
    data["camps"]["balance"] = round(result.camps.balance, 4)
    return data


def format_text(result: Analysis, *, width: int = 6) -> str:
    """The analysis as plain text for a terminal; lists longer than `width` are cut with a count."""
    L = result.labels

    def names(ids, limit=width) -> str:
        # nodes scoped to their article share a label across versions of a story: one name, counted
        counts = Counter(L.get(i, i) for i in ids)
        shown = [f"{label} x{n}" if n > 1 else label for label, n in list(counts.items())[:limit]]
        more = len(counts) - len(shown)
        return ", ".join(shown) + (f" (+{more} more)" if more > 0 else "") if shown else "-"

    c = result.camps
    out = [f"articles: {', '.join(result.articles) or '-'}", ""]
    out.append(f"camps: balance {c.balance:.2f} ({c.consistent} of {c.total} signed relations fit, {c.method})")
    if not c.camps:
        out.append("  no two actors are related by stances")
    for front in sorted({camp.front for camp in c.camps}):
        members = [(i, camp) for i, camp in enumerate(c.camps) if camp.front == front]
        out.append(f"  front {front + 1}:" + (" (no rival camp)" if len(members) == 1 else ""))
        for i, camp in members:
            out.append(f"    camp {i + 1}: {names(camp.members, 12)}")
            if camp.supports:
                out.append(f"      backs:   {names(camp.supports, 4)}")
            if camp.opposes:
                out.append(f"      opposes: {names(camp.opposes, 4)}")
    for r in c.frustrated[:width]:
        how = "allied" if r.sign > 0 else "opposed"
        via = f" on {L.get(r.via, r.via)}" if r.via else ""
        out.append(f"  misfit: {L.get(r.a, r.a)} and {L.get(r.b, r.b)} are {how}{via}")
    out += ["", "central actors (neighbours, statements, betweenness):"]
    out += [f"  {a.label} ({a.type}): {a.degree}, {a.edges}, {a.betweenness:.3f}" for a in result.central] or ["  -"]
    out += ["", "contested positions:"]
    out += [f"  {L.get(p.target, p.target)}: for {names(p.supporters)}; against {names(p.opponents)}"
            for p in result.contested] or ["  -"]
    out += ["", "contradictions:"]
    for x in result.contradictions:
        where = "within one article" if x.within_article else "across articles"
        out.append(f"  {L.get(x.actor, x.actor)} both backs and opposes {L.get(x.target, x.target)} ({where})")
        for cite in x.support[:2] + x.opposition[:2]:
            out.append(f"    {cite.relation} [{cite.article}]: {_clip(cite.evidence)}")
    if not result.contradictions:
        out.append("  -")
    return "\n".join(out) + "\n"


def _clip(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def camp_groups(result: Analysis | Camps) -> dict[str, str]:
    """node id -> camp name, for colouring a view: members, and the targets only their camp backs."""
    camps = result.camps if isinstance(result, Analysis) else result
    labels = result.labels if isinstance(result, Analysis) else {}
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


def render_camps_html(source, result: Analysis | None = None, *, title: str = "") -> str:
    """The interactive graph view with nodes coloured by camp (through graph.io.html.render_network)."""
    try:
        from .io.html import render_network  # the viewer reads its assets from disk: only when a view is asked for
    except ImportError:
        raise NewsgraphError("this install has no graph viewer (graph.io.html.render_network); "
                             "reinstall newsgraph to write the camp view") from None

    graphs = source if isinstance(source, (list, tuple)) else [source]
    graphs = [as_graph(s) for s in graphs]
    G = graphs[0] if len(graphs) == 1 else merge_graphs(graphs)
    result = result or analyze(G)
    c = result.camps
    notice = (f"Colours: camps from the signed stances, balance {c.balance:.2f} "
              f"({c.consistent} of {c.total} relations fit).")
    return render_network(G, title=title or f"camps: {G.graph.get('article', '')}",
                          node_groups=camp_groups(result), notice=notice)
