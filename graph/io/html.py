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
import math
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

__all__ = [
    "NODE_STYLES", "RELATION_STYLES", "STATUS_STYLES", "GROUP_COLORS", "LARGE_GRAPH", "OVERVIEW_ABOVE",
    "render_network", "render_html", "page_data", "dumps_script_json", "evidence_parts",
]

ASSETS = Path(__file__).with_name("assets")

# Shape carries the node type, so colour stays free for the diff status or the camps.
NODE_STYLES: dict[str, dict[str, str]] = {
    "person": {"shape": "dot", "color": "#4e79a7"},
    "office": {"shape": "diamond", "color": "#b07aa1"},
    "institution": {"shape": "hexagon", "color": "#59a14f"},
    "position": {"shape": "box", "color": "#f1ce63"},
}
OTHER_NODE = {"shape": "ellipse", "color": "#bab0ac"}
NO_GROUP_COLOR = "#e9ecef"  # a node outside every camp: pale, so that it reads as "none" rather than as a camp

RELATION_STYLES: dict[str, dict] = {
    "supports": {"color": "#2b8a3e", "dashes": False},
    "opposes": {"color": "#c92a2a", "dashes": False},
    "warns": {"color": "#e8590c", "dashes": False},
    "holds": {"color": "#4263eb", "dashes": [2, 4]},
    "member_of": {"color": "#868e96", "dashes": [2, 4]},
}
OTHER_RELATION = {"color": "#495057", "dashes": False}

# The diff view (issue 5): what changed between two versions of an article.
STATUS_STYLES: dict[str, dict] = {
    "added": {"color": "#2f9e44", "dashes": False, "label": "added"},
    "removed": {"color": "#e03131", "dashes": [8, 6], "label": "removed"},
    "flipped": {"color": "#f08c00", "dashes": False, "label": "flipped"},
    "unchanged": {"color": "#adb5bd", "dashes": False, "label": "unchanged"},
}

# Camps (issue 6), assigned in sorted group order so that the same groups get the same colours.
GROUP_COLORS = ("#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1",
                "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac")

# Beyond this many nodes the page starts with physics off and edge labels hidden until zoomed in:
# a live simulation of thousands of bodies freezes the tab, and thousands of labels are noise.
LARGE_GRAPH = 300
# Beyond this many nodes a graph of several articles (a corpus) opens on an overview of its clusters.
OVERVIEW_ABOVE = 400

_LAYOUT_SEED = 7
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")
_MARKER = re.compile(r"/\*@(\w+)@\*/")


