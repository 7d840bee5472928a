"""The compact JSON-LD text of rdf.dumps_jsonld: one node object per subject, sorted, with prefixed names from a fixed
context, as json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) writes it.

Written from the sorted triples directly rather than as dicts handed to the indented writer: a value (the
article's IRI in every statement, a label, an offset) is written once however often it recurs, and a node's
lists are joined in place (the writer's walk of some 40,000 values cost as much as the rest of the writing)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from rdflib import RDF, XSD

from .jsontext import dumps_indented, quoted
from .terms import rdflib_of

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
    """A value's text in a node's list (terms.py's term): an IRI as {"@id": ...}, a plain string or an integer as
    itself."""
    if type(o) is str:
        return dumps_indented({"@id": compact(o)}, _VALUE)
    lexical, datatype, language = o
    if language:
        return dumps_indented({"@value": lexical, "@language": language}, _VALUE)
    if not datatype or datatype == _XSD_STRING:
        return quoted(lexical)
    if datatype == _XSD_BOOLEAN:  # (as rdflib reads it, and json writes a bool)
        return lexical if lexical in ("true", "false") else dumps_indented(rdflib_of(o).toPython(), _VALUE)
    if datatype == _XSD_INTEGER:  # (as json writes an int)
        return int.__repr__(int(lexical if lexical.isascii() and lexical.isdigit() else rdflib_of(o)))
    return dumps_indented({"@value": lexical, "@type": compact(datatype)}, _VALUE)


def _node_text(node: dict[str, list[str]]) -> str:
    """A node object whose lists hold their values' text: "@id" is its one plain string."""
    members = [quoted(k) + ": " + (quoted(v) if k == "@id" else "[" + _VALUE + ("," + _VALUE).join(v) + _KEY + "]")
               for k, v in sorted(node.items())]
    return "{" + _KEY + ("," + _KEY).join(members) + _NODE + "}"


def jsonld_text(triples: Sequence[tuple], context: dict[str, str]) -> str:
    """The document of `triples` (terms.py's terms) under `context`: its nodes sorted by IRI, a key's values in the
    triples' order."""
    compact = _Compact(context)
    texts: dict[int, str] = {}  # by a literal's id (the triples hold every term meanwhile): its text as a value
    iri_texts: dict[str, str] = {}  # by the IRI
    nodes: dict[str, dict] = {}
    keys: dict[str, str] = {}  # a predicate's key in the node
    types: dict[str, str] = {}  # a class's text in "@type"
    last = node = None
    for s, p, o in triples:
        if s is not last:  # (a subject's triples are together)
            last, node = s, nodes.get(s)
            if node is None:
                node = nodes[s] = {"@id": compact(s)}
        key = keys.get(p)
        if key is None:
            key = keys[p] = "@type" if p == _TYPE else compact(p)
        if key == "@type":
            text = types.get(o)
            if text is None:
                text = types[o] = quoted(compact(o if type(o) is str else o.lexical))
        elif type(o) is str:
            text = iri_texts.get(o)
            if text is None:
                text = iri_texts[o] = _text(o, compact)
        else:
            text = texts.get(id(o))
            if text is None:
                text = texts[id(o)] = _text(o, compact)
        values = node.get(key)
        if values is None:
            node[key] = [text]
        else:
            values.append(text)
    graph = "[" + _NODE + ("," + _NODE).join([_node_text(nodes[k]) for k in sorted(nodes)]) + "\n ]" if nodes else "[]"
    return "{\n " + quoted("@context") + ": " + dumps_indented(context, "\n ") + ",\n " + quoted("@graph") + ": " + \
        graph + "\n}\n"
