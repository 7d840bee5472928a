"""How each node and edge of the viewer is drawn: the styles by type, relation, diff status and camp,
and the vis-network record of each node and edge (with the plain data the side panel shows).

Imports nothing of graph: graph.io.html assembles the page from these records.
"""
from __future__ import annotations

import math

__all__ = ["NODE_STYLES", "OTHER_NODE", "NO_GROUP_COLOR", "RELATION_STYLES", "OTHER_RELATION", "STATUS_STYLES",
           "GROUP_COLORS", "evidence_parts", "group_colors", "node_record", "edge_record", "options"]

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


_LAYOUT_SEED = 7


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


def group_colors(node_groups: dict[str, str] | None) -> dict[str, str]:
    groups = sorted({str(g) for g in (node_groups or {}).values()})
    return {g: GROUP_COLORS[i % len(GROUP_COLORS)] for i, g in enumerate(groups)}


def node_record(node_id: str, attrs: dict, *, group: str | None, group_color: str | None, large: bool) -> dict:
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


def edge_record(edge_id: str, u: str, v: str, attrs: dict, *, roundness: float, large: bool,
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


def options(n_nodes: int, large: bool) -> dict:
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
