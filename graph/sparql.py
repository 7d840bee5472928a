"""SPARQL over built graphs: the query library, safe parameters, the engines and the result formats.

    load_library()  ->  the named questions of queries/*.rq, each with its header (what, parameters, example)
    resolve_query(spec)            a library name, a path to a .rq file, or the query text itself
    open_engine(sources, engine=)  built graph files (pyoxigraph by default, rdflib for comparison) or an endpoint URL
    run_query(engine, query, params)  -> Result: variables and rows of rdflib terms, identical on every engine
    format_result(result, "table" | "csv" | "tsv" | "json")

Parameters are bound as RDF terms in a VALUES block placed at the top of the query's WHERE
group, built with rdflib's term serialisation: a user's string is never pasted into query text.
An entity parameter takes a label (matched on skos:prefLabel / skos:altLabel) or an IRI; an article
parameter an article's name (schema:name, as the `articles` query lists them) or its IRI.
"""
from __future__ import annotations

import csv
import io
import json
import re
import site
import sys
import sysconfig
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Literal, URIRef
from rdflib.term import Node

from .errors import InputError, QueryError
from .vocab import NG, PREFIXES

__all__ = [
    "SOURCE_QUERY_DIR", "INSTALLED_QUERY_DIR", "library_dir", "ENGINES", "RESULT_FORMATS", "RDF_SUFFIXES",
    "LibraryQuery", "Parameter", "Result",
    "load_library", "resolve_query", "query_form", "is_update", "check_read_only", "parse_params",
    "bind_values", "open_engine", "load_store", "union_default_graph", "OxigraphEngine", "RdflibEngine", "EndpointEngine",
    "run_query", "format_result", "term_text", "compact",
]

SOURCE_QUERY_DIR = Path(__file__).resolve().parent.parent / "queries"
# where `pip install .` puts the library ([tool.setuptools.data-files]), under the environment's prefix
INSTALLED_QUERY_DIR = Path("share") / "newsgraph" / "queries"


def library_dir(source: Path = SOURCE_QUERY_DIR, prefixes: Sequence[str] | None = None) -> Path:
    """The folder of the query library: the source tree's queries/ (a checkout, an editable install),
    else the copy a regular install put under the environment's (or the user's) share/newsgraph/."""
    if any(source.glob("*.rq")):
        return source
    if prefixes is None:
        prefixes = [sys.prefix, sysconfig.get_path("data"), site.getuserbase()]
    for prefix in prefixes:
        folder = Path(prefix) / INSTALLED_QUERY_DIR
        if any(folder.glob("*.rq")):
            return folder
    raise QueryError(f"the query library is missing: neither {source} nor "
                     f"{' nor '.join(str(Path(p) / INSTALLED_QUERY_DIR) for p in prefixes)} holds .rq files; "
                     "reinstall newsgraph (pip install .)")


ENGINES = ("oxigraph", "rdflib")
RESULT_FORMATS = ("table", "csv", "tsv", "json")

RDF_SUFFIXES = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD, ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML,
}
_RDFLIB_FORMATS = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.N_QUADS: "nquads",
                   ox.RdfFormat.TRIG: "trig", ox.RdfFormat.JSON_LD: "json-ld", ox.RdfFormat.RDF_XML: "xml"}

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
PARAM_KINDS = ("entity", "article", "iri", "string", "integer", "decimal")
# what the SPARQL prologue may hold before the query form: declarations, their IRIs and prefix names
_PROLOGUE = {"PREFIX", "BASE"}


# --- the library -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str  # one of PARAM_KINDS
    required: bool
    help: str = ""


