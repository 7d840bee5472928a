"""RDF output: an ArticleGraph as an rdflib Graph, Turtle and JSON-LD.

Each relation is written twice, the Wikidata way: a direct triple for easy SPARQL
(`?who ng:opposes ?what`) and a statement node that carries the evidence (a Web Annotation
selector on the article), the rule, the confidence and the qualifiers.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph

from ..model import ArticleGraph
from .jsonld import jsonld_text
from .terms import Lit, n3, ox_of, plain, rdflib_of
from .turtle import turtle_text
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
    G.addN((rdflib_of(s), rdflib_of(p), rdflib_of(o), G) for s, p, o in triples(graph))
    return G


class _Sorted(tuple):
    """Triples of terms.py's terms already in the writers' order, which no caller can change: sorting them again
    costs an n3() per triple."""


_last: list = [None, _Sorted()]  # the graph last asked for and its triples: Turtle, JSON-LD and the corpus read them in turn


def triples(graph: ArticleGraph) -> tuple[tuple, ...]:
    """Every triple of the article's graph (terms.py's: an IRI's text, a Lit), in a stable order: made once per
    graph (an ArticleGraph is frozen) and shared, as a tuple, by the writers that ask in turn."""
    if _last[0] is not graph:
        _last[:] = [graph, _Sorted(_make_triples(graph))]
    return _last[1]


class _Terms:
    """The IRIs every article's triples name, as text, made once: each `NG.x` or `OA.x` is a look-up in Python."""

    type, name, label = str(RDF.type), str(SCHEMA.name), str(RDFS.label)
    article, news_article, prov_entity, statement = str(NG.Article), str(SCHEMA.NewsArticle), str(PROV.Entity), \
        str(NG.Statement)
    source_path, pipeline, node_type = str(NG.sourcePath), str(NG.pipeline), str(NG.nodeType)
    pref_label, alt_label, derived, post_in = str(SKOS.prefLabel), str(SKOS.altLabel), str(PROV.wasDerivedFrom), \
        str(ORG.postIn)
    subject, relation, object, confidence = str(NG.subject), str(NG.relation), str(NG.object), str(NG.confidence)
    rule, cue, attribution, hedged = str(NG.rule), str(NG.cue), str(NG.attribution), str(NG.hedged)
    negated, former, evidence = str(NG.negated), str(NG.former), str(NG.evidence)
    cite_start, cite_end = str(NG.citeStart), str(NG.citeEnd)
    entity_count, statement_count = str(NG.entityCount), str(NG.statementCount)
    has_source, has_selector = str(OA.hasSource), str(OA.hasSelector)
    position_selector, quote_selector = str(OA.TextPositionSelector), str(OA.TextQuoteSelector)
    start, end, exact = str(OA.start), str(OA.end), str(OA.exact)
    relations = {relation: str(iri) for relation, iri in RELATION_PREDICATES.items()}
    classes = {kind: tuple(str(iri) for iri in classes) for kind, classes in TYPE_CLASSES.items()}


# the datatypes of the literals made here besides plain strings (of no datatype, as rdflib's Literal of a str)
_INTEGER, _BOOLEAN, _DECIMAL = str(XSD.integer), str(XSD.boolean), str(XSD.decimal)
_few: dict[tuple, Lit] = {}  # the literals of few values (a node type, a rule, a confidence), of every article


def _literal(cache: dict[tuple, Lit], value: str | int | bool, datatype: str | None = None) -> Lit:
    """One Lit per value in `cache` (the article's own: labels, offsets; or _few, shared by every article), spelled
    as rdflib's Literal(value, datatype=datatype) spells it."""
    key = (type(value), value, datatype)
    found = cache.get(key)
    if found is None:
        if type(value) is bool:
            found = Lit("true" if value else "false", _BOOLEAN)
        elif type(value) is int:
            found = Lit(str(value), _INTEGER)
        else:
            found = Lit(value, datatype)
        cache[key] = found
    return found


def _one_of_few(value: str | bool, datatype: str | None = None) -> Lit:
    return _literal(_few, value, datatype)


