"""RDF output: an ArticleGraph as an rdflib Graph, Turtle and JSON-LD.

Each relation is written twice, the Wikidata way: a direct triple for easy SPARQL
(`?who ng:opposes ?what`) and a statement node that carries the evidence (a Web Annotation
selector on the article), the rule, the confidence and the qualifiers.
"""
from __future__ import annotations

import json

from rdflib import RDF, RDFS, XSD, Graph, Literal

from .model import ArticleGraph
from .vocab import (NG, OA, PREFIXES, PROV, RELATION_PREDICATES, SCHEMA, SKOS, TYPE_CLASSES, article_iri,
                    entity_iri, statement_iri)

__all__ = ["to_rdf", "dumps_turtle", "dumps_jsonld", "new_graph"]


def new_graph() -> Graph:
    G = Graph()
    for prefix, ns in PREFIXES.items():
        G.bind(prefix, ns, override=True)
    return G


def to_rdf(graph: ArticleGraph, G: Graph | None = None) -> Graph:
    G = new_graph() if G is None else G
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
    for s in graph.statements:
        subj, obj = entity_iri(s.subject), entity_iri(s.object)
        pred = RELATION_PREDICATES[s.relation]
        G.add((subj, pred, obj))
        st = statement_iri(graph.article.name, s.subject, s.relation, s.object, s.evidence.start)
        sel = st + "-quote"
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
    return G


def dumps_turtle(G: Graph) -> str:
    return G.serialize(format="turtle")


def dumps_jsonld(G: Graph) -> str:
    """JSON-LD with a compact context; nodes sorted by @id so the file is byte-stable."""
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    context.update({"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)})
    data = json.loads(G.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    nodes.sort(key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": data.get("@context", context), "@graph": nodes},
                      ensure_ascii=False, indent=1, sort_keys=True) + "\n"
