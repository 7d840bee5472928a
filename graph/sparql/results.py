"""Query results written out: the human table, and the SPARQL 1.1 results formats (CSV, TSV, JSON).

Imports graph.errors, graph.vocab and the result terms.
"""
from __future__ import annotations

import csv
import io
import json

from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from ..vocab import PREFIXES
from .terms import Result

__all__ = ["RESULT_FORMATS", "TABLE_CELL", "compact", "term_text", "format_table", "format_result"]

RESULT_FORMATS = ("table", "csv", "tsv", "json")
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


def format_csv(result: Result) -> str:
    """SPARQL 1.1 Query Results CSV: IRIs and literals by their plain value."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return out.getvalue()
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow(["" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t)) for t in row])
    return out.getvalue()


def format_tsv(result: Result) -> str:
    """SPARQL 1.1 Query Results TSV: terms in their SPARQL/Turtle form."""
    if result.form == "ASK":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join("" if t is None else _tsv_term(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node) -> str:
    text = term.n3()
    if isinstance(term, Literal) and ("\n" in text or "\t" in text or "\r" in text):
        # the TSV format forbids raw tabs and newlines inside a term: use the escaped one-line form
        body = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        suffix = f"@{term.language}" if term.language else (f"^^<{term.datatype}>" if term.datatype else "")
        text = f'"{body}"{suffix}'
    return text


def format_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.form == "ASK":
        data: dict = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.vars, row) if t is not None} for row in result.rows]
        data = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _json_term(term: Node) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    cell = {"type": "literal", "value": str(term)}
    if term.language:
        cell["xml:lang"] = term.language
    elif term.datatype and term.datatype != XSD.string:
        cell["datatype"] = str(term.datatype)
    return cell


_FORMATTERS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json}


def format_result(result: Result, fmt: str = "table") -> str:
    if fmt not in _FORMATTERS:
        raise QueryError(f"unknown result format {fmt!r}; choose from {', '.join(RESULT_FORMATS)}")
    return _FORMATTERS[fmt](result)