def _make_triples(graph: ArticleGraph) -> list[tuple]:
    T = _Terms
    items: list[tuple] = []
    add = items.append
    art = str(article_iri(graph.article.name))
    add((art, T.type, T.article))
    add((art, T.type, T.news_article))
    add((art, T.type, T.prov_entity))
    add((art, T.name, Lit(graph.article.name)))
    if graph.article.source:
        add((art, T.source_path, Lit(graph.article.source)))
    if graph.pipeline:
        add((art, T.pipeline, Lit(graph.pipeline)))
    literals: dict[tuple, Lit] = {}  # a label is written twice, an offset many times: one term each, whose N3
    # form _in_order then makes once
    iris: dict[str, str] = {}  # an entity's IRI, one str however often named

    def text(value: str | int) -> Lit:
        return _literal(literals, value)

    def iri(eid: str) -> str:
        found = iris.get(eid)
        if found is None:
            found = iris[eid] = str(entity_iri(eid))
        return found

    for e in graph.entities:
        node = iri(e.id)
        for cls in T.classes[e.type]:
            add((node, T.type, cls))
        add((node, T.node_type, _one_of_few(e.type)))
        label = text(e.label)
        add((node, T.pref_label, label))
        add((node, T.label, label))
        for alias in e.aliases:
            add((node, T.alt_label, text(alias)))
        add((node, T.derived, art))
    for office, body in posts_in(graph):
        add((iri(office), T.post_in, iri(body)))
    statements = set()  # the statement nodes, counted as distinct IRIs (as the set of triples counts them)
    for s in graph.statements:
        subj, obj = iri(s.subject), iri(s.object)
        pred = T.relations[s.relation]
        add((subj, pred, obj))
        st = str(statement_iri(graph.article.name, s.subject, s.relation, s.object, s.evidence.start))
        sel = st + "-quote"
        statements.add(st)
        add((st, T.type, T.statement))
        add((st, T.subject, subj))
        add((st, T.relation, pred))
        add((st, T.object, obj))
        add((st, T.confidence, _one_of_few(f"{s.confidence:.2f}", _DECIMAL)))
        add((st, T.rule, _one_of_few(s.rule)))
        if s.cue:
            add((st, T.cue, text(s.cue)))
        if s.attribution:
            add((st, T.attribution, text(s.attribution)))
        add((st, T.hedged, _one_of_few(s.hedged)))
        add((st, T.negated, _one_of_few(s.negated)))
        if s.former:
            add((st, T.former, _one_of_few(True)))
        sentence = text(s.evidence.sentence)
        add((st, T.evidence, sentence))
        add((st, T.cite_start, text(s.evidence.cite_start)))
        add((st, T.cite_end, text(s.evidence.cite_end)))
        add((st, T.derived, art))
        add((st, T.has_source, art))
        add((st, T.has_selector, sel))
        add((sel, T.type, T.position_selector))
        add((sel, T.type, T.quote_selector))
        add((sel, T.start, text(s.evidence.start)))
        add((sel, T.end, text(s.evidence.end)))
        add((sel, T.exact, sentence))
    # what the article contributed, counted here once rather than by every query over a corpus (the
    # `articles` query would otherwise read every entity and statement of every article)
    add((art, T.entity_count, _literal(literals, len({e.id for e in graph.entities}))))
    add((art, T.statement_count, _literal(literals, len(statements))))
    return _in_order(items)


def _in_order(items: list[tuple]) -> list[tuple]:
    """The distinct triples sorted by _order. Its key tells triples apart as their equality does (an IRI by its
    text, a literal by its N3 form: lexical form, datatype and language), so the key's dict is the set; a term
    named many times (the statement's IRI, a class, a label) has its N3 form made once."""
    forms: dict[int, str] = {}  # by the term's id: every term is held by `items` meanwhile
    keyed: dict[tuple[str, str, str], tuple] = {}
    for triple in items:
        s, p, o = triple
        form = forms.get(id(o))
        if form is None:
            form = forms[id(o)] = n3(o)
        keyed.setdefault((s, p, form), triple)
    return [keyed[k] for k in sorted(keyed)]


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
    """The triples in the writers' order, as terms.py's terms: an rdflib graph's, or triples() as they are."""
    if isinstance(source, _Sorted):
        return source  # triples() mints no blank node and has sorted them
    items = list(source)
    if any(isinstance(t, BNode) for triple in items for t in triple):
        raise ValueError("newsgraph graphs mint IRIs for every node; a blank node means a foreign graph")
    return [(plain(s), plain(p), plain(o)) for s, p, o in sorted(items, key=_order)]


def _order(triple: tuple) -> tuple[str, str, str]:
    s, p, o = triple
    return str(s), str(p), o.n3()


def dumps_turtle(source: Graph | Iterable[tuple]) -> str:
    """Turtle, subjects and predicates sorted so the file is byte-stable.

    Written as Oxigraph's serializer writes it (rdflib's pretty printer costs more than parsing the article): by
    turtle.py for the plain terms of newsgraph's own triples, else by Oxigraph itself.
    """
    prefixes = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    prefixes.update({"rdfs": str(RDFS), "xsd": str(XSD)})
    triples = _sorted_triples(source)  # (held meanwhile, so no id is reused)
    text = turtle_text(triples, prefixes)
    if text is not None:
        return text
    made: dict[int, object] = {}  # by the term's id: a statement's IRI, a predicate, a class recur

    def term(t):
        found = made.get(id(t))
        if found is None:
            found = made[id(t)] = ox_of(t)
        return found

    data = [ox.Triple(term(s), term(p), term(o)) for s, p, o in triples]
    return ox.serialize(data, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")


def dumps_jsonld(source: Graph | Iterable[tuple]) -> str:
    """Compact JSON-LD: one node object per subject, sorted, with prefixed names from a fixed context (jsonld.py)."""
    return jsonld_text(_sorted_triples(source), _context())
