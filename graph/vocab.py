"""The RDF vocabulary: newsgraph's own terms, the W3C ones it reuses, and deterministic IRIs; and what every
reader of RDF files shares (the query engines, graph.sparql, and the triple diff, graph.diff): the file
suffixes it reads and the rdflib term of an Oxigraph term.

A mistyped term raises (DefinedNamespace with _fail) instead of silently minting a new IRI.
"""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import BNode, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "NG", "ORG", "OA", "PROV", "SKOS", "SCHEMA", "ID", "entity_iri", "article_iri",
           "statement_iri", "RELATION_PREDICATES", "TYPE_CLASSES", "PREFIXES", "RDF_SUFFIXES", "rdflib_term"]

BASE = "https://newsgraph.dev/"
ID = Namespace(BASE + "id/")


class NG(DefinedNamespace):
    """newsgraph's own terms (https://newsgraph.dev/ns#)."""

    _NS = Namespace(BASE + "ns#")
    _fail = True

    # classes
    Person: URIRef
    Office: URIRef
    Institution: URIRef
    Position: URIRef
    Statement: URIRef
    Article: URIRef
    # stance relations (the direct edge)
    supports: URIRef
    opposes: URIRef
    warns: URIRef
    # the statement node
    subject: URIRef
    relation: URIRef
    object: URIRef
    confidence: URIRef
    rule: URIRef
    attribution: URIRef
    hedged: URIRef
    negated: URIRef
    former: URIRef
    cue: URIRef
    evidence: URIRef
    citeStart: URIRef
    citeEnd: URIRef
    # the article
    pipeline: URIRef
    sourcePath: URIRef
    entityCount: URIRef  # counted when the graph is written, so a query of many articles needs no join
    statementCount: URIRef
    nodeType: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {"ng": NG._NS, "id": ID, "org": ORG, "oa": OA, "prov": PROV, "skos": SKOS, "schema": SCHEMA}

RELATION_PREDICATES = {
    "supports": NG.supports,
    "opposes": NG.opposes,
    "warns": NG.warns,
    "holds": ORG.holds,
    "member_of": ORG.memberOf,
}
PREDICATE_RELATIONS = {str(v): k for k, v in RELATION_PREDICATES.items()}

# each node type: newsgraph's class plus the standard classes it is an instance of
TYPE_CLASSES = {
    "person": (NG.Person, SCHEMA.Person, PROV.Person),
    "office": (NG.Office, ORG.Post),
    "institution": (NG.Institution, ORG.Organization, SCHEMA.Organization),
    "position": (NG.Position, SKOS.Concept),
}


def entity_iri(entity_id: str) -> URIRef:
    """ "person/benjamin-netanyahu" -> https://newsgraph.dev/id/person/benjamin-netanyahu"""
    return ID[entity_id]


def article_iri(name: str) -> URIRef:
    from .extract.entities.resolve import slug
    return ID[f"article/{slug(name)}"]


def statement_iri(article: str, subject: str, relation: str, obj: str, start: int) -> URIRef:
    """Same article, same claim, same sentence: same IRI, so rebuilding changes nothing and a diff is set arithmetic."""
    digest = hashlib.sha1(f"{article}|{subject}|{relation}|{obj}|{start}".encode()).hexdigest()[:16]
    return ID[f"statement/{digest}"]


# --- reading RDF files ----------------------------------------------------------------------------------
RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def rdflib_term(term):
    """An Oxigraph term as rdflib's, the value written as Oxigraph has it. A simple literal is an xsd:string
    to Oxigraph (RDF 1.1) and a plain Literal to rdflib: it becomes the plain Literal."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"not an RDF term rdflib can hold: {term!r}")
