"""The compact JSON-LD text of rdf.dumps_jsonld: one node object per subject, sorted, with prefixed names from a fixed
context, as json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) writes it.

Written from the sorted triples directly rather than as dicts handed to the indented writer: a value (the
article's IRI in every statement, a label, an offset) is written once however often it recurs, and a node's
lists are joined in place (the writer's walk of some 40,000 values cost as much as the rest of the writing)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import RDF, XSD, URIRef

from .jsontext import dumps_indented, quoted

__all__ = ["jsonld_text"]

_XSD_STRING, _XSD_BOOLEAN, _XSD_INTEGER = str(XSD.string), str(XSD.boolean), str(XSD.integer)
_TYPE = str(RDF.type)
# the indents (a newline and one space per level) of a node in @graph, of its keys, and of the values in a key's list
_NODE, _KEY, _VALUE = "\n  ", "\n   ", "\n    "


class _Compact:
    """Prefixed names of the context's namespaces (the longest that fits), made once per IRI of the document."""

    def __init__(self, context: dict[str, str]):
        by_length = sorted(context.items(), key=lambda kv: -len(kv[1]))
        # (an alternation tries its namespaces in turn, longest first, as the first that fits is the longest)
        self.pattern = re.compile(f"({'|'.join(re.escape(ns) for _, ns in by_length)})(.+)", re.DOTALL)
        self.prefix = {ns: prefix for prefix, ns in reversed(by_length)}  # (the first of two equal namespaces)
        self.made: dict[str, str] = {}  # a predicate or class recurs in every node

    def __call__(self, iri: str) -> str:
        found = self.made.get(iri)
        if found is None:
            m = self.pattern.fullmatch(iri)
            found = self.made[iri] = iri if m is None else self.prefix[m[1]] + ":" + m[2]
        return found


def _text(o, compact: _Compact) -> str:
    """A value's text in a node's list: an IRI as {"@id": ...}, a plain string or an integer as itself."""
    if isinstance(o, URIRef):
        return dumps_indented({"@id": compact(str(o))}, _VALUE)
    if o.language:
        return dumps_indented({"@value": str(o), "@language": o.language}, _VALUE)
    datatype = o.datatype
    datatype = "" if datatype is None else str(datatype)
    if not datatype or datatype == _XSD_STRING:
        return quoted(str(o))
    if datatype == _XSD_BOOLEAN:
        return dumps_indented(o.toPython(), _VALUE)
    if datatype == _XSD_INTEGER:
        return int.__repr__(int(o))  # (as json writes an int)
    return dumps_indented({"@value": str(o), "@type": compact(datatype)}, _VALUE)


def _node_text(node: dict[str, list[str]]) -> str:
    """A node object whose lists hold their values' text: "@id" is its one plain string."""
    members = [quoted(k) + ": " + (quoted(v) if k == "@id" else "[" + _VALUE + ("," + _VALUE).join(v) + _KEY + "]")
               for k, v in sorted(node.items())]
    return "{" + _KEY + ("," + _KEY).join(members) + _NODE + "}"


def jsonld_text(triples: Sequence[tuple], context: dict[str, str]) -> str:
    """The document of `triples` under `context`: its nodes sorted by IRI, a key's values in the triples' order."""
    compact = _Compact(context)
    texts: dict[int, str] = {}  # by the term's id (the triples hold every term meanwhile): its text as a value
    iri_texts: dict[str, str] = {}  # by the IRI: an entity's IRI is a new term in each triple naming it

    def value(o) -> str:
        if isinstance(o, URIRef):
            iri = str(o)
            found = iri_texts.get(iri)
            if found is None:
                found = iri_texts[iri] = _text(o, compact)
        else:
            found = _text(o, compact)
        texts[id(o)] = found
        return found

    nodes: dict[str, dict] = {}
    of_term: dict[int, dict] = {}  # by the subject's id: its node (several terms may spell one IRI)
    keys: dict[int, str] = {}  # by the predicate's id: its key in the node
    types: dict[int, str] = {}  # by the class's id: its text in "@type"
    last = node = None
    for s, p, o in triples:
        if s is not last:  # (a subject's triples are together, most of them naming it by the same term)
            last, node = s, of_term.get(id(s))
            if node is None:
                subject = str(s)  # (an IRI's text: rdflib's == is Python code, str's is not)
                node = nodes.get(subject)
                if node is None:
                    node = nodes[subject] = {"@id": compact(subject)}
                of_term[id(s)] = node
        key = keys.get(id(p))
        if key is None:
            predicate = str(p)
            key = keys[id(p)] = "@type" if predicate == _TYPE else compact(predicate)
        if key == "@type":
            text = types.get(id(o))
            if text is None:
                text = types[id(o)] = quoted(compact(str(o)))
        else:
            text = texts.get(id(o))
            if text is None:
                text = value(o)
        values = node.get(key)
        if values is None:
            node[key] = [text]
        else:
            values.append(text)
    graph = "[" + _NODE + ("," + _NODE).join([_node_text(nodes[k]) for k in sorted(nodes)]) + "\n ]" if nodes else "[]"
    return "{\n " + quoted("@context") + ": " + dumps_indented(context, "\n ") + ",\n " + quoted("@graph") + ": " + \
        graph + "\n}\n"
