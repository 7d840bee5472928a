"""Reading built graphs back: .ttl, .jsonld and node-link .json as ArticleGraph and rdflib Graph.

The diff compares what `newsgraph build` wrote without re-running the language pipeline; only a
.txt article is built on the fly. Every reader checks that the file really is a newsgraph graph
and raises InputError naming the file otherwise.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import RDF, Graph, URIRef
from rdflib.plugins.parsers.notation3 import BadSyntax

from ..errors import InputError, NotAGraphError
from ..model import Article, ArticleGraph, Entity, Evidence, Statement
from ..vocab import ID, NG, OA, PREDICATE_RELATIONS, SCHEMA, SKOS
from .rdf import new_graph, to_rdf

if TYPE_CHECKING:  # spaCy is imported only when a .txt article has to be built
    from spacy.language import Language

__all__ = ["GRAPH_SUFFIXES", "SUFFIXES", "load", "read_rdf", "graph_from_rdf", "graph_from_node_link", "not_a_graph",
           "read_node_link_json"]

GRAPH_SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "node-link"}
SUFFIXES = (".txt", *GRAPH_SUFFIXES)


def load(path: str | Path, *, nlp: Language | None = None) -> tuple[ArticleGraph, Graph]:
    """One version: a .txt article (built now) or a built graph, as (ArticleGraph, its RDF graph)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise NotAGraphError(f"{path}: unknown kind of file {suffix or '(no suffix)'!r}; give an article (.txt) "
                         f"or a graph written by `newsgraph build` ({', '.join(GRAPH_SUFFIXES)})")
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "no such file"
        raise InputError(f"{path}: {what}; give an article (.txt) or a built graph ({', '.join(GRAPH_SUFFIXES)})")
    if suffix == ".txt":
        from ..extract.build import build_article
        from ..extract.language.text import read_article
        graph = build_article(read_article(path), nlp)
        return graph, to_rdf(graph)
    if suffix == ".json":
        graph = graph_from_node_link(read_node_link_json(path), label=str(path))
        return graph, to_rdf(graph)
    G = read_rdf(path)
    return graph_from_rdf(G, label=str(path)), G


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text; give a graph written by `newsgraph build`") from None
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: broken JSON at line {e.lineno} column {e.colno} ({e.msg}); "
                         "rebuild it with `newsgraph build`") from None


def not_a_graph(data) -> str:
    """What a parsed JSON document is when it is not node-link JSON written by `newsgraph build` ("" when it is)."""
    if isinstance(data, dict):
        if isinstance(data.get("nodes"), list) and isinstance(data.get("edges", data.get("links")), list):
            return ""
        if "corpus" in data and "articles" in data:
            return "a corpus manifest"
        if "head" in data and ("results" in data or "boolean" in data):
            return "a SPARQL query result"
        if "@context" in data or "@graph" in data:
            return "JSON-LD (read the .ttl or .json graph instead)"
        if "camps" in data and "articles" in data:
            return "an analysis written by `newsgraph analyze`"
        if "graph" in data and "key" in data:
            return "a build record"
    return f"JSON that is no node-link graph (a {type(data).__name__} without nodes and edges)"


def read_node_link_json(path: str | Path):
    """The parsed JSON of a node-link graph file; NotAGraphError names what the file is otherwise."""
    path = Path(path)
    data = _read_json(path)
    kind = not_a_graph(data)
    if kind:
        raise NotAGraphError(f"{path}: is {kind}, not a graph written by `newsgraph build`")
    return data


def read_rdf(path: str | Path) -> Graph:
    """Parse a Turtle or JSON-LD file; a syntax error becomes one line naming the file."""
    path = Path(path)
    fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
    if fmt not in ("turtle", "json-ld"):
        raise InputError(f"{path}: not an RDF file; give a .ttl or .jsonld graph")
    G = new_graph()
    try:
        G.parse(path, format=fmt)
    except BadSyntax as e:
        why = " ".join(str(getattr(e, "_why", "syntax error")).split())
        raise InputError(f"{path}: broken Turtle at line {e.lines + 1} ({why}); "
                         "rebuild it with `newsgraph build`") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text; give a graph written by `newsgraph build`") from None
    except (ValueError, SyntaxError, TypeError, KeyError) as e:
        # the JSON-LD parser reports broken input with assorted built-in exceptions
        why = " ".join(str(e).split())[:120]
        raise InputError(f"{path}: broken {path.suffix[1:]} file ({type(e).__name__}: {why}); "
                         "rebuild it with `newsgraph build`") from None
    return G


