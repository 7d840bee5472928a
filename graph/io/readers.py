"""Reading built graphs back as networkx for the analysis, and merging several into one view.

Readers of many files (`newsgraph analyze out/*.json`) skip what is no graph (a corpus manifest, a
query result, a page) with a one-line reason; several graphs are merged by node id, and people as
the corpus graph merges them (graph.extract.entities.identity.article_merges), so every reader follows one identity.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from ..errors import InputError, NotAGraphError
from ..model import ArticleGraph

__all__ = ["read_graph", "read_graphs", "merge_graphs", "articles_title", "as_graph"]


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by `newsgraph build`: node-link `.json` or Turtle `.ttl`.

    Any other file (an HTML page, a corpus manifest, a query result) raises NotAGraphError, which
    readers of many files report in one line and skip.
    """
    path = Path(path)
    if path.suffix not in (".json", ".ttl"):
        raise NotAGraphError(f"{path}: is a {path.suffix or 'suffix-less'} file, not a graph; "
                             "give a .json or .ttl graph written by `newsgraph build`")
    if not path.is_file():
        raise InputError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}; build it first with "
                         "`newsgraph build ARTICLE --out DIR`")
    if path.suffix == ".ttl":
        return _read_turtle(path)
    from .load import read_node_link_json
    try:
        data = read_node_link_json(path)
    except NotAGraphError:
        raise
    except InputError as e:  # broken JSON: say what was expected
        raise InputError(f"{e}; it is not a node-link graph written by `newsgraph build`") from None
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges" if "edges" in data else "links")
    except (ValueError, KeyError, TypeError, AttributeError, nx.NetworkXError) as e:
        raise InputError(f"{path}: is not a node-link graph written by `newsgraph build` ({e})") from None
    if any("relation" not in d for _, _, d in G.edges(data=True)):
        raise InputError(f"{path}: has edges without a relation; give a graph written by `newsgraph build`")
    G.graph.setdefault("article", path.stem)
    for _, _, d in G.edges(data=True):
        d.setdefault("article", G.graph["article"])
    return G


def read_graphs(paths: Iterable[str | Path], *, skipped: list[str] | None = None) -> list[nx.MultiDiGraph]:
    """The graphs among `paths`; files that are no graph are left out, their one-line reason added to `skipped`.

    `newsgraph analyze out/*.json` on a corpus build folder meets the corpus manifest: it is skipped, not a crash.
    """
    graphs = []
    for path in paths:
        try:
            graphs.append(read_graph(path))
        except NotAGraphError as e:
            if skipped is None:
                raise
            skipped.append(str(e))
    return graphs


def _read_turtle(path: Path) -> nx.MultiDiGraph:
    from rdflib import Graph
    from rdflib.namespace import RDF

    from ..vocab import ID, NG, OA, PREDICATE_RELATIONS, PROV, SCHEMA, SKOS

    R = Graph()
    try:
        R.parse(path, format="turtle")
    except Exception as e:  # rdflib raises parser-specific classes with no common base
        raise InputError(f"{path}: is not valid Turtle ({type(e).__name__}: {str(e).splitlines()[0][:120]})") from None

    def local(iri) -> str:
        return str(iri)[len(str(ID)):] if str(iri).startswith(str(ID)) else str(iri)

    names = {s: str(o) for s, o in R.subject_objects(SCHEMA.name)}
    G = nx.MultiDiGraph(article=next(iter(sorted(names.values())), path.stem))
    for node, kind in sorted(R.subject_objects(NG.nodeType)):
        G.add_node(local(node), type=str(kind), label=str(R.value(node, SKOS.prefLabel) or local(node)),
                   aliases=sorted(str(a) for a in R.objects(node, SKOS.altLabel)))
    statements = sorted(R.subjects(RDF.type, NG.Statement))
    if not statements and not len(G):
        raise InputError(f"{path}: holds no newsgraph nodes or statements; give a .ttl written by `newsgraph build`")
    for i, st in enumerate(statements):
        relation = PREDICATE_RELATIONS.get(str(R.value(st, NG.relation)))
        subj, obj = R.value(st, NG.subject), R.value(st, NG.object)
        if relation is None or subj is None or obj is None:
            continue
        sel = R.value(st, OA.hasSelector)
        start = R.value(sel, OA.start) if sel is not None else None
        art = R.value(st, PROV.wasDerivedFrom)
        G.add_edge(local(subj), local(obj), key=f"{relation}-{i}", relation=relation,
                   evidence=str(R.value(st, NG.evidence) or ""), evidence_start=int(start or 0),
                   article=names.get(art, G.graph["article"]))
    return G


def merge_graphs(graphs: Iterable[nx.MultiDiGraph], *, merge_people: bool = True) -> nx.MultiDiGraph:
    """One graph of several articles: nodes merged by id (aliases pooled) and people as the corpus graph merges
    them (graph.extract.entities.identity), every edge kept with its article. `merge_people=False` for graphs whose
    people were merged already (the corpus page, renamed with the corpus graph's merges)."""
    M = nx.MultiDiGraph()
    articles: list[str] = []
    named: list[tuple] = []  # what each article names, for the person merges (graph.extract.entities.identity)
    for G in graphs:
        name = str(G.graph.get("article", ""))
        if name in articles:
            raise InputError(f"article {name!r} is given twice; give each built graph once")
        articles.append(name)
        if merge_people:
            named.append((name, [(n, str(d.get("type", "")), str(d.get("label", n))) for n, d in G.nodes(data=True)],
                          [(u, str(d.get("relation", "")), v) for u, v, d in G.edges(data=True)]))
        for node, data in G.nodes(data=True):
            if node in M:
                known = M.nodes[node]
                known["aliases"] = sorted(set(known.get("aliases", [])) | set(data.get("aliases", [])))
            else:
                M.add_node(node, **{**data, "aliases": sorted(data.get("aliases", []))})
        for u, v, key, data in G.edges(keys=True, data=True):
            M.add_edge(u, v, key=f"{name}:{key}", **{"article": name, **data})
    M.graph["articles"] = articles
    M.graph["article"] = articles_title(articles)
    if merge_people:
        from ..extract.entities.identity import article_merges
        _merge_people(M, article_merges(named))
    return M


def _merge_people(M: nx.MultiDiGraph, merges: dict[str, str]) -> None:
    """People of different articles merged as the corpus graph merges them ("Vance" with "Mary A Vance")."""
    if not merges:
        return
    for old, new in merges.items():
        known, gone = M.nodes[new], M.nodes[old]
        names = set(known.get("aliases", [])) | set(gone.get("aliases", [])) | {str(gone.get("label", old))}
        known["aliases"] = sorted(names - {known.get("label")})
    nx.relabel_nodes(M, merges, copy=False)


def articles_title(names: list[str] | tuple[str, ...], *, shown: int = 3) -> str:
    """The name of a view of several articles: all of a few, else how many and the first few.

    >>> articles_title(["a", "b"])
    'a + b'
    >>> articles_title([f"bbc-{i:03}" for i in range(300)])
    '300 articles: bbc-000, bbc-001, bbc-002 ...'
    """
    if len(names) <= shown:
        return " + ".join(names)
    return f"{len(names)} articles: {', '.join(names[:shown])} ..."


def as_graph(source: nx.MultiDiGraph | ArticleGraph | str | Path) -> nx.MultiDiGraph:
    """The MultiDiGraph of a graph, an ArticleGraph or a built file."""
    if isinstance(source, ArticleGraph):
        from .nodelink import to_networkx
        return to_networkx(source)
    if isinstance(source, (str, Path)):
        return read_graph(source)
    return source
