"""The engines that answer queries over built graph files: Oxigraph (default) and rdflib, with one answer.

    open_engine(sources, engine=)  built graph files (pyoxigraph by default, rdflib for comparison) or an endpoint URL
    run_query(engine, query, params)  -> Result: variables and rows of rdflib terms, identical on every engine

Imports graph.errors, graph.vocab and the rest of graph.sparql.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from ..errors import InputError, QueryError
from ..vocab import NG, RDF_SUFFIXES
from .library import LibraryQuery, check_read_only, is_update, parse_header, query_form, reads_named_graphs
from .params import prepare
from .remote import EndpointEngine
from .terms import Result, converter, graph_rows, plain, syntax_error

__all__ = ["ENGINES", "RDF_SUFFIXES", "open_engine", "load_store", "load_default_graph", "union_default_graph", "OxigraphEngine",
           "RdflibEngine", "run_query"]

ENGINES = ("oxigraph", "rdflib")

_RDFLIB_FORMATS = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.N_QUADS: "nquads",
                   ox.RdfFormat.TRIG: "trig", ox.RdfFormat.JSON_LD: "json-ld", ox.RdfFormat.RDF_XML: "xml"}


def _rdf_format(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower()
    if suffix == ".json":
        raise InputError(f"{path} is node-link JSON for the viewer, not RDF; query the .ttl or .jsonld file built next to it")
    if suffix not in RDF_SUFFIXES:
        raise InputError(f"{path}: unknown RDF format {suffix or '(no suffix)'!r}; "
                         f"use one of {', '.join(sorted(RDF_SUFFIXES))}")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build it with `newsgraph build ARTICLE --out DIR`")
    return RDF_SUFFIXES[suffix]


def load_store(paths: Sequence[str | Path], store: ox.Store | None = None) -> ox.Store:
    """Load graph files into an Oxigraph store, one named graph per file: the article's IRI when the
    file holds exactly one article (so a push and a local query name graphs alike), else the file's URI."""
    store = ox.Store() if store is None else store
    for p in paths:
        path = Path(p)
        fmt = _rdf_format(path)
        file_graph = ox.NamedNode(path.resolve().as_uri())
        try:
            if fmt.supports_datasets:
                store.bulk_load(path=str(path), format=fmt)
                continue
            store.bulk_load(path=str(path), format=fmt, to_graph=file_graph)
        except (SyntaxError, ValueError, OSError) as e:
            raise InputError(f"{path}: not valid {fmt.name}: {e}; rebuild it with `newsgraph build`") from e
        articles = [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(str(NG.Article)), file_graph)]
        if len(articles) == 1 and isinstance(articles[0], ox.NamedNode) and not store.contains_named_graph(articles[0]):
            store.update(f"MOVE {file_graph} TO {articles[0]}")
    return store


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def load_default_graph(paths: Sequence[str | Path]) -> ox.Store:
    """Every triple of the graph files in one store's default graph, with no named graphs: the same
    default graph as union_default_graph gives, without the named copies. Oxigraph's in-memory store
    walks a term's quads of every graph to find those of one, so the copies made each library query
    a third slower on a million triples (office-holders 144 -> 95 ms CPU), and loading skips the copy."""
    store = ox.Store()
    for p in paths:
        path = Path(p)
        fmt = _rdf_format(path)
        try:
            if fmt.supports_datasets:  # bulk_load keeps a dataset's graphs: flatten its quads here
                store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=fmt))
            else:
                store.bulk_load(path=str(path), format=fmt)
        except (SyntaxError, ValueError, OSError) as e:
            raise InputError(f"{path}: not valid {fmt.name}: {e}; rebuild it with `newsgraph build`") from e
    return store


