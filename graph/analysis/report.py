"""The whole analysis of one graph or several merged, and its renderings: a dict, text, the camp view.

Imports graph.errors, graph.model, graph.io (readers, and the viewer on demand) and every part of the analysis.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import networkx as nx

from ..errors import InputError, NewsgraphError
from ..io.readers import as_graph, merge_graphs
from ..model import ArticleGraph
from .camps import Camps, camp_names, find_camps
from .centrality import CentralActor, central_actors
from .contradictions import Contested, Contradiction, contested_positions, contradictions
from .stances import articles_of, label_of

__all__ = ["Analysis", "analyze", "analysis_dict", "format_text", "camp_groups", "render_camps_html"]


@dataclass(frozen=True)
class Analysis:
    articles: tuple[str, ...]
    labels: dict  # node id -> label, for every node named in the results
    camps: Camps
    central: tuple[CentralActor, ...]
    contested: tuple[Contested, ...]
    contradictions: tuple[Contradiction, ...]


def analyze(sources, *, k: int = 2, top: int = 10) -> Analysis:
    """Analyse one graph, or several merged by node id (files, MultiDiGraphs or ArticleGraphs)."""
    if isinstance(sources, (nx.MultiDiGraph, ArticleGraph, str, Path)):
        sources = [sources]
    graphs = [as_graph(s) for s in sources]
    if not graphs:
        raise InputError("no graph to analyse; give at least one .json or .ttl built by `newsgraph build`")
    G = graphs[0] if len(graphs) == 1 else merge_graphs(graphs)
    result = Analysis(articles_of(G), {}, find_camps(G, k=k), central_actors(G, top=top),
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
    result.labels.update({n: label_of(G, n) for n in sorted(named - {""})})
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
    if isinstance(result, Analysis):
        return camp_names(result.camps, result.labels)
    return camp_names(result, {})


def render_camps_html(source, result: Analysis | None = None, *, title: str = "") -> str:
    """The interactive graph view with nodes coloured by camp (through graph.io.html.render_network)."""
    try:
        from ..io.html import render_network  # the viewer reads its assets from disk: only when a view is asked for
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
