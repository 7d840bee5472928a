"""Query results written out: the human table, and the SPARQL 1.1 results formats (CSV, TSV, JSON, XML).

Only the table is written here. The standard formats come from the libraries that implement them:
rdflib's Result.serialize writes JSON from the rows (every engine's rows are rdflib terms, written one
way by graph.sparql.terms, so the bytes agree across engines), and Oxigraph reads that JSON back and
writes CSV, TSV and XML (QuerySolutions.serialize): rdflib has no TSV writer and no CSV for ASK.

Imports graph.errors, graph.vocab and the result terms.
"""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, URIRef, Variable
from rdflib.query import Result as RdflibResult
from rdflib.term import Node

from ..errors import QueryError
from ..vocab import PREFIXES
from .terms import Result

__all__ = ["RESULT_FORMATS", "TABLE_CELL", "compact", "term_text", "format_table", "format_standard", "format_result"]

RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
_COMPACT = sorted(((str(ns), prefix) for prefix, ns in
                   {**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}.items()), key=lambda p: -len(p[0]))
TABLE_CELL = 80


def compact(iri: str) -> str:
    for ns, prefix in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def term_text(term: Node | None) -> str:
    """A term as a person reads it: IRIs compacted with the newsgraph prefixes, literals by value."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return compact(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _cell(term: Node | None) -> str:
    text = " ".join(term_text(term).split())
    return text if len(text) <= TABLE_CELL else text[:TABLE_CELL - 1] + "…"


def format_table(result: Result) -> str:
    if result.form == "ASK":
        return ("yes" if result.boolean else "no") + "\n"
    cells = [[_cell(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.vars)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(result.vars, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def rdflib_result(result: Result) -> RdflibResult:
    """The rows as rdflib's own query result, which serializes itself to the SPARQL 1.1 formats."""
    if result.form == "ASK":
        answer = RdflibResult("ASK")
        answer.askAnswer = bool(result.boolean)
        return answer
    answer = RdflibResult("SELECT")  # CONSTRUCT and DESCRIBE rows are written as subject/predicate/object bindings
    names = [Variable(v) for v in result.vars]
    answer.vars = names
    answer.bindings = [{v: t for v, t in zip(names, row) if t is not None} for row in result.rows]
    return answer


def format_standard(result: Result, fmt: str) -> str:
    """SPARQL 1.1 Query Results in CSV, TSV, JSON or XML."""
    data = rdflib_result(result).serialize(format="json")
    if fmt != "json":
        data = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=_OXIGRAPH[fmt])
    text = data.decode("utf-8")
    return text if text.endswith("\n") else text + "\n"  # Oxigraph ends an ASK answer without one


_OXIGRAPH = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}


def format_result(result: Result, fmt: str = "table") -> str:
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; choose from {', '.join(RESULT_FORMATS)}")
    return format_table(result) if fmt == "table" else format_standard(result, fmt)
