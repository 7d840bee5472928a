"""What a query returns, as rdflib terms written one way whichever engine answered.

Imports graph.errors, graph.vocab (which converts Oxigraph terms), pyoxigraph and rdflib.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from ..vocab import rdflib_term

__all__ = ["Result", "from_ox", "converter", "plain", "graph_rows", "syntax_error"]


@dataclass(frozen=True)
class Result:
    """What a query returns, in rdflib terms: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = field(default_factory=tuple)
    boolean: bool | None = None


def from_ox(term) -> Node | None:
    if term is None:
        return None
    try:
        return plain(rdflib_term(term))  # typed values written one way whichever engine answered
    except ValueError:
        raise QueryError(f"unsupported RDF term in a result: {term!r}") from None


def converter():
    """from_ox with a memory for one result: labels, relations, articles and types repeat down the
    rows, and building an rdflib Literal costs fifty times a dictionary look-up."""
    memo: dict = {}

    def convert(term):
        if term is None:
            return None
        node = memo.get(term)
        if node is None:
            node = memo[term] = _fast(term)
        return node
    return convert


def _fast(term) -> Node | None:
    """from_ox, the common terms made directly: an IRI (most cells) without rdflib's check of every character,
    which Oxigraph's parser has made already; a string or an integer as plain() would write it."""
    kind = type(term)
    if kind is ox.NamedNode:
        return str.__new__(URIRef, term.value)
    if kind is ox.Literal and not term.language:
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        value = term.value
        if dt == _XSD_INTEGER and value.isascii() and value.isdigit() and (value[0] != "0" or len(value) == 1):
            return Literal(value, datatype=XSD.integer)  # canonical already: what plain() would write
    return from_ox(term)


_XSD_STRING, _XSD_INTEGER = str(XSD.string), str(XSD.integer)


_INTEGERS = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger")}


def plain(term: Node | None) -> Node | None:
    """One written form per value, whichever engine answers: Oxigraph canonicalises numbers as it
    parses ("0.80" -> "0.8"), rdflib keeps them as written and sometimes types strings xsd:string."""
    if not isinstance(term, Literal) or term.language:
        return term
    dt = str(term.datatype) if term.datatype else ""
    if dt == str(XSD.string):
        return Literal(str(term))
    try:
        if dt == str(XSD.decimal):
            text = format(Decimal(str(term)).normalize(), "f")
            return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)
        if dt in _INTEGERS:
            return Literal(str(int(str(term))), datatype=term.datatype)
    except (InvalidOperation, ValueError):
        return term  # an ill-typed literal: keep it exactly as the data has it
    return term


def graph_rows(triples: Iterable[tuple]) -> tuple[tuple[Node, ...], ...]:
    return tuple(sorted(set(triples), key=lambda t: tuple(x.n3() for x in t)))


def syntax_error(message: str) -> QueryError:
    m = re.search(r"error at (\d+):(\d+): (.*)", message)
    if m:
        return QueryError(f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: {m.group(3)}")
    return QueryError(f"SPARQL syntax error: {message}")
