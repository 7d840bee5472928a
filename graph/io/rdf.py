"""RDF output: an ArticleGraph as an rdflib Graph, Turtle and JSON-LD.

Each relation is written twice, the Wikidata way: a direct triple for easy SPARQL
(`?who ng:opposes ?what`) and a statement node that carries the evidence (a Web Annotation
selector on the article), the rule, the confidence and the qualifiers.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef

from ..model import ArticleGraph
from ..vocab import (NG, OA, ORG, PREFIXES, PROV, RELATION_PREDICATES, SCHEMA, SKOS, TYPE_CLASSES, article_iri,
                    entity_iri, statement_iri)

__all__ = ["triples", "to_rdf", "dumps_turtle", "dumps_jsonld", "new_graph", "posts_in"]


def new_graph() -> Graph:
    G = Graph()
    for prefix, ns in PREFIXES.items():
        G.bind(prefix, ns, override=True)
    return G


def to_rdf(graph: ArticleGraph, G: Graph | None = None) -> Graph:
    """The article's graph as an rdflib Graph (added to G when given)."""
    G = new_graph() if G is None else G
    G.addN((s, p, o, G) for s, p, o in triples(graph))
    return G


class _Collector:
    """Collects triples with the same call as rdflib's Graph.add, without a store's indexing cost."""

    def __init__(self):
        self.items: list[tuple] = []

    def add(self, triple) -> None:
        self.items.append(triple)


class _Sorted(tuple):
    """Triples already in the writers' order, which no caller can change: sorting them again costs an n3()
    per triple."""


_last: list = [None, _Sorted()]  # the graph last asked for and its triples: Turtle, JSON-LD and the corpus read them in turn


def triples(graph: ArticleGraph) -> tuple[tuple, ...]:
    """Every triple of the article's graph (rdflib terms), in a stable order: made once per graph (an
    ArticleGraph is frozen) and shared, as a tuple, by the writers that ask in turn."""
    if _last[0] is not graph:
        _last[:] = [graph, _Sorted(_make_triples(graph))]
    return _last[1]


def _make_triples(graph: ArticleGraph) -> list[tuple]:
    G = _Collector()
    art = article_iri(graph.article.name)
    G.add((art, RDF.type, NG.Article))
    G.add((art, RDF.type, SCHEMA.NewsArticle))
    G.add((art, RDF.type, PROV.Entity))
    G.add((art, SCHEMA.name, Literal(graph.article.name)))
    if graph.article.source:
        G.add((art, NG.sourcePath, Literal(graph.article.source)))
    if graph.pipeline:
        G.add((art, NG.pipeline, Literal(graph.pipeline)))
    for e in graph.entities:
        node = entity_iri(e.id)
        for cls in TYPE_CLASSES[e.type]:
            G.add((node, RDF.type, cls))
        G.add((node, NG.nodeType, Literal(e.type)))
        G.add((node, SKOS.prefLabel, Literal(e.label)))
        G.add((node, RDFS.label, Literal(e.label)))
        for alias in e.aliases:
            G.add((node, SKOS.altLabel, Literal(alias)))
        G.add((node, PROV.wasDerivedFrom, art))
    for office, body in posts_in(graph):
        G.add((entity_iri(office), ORG.postIn, entity_iri(body)))
    statements = set()  # the statement nodes, counted as distinct IRIs (as the set of triples counts them)
    for s in graph.statements:
        subj, obj = entity_iri(s.subject), entity_iri(s.object)
        pred = RELATION_PREDICATES[s.relation]
        G.add((subj, pred, obj))
        st = statement_iri(graph.article.name, s.subject, s.relation, s.object, s.evidence.start)
        sel = st + "-quote"
        statements.add(st)
        G.add((st, RDF.type, NG.Statement))
        G.add((st, NG.subject, subj))
        G.add((st, NG.relation, pred))
        G.add((st, NG.object, obj))
        G.add((st, NG.confidence, Literal(f"{s.confidence:.2f}", datatype=XSD.decimal)))
        G.add((st, NG.rule, Literal(s.rule)))
        if s.cue:
            G.add((st, NG.cue, Literal(s.cue)))
        if s.attribution:
            G.add((st, NG.attribution, Literal(s.attribution)))
        G.add((st, NG.hedged, Literal(s.hedged)))
        G.add((st, NG.negated, Literal(s.negated)))
        if s.former:
            G.add((st, NG.former, Literal(True)))
        G.add((st, NG.evidence, Literal(s.evidence.sentence)))
        G.add((st, NG.citeStart, Literal(s.evidence.cite_start)))
        G.add((st, NG.citeEnd, Literal(s.evidence.cite_end)))
        G.add((st, PROV.wasDerivedFrom, art))
        G.add((st, OA.hasSource, art))
        G.add((st, OA.hasSelector, sel))
        G.add((sel, RDF.type, OA.TextPositionSelector))
        G.add((sel, RDF.type, OA.TextQuoteSelector))
        G.add((sel, OA.start, Literal(s.evidence.start)))
        G.add((sel, OA.end, Literal(s.evidence.end)))
        G.add((sel, OA.exact, Literal(s.evidence.sentence)))
    # what the article contributed, counted here once rather than by every query over a corpus (the
    # `articles` query would otherwise read every entity and statement of every article)
    G.add((art, NG.entityCount, Literal(len({e.id for e in graph.entities}))))
    G.add((art, NG.statementCount, Literal(len(statements))))
    return sorted(set(G.items), key=_order)