@dataclass(frozen=True)
class LibraryQuery:
    """A query with its header: `# what it answers`, `# param: NAME KIND [optional] help`, `# example: ...`."""

    name: str
    text: str
    description: str = ""
    params: tuple[Parameter, ...] = ()
    examples: tuple[str, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> Parameter | None:
        return next((p for p in self.params if p.name == name), None)


def parse_header(name: str, text: str, path: Path | None = None) -> LibraryQuery:
    """Read the leading comment block of a .rq file."""
    description, params, examples = [], [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped.lstrip("#").strip()
        if body.lower().startswith("param:"):
            words = body[6:].split()
            if len(words) < 2 or words[1] not in PARAM_KINDS:
                raise QueryError(f"{path or name}: malformed header line {stripped!r}; write "
                                 f"'# param: NAME KIND [optional] help' with KIND one of {', '.join(PARAM_KINDS)}")
            optional = len(words) > 2 and words[2] == "optional"
            params.append(Parameter(words[0], words[1], not optional, " ".join(words[3 if optional else 2:])))
        elif body.lower().startswith("example:"):
            examples.append(body[8:].strip())
        elif body:
            description.append(body)
    return LibraryQuery(name, text, " ".join(description), tuple(params), tuple(examples), path)


def load_library(folder: Path | None = None) -> dict[str, LibraryQuery]:
    """Every queries/*.rq by name, sorted."""
    folder = library_dir() if folder is None else folder
    return {p.stem: parse_header(p.stem, p.read_text(encoding="utf-8"), p) for p in sorted(folder.glob("*.rq"))}


def resolve_query(spec: str, folder: Path | None = None) -> LibraryQuery:
    """A library name, a path to a query file, or the text of a query."""
    library = load_library(folder)
    if spec in library:
        return library[spec]
    if _looks_like_query(spec):
        return parse_header("inline", spec)
    path = Path(spec)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"cannot read query file {spec!r}: {e}") from e
        return parse_header(path.stem, text, path)
    raise QueryError(f"{spec!r} is neither a query of the library, a query file nor SPARQL text; "
                     f"`newsgraph query --list` shows the library: {', '.join(library)}")


def _looks_like_query(spec: str) -> bool:
    words = {w.upper() for w in re.findall(r"[A-Za-z]+", spec)}
    return "{" in spec or bool(words & set(QUERY_FORMS + UPDATE_FORMS) and len(spec.split()) > 1)


# --- lexing just enough SPARQL: the query form and where its WHERE group opens ------------------------
_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<other>\S)
""", re.VERBOSE)


def _tokens(text: str):
    for m in _TOKEN.finditer(text):
        if m.lastgroup != "comment":
            yield m.lastgroup, m.group(), m.start()


def query_form(text: str) -> str:
    """The first keyword after the prologue: SELECT, ASK, ..., INSERT, DELETE, ... ('' when none)."""
    prev = ""
    for kind, value, _ in _tokens(text):
        upper = value.upper()
        if kind == "word" and upper in QUERY_FORMS + UPDATE_FORMS and prev not in _PROLOGUE:
            return upper
        prev = upper if kind == "word" else ""  # only the word right after PREFIX is a prefix name
    return ""


def is_update(text: str) -> bool:
    return query_form(text) in UPDATE_FORMS


def check_read_only(text: str, *, allow_update: bool = False) -> None:
    form = query_form(text)
    if form in UPDATE_FORMS and not allow_update:
        raise QueryError(f"this is a SPARQL update ({form}), and queries are read-only; "
                         "pass --allow-update to run it against an endpoint that accepts updates")


def _where_brace(text: str) -> int:
    """Offset just after the '{' that opens the query's top-level WHERE group."""
    depth, form, seen_where = 0, "", False
    for kind, value, start in _tokens(text):
        upper = value.upper() if kind == "word" else ""
        if kind == "word" and not form and upper in QUERY_FORMS:
            form = upper
        elif kind == "word" and depth == 0 and upper == "WHERE":
            seen_where = True
        elif kind == "open":
            if depth == 0 and form and (seen_where or form != "CONSTRUCT"):
                return start + 1
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


