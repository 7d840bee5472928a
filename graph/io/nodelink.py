"""The networkx view of an ArticleGraph and its node-link JSON (the evaluation's contract)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import ArticleGraph
from .jsontext import dumps_indented

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_networkx", "node_link", "dumps_node_link", "read_node_link"]


def to_networkx(graph: ArticleGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes carry type/label/aliases, edges relation/evidence and qualifiers."""
    import networkx as nx
    G = nx.MultiDiGraph(**_graph_attributes(graph))
    for e in graph.entities:
        G.add_node(e.id, **_node_attributes(e))
    for i, s in enumerate(graph.statements):
        G.add_edge(s.subject, s.object, key=_key(s, i), **_edge_attributes(graph, s))
    return G


def node_link(graph: ArticleGraph) -> dict:
    """nx.node_link_data(to_networkx(graph), edges="edges"), made without the networkx graph, so that writing the
    JSON does not import networkx (0.2-0.3 s at the start of every build, in every process). The lists are in
    networkx's order: nodes as first added (the entities, then ends that are no entity), edges by their source
    in that order, then by target in the order each pair was first joined, then as added (tested against it)."""
    nodes: dict[str, dict] = {}
    for e in graph.entities:
        nodes.setdefault(e.id, {}).update(_node_attributes(e))
    out: dict[str, dict[str, list]] = {}
    for i, s in enumerate(graph.statements):
        nodes.setdefault(s.subject, {})
        nodes.setdefault(s.object, {})
        out.setdefault(s.subject, {}).setdefault(s.object, []).append(
            {**_edge_attributes(graph, s), "source": s.subject, "target": s.object, "key": _key(s, i)})
    return {"directed": True, "multigraph": True, "graph": _graph_attributes(graph),
            "nodes": [{**attributes, "id": node} for node, attributes in nodes.items()],
            "edges": [edge for node in nodes for pair in out.get(node, {}).values() for edge in pair]}


def _graph_attributes(graph: ArticleGraph) -> dict:
    return {"article": graph.article.name, "source": graph.article.source, "pipeline": graph.pipeline}


def _node_attributes(e) -> dict:
    return {"type": e.type, "label": e.label, "aliases": list(e.aliases)}


def _key(s, i: int) -> str:
    return f"{s.relation}-{i}"


def _edge_attributes(graph: ArticleGraph, s) -> dict:
    return {"relation": s.relation, "evidence": s.evidence.sentence, "evidence_start": s.evidence.start,
            "evidence_end": s.evidence.end, "cite_start": s.evidence.cite_start, "cite_end": s.evidence.cite_end,
            "rule": s.rule, "confidence": s.confidence, "attribution": s.attribution, "hedged": s.hedged,
            "negated": s.negated, "former": s.former, "cue": s.cue, "article": graph.article.name}


def dumps_node_link(graph: ArticleGraph) -> str:
    return dumps_indented(node_link(graph)) + "\n"  # (json.dumps(..., ensure_ascii=False, indent=1, sort_keys=True))


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    import networkx as nx
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