def posts_in(graph: ArticleGraph) -> list[tuple[str, str]]:
    """(office, body) for each office whose title names a body of the graph: "WorldCom chief executive" is
    a post in WorldCom, "RCG Chief of Staff" in the Ruritanian Coast Guard (by its alias)."""
    bodies = [(e.id, {n.lower() for n in (e.label, *e.aliases) if len(n) >= 2}) for e in graph.entities
              if e.type == "institution"]
    out = []
    for e in graph.entities:
        if e.type != "office":
            continue
        title = _words(e.label)
        for body, names in bodies:
            if any(_words(n) in title for n in names):
                out.append((e.id, body))
    return out


def _words(text: str) -> str:
    return " " + " ".join(w for w in re.split(r"[^\w.&]+", text.lower()) if w) + " "


def _context() -> dict[str, str]:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update({"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)})
    return context


def _sorted_triples(source: Graph | Iterable[tuple]) -> list[tuple]:
    if isinstance(source, _Sorted):
        return source  # triples() mints no blank node and has sorted them
    items = list(source)
    if any(isinstance(t, BNode) for triple in items for t in triple):
        raise ValueError("newsgraph graphs mint IRIs for every node; a blank node means a foreign graph")
    return sorted(items, key=_order)


def _order(triple: tuple) -> tuple[str, str, str]:
    s, p, o = triple
    return str(s), str(p), o.n3()


def _ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def dumps_turtle(source: Graph | Iterable[tuple]) -> str:
    """Turtle, subjects and predicates sorted so the file is byte-stable.

    Written by Oxigraph's serializer: rdflib's pretty printer costs more than parsing the article.
    """
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    prefixes.update({"rdfs": str(RDFS), "xsd": str(XSD)})
    data = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in _sorted_triples(source)]
    return ox.serialize(data, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")


def dumps_jsonld(source: Graph | Iterable[tuple]) -> str:
    """Compact JSON-LD: one node object per subject, sorted, with prefixed names from a fixed context."""
    context = _context()
    by_length = sorted(context.items(), key=lambda kv: -len(kv[1]))

    compacted: dict[str, str] = {}  # a predicate or class recurs in every node

    def compact(iri: str) -> str:
        found = compacted.get(iri)
        if found is None:
            found = compacted[iri] = next((f"{prefix}:{iri[len(ns):]}" for prefix, ns in by_length
                                           if iri.startswith(ns) and len(iri) > len(ns)), iri)
        return found

    def value(o) -> object:
        if isinstance(o, URIRef):
            return {"@id": compact(str(o))}
        if o.language:
            return {"@value": str(o), "@language": o.language}
        if o.datatype in (None, XSD.string):
            return str(o)
        if o.datatype == XSD.boolean:
            return o.toPython()
        if o.datatype == XSD.integer:
            return int(o)
        return {"@value": str(o), "@type": compact(str(o.datatype))}

    nodes: dict[str, dict] = {}
    for s, p, o in _sorted_triples(source):
        node = nodes.setdefault(str(s), {"@id": compact(str(s))})
        if p == RDF.type:
            node.setdefault("@type", []).append(compact(str(o)))
        else:
            node.setdefault(compact(str(p)), []).append(value(o))
    graph = [nodes[k] for k in sorted(nodes)]
    return _indented({"@context": context, "@graph": graph}, "\n") + "\n"


_string = json.encoder.encode_basestring  # json's own (C) quoting, as ensure_ascii=False uses


def _indented(o, pad: str) -> str:
    """json.dumps(o, ensure_ascii=False, indent=1, sort_keys=True) byte for byte: with an indent, json runs its
    pure-Python encoder, a generator per level, which cost more than building the triples."""
    if isinstance(o, str):
        return _string(o)
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = pad + " "
        return "{" + inner + ("," + inner).join(_string(k) + ": " + _indented(o[k], inner) for k in sorted(o)) + pad + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        inner = pad + " "
        return "[" + inner + ("," + inner).join(_indented(x, inner) for x in o) + pad + "]"
    return json.dumps(o)
