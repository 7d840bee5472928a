"""What the built graph tells about the rift: camps, central actors, contested positions, contradictions.

Everything reads a built graph (the networkx MultiDiGraph of graph.io.nodelink, or an ArticleGraph, or
a `.json`/`.ttl` file written by `newsgraph build`); several articles are merged by node id, so a
corpus or the versions of one article are analysed as one graph. No language pipeline runs here.

The parts, each importing only those above it (and graph.io.readers, which reads any source):
    stances.py         the signed stance graph: supports +1, opposes and warns -1, one vote per article
    centrality.py      central actors: distinct neighbours, then betweenness
    camps.py           camps of each front, exhaustive when small, spectral then local moves when large
    contradictions.py  contested positions, and actors on both sides of one target
    report.py          analyze() over one graph or several, and its renderings: dict, text, camp view
"""
from ..io.readers import articles_title, as_graph, merge_graphs, read_graph, read_graphs
from .camps import EXACT_LIMIT, Camp, Camps, find_camps
from .centrality import BETWEENNESS_PIVOTS, CentralActor, central_actors
from .contradictions import Citation, Contested, Contradiction, contested_positions, contradictions
from .report import Analysis, analysis_dict, analyze, camp_groups, format_text, render_camps_html
from .stances import SIGNS, Relation, net_stances, signed_relations

__all__ = [
    "SIGNS", "EXACT_LIMIT", "BETWEENNESS_PIVOTS", "Relation", "Camp", "Camps", "CentralActor", "Contested", "Citation",
    "Contradiction", "Analysis", "read_graph", "read_graphs", "merge_graphs", "articles_title", "as_graph", "net_stances",
    "signed_relations", "find_camps", "central_actors", "contested_positions", "contradictions",
    "analyze", "analysis_dict", "format_text", "camp_groups", "render_camps_html",
]