def dumps_script_json(value) -> str:
    """JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def evidence_parts(attrs: dict) -> list[str]:
    """The evidence sentence split as [before, cited span, after], or [sentence] when the offsets do not fit.

    Offsets are code points into the article (Python's), which the browser's UTF-16 strings would
    miscount past an emoji: so the split is made here.
    """
    sentence = attrs.get("evidence") or ""
    try:
        start = int(attrs["evidence_start"])
        a, b = int(attrs["cite_start"]) - start, int(attrs["cite_end"]) - start
    except (KeyError, TypeError, ValueError):
        return [sentence] if sentence else []
    if not (0 <= a < b <= len(sentence)):
        return [sentence] if sentence else []
    return [sentence[:a], sentence[a:b], sentence[b:]]


def _plain(value):
    """A JSON-ready copy of an attribute value (sets, tuples, numpy scalars and NaN included)."""
    if value is None or isinstance(value, (bool, str, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if hasattr(value, "item"):  # numpy scalar
        return _plain(value.item())
    return str(value)


def _luminance(hex_color: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(int(hex_color[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _text_color(fill: str) -> str:
    """White or near-black, whichever contrasts more with the fill (WCAG contrast ratio)."""
    dark, bg = _luminance("#212529"), _luminance(fill)
    return "#ffffff" if 1.05 / (bg + 0.05) > (bg + 0.05) / (dark + 0.05) else "#212529"


def _group_colors(node_groups: dict[str, str] | None) -> dict[str, str]:
    groups = sorted({str(g) for g in (node_groups or {}).values()})
    return {g: GROUP_COLORS[i % len(GROUP_COLORS)] for i, g in enumerate(groups)}


def _node_record(node_id: str, attrs: dict, *, group: str | None, group_color: str | None, large: bool) -> dict:
    ntype = str(attrs.get("type") or "other")
    style = NODE_STYLES.get(ntype, OTHER_NODE)
    label = str(attrs.get("label") or node_id)
    aliases = [str(a) for a in (attrs.get("aliases") or []) if str(a) != label]
    status = None if attrs.get("status") is None else str(attrs["status"])
    fill = style["color"]
    border = "#343a40"
    dashes: list[int] | bool = False
    if group_color:
        fill = group_color
    if status in STATUS_STYLES:
        fill = STATUS_STYLES[status]["color"]
        dashes = STATUS_STYLES[status]["dashes"]
    title = f"{label} ({ntype})" + (f"\naka {', '.join(aliases)}" if aliases else "")
    record = {
        "id": node_id, "label": label, "title": title, "shape": style["shape"],
        "color": {"background": fill, "border": border,
                  "highlight": {"background": fill, "border": "#000000"},
                  "hover": {"background": fill, "border": "#000000"}},
        "borderWidth": 3 if status == "removed" else 1.5,
        "shapeProperties": {"borderDashes": dashes},
        "ng": {"type": ntype, "label": label, "aliases": aliases, "status": status, "group": group,
               "extra": {k: _plain(v) for k, v in sorted(attrs.items())
                         if k not in {"type", "label", "aliases", "status"}}},
    }
    if style["shape"] == "box":
        # The label sits on the fill: dark text on light fills, white on dark ones.
        record["font"] = {"color": _text_color(fill), "strokeWidth": 0}
    if status == "removed":
        record["opacity"] = 0.55
    if large:
        record["font"] = {**record.get("font", {}), "size": 12}
    return record


def _edge_record(edge_id: str, u: str, v: str, attrs: dict, *, roundness: float, large: bool,
                 labels: dict[str, str]) -> dict:
    relation = str(attrs.get("relation") or "related")
    status = None if attrs.get("status") is None else str(attrs["status"])
    style = RELATION_STYLES.get(relation, OTHER_RELATION)
    color, dashes = style["color"], style["dashes"]
    if status in STATUS_STYLES:
        color = STATUS_STYLES[status]["color"]
        dashes = STATUS_STYLES[status]["dashes"] or dashes
    label = relation.replace("_", " ")
    if attrs.get("hedged"):
        label += "?"
    title = f"{labels.get(u, u)} {label} {labels.get(v, v)}"
    if attrs.get("evidence"):
        title += f"\n{attrs['evidence']}"
    record = {
        "id": edge_id, "from": u, "to": v, "label": label, "title": title,
        "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.5 if status == "removed" else 1.0},
        "dashes": dashes,
        "width": 1 + 2 * float(attrs["confidence"]) if isinstance(attrs.get("confidence"), (int, float)) else 1.5,
        "ng": {"relation": relation, "status": status, "evidence_parts": evidence_parts(attrs),
               **{k: _plain(v) for k, v in sorted(attrs.items()) if k not in {"relation", "status"}}},
    }
    if not large:
        # Parallel edges between one pair fan out instead of drawing on top of each other.
        record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": roundness}
    else:
        del record["label"]  # never drawn at this size (font 0), yet vis would measure thousands of them
    return record


def _options(n_nodes: int, large: bool) -> dict:
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    # Every node comes with its position (graph.io.layout): the page opens with physics off and draws at once;
    # the solver settings stay for the "Physics" switch.
    options = {
        "autoResize": True,
        "layout": {"randomSeed": _LAYOUT_SEED, "improvedLayout": False},
        "nodes": {"font": {"size": 15, "face": font, "color": "#212529", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "size": 14, "widthConstraint": {"maximum": 180}, "margin": 8},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
                  "font": {"size": 12, "face": font, "align": "middle", "color": "#343a40",
                           "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "selectionWidth": 2, "hoverWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 200, "keyboard": {"enabled": True, "bindToWindow": False},
                        "navigationButtons": False, "multiselect": False},
        "physics": {"enabled": False, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -110, "centralGravity": 0.012,
                                         "springLength": 150, "springConstant": 0.06, "avoidOverlap": 0.8},
                    "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 50, "fit": True},
                    "minVelocity": 1.0},
    }
    if large:
        options["edges"]["smooth"] = False
        options["edges"]["font"]["size"] = 0  # labels of thousands of edges: drawn only in the side panel
        # one line per label: wrapping measures every word of thousands of labels before the first draw
        options["nodes"]["widthConstraint"] = False
        options["interaction"]["hideEdgesOnDrag"] = True
        # If switched on: a bounded budget, so the page settles within seconds instead of a minute.
        options["physics"] = {"enabled": False, "solver": "barnesHut",
                              # a coarser Barnes-Hut (theta 0.9) halves the time for a picture that looks the same
                              "barnesHut": {"theta": 0.9, "gravitationalConstant": -4000, "centralGravity": 0.4,
                                            "springLength": 90, "springConstant": 0.05, "avoidOverlap": 0},
                              "stabilization": {"enabled": True, "iterations": 100, "updateInterval": 50, "fit": True},
                              "minVelocity": 2.0}
    return options


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
    colors = _group_colors(node_groups)
    labels = {str(n): str(a.get("label") or n) for n, a in G.nodes(data=True)}
    types = {str(n): str(a.get("type") or "other") for n, a in G.nodes(data=True)}
    groups, communities = find_clusters(G, types=types) if overview and G.number_of_nodes() else (None, 0)
    where = positions(G, spacing=60.0 if large else 120.0, large=LARGE_GRAPH, groups=groups)
    nodes = []
    for node_id in sorted(G.nodes, key=str):
        group = None if node_groups is None else node_groups.get(node_id)
        group = None if group is None else str(group)
        record = _node_record(str(node_id), G.nodes[node_id], group=group,
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
        edges.append(_edge_record(f"e{i}", pair[0], pair[1], attrs, roundness=0.12 + 0.22 * k,
                                  large=large, labels=labels))
    nodes, edges = _vis_data(nodes, edges)
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
        "clusters": clusters,
        "options": _options(len(nodes), large),
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
