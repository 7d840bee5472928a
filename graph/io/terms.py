"""The terms of an article's triples as the writers read them (rdf.triples): an IRI is its text, a str, and a literal
a Lit of its lexical form, datatype IRI and language. An rdflib term costs microseconds to make (a Literal some 4 µs,
with its n3() for the order another), which the writers paid for each of an article's some 450 triples; rdflib's
and Oxigraph's terms are made from these only for a caller that wants them (rdf.to_rdf, the corpus graph)."""
from __future__ import annotations

from typing import NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

__all__ = ["Lit", "n3", "plain", "rdflib_of", "ox_of"]


class Lit(NamedTuple):
    lexical: str
    datatype: str | None = None  # None: a plain string
    language: str | None = None


def _quoted(text: str) -> str:
    """rdflib's quoting of a literal's lexical form in n3() (Literal._quote_encode, rdflib 7)."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def n3(term) -> str:
    """What rdflib's n3() writes of the term (the writers' triples are ordered by it): for an IRI and for the literals
    rdf.py makes (plain strings; integers, booleans and decimals of digits, of which rdflib spells out no INF or
    NaN); any other literal is asked of rdflib itself."""
    if type(term) is str:
        return "<" + term + ">"
    lexical, datatype, language = term
    if language or datatype is not None and not (lexical.replace(".", "", 1).isdigit() or lexical in ("true", "false")):
        return rdflib_of(term).n3()
    return _quoted(lexical) if datatype is None else _quoted(lexical) + "^^<" + datatype + ">"


def plain(term) -> str | Lit:
    """The term of an rdflib term."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, Literal):
        return Lit(str(term), None if term.datatype is None else str(term.datatype), term.language or None)
    raise ValueError(f"{term!r}: newsgraph mints IRIs for every node; {'a blank node' if isinstance(term, BNode) else 'this'} "
                     "means a foreign graph")


def rdflib_of(term) -> URIRef | Literal:
    if type(term) is str:
        return URIRef(term)
    return Literal(term.lexical, lang=term.language, datatype=None if term.datatype is None else URIRef(term.datatype))


def ox_of(term) -> ox.NamedNode | ox.Literal:
    if type(term) is str:
        return ox.NamedNode(term)
    if term.language:
        return ox.Literal(term.lexical, language=term.language)
    if term.datatype is not None:
        return ox.Literal(term.lexical, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.lexical)
