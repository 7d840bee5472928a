"""The Turtle text of rdf.dumps_turtle for the plain terms newsgraph's triples hold, as Oxigraph's serializer writes
it, byte for byte, without handing it the triples: making an Oxigraph term and triple in Python for each of an
article's some 450 triples cost several times its serialization (0.17 s of 0.19 s on the bench's 108 articles).

Written here: IRIs under exactly one of the prefixes with a local name of ASCII letters, digits, '_', '-' and '/'
(what newsgraph mints: slugs and hex digests), rdf:type as `a`, plain strings, and integers, decimals and booleans
Oxigraph writes bare. Anything else (a language tag, another datatype, an IRI it would not shorten so) gives None,
and the caller hands the graph to Oxigraph as before. The rules are Oxigraph's (oxttl's TriG writer, pyoxigraph
0.5): a subject's triples joined by ' ;', a predicate's objects by ' ,', and in a string the escapes below, tried
against it for every code point (tests/test_turtle.py)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, XSD

__all__ = ["turtle_text"]

# \b \t \n \f \r, the quote and the backslash by name; the other controls, DEL and the two non-characters U+FFFE
# and U+FFFF as \uXXXX
_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F, 0xFFFE, 0xFFFF)}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_LOCAL = "[A-Za-z0-9_][A-Za-z0-9_/-]*"
_BARE = {str(XSD.integer): re.compile(r"[+-]?[0-9]+"), str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+"),
         str(XSD.boolean): re.compile(r"true|false")}
_PLAIN = (None, str(XSD.string))
_TYPE = str(RDF.type)


@lru_cache(maxsize=4)
def _header(prefixes: tuple[tuple[str, str], ...]) -> str:
    """The @prefix lines, as Oxigraph writes them (all of them, in an order of its own) before the first triple."""
    node = ox.NamedNode("urn:x")
    text = ox.serialize([ox.Triple(node, node, node)], format=ox.RdfFormat.TURTLE, prefixes=dict(prefixes))
    return text.decode("utf-8").rsplit("\n", 2)[0] + "\n"


@lru_cache(maxsize=4)
def _shortened(prefixes: tuple[tuple[str, str], ...]):
    """A pattern of the IRIs written with a prefix here (its groups: the namespace, the local name), with the prefix
    of each namespace; None where a namespace begins another (Oxigraph's choice among them is left to it)."""
    spaces = [ns for _, ns in prefixes]
    if any(a != b and b.startswith(a) for a in spaces for b in spaces):
        return None
    return re.compile(f"({'|'.join(map(re.escape, spaces))})({_LOCAL})"), {ns: p for p, ns in prefixes}


class _Forms:
    """The Turtle form of each term (terms.py's) of one document, made once: by the term's id (the triples hold
    every term meanwhile), an IRI also by its text."""

    def __init__(self, prefixes: tuple[tuple[str, str], ...]):
        self.pattern, self.prefix = _shortened(prefixes)
        self.iris: dict[str, str | None] = {}

    def iri(self, iri: str) -> str | None:
        found = self.iris.get(iri, False)
        if found is False:
            m = self.pattern.fullmatch(iri)
            found = self.iris[iri] = None if m is None else self.prefix[m[1]] + ":" + m[2].replace("/", "\\/")
        return found

    def node(self, term) -> str | None:
        return self.iri(term) if type(term) is str else None

    def verb(self, term) -> str | None:
        return "a" if term == _TYPE else self.node(term)

    def object(self, term) -> str | None:
        if type(term) is str:
            return self.iri(term)
        lexical, datatype, language = term
        if language:
            return None
        if datatype in _PLAIN:
            return '"' + lexical.translate(_ESCAPES) + '"'
        bare = _BARE.get(datatype)
        return lexical if bare is not None and bare.fullmatch(lexical) else None


def turtle_text(triples: Sequence[tuple], prefixes: dict[str, str]) -> str | None:
    """The Turtle of `triples`, in their order, as Oxigraph writes it with `prefixes`; None where a term is not one
    of the kinds written here."""
    if not triples:
        return ""
    spaces = tuple(prefixes.items())
    if _shortened(spaces) is None:
        return None
    made = _Forms(spaces)
    nodes: dict[int, str | None] = {}
    verbs: dict[int, str | None] = {}
    forms: dict[int, str | None] = {}
    out = [_header(spaces)]
    last_s = last_p = None
    for s, p, o in triples:
        sf, pf, of = nodes.get(id(s)), verbs.get(id(p)), forms.get(id(o))
        if sf is None:
            sf = nodes[id(s)] = made.node(s)
        if pf is None:
            pf = verbs[id(p)] = made.verb(p)
        if of is None:
            of = forms[id(o)] = made.object(o)
        if sf is None or pf is None or of is None:
            return None
        if sf != last_s:
            out.append(f" .\n{sf} {pf} {of}" if last_s is not None else f"{sf} {pf} {of}")
        elif pf != last_p:
            out.append(f" ;\n\t{pf} {of}")
        else:
            out.append(" , " + of)
        last_s, last_p = sf, pf
    out.append(" .\n")
    return "".join(out)