def _local(node) -> str:
    text = str(node)
    return text[len(str(ID)):] if text.startswith(str(ID)) else text


def graph_from_rdf(G: Graph, *, label: str = "graph") -> ArticleGraph:
    """The ArticleGraph a newsgraph RDF graph was written from (several articles are read as one)."""
    names = sorted(str(n) for a in G.subjects(RDF.type, NG.Article) for n in G.objects(a, SCHEMA.name))
    by_subject: dict[URIRef, dict] = defaultdict(lambda: defaultdict(list))
    # one pass over the triples this reader needs, grouped by subject: linear in the graph's size
    for pred in (NG.nodeType, SKOS.prefLabel, SKOS.altLabel, NG.subject, NG.relation, NG.object,
                 NG.confidence, NG.rule, NG.cue, NG.attribution, NG.hedged, NG.negated, NG.former,
                 NG.evidence, NG.citeStart, NG.citeEnd, OA.hasSelector, OA.start, OA.end):
        for s, o in G.subject_objects(pred):
            by_subject[s][pred].append(o)
    entities = []
    for node, props in by_subject.items():
        if NG.nodeType in props:
            pref = sorted(str(v) for v in props.get(SKOS.prefLabel, ())) or [_local(node)]
            aliases = sorted({str(v) for v in props.get(SKOS.altLabel, ())} - {pref[0]})
            entities.append(Entity(_local(node), str(props[NG.nodeType][0]), pref[0], tuple(aliases)))
    statements = []
    for node, props in by_subject.items():
        if NG.relation not in props:
            continue
        relation = PREDICATE_RELATIONS.get(str(props[NG.relation][0]))
        if relation is None or NG.subject not in props or NG.object not in props:
            raise InputError(f"{label}: statement {node} has no known relation, subject or object; "
                             "give a graph written by `newsgraph build`")
        selector = by_subject.get(props[OA.hasSelector][0], {}) if OA.hasSelector in props else {}

        def one(p, default, source=props):
            return source[p][0].toPython() if p in source else default

        evidence = Evidence(str(one(NG.evidence, "")), int(one(OA.start, 0, selector)), int(one(OA.end, 0, selector)),
                            int(one(NG.citeStart, 0)), int(one(NG.citeEnd, 0)))
        statements.append(Statement(_local(props[NG.subject][0]), relation, _local(props[NG.object][0]), evidence,
                                    str(one(NG.rule, "")), float(one(NG.confidence, 0.0)),
                                    str(one(NG.attribution, "")), bool(one(NG.hedged, False)),
                                    bool(one(NG.negated, False)), bool(one(NG.former, False)), str(one(NG.cue, ""))))
    if not entities and not statements and not names:
        raise InputError(f"{label}: holds no newsgraph article, entity or statement; "
                         "give a graph written by `newsgraph build`")
    name = names[0] if len(names) == 1 else f"{len(names)} articles"
    return ArticleGraph(Article(name=name, text="", source=label), tuple(sorted(entities, key=lambda e: e.id)),
                        tuple(sorted(statements, key=_statement_order)))


def _statement_order(s: Statement):
    return (s.subject, s.relation, s.object, s.evidence.start, s.rule)


def graph_from_node_link(data, *, label: str = "graph") -> ArticleGraph:
    """The ArticleGraph behind a node-link JSON file written by `newsgraph build`."""
    try:
        G = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        entities = [Entity(n, d["type"], d["label"], tuple(d.get("aliases", ()))) for n, d in G.nodes(data=True)]
        statements = [Statement(u, d["relation"], v,
                                Evidence(d.get("evidence", ""), d.get("evidence_start", 0), d.get("evidence_end", 0),
                                         d.get("cite_start", 0), d.get("cite_end", 0)),
                                d.get("rule", ""), float(d.get("confidence", 0.0)), d.get("attribution", ""),
                                bool(d.get("hedged", False)), bool(d.get("negated", False)),
                                bool(d.get("former", False)), d.get("cue", ""))
                      for u, v, d in G.edges(data=True)]
    except (KeyError, TypeError, AttributeError, nx.NetworkXError) as e:
        raise InputError(f"{label}: not a node-link graph written by `newsgraph build` "
                         f"(missing or malformed {e}); rebuild it") from None
    article = Article(name=G.graph.get("article", Path(label).stem), text="", source=G.graph.get("source", ""))
    return ArticleGraph(article, tuple(sorted(entities, key=lambda e: e.id)),
                        tuple(sorted(statements, key=_statement_order)), G.graph.get("pipeline", ""))
