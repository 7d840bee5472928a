"""The networkx view of an ArticleGraph and its node-link JSON (the evaluation's contract)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from ..model import ArticleGraph

__all__ = ["to_networkx", "node_link", "dumps_node_link", "read_node_link"]


def to_networkx(graph: ArticleGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph: nodes carry type/label/aliases, edges relation/evidence and qualifiers."""
    G = nx.MultiDiGraph(article=graph.article.name, source=graph.article.source, pipeline=graph.pipeline)
    for e in graph.entities:
        G.add_node(e.id, type=e.type, label=e.label, aliases=list(e.aliases))
    for i, s in enumerate(graph.statements):
        G.add_edge(s.subject, s.object, key=f"{s.relation}-{i}", relation=s.relation,
                   evidence=s.evidence.sentence, evidence_start=s.evidence.start, evidence_end=s.evidence.end,
                   cite_start=s.evidence.cite_start, cite_end=s.evidence.cite_end,
                   rule=s.rule, confidence=s.confidence, attribution=s.attribution, hedged=s.hedged,
                   negated=s.negated, former=s.former, cue=s.cue, article=graph.article.name)
    return G


def node_link(graph: ArticleGraph) -> dict:
    return nx.node_link_data(to_networkx(graph), edges="edges")


def dumps_node_link(graph: ArticleGraph) -> str:
    return json.dumps(node_link(graph), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
