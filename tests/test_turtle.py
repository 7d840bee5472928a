"""graph/io/turtle.py, jsonld.py and terms.py write what the writers wrote before them, byte for byte: Turtle as
Oxigraph's serializer writes the same triples (every code point in a string, the local names newsgraph mints, the
literals it writes bare), JSON-LD as json.dumps writes the document of dicts, in the order of rdflib's n3() of the
terms; and a term turtle.py does not write leaves the graph to Oxigraph."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from rdflib import RDF, Literal, URIRef

from graph.io.rdf import _context, _few, _literal, _order, _Sorted, _sorted_triples, dumps_jsonld, dumps_turtle, to_rdf
from graph.io.terms import n3, ox_of, plain, rdflib_of
from graph.io.turtle import turtle_text
from graph.vocab import ID, NG, PREFIXES

_XSD = "http://www.w3.org/2001/XMLSchema#"  # (rdflib's XSD namespace object warns when pytest looks it over)
_PREFIXES = {**{p: str(ns) for p, ns in PREFIXES.items()}, "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
             "xsd": _XSD}


def _dt(name: str) -> URIRef:
    return URIRef(_XSD + name)


def _by_oxigraph(triples) -> str:
    data = [ox.Triple(ox_of(s), ox_of(p), ox_of(o)) for s, p, o in triples]
    return ox.serialize(data, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES).decode("utf-8")


def _sorted(triples) -> _Sorted:
    """rdflib triples as the writers read them: terms.py's terms, in the order of rdflib's n3()."""
    return _Sorted(_sorted_triples(list(triples)))


def test_every_code_point_in_a_string_as_oxigraph_writes_it():
    points = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    runs = ["".join(map(chr, points[k:k + 512])) for k in range(0, len(points), 512)]
    triples = _sorted((ID[f"statement/{k:04x}"], NG.evidence, Literal(run)) for k, run in enumerate(runs))
    assert turtle_text(triples, _PREFIXES) == _by_oxigraph(triples)


@pytest.mark.parametrize("local", ["person/zoe-lopez", "office/port-levy/harbour-master", "statement/0f3a-quote",
                                   "article/x", "a", "_b", "9-lives", "position/ends-", "x//y", "x/-/y"])
def test_minted_local_names_as_oxigraph_writes_them(local):
    triples = _sorted([(ID[local], RDF.type, NG.Person), (ID[local], NG.supports, ID[local]),
                       (ID["article/x"], NG.object, ID[local])])
    assert turtle_text(triples, _PREFIXES) == _by_oxigraph(triples)


@pytest.mark.parametrize("literal", [Literal(17), Literal(-3), Literal(True), Literal(False),
                                     Literal("0.85", datatype=_dt("decimal")), Literal("1.00", datatype=_dt("decimal")),
                                     Literal("plain"), Literal("typed", datatype=_dt("string")), Literal("")])
def test_literals_as_oxigraph_writes_them(literal):
    triples = _sorted([(ID["statement/1"], NG.confidence, literal), (ID["statement/1"], NG.rule, Literal("x"))])
    assert turtle_text(triples, _PREFIXES) == _by_oxigraph(triples)


@pytest.mark.parametrize("odd", [
    (ID["statement/1"], NG.cue, Literal("oui", lang="fr")),  # a language tag
    (ID["statement/1"], NG.cue, Literal("2024-01-01", datatype=_dt("date"))),  # another datatype
    (ID["statement/1"], NG.cue, Literal("1.", datatype=_dt("decimal"))),  # a decimal Turtle cannot write bare
    (ID["statement/1"], NG.cue, Literal("017x", datatype=_dt("integer"))),  # an ill-typed integer
    (URIRef("http://example.org/elsewhere"), NG.cue, Literal("x")),  # under no prefix
    (ID["person/a.b"], NG.cue, Literal("x")),  # a local name newsgraph does not mint
    (ID["-a"], NG.cue, Literal("x")),
    (ID[""], NG.cue, Literal("x")),
    (ID["statement/1"], NG.cue, RDF.type),  # rdf:type but as an object
])
def test_other_terms_are_left_to_oxigraph(odd):
    triples = _sorted([odd, (ID["statement/1"], NG.rule, Literal("x"))])
    assert turtle_text(triples, _PREFIXES) is None
    assert dumps_turtle(triples) == _by_oxigraph(triples)


def _jsonld_by_dicts(triples) -> str:
    """The document as the JSON-LD writer built it before jsonld.py: dicts handed to json.dumps."""
    context = _context()
    by_length = sorted(context.items(), key=lambda kv: -len(kv[1]))

    def compact(iri):
        return next((f"{p}:{iri[len(ns):]}" for p, ns in by_length if iri.startswith(ns) and len(iri) > len(ns)), iri)

    def value(o):
        if isinstance(o, URIRef):
            return {"@id": compact(str(o))}
        if o.language:
            return {"@value": str(o), "@language": o.language}
        datatype = "" if o.datatype is None else str(o.datatype)
        if not datatype or datatype == _XSD + "string":
            return str(o)
        if datatype == _XSD + "boolean":
            return o.toPython()
        if datatype == _XSD + "integer":
            return int(o)
        return {"@value": str(o), "@type": compact(datatype)}

    nodes: dict[str, dict] = {}
    for s, p, o in triples:
        node = nodes.setdefault(str(s), {"@id": compact(str(s))})
        if str(p) == str(RDF.type):
            node.setdefault("@type", []).append(compact(str(o)))
        else:
            node.setdefault(compact(str(p)), []).append(value(o))
    graph = [nodes[k] for k in sorted(nodes)]
    return json.dumps({"@context": context, "@graph": graph}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def test_jsonld_as_json_dumps_writes_the_document(seed_graph):
    odd = [(ID["statement/1"], NG.cue, Literal("oui", lang="fr")), (ID["statement/1"], NG.cue, Literal(True)),
           (ID["statement/1"], NG.cue, Literal("2024-01-01", datatype=_dt("date"))),
           (ID["statement/1"], NG.cue, Literal('"quoted"\n\u00e9\u0001')), (ID["statement/1"], NG.cue, Literal(-4)),
           (ID["statement/1"], NG.cue, Literal("1", datatype=_dt("boolean"))),
           (URIRef("http://example.org/elsewhere"), NG.cue, ID[""]), (ID["statement/1"], RDF.type, NG.Statement)]
    for triples in (list(to_rdf(seed_graph)), odd, []):
        expected = _jsonld_by_dicts(sorted(triples, key=_order))
        assert dumps_jsonld(triples) == expected
        assert dumps_jsonld(_sorted(triples)) == expected


@pytest.mark.parametrize("value", ["plain", "", 'say "no"', "back\\slash", "two\nlines", 'ends "quoted"\n"', '"""',
                                   'a """ b\n', "cr\rlf", "\n", "caf\u00e9 \u201cport\u201d", 0, 17, -4, 10 ** 20,
                                   True, False])
def test_literals_made_and_ordered_as_rdflib_makes_and_orders_them(value):
    ours = _literal({}, value)
    theirs = Literal(value)
    assert ours == plain(theirs) and rdflib_of(ours) == theirs
    assert n3(ours) == theirs.n3()


def test_confidences_spelled_as_rdflib_spells_them():
    for k in range(101):
        ours = _literal(_few, f"{k / 100:.2f}", str(_dt("decimal")))
        theirs = Literal(f"{k / 100:.2f}", datatype=_dt("decimal"))
        assert ours == plain(theirs) and n3(ours) == theirs.n3()
