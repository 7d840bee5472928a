"""The interactive HTML view: one self-contained page that draws a graph with vis-network.

The page is a single file with every script and style inlined (vis-network 9.1.2, vendored
from pyvis' bundle into graph/io/assets/), so it opens from disk with the network off. Python
decides everything that must be deterministic (styles, edge curvature, layout seed, the
split of each evidence sentence around its cited span); graph/io/assets/viewer.js only draws it
and wires the controls.

Article strings never reach the page as markup: they travel in one JSON blob inside
`<script type="application/json">` with `<`, `>`, `&` and U+2028/9 escaped, and the script
renders them with textContent.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("person/a", type="person", label="<b>A</b>", aliases=[])
    >>> "<b>A</b>" in render_network(G, title="demo")
    False
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from ..model import NODE_TYPES, RELATIONS, ArticleGraph
from .layout import clusters as find_clusters
from .layout import positions
from .nodelink import to_networkx
from .pack import pack
from .styles import (GROUP_COLORS, NO_GROUP_COLOR, NODE_STYLES, OTHER_NODE, OTHER_RELATION, RELATION_STYLES,
                     STATUS_STYLES, edge_record, evidence_parts, group_colors, node_record, options)

__all__ = [
    "NODE_STYLES", "RELATION_STYLES", "STATUS_STYLES", "GROUP_COLORS", "LARGE_GRAPH", "OVERVIEW_ABOVE",
    "render_network", "render_html", "page_data", "dumps_script_json", "evidence_parts",
]

ASSETS = Path(__file__).with_name("assets")
# Beyond this many nodes the page starts with physics off and edge labels hidden until zoomed in:
# a live simulation of thousands of bodies freezes the tab, and thousands of labels are noise.
LARGE_GRAPH = 300
# Beyond this many nodes a graph of several articles (a corpus) opens on an overview of its clusters.
OVERVIEW_ABOVE = 400

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_MARKER = re.compile(r"/\*@(\w+)@\*/")


def dumps_script_json(value) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _vis_data(nodes: list[dict], edges: list[dict]) -> tuple[list[dict], list[dict]]:
    """The vis-network node and edge records, through pyvis' Network (the design card's drawing model).

    pyvis' own page template pulls scripts from a CDN and pastes strings into HTML, so only its data
    model is used; the page around it is ours (offline, escaped).
    """
    net = Network(directed=True, cdn_resources="remote")
    for record in nodes:
        net.add_node(record["id"], **{k: v for k, v in record.items() if k != "id"})
    for record in edges:
        # our arrow style, not pyvis' bare "to"
        net.add_edge(record["from"], record["to"], arrows={"to": {"enabled": True, "scaleFactor": 0.6}},
                     **{k: v for k, v in record.items() if k not in ("from", "to")})
    vis_nodes, vis_edges, *_ = net.get_network_data()
    return vis_nodes, vis_edges


_PLURALS = {"person": "people"}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _overview(G: nx.MultiDiGraph, nodes: list[dict], groups: list[list[str]], communities: int) -> list[dict]:
    """The clusters the overview draws: sized by members, labelled by their most connected members."""
    degree = {str(n): d for n, d in G.degree()}
    by_id = {n["id"]: n for n in nodes}
    out = []
    for i, members in enumerate(groups):
        cid = f"cluster/{i}"
        # actors name a cluster better than the positions they take: most connected actors first
        top = sorted(members, key=lambda v: (by_id[v]["ng"]["type"] == "position", -degree.get(v, 0),
                                             by_id[v]["label"], v))
        types = Counter(by_id[v]["ng"]["type"] for v in members)
        dominant = min(types, key=lambda t: (-types[t], t))
        leftovers = i >= communities
        names = [_clip(by_id[v]["label"], 24) for v in top[:2]]
        if leftovers:  # what no community took, by type and slices of names: "other people: Abe – Fay (300)"
            first, last = by_id[members[0]]["label"], by_id[members[-1]]["label"]
            span = f": {_clip(first, 14)} – {_clip(last, 14)}" if len(members) > 1 else ""
            label = f"other {_PLURALS.get(dominant, dominant + 's')}{span} ({len(members):,})"
        else:
            label = ", ".join(names) + (f" +{len(members) - len(names):,}" if len(members) > len(names) else "")
        color = GROUP_COLORS[i % len(GROUP_COLORS)]
        xs, ys = [by_id[v]["x"] for v in members], [by_id[v]["y"] for v in members]
        for v in members:
            by_id[v]["ng"]["cluster"] = cid
        out.append({"id": cid, "size": len(members), "members": members, "top": names, "type": dominant,
                    "label": label, "color": color, "leftovers": leftovers,
                    "x": round(sum(xs) / len(xs)), "y": round(sum(ys) / len(ys))})
    return out


def page_data(G: nx.MultiDiGraph, *, title: str, node_groups: dict[str, str] | None = None,
              notice: str = "", overview: bool | None = None) -> dict:
    """Everything the page draws, as plain JSON-ready data in a fixed order.

    `overview`: open on clusters (None: when G holds several articles and more than OVERVIEW_ABOVE nodes).
    """
    large = G.number_of_nodes() > LARGE_GRAPH
    if overview is None:
        overview = len(G.graph.get("articles") or ()) > 1 and G.number_of_nodes() > OVERVIEW_ABOVE
    colors = group_colors(node_groups)
    labels = {str(n): str(a.get("label") or n) for n, a in G.nodes(data=True)}
    types = {str(n): str(a.get("type") or "other") for n, a in G.nodes(data=True)}
    groups, communities = find_clusters(G, types=types) if overview and G.number_of_nodes() else (None, 0)
    where = positions(G, spacing=60.0 if large else 120.0, large=LARGE_GRAPH, groups=groups)
    nodes = []
    for node_id in sorted(G.nodes, key=str):
        group = None if node_groups is None else node_groups.get(node_id)
        group = None if group is None else str(group)
        record = node_record(str(node_id), G.nodes[node_id], group=group,
                              group_color=colors.get(group, NO_GROUP_COLOR) if node_groups is not None else None,
                              large=large)
        record["x"], record["y"] = where[str(node_id)]
        nodes.append(record)
    raw_edges = sorted(G.edges(keys=True, data=True),
                       key=lambda e: (str(e[0]), str(e[1]), str(e[3].get("relation", "")), str(e[2])))
    seen: Counter = Counter()
    edges = []
    for i, (u, v, _key, attrs) in enumerate(raw_edges):
        pair = (str(u), str(v))
        k = seen[pair]
        seen[pair] += 1
        edges.append(edge_record(f"e{i}", pair[0], pair[1], attrs, roundness=0.12 + 0.22 * k,
                                  large=large, labels=labels))
    nodes, edges = _vis_data(nodes, edges)
    sentences = _share_evidence(edges)
    clusters = _overview(G, nodes, groups, communities) if groups else []
    types = Counter(n["ng"]["type"] for n in nodes)
    relations = Counter(e["ng"]["relation"] for e in edges)
    statuses = Counter(r["ng"]["status"] for r in nodes + edges if r["ng"]["status"] in STATUS_STYLES)
    group_sizes = Counter(n["ng"]["group"] for n in nodes if n["ng"]["group"] is not None)
    notices = [notice] if notice else []
    if clusters:
        notices.append(f"Overview of {len(nodes):,} nodes and {len(edges):,} edges in {len(clusters)} clusters "
                       "(communities of the graph; the last ones gather what is left, by type). Double-click a "
                       "cluster, or click it and Expand, to open it; search finds any node and opens it with its "
                       "neighbours.")
    elif large:
        notices.append(f"Large graph ({len(nodes):,} nodes, {len(edges):,} edges): laid out when the page was built, "
                       "physics off; edge labels are hidden (click an edge for its statement). "
                       "Use search, the filters and Focus to explore.")
    ordered_types = [t for t in NODE_TYPES if t in types] + sorted(t for t in types if t not in NODE_TYPES)
    ordered_rels = [r for r in RELATIONS if r in relations] + sorted(r for r in relations if r not in RELATIONS)
    return {
        "title": title,
        "notices": notices,
        "large": large,
        "nodes": nodes,
        "edges": edges,
        "evidence": sentences,
        "clusters": clusters,
        "options": options(len(nodes), large),
        "legend": {
            "types": [{"name": t, "count": types[t], **NODE_STYLES.get(t, OTHER_NODE)} for t in ordered_types],
            "relations": [{"name": r, "count": relations[r], **RELATION_STYLES.get(r, OTHER_RELATION)}
                          for r in ordered_rels],
            "statuses": [{"name": s, "count": statuses[s], **STATUS_STYLES[s]} for s in STATUS_STYLES if statuses[s]],
            "groups": [{"name": g, "count": group_sizes[g], "color": c} for g, c in colors.items() if group_sizes[g]],
            # Not a camp, so not among the camps: the legend adds it as a line of its own.
            "ungrouped": ({"name": "no camp", "count": len(nodes) - sum(group_sizes.values()), "color": NO_GROUP_COLOR}
                          if node_groups is not None and len(nodes) > sum(group_sizes.values()) else None),
        },
    }


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _share_evidence(edges: list[dict]) -> list[str]:
    """Each evidence sentence once, for the page: an edge carried its sentence three times (its tooltip, its
    `evidence`, its `evidence_parts`), 2/3 of a large page's data. The edge keeps the sentence's index (`ev`)
    and the cited span's bounds in UTF-16 units (`cite`, JavaScript's string offsets); viewer.js puts the
    three back when it reads the data. Returns the sentences in order of first use."""
    index: dict[str, int] = {}
    for record in edges:
        ng = record["ng"]
        sentence, parts = ng.get("evidence"), ng.get("evidence_parts")
        tail = f"\n{sentence}"
        if not (isinstance(sentence, str) and sentence and "".join(parts or ()) == sentence
                and record.get("title", "").endswith(tail)):
            continue  # nothing to share (no evidence, or one that does not read back the same): left whole
        ng["ev"] = index.setdefault(sentence, len(index))
        if len(parts) == 3:
            ng["cite"] = [_utf16(parts[0]), _utf16(parts[0]) + _utf16(parts[1])]
        del ng["evidence"], ng["evidence_parts"]
        record["title"] = record["title"][:-len(tail)]
    return list(index)


@cache
def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


@cache
def _sha256(script: str) -> str:
    return base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def render_network(G: nx.MultiDiGraph, *, title: str, node_groups: dict[str, str] | None = None,
                   notice: str = "", overview: bool | None = None) -> str:
    """The page for a networkx graph like `to_networkx()` returns.

    Nodes and edges may carry `status` in {added, removed, flipped, unchanged} (a diff) and
    `node_groups` maps node id -> group name (camps); both are styled and put in the legend.
    """
    data = page_data(G, title=title, node_groups=node_groups, notice=notice, overview=overview)
    if data["large"]:  # thousands of records: what they repeat is written once (graph/io/pack.py)
        data = pack(data)
    vis_js, viewer_js = _asset("vis-network.min.js"), _asset("viewer.js")
    parts = {
        # Only these two scripts may run: an inline handler smuggled in by an article (onerror=...) is refused
        # by the browser even if some future bug let markup through.
        "SCRIPT_HASHES": " ".join(f"'sha256-{_sha256(s)}'" for s in (vis_js, viewer_js)),
        "TITLE": html.escape(title),
        "CSS": _asset("viewer.css"),
        "VIS": vis_js,
        "DATA": dumps_script_json(data),
        "JS": viewer_js,
    }
    # One pass over the template: inserted text is never scanned for markers again.
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("viewer.html"))


def render_html(graph: ArticleGraph) -> str:
    """The page of one article's graph (what `newsgraph build` writes to DIR/<stem>.html)."""
    return render_network(to_networkx(graph), title=graph.article.name)
