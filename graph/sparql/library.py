"""The query library: queries/*.rq with their headers, and just enough SPARQL lexing to tell a query's form.

    load_library()        -> {name: LibraryQuery}: what each answers, its parameters, an example
    resolve_query(spec)   a library name, a path to a .rq file, or the query text itself
    query_form(text)      SELECT, ASK, CONSTRUCT, DESCRIBE or an update keyword (refused unless allowed)

Imports only graph.errors: the parameters, engines and formats build on it.
"""
from __future__ import annotations

import re
import site
import sys
import sysconfig
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import QueryError

__all__ = ["SOURCE_QUERY_DIR", "INSTALLED_QUERY_DIR", "QUERY_FORMS", "UPDATE_FORMS", "PARAM_KINDS", "library_dir",
           "Parameter", "LibraryQuery", "parse_header", "load_library", "resolve_query", "query_form", "reads_named_graphs", "is_update",
           "check_read_only", "where_brace", "subselect_braces", "limit_clauses"]

SOURCE_QUERY_DIR = Path(__file__).resolve().parents[2] / "queries"
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


QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_FORMS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
# "top": how many rows (or groups) a ranked listing keeps, the number of the query's one LIMIT clause
PARAM_KINDS = ("entity", "article", "iri", "string", "integer", "decimal", "top")
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
  | (?P<number>[0-9]+)
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


def reads_named_graphs(text: str) -> bool:
    """True when the query names graphs (GRAPH) or picks its dataset (FROM, FROM NAMED)."""
    return any(kind == "word" and value.upper() in ("GRAPH", "FROM") for kind, value, _ in _tokens(text))


def is_update(text: str) -> bool:
    return query_form(text) in UPDATE_FORMS


def check_read_only(text: str, *, allow_update: bool = False) -> None:
    form = query_form(text)
    if form in UPDATE_FORMS and not allow_update:
        raise QueryError(f"this is a SPARQL update ({form}), and queries are read-only; "
                         "pass --allow-update to run it against an endpoint that accepts updates")


def where_brace(text: str) -> int:
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


def subselect_braces(text: str, var: str) -> list[int]:
    """Offsets just after the '{' opening the WHERE group of each sub-SELECT that projects ?var.

    A parameter bound there as well filters the rows before the sub-SELECT groups, orders and limits
    them: bound only at the top, it would keep those of a listing's first n that match."""
    offsets: list[int] = []
    selects = 0
    projected: set[str] | None = None  # the names a sub-SELECT projects, while reading its projection
    depth, prev, before = 0, "", ""  # parentheses; the token before, and the one before that
    for kind, value, start in _tokens(text):
        upper = value.upper() if kind == "word" else ""
        if upper == "SELECT":
            selects += 1
            projected = set() if selects > 1 else None  # the first SELECT is the query's own
            depth = 0
        elif projected is not None:
            if kind == "open":
                if var in projected or "*" in projected:
                    offsets.append(start + 1)
                projected = None
            elif value in "()":
                depth += 1 if value == "(" else -1
            elif value == "*" and depth == 0:
                projected.add("*")
            elif kind == "word" and prev in ("?", "$") and (depth == 0 or before.upper() == "AS"):
                projected.add(value)
        before, prev = prev, value
    return offsets


def limit_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every `LIMIT n` clause of the query, in order. A ranking cut in two steps has two
    (alliances: pairs counted once, then both ways round), and a `top` parameter sets them all."""
    found, pending = [], None
    for kind, value, start in _tokens(text):
        if pending is not None:
            if kind == "number":
                found.append((pending, start + len(value)))
            pending = None
        if kind == "word" and value.upper() == "LIMIT":
            pending = start
    return found