class OxigraphEngine:
    """The default: an in-memory Oxigraph store holding the union of the files' graphs as its default graph;
    a query that names graphs (GRAPH, FROM) reads a second store, built when first asked for, with each
    article's named graph as well."""

    name = "oxigraph"

    def __init__(self, paths: Sequence[str | Path]):
        self.paths = tuple(paths)
        self.store = load_default_graph(self.paths)
        self._named: ox.Store | None = None

    @property
    def named_store(self) -> ox.Store:
        if self._named is None:
            self._named = union_default_graph(load_store(self.paths))
        return self._named

    def run(self, text: str) -> Result:
        try:
            answer = (self.named_store if reads_named_graphs(text) else self.store).query(text)
        except SyntaxError as e:
            raise syntax_error(str(e)) from e
        except OSError as e:
            raise QueryError(f"the query failed: {e}") from e
        if isinstance(answer, ox.QueryBoolean):
            return Result("ASK", boolean=bool(answer))
        convert = converter()
        if isinstance(answer, ox.QueryTriples):
            return Result(query_form(text), ("subject", "predicate", "object"),
                          graph_rows((convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer))
        names = tuple(v.value for v in answer.variables)
        return Result("SELECT", names, tuple(tuple(map(convert, s)) for s in answer))

    def select(self, text: str) -> Result:
        return self.run(text)


def union_default_graph(store: ox.Store) -> ox.Store:
    """Copy every named graph into the default graph, so that queries read one graph.

    Same answers as Oxigraph's use_default_graph_as_union, which merges the named graphs again for
    every triple pattern: on a million triples that made each library query 2 to 10 times slower
    than the copy costs once (about 2 s at load). GRAPH ?g still sees each article's own graph."""
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return store


class RdflibEngine:
    """rdflib's own SPARQL engine over an rdflib Dataset: the reference to compare with, slow on large graphs."""

    name = "rdflib"

    def __init__(self, paths: Sequence[str | Path]):
        from rdflib import Dataset, Graph
        self.dataset = Dataset(default_union=True)
        with warnings.catch_warnings():  # rdflib 7 warns about its own use of Dataset.default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            for p in paths:
                self._load(Path(p), Graph)

    def _load(self, path: Path, Graph) -> None:
        """One named graph per file, named as load_store names it."""
        fmt = _rdf_format(path)
        try:
            if fmt.supports_datasets:
                self.dataset.parse(str(path), format=_RDFLIB_FORMATS[fmt])
                return
            G = Graph()
            G.parse(str(path), format=_RDFLIB_FORMATS[fmt])
        except Exception as e:  # rdflib's parsers raise many unrelated types for a malformed file
            raise InputError(f"{path}: not valid {fmt.name}: {e}; rebuild it with `newsgraph build`") from e
        articles = sorted(set(G.subjects(URIRef(_RDF_TYPE), NG.Article)))
        names = {c.identifier for c in self.dataset.graphs()}
        name = articles[0] if len(articles) == 1 and articles[0] not in names else URIRef(path.resolve().as_uri())
        target = self.dataset.graph(name)
        for triple in G:
            target.add(triple)

    def run(self, text: str) -> Result:
        from pyparsing import ParseException
        try:
            with warnings.catch_warnings():  # rdflib 7 warns about its own use of Dataset.default_context
                warnings.simplefilter("ignore", DeprecationWarning)
                return self._run(text)  # rdflib evaluates lazily: materialise the rows inside the filter
        except ParseException as e:
            raise QueryError(f"SPARQL syntax error at line {e.lineno}, column {e.col}: {e.msg}") from e
        except QueryError:
            raise
        except Exception as e:  # rdflib's evaluator raises assorted types for a query it cannot run
            raise QueryError(f"the query failed in rdflib: {e}") from e

    def _run(self, text: str) -> Result:
        answer = self.dataset.query(text)
        if answer.type == "ASK":
            return Result("ASK", boolean=bool(answer.askAnswer))
        if answer.type in ("CONSTRUCT", "DESCRIBE"):
            return Result(answer.type, ("subject", "predicate", "object"),
                          graph_rows(tuple(plain(x) for x in t) for t in answer.graph))
        names = tuple(str(v) for v in answer.vars)
        return Result("SELECT", names, tuple(tuple(plain(row[i]) for i in range(len(names))) for row in answer))

    def select(self, text: str) -> Result:
        return self.run(text)



def open_engine(sources: Sequence[str], *, engine: str = "oxigraph", user: str | None = None,
                password: str | None = None):
    """Graph files on the default embedded engine (or rdflib), or one endpoint URL."""
    urls = [s for s in sources if re.match(r"https?://", s)]
    if urls:
        if len(sources) > 1:
            raise InputError("give either one SPARQL endpoint URL or graph files, not both nor several URLs")
        return EndpointEngine(urls[0], user=user, password=password)
    if not sources:
        raise InputError("no graph given: pass built graph files (.ttl, .jsonld, .nt, .trig) or an endpoint URL")
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    return (OxigraphEngine if engine == "oxigraph" else RdflibEngine)(sources)


def run_query(engine, query: LibraryQuery | str, params: dict[str, str] | None = None, *,
              allow_update: bool = False) -> Result:
    """Bind the parameters, refuse updates unless allowed, run the query."""
    query = query if isinstance(query, LibraryQuery) else parse_header("inline", query)
    check_read_only(query.text, allow_update=allow_update)
    if is_update(query.text):
        if not isinstance(engine, EndpointEngine):
            raise QueryError("local graph files are never modified; run updates against an endpoint URL "
                             "(for Oxigraph http://HOST:PORT/update), or rebuild the graph")
        if params:
            raise QueryError("parameters bind only in queries, not in updates")
        return engine.run(query.text, update=True)
    if not query_form(query.text):
        raise QueryError("this is not a SPARQL query: it has none of SELECT, ASK, CONSTRUCT, DESCRIBE")
    return engine.run(prepare(query, params or {}, engine))
