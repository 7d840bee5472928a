"""A SPARQL 1.1 Protocol endpoint as an engine, and the HTTP both it and `push` use.

Imports graph.errors and the library's lexing and result terms.
"""
from __future__ import annotations

import json
import urllib.error
import urllib.request

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import QueryError
from .library import query_form
from .terms import Result, graph_rows, plain, syntax_error

__all__ = ["EndpointEngine", "http_opener", "send"]


class EndpointEngine:
    """A SPARQL 1.1 Protocol endpoint (Oxigraph .../query, Fuseki .../sparql, Virtuoso .../sparql)."""

    name = "endpoint"

    def __init__(self, url: str, *, timeout: float = 60.0, user: str | None = None, password: str | None = None):
        self.url = url
        self.timeout = timeout
        self.opener = http_opener(url, user, password)

    def run(self, text: str, *, update: bool = False) -> Result:
        form = query_form(text)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        if update:
            body, ctype, accept = text, "application/sparql-update", "*/*"
        else:
            ctype = "application/sparql-query"
            accept = "application/n-triples" if graph else "application/sparql-results+json"
            body = text
        request = urllib.request.Request(self.url, data=body.encode("utf-8"), method="POST",
                                         headers={"Content-Type": ctype, "Accept": accept})
        payload = send(self.opener, request, self.url, self.timeout)
        if update:
            return Result("UPDATE")
        if graph:
            from rdflib import Graph
            G = Graph()
            G.parse(data=payload.decode("utf-8"), format="nt")
            return Result(form, ("subject", "predicate", "object"), graph_rows(tuple(plain(x) for x in t) for t in G))
        return _parse_json_results(payload, self.url)

    def select(self, text: str) -> Result:
        return self.run(text)


def http_opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    """Basic and digest authentication (Fuseki uses basic, Virtuoso's *-auth endpoints digest)."""
    handlers: list = []
    if user:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        handlers += [urllib.request.HTTPBasicAuthHandler(manager), urllib.request.HTTPDigestAuthHandler(manager)]
    return urllib.request.build_opener(*handlers)


def send(opener, request, url: str, timeout: float) -> bytes:
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        message = detail[0][:300] if detail else e.reason
        if e.code == 400:
            raise syntax_error(message) from e
        raise QueryError(f"{url} answered HTTP {e.code}: {message}") from e
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise QueryError(f"cannot reach {url}: {reason}; is the server running?") from e


def _parse_json_results(payload: bytes, url: str) -> Result:
    try:
        data = json.loads(payload)
    except ValueError as e:
        raise QueryError(f"{url} did not answer with SPARQL JSON results: {payload[:80]!r}") from e
    if "boolean" in data:
        return Result("ASK", boolean=bool(data["boolean"]))
    names = tuple(data["head"]["vars"])
    rows = tuple(tuple(_from_json(b.get(n)) for n in names) for b in data["results"]["bindings"])
    return Result("SELECT", names, rows)


def _from_json(cell: dict | None) -> Node | None:
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    dt = cell.get("datatype")
    return plain(Literal(value, datatype=URIRef(dt))) if dt else Literal(value)
