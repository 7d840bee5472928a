"""SPARQL over built graphs: the query library, safe parameters, the engines, the result formats, the endpoint.

    load_library()  ->  the named questions of queries/*.rq, each with its header (what, parameters, example)
    resolve_query(spec)            a library name, a path to a .rq file, or the query text itself
    open_engine(sources, engine=)  built graph files (pyoxigraph by default, rdflib for comparison) or an endpoint URL
    run_query(engine, query, params)  -> Result: variables and rows of rdflib terms, identical on every engine
    format_result(result, "table" | "csv" | "tsv" | "json" | "xml")
    push(paths, store_url) / make_server(paths)   graph.sparql.endpoint: a Graph Store, a read-only endpoint

The parts, each importing only those above it:
    library.py   queries/*.rq and their headers; the query form (SELECT, ASK, ... or an update)
    terms.py     Result, and terms written one way whichever engine answered
    params.py    --param values as RDF terms in a VALUES block
    remote.py    an endpoint URL as an engine; HTTP with basic and digest authentication
    engines.py   Oxigraph and rdflib over graph files; open_engine, run_query
    results.py   the human table and the SPARQL 1.1 results formats
    endpoint.py  push into a Graph Store, serve read-only (imported on its own: it binds ports)
"""
from .engines import (ENGINES, RDF_SUFFIXES, OxigraphEngine, RdflibEngine, load_store, open_engine, run_query,
                      union_default_graph)
from .library import (INSTALLED_QUERY_DIR, SOURCE_QUERY_DIR, LibraryQuery, Parameter, check_read_only, is_update,
                      library_dir, load_library, query_form, resolve_query)
from .params import bind_values, parse_params
from .remote import EndpointEngine
from .results import RESULT_FORMATS, compact, format_result, term_text
from .terms import Result

__all__ = [
    "SOURCE_QUERY_DIR", "INSTALLED_QUERY_DIR", "library_dir", "ENGINES", "RESULT_FORMATS", "RDF_SUFFIXES",
    "LibraryQuery", "Parameter", "Result",
    "load_library", "resolve_query", "query_form", "is_update", "check_read_only", "parse_params",
    "bind_values", "open_engine", "load_store", "union_default_graph", "OxigraphEngine", "RdflibEngine", "EndpointEngine",
    "run_query", "format_result", "term_text", "compact",
]