# --- parameters as RDF terms ------------------------------------------------------------------------
_IRI_OK = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """["name=value", ...] -> {name: value}."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"parameter {pair!r} is not NAME=VALUE; write for example --param target=\"Herzi Halevi\"")
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
    """Insert `VALUES (?a ?b) { ... }` blocks built from RDF terms at the top of the WHERE group."""
    if not values:
        return text
    blocks = []
    for name, terms in values.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        blocks.append(f"VALUES ?{name} {{ {' '.join(t.n3() for t in terms)} }}")
    at = _where_brace(text)
    return text[:at] + "\n  " + "\n  ".join(blocks) + "\n" + text[at:]


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
    for name, value in sorted(params.items()):
        kind = declared[name].kind if name in declared else _guess_kind(value)
        if kind == "entity":
            values[name] = _entities(engine, name, value)
        elif kind == "article":
            values[name] = _articles(engine, name, value)
        else:
            values[name] = [_term(name, value, kind)]
    return bind_values(query.text, values)


def _guess_kind(value: str) -> str:
    if _iri(value) is not None:
        return "iri"
    if re.fullmatch(r"[+-]?\d+", value.strip()):
        return "integer"
    return "string"


# --- results ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Result:
    """What a query returns, in rdflib terms: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = field(default_factory=tuple)
    boolean: bool | None = None


_XSD_STRING = str(XSD.string)


def _from_ox(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)  # what _plain makes of it, without building the typed literal first
        return _plain(Literal(term.value, datatype=URIRef(dt)))
    raise QueryError(f"unsupported RDF term in a result: {term!r}")


def _converter():
    """_from_ox with a memory for one result: labels, relations, articles and types repeat down the
    rows, and building an rdflib Literal costs fifty times a dictionary look-up."""
    memo: dict = {}

    def convert(term):
        if term is None:
            return None
        node = memo.get(term)
        if node is None:
            node = memo[term] = _from_ox(term)
        return node
    return convert


_INTEGERS = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger")}


def _plain(term: Node | None) -> Node | None:
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


def _graph_rows(triples: Iterable[tuple]) -> tuple[tuple[Node, ...], ...]:
    return tuple(sorted(set(triples), key=lambda t: tuple(x.n3() for x in t)))


def _syntax_error(message: str) -> QueryError:
    m = re.search(r"error at (\d+):(\d+): (.*)", message)
    if m:
        return QueryError(f"SPARQL syntax error at line {m.group(1)}, column {m.group(2)}: {m.group(3)}")
    return QueryError(f"SPARQL syntax error: {message}")


# --- engines ------------------------------------------------------------------------------------------
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


class OxigraphEngine:
    """The default: an in-memory Oxigraph store whose default graph is the union of its named graphs."""

    name = "oxigraph"

    def __init__(self, paths: Sequence[str | Path]):
        self.store = union_default_graph(load_store(paths))

    def run(self, text: str) -> Result:
        try:
            answer = self.store.query(text)
        except SyntaxError as e:
            raise _syntax_error(str(e)) from e
        except OSError as e:
            raise QueryError(f"the query failed: {e}") from e
        if isinstance(answer, ox.QueryBoolean):
            return Result("ASK", boolean=bool(answer))
        convert = _converter()
        if isinstance(answer, ox.QueryTriples):
            return Result(query_form(text), ("subject", "predicate", "object"),
                          _graph_rows((convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer))
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
                          _graph_rows(tuple(_plain(x) for x in t) for t in answer.graph))
        names = tuple(str(v) for v in answer.vars)
        return Result("SELECT", names, tuple(tuple(_plain(row[i]) for i in range(len(names))) for row in answer))

    def select(self, text: str) -> Result:
        return self.run(text)


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
        payload = _send(self.opener, request, self.url, self.timeout)
        if update:
            return Result("UPDATE")
        if graph:
            from rdflib import Graph
            G = Graph()
            G.parse(data=payload.decode("utf-8"), format="nt")
            return Result(form, ("subject", "predicate", "object"), _graph_rows(tuple(_plain(x) for x in t) for t in G))
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


def _send(opener, request, url: str, timeout: float) -> bytes:
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        message = detail[0][:300] if detail else e.reason
        if e.code == 400:
            raise _syntax_error(message) from e
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
    return _plain(Literal(value, datatype=URIRef(dt))) if dt else Literal(value)


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


# --- output formats -----------------------------------------------------------------------------------
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
