"""SPARQL over HTTP: push built graphs into a Graph Store, and serve them as a read-only endpoint.

    push(paths, store_url)     one named graph per article, each replaced with an HTTP PUT
                               (SPARQL 1.1 Graph Store Protocol: Oxigraph .../store, Fuseki .../DATASET/data,
                               Virtuoso .../sparql-graph-crud-auth)
    make_server(paths, host, port)  a SPARQL 1.1 Protocol endpoint at /query over the graphs, read-only:
                               for YASGUI, notebooks and `newsgraph query QUERY http://HOST:PORT/query`

Why not Oxigraph's own `oxigraph serve-read-only --location DIR`: the query engine and the result
writers here are Oxigraph's already (pyoxigraph's Store.query and QuerySolutions.serialize); what is
ours is only the HTTP of about a hundred lines. Running the server instead would need its binary,
which only the test extra installs, a RocksDB store written to disk before every start and removed
after, and a second process to supervise; and it answers differently from what `serve` promises: an
update sent to /query gets "400 query must be set" rather than a refusal that says the endpoint is
read-only, and CORS headers only when a request carries an Origin. For a store that outlives the
process, run `oxigraph serve` and `newsgraph push` (README, SPARQL).

Imports graph.errors and the engines, library and HTTP of graph.sparql.
"""
from __future__ import annotations

import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError, QueryError
from .engines import load_store, union_default_graph
from .library import UPDATE_FORMS, query_form
from .remote import http_opener, send

__all__ = ["PushedGraph", "push", "make_server", "SparqlServer"]


@dataclass(frozen=True)
class PushedGraph:
    graph: str  # the named graph's IRI ("" for the default graph)
    triples: int


def push(paths: Sequence[str | Path], store_url: str, *, graph_param: str = "graph", user: str | None = None,
         password: str | None = None, timeout: float = 120.0) -> list[PushedGraph]:
    """PUT each article's graph into the store: a graph pushed twice is replaced, never duplicated.

    Every file is parsed before the first request, so a malformed file sends nothing."""
    if not store_url.startswith(("http://", "https://")):
        raise InputError(f"{store_url!r} is not an http(s) URL of a Graph Store endpoint "
                         "(for Oxigraph: http://HOST:PORT/store)")
    store = load_store(paths)
    opener = http_opener(store_url, user, password)
    graphs: list[ox.NamedNode | ox.DefaultGraph] = sorted(store.named_graphs(), key=lambda g: g.value)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        graphs.insert(0, ox.DefaultGraph())
    pushed = []
    for graph in graphs:
        body = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
        is_default = isinstance(graph, ox.DefaultGraph)
        query = "default" if is_default else urllib.parse.urlencode({graph_param: graph.value})
        url = f"{store_url}{'&' if '?' in store_url else '?'}{query}"
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        send(opener, request, store_url, timeout)
        pushed.append(PushedGraph("" if is_default else graph.value, body.count(b"\n")))
    return pushed


# --- the read-only endpoint ---------------------------------------------------------------------------
_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_HELP = """newsgraph read-only SPARQL endpoint

Query it at /query with the SPARQL 1.1 Protocol (GET ?query=... or POST application/sparql-query),
for example: newsgraph query supporters http://{host}/query --param target=takeover
Updates are refused: the graphs are the files it was started with.
"""


def _negotiate(accept: str, table: dict, default: str):
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return media, table[media]
    return default, table[default]


class _Handler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # the CLI owns the terminal: no request log lines
        pass

    def do_OPTIONS(self):
        self._reply(204, b"", "text/plain")

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("", "/"):
            return self._reply(200, _HELP.format(host=self.headers.get("Host", "HOST:PORT")).encode(), "text/plain")
        if url.path != "/query":
            return self._error(404, f"no such path {url.path}; the endpoint is /query")
        query = urllib.parse.parse_qs(url.query).get("query")
        if not query:
            return self._error(400, "missing the query parameter: /query?query=SELECT...")
        self._answer(query[0])

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/update", "/store"):
            return self._error(403, "this endpoint is read-only: it serves the graph files it was started with")
        if url.path != "/query":
            return self._error(404, f"no such path {url.path}; the endpoint is /query")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return self._answer(body)
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(body)
            if "update" in form:
                return self._error(403, "this endpoint is read-only: updates are refused")
            if "query" in form:
                return self._answer(form["query"][0])
        self._error(400, "send the query as application/sparql-query, or as the form field query=")

    def do_PUT(self):
        self._error(403, "this endpoint is read-only: it serves the graph files it was started with")

    do_DELETE = do_PATCH = do_PUT

    def _answer(self, text: str) -> None:
        form = query_form(text)
        if form in UPDATE_FORMS:
            return self._error(403, f"this endpoint is read-only: the update ({form}) is refused")
        accept = self.headers.get("Accept") or ""
        try:
            answer = self.server.store.query(text)
        except SyntaxError as e:
            return self._error(400, str(e))
        except OSError as e:
            return self._error(500, str(e))
        if isinstance(answer, ox.QueryTriples):
            media, fmt = _negotiate(accept, _GRAPH_TYPES, "application/n-triples")
        else:
            media, fmt = _negotiate(accept, _RESULT_TYPES, "application/sparql-results+json")
        self._reply(200, answer.serialize(format=fmt), media)

    def _error(self, code: int, message: str) -> None:
        self._reply(code, (message + "\n").encode(), "text/plain")

    def _reply(self, code: int, body: bytes, media: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        # browser tools such as YASGUI query from another origin
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: ox.Store, address: tuple[str, int]):
        self.store = store
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/query"


def make_server(paths: Sequence[str | Path], host: str = "127.0.0.1", port: int = 7878) -> SparqlServer:
    """Load the graphs, bind the port; call serve_forever() on the result (port 0: any free port)."""
    store = union_default_graph(load_store(paths))
    try:
        return SparqlServer(store, (host, port))
    except OSError as e:
        raise QueryError(f"cannot listen on {host}:{port}: {e.strerror}; choose another --port") from e
