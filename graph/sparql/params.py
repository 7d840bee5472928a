"""Query parameters bound as RDF terms: `--param name=value` parsed, typed, looked up and placed in VALUES.

Parameters are bound as RDF terms in a VALUES block placed at the top of the query's WHERE
group (and of each sub-SELECT projecting the variable), built with rdflib's term serialisation:
a user's string is never pasted into query text. A `top` parameter sets the number of the query's
LIMIT clause, or each of them (a whole number, checked, or "all").
An entity parameter takes a label (matched on skos:prefLabel / skos:altLabel) or an IRI; an article
parameter an article's name (schema:name, as the `articles` query lists them) or its IRI.

Imports graph.errors, graph.vocab and the library (for the WHERE group); the engine is passed in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from rdflib import XSD, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from ..vocab import PREFIXES
from .library import LibraryQuery, limit_clauses, subselect_braces, where_brace

__all__ = ["parse_params", "bind_values", "bind_top", "prepare"]

_IRI_OK = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """["name=value", ...] -> {name: value}."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter {pair!r} is not NAME=VALUE; write for example --param target=\"Ana Ruiz\"")
        params[name] = value
    return params


def _iri(value: str) -> URIRef | None:
    """An IRI written <...>, in full (http..., urn:...) or with a known prefix (id:person/x)."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    prefix, sep, local = v.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        v = str(PREFIXES[prefix]) + local
    elif not (sep and re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", prefix) and (local.startswith("//") or prefix in ("urn", "file"))):
        return None
    if not _IRI_OK.match(v):
        raise QueryError(f"{value!r} is not a valid IRI: it holds a space or one of <>\"{{}}|^`\\")
    return URIRef(v)


def _term(name: str, value: str, kind: str) -> Node:
    if kind == "iri":
        iri = _iri(value)
        if iri is None:
            raise QueryError(f"parameter {name}={value!r} must be an IRI such as https://newsgraph.dev/id/person/... "
                             "or id:person/...")
        return iri
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"parameter {name}={value!r} must be a whole number")
        return Literal(int(value), datatype=XSD.integer)
    if kind == "decimal":
        try:
            return Literal(Decimal(value.strip()), datatype=XSD.decimal)
        except InvalidOperation as e:
            raise QueryError(f"parameter {name}={value!r} must be a number such as 0.7") from e
    return Literal(value)


# The labels are filtered first and the survivors checked for a node type: a join of the labels with
# ng:nodeType (or a prefLabel|altLabel path) read every entity of a large graph, four times slower.
_ENTITY_LOOKUP = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX ng: <https://newsgraph.dev/ns#>
SELECT DISTINCT ?entity ?label WHERE {
  { ?entity skos:prefLabel ?label } UNION { ?entity skos:altLabel ?label }
  FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?needle)))
  FILTER EXISTS { ?entity ng:nodeType ?type }
} ORDER BY ?entity ?label
"""


def _entities(engine, name: str, value: str) -> list[URIRef]:
    """The entities a label names: exact label matches (any case) if there are any, else every label containing it."""
    iri = _iri(value)
    if iri is not None:
        return [iri]
    if not value.strip():
        raise QueryError(f"parameter {name} is empty; give an entity label or IRI")
    rows = engine.select(bind_values(_ENTITY_LOOKUP, {"needle": [Literal(value.strip())]})).rows
    exact = sorted({e for e, label in rows if str(label).lower() == value.strip().lower()})
    found = exact or sorted({e for e, _ in rows})
    if not found:
        raise QueryError(f"no entity is labelled {value!r} (nor has a label containing it); "
                         "`newsgraph query entities GRAPH... --param type=person` lists the people (and so on), or pass its IRI")
    return found


_ARTICLE_LOOKUP = """
PREFIX ng: <https://newsgraph.dev/ns#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?article WHERE { ?article schema:name ?name ; a ng:Article . } ORDER BY ?article
"""


def _articles(engine, name: str, value: str) -> list[URIRef]:
    """The articles a name (schema:name, as `newsgraph query articles` lists them) or an IRI stands for."""
    iri = _iri(value)
    if iri is not None:
        return [iri]
    if not value.strip():
        raise QueryError(f"parameter {name} is empty; give an article name or IRI")
    found = [a for (a,) in engine.select(bind_values(_ARTICLE_LOOKUP, {"name": [Literal(value.strip())]})).rows]
    if not found:
        raise QueryError(f"no article is named {value!r}; `newsgraph query articles GRAPH...` lists the articles "
                         "and their names, or pass the article's IRI")
    return found


def bind_values(text: str, values: dict[str, Sequence[Node]]) -> str:
    """Insert `VALUES ?a { ... }` blocks built from RDF terms at the top of the WHERE group, and of
    every sub-SELECT's WHERE group that projects the variable (where a ranked listing is cut)."""
    if not values:
        return text
    inserts: dict[int, list[str]] = {}
    for name, terms in values.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        block = f"VALUES ?{name} {{ {' '.join(t.n3() for t in terms)} }}"
        for at in [where_brace(text), *subselect_braces(text, name)]:
            inserts.setdefault(at, []).append(block)
    for at in sorted(inserts, reverse=True):
        text = text[:at] + "\n  " + "\n  ".join(inserts[at]) + "\n" + text[at:]
    return text


def bind_top(text: str, name: str, value: str) -> str:
    """The number of the query's LIMIT clauses set to a `top` parameter: a positive number, or "all" (no limit)."""
    clauses = limit_clauses(text)
    if not clauses:
        raise QueryError(f"parameter {name} is declared 'top' but the query has no LIMIT clause to set")
    v = value.strip().lower()
    if v != "all" and (not re.fullmatch(r"\+?\d+", v) or int(v) < 1):
        raise QueryError(f"parameter {name}={value!r} must be a number of rows such as 20, or all")
    for start, end in reversed(clauses):
        text = text[:start] + ("" if v == "all" else f"LIMIT {int(v)}") + text[end:]
    return text


def prepare(query: LibraryQuery, params: dict[str, str], engine) -> str:
    """The query text with every parameter bound; checks names and required parameters."""
    declared = {p.name: p for p in query.params}
    if declared:
        unknown = [n for n in params if n not in declared]
        if unknown:
            raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r}; "
                             f"its parameters: {', '.join(declared)}")
        missing = [p for p in query.params if p.required and p.name not in params]
        if missing:
            p = missing[0]
            raise QueryError(f"query {query.name!r} needs --param {p.name}=VALUE ({p.kind}: {p.help})")
    values: dict[str, list[Node]] = {}
    text = query.text
    for name, value in sorted(params.items()):
        kind = declared[name].kind if name in declared else _guess_kind(value)
        if kind == "top":
            text = bind_top(text, name, value)
        elif kind == "entity":
            values[name] = _entities(engine, name, value)
        elif kind == "article":
            values[name] = _articles(engine, name, value)
        else:
            values[name] = [_term(name, value, kind)]
    return bind_values(text, values)


def _guess_kind(value: str) -> str:
    if _iri(value) is not None:
        return "iri"
    if re.fullmatch(r"[+-]?\d+", value.strip()):
        return "integer"
    return "string"
