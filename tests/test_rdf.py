"""RDF: Turtle and JSON-LD parse back to the graph built; direct triples plus statement nodes with evidence."""
from __future__ import annotations

import pytest
from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic, graph_diff

from graph.model import Article, ArticleGraph, Entity, Evidence, Statement
from graph.io.rdf import dumps_jsonld, dumps_turtle, to_rdf
from graph.vocab import ID, NG, OA, ORG, RELATION_PREDICATES, SKOS, entity_iri


def _handmade() -> ArticleGraph:
    """A graph built from the model classes: quotes, accents and a newline that a serializer must escape."""
    text = 'Zo\u00eb L\u00f3pez said "no" to the \u201cport levy\u201d.\nShe is the harbour master.'
    first = text.index("\n")
    ev1 = Evidence(text[:first], 0, first, 0, 10)
    ev2 = Evidence(text[first + 1:], first + 1, len(text), first + 5, len(text) - 1)
    entities = (
        Entity("person/zoe-lopez", "person", "Zo\u00eb L\u00f3pez", ("L\u00f3pez",)),
        Entity("position/port-levy", "position", "port levy", ("\u201cport levy\u201d",)),
        Entity("office/harbour-master", "office", "harbour master"),
    )
    statements = (
        Statement("person/zoe-lopez", "opposes", "position/port-levy", ev1, "speech-evaluation", 0.6,
                  attribution="quoted", hedged=True, cue="said"),
        Statement("person/zoe-lopez", "holds", "office/harbour-master", ev2, "role-description", 0.6, former=True),
    )
    return ArticleGraph(Article("port-levy", text, "port-levy.txt"), entities, statements, "en_test-1.0")


@pytest.fixture(scope="module", params=["seed", "handmade"])
def built(request):
    if request.param == "seed":
        return request.getfixturevalue("seed_graph")
    return _handmade()


def _parse(text: str, fmt: str) -> Graph:
    G = Graph()
    G.parse(data=text, format=fmt)
    return G


@pytest.mark.parametrize("fmt, dumps", [("turtle", dumps_turtle), ("json-ld", dumps_jsonld)])
def test_rdf_round_trip_is_isomorphic(built, fmt, dumps):
    G = to_rdf(built)
    back = _parse(dumps(G), fmt)
    if not isomorphic(G, back):
        _, only_built, only_back = graph_diff(to_isomorphic(G), to_isomorphic(back))
        pytest.fail(f"only in built: {sorted(only_built)[:5]}; only parsed back: {sorted(only_back)[:5]}")
    assert len(back) == len(G) > 0


def test_rdf_turtle_and_jsonld_hold_the_same_graph(seed_build):
    ttl = _parse(seed_build[".ttl"].read_text(encoding="utf-8"), "turtle")
    jsonld = _parse(seed_build[".jsonld"].read_text(encoding="utf-8"), "json-ld")
    assert isomorphic(ttl, jsonld)


def test_rdf_has_no_blank_nodes_and_mints_iris_under_the_base(built):
    G = to_rdf(built)
    for triple in G:
        assert not any(isinstance(term, BNode) for term in triple)
    for s in G.subjects():
        assert str(s).startswith(str(ID))


def test_rdf_every_statement_is_a_direct_triple_and_a_statement_node(built):
    G = to_rdf(built)
    for s in built.statements:
        subj, obj, pred = entity_iri(s.subject), entity_iri(s.object), RELATION_PREDICATES[s.relation]
        assert (subj, pred, obj) in G
        nodes = [st for st in G.subjects(NG.subject, subj)
                 if (st, NG.relation, pred) in G and (st, NG.object, obj) in G
                 and (st, NG.evidence, Literal(s.evidence.sentence)) in G]
        assert len(nodes) == 1
        st = nodes[0]
        assert (st, RDF.type, NG.Statement) in G
        assert (st, NG.rule, Literal(s.rule)) in G
        assert (st, NG.negated, Literal(s.negated)) in G


def test_rdf_selector_offsets_slice_the_article_to_the_quote(built):
    G = to_rdf(built)
    text = built.article.text
    selectors = list(G.subjects(RDF.type, OA.TextPositionSelector))
    assert len(selectors) == len({(s.subject, s.relation, s.object, s.evidence.start) for s in built.statements})
    for sel in selectors:
        start, end = int(G.value(sel, OA.start)), int(G.value(sel, OA.end))
        assert text[start:end] == str(G.value(sel, OA.exact))


def test_rdf_nodes_carry_type_labels_and_aliases(built):
    G = to_rdf(built)
    for e in built.entities:
        node = entity_iri(e.id)
        assert (node, SKOS.prefLabel, Literal(e.label)) in G
        assert {str(a) for a in G.objects(node, SKOS.altLabel)} == set(e.aliases)
        assert (node, NG.nodeType, Literal(e.type)) in G


def test_rdf_uses_w3c_org_for_offices(built):
    G = to_rdf(built)
    holds = [s for s in built.statements if s.relation == "holds"]
    assert holds
    for s in holds:
        assert (entity_iri(s.subject), ORG.holds, entity_iri(s.object)) in G
        assert (entity_iri(s.object), RDF.type, ORG.Post) in G


def test_rdf_qualifiers_are_kept(built):
    G = to_rdf(built)
    for s in built.statements:
        if s.attribution:
            assert Literal(s.attribution) in set(G.objects(None, NG.attribution))
        if s.former:
            assert (None, NG.former, Literal(True)) in G


def test_rdf_sparql_finds_who_opposes_the_takeover(seed_graph):
    G = to_rdf(seed_graph)
    rows = G.query("""
        PREFIX ng: <https://newsgraph.dev/ns#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?name WHERE {
            ?who ng:opposes ?what ; skos:prefLabel ?name .
            ?what skos:prefLabel ?label .
            FILTER(CONTAINS(LCASE(STR(?label)), "takeover"))
        }""")
    names = {str(r.name) for r in rows}
    assert "Herzi Halevi" in names
    assert "Benjamin Netanyahu" not in names


def test_rdf_statement_iris_are_stable_across_builds(seed_graph):
    a = set(to_rdf(seed_graph).subjects(RDF.type, NG.Statement))
    b = set(to_rdf(seed_graph).subjects(RDF.type, NG.Statement))
    assert a == b and all(isinstance(x, URIRef) for x in a)
