"""The layout of the package (issue 13): what each part holds, and the formats it leaves to its dependencies."""
from __future__ import annotations

import ast
import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.sparql import RESULT_FORMATS, format_result, load_library, open_engine, run_query


# --- SPARQL results: written by rdflib and Oxigraph, one set of bytes whatever the engine ----------------
@pytest.fixture(scope="module")
def engines(seed_build):
    ttl = str(seed_build[".ttl"])
    return {name: open_engine([ttl], engine=name) for name in ("oxigraph", "rdflib")}


@pytest.mark.parametrize("fmt", [f for f in RESULT_FORMATS if f != "table"])
def test_layout_result_formats_agree_across_engines_and_parse_back(engines, fmt):
    query = load_library()["warnings"]
    texts = {name: format_result(run_query(engine, query), fmt) for name, engine in engines.items()}
    assert texts["oxigraph"] == texts["rdflib"]
    rows = len(run_query(engines["oxigraph"], query).rows)
    if fmt == "csv":  # lossy by design (values without their kind): Oxigraph does not read it back
        assert len(list(csv.reader(io.StringIO(texts["oxigraph"])))) == rows + 1
        return
    parsed = ox.parse_query_results(texts["oxigraph"].encode(), format=ox.QueryResultsFormat.from_extension(fmt))
    assert [v.value for v in parsed.variables][:2] == ["actor", "actorLabel"]
    assert len(list(parsed)) == rows > 0


def test_layout_result_formats_of_an_ask(engines):
    result = run_query(engines["oxigraph"], "ASK { ?s ?p ?o }")
    assert json.loads(format_result(result, "json"))["boolean"] is True
    assert ET.fromstring(format_result(result, "xml")).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"
    assert format_result(result, "csv") == format_result(result, "tsv") == "true\n"
    assert format_result(result, "table") == "yes\n"


def test_layout_result_csv_keeps_values_plain(engines):
    result = run_query(engines["oxigraph"], load_library()["warnings"])
    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0][0] == "actor" and rows[1][0].startswith("https://newsgraph.dev/id/")


# --- the layout: parts, their size, and which part may import which -----------------------------------
GRAPH = Path(__file__).resolve().parent.parent / "graph"
# the parts of the package: the pipeline's stages, its writers and readers, and the tools built on its files
PACKAGES = ("extract", "training", "sparql", "io", "corpus", "analysis", "diff")
SHARED = ("model", "errors", "vocab")
MAX_LINES = 400


def _modules():
    return sorted(p for p in GRAPH.rglob("*.py") if "__pycache__" not in p.parts)


def _imported_names(path: Path) -> set[str]:
    """The dotted names of every module `path` imports, at the top or inside a function, relative imports resolved."""
    package = path.relative_to(GRAPH.parent).with_suffix("").parts
    package = package if path.name == "__init__.py" else package[:-1]
    package = package[:-1] if package[-1] == "__init__" else package
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = list(package[:len(package) - node.level + 1]) if node.level else []
            name = ".".join(base + ([node.module] if node.module else []))
            found.update([name] if node.module else [f"{name}.{a.name}" for a in node.names])
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _imports(path: Path) -> set[str]:
    """Every graph module `path` imports, as graph.PART (graph.io.html -> io)."""
    return {n.split(".")[1] for n in _imported_names(path) if n.startswith("graph.") and n.count(".") >= 1}


def _part(path: Path) -> str:
    rel = path.relative_to(GRAPH).parts
    return rel[0] if len(rel) > 1 else path.stem


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(GRAPH)))
def test_layout_every_module_says_what_it_holds(path):
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), f"{path} has no docstring"


@pytest.mark.parametrize("path", [p for p in _modules() if _part(p) in PACKAGES + SHARED + ("cli",)],
                         ids=lambda p: str(p.relative_to(GRAPH)))
def test_layout_modules_stay_under_the_bound(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path} has {lines} lines; split it by what its parts hold"


# which parts each part may import (besides itself)
ALLOWED = {
    "model": set(), "errors": set(),
    "extract": {"model", "errors"},  # the stages read text and the lexicon; they know no file format
    "training": {"model", "errors", "io", "extract"},  # builds articles and judges their edges against gold
    "vocab": {"extract"},  # the slug that makes an IRI from a name
    "sparql": {"errors", "vocab"},
    # load builds a .txt on demand, readers merge people as the corpus does (graph.extract.entities.identity)
    "io": {"model", "errors", "vocab", "extract"},
    "analysis": {"model", "errors", "io"},
    "diff": {"model", "errors", "vocab", "io"},  # vocab: the RDF suffixes and terms it shares with sparql
    "corpus": {"model", "errors", "vocab", "io", "extract"},
}


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_layout_parts_import_only_what_is_below_them(part):
    paths = [p for p in _modules() if _part(p) == part]
    assert paths
    for path in paths:
        extra = _imports(path) - ALLOWED[part] - {part}
        assert not extra, f"{path.relative_to(GRAPH)} imports graph.{', graph.'.join(sorted(extra))}"


def test_layout_nothing_imports_the_cli_or_the_tools_built_on_the_graph():
    """The CLI, the analysis, the diff and SPARQL are leaves: no stage and no writer depends on them."""
    for path in _modules():
        part = _part(path)
        for used in _imports(path) & {"cli", "analysis", "diff", "sparql"}:
            assert used == part or part in ("cli", "__init__"), f"{path.relative_to(GRAPH)} imports graph.{used}"


# --- graph/extract/: its stages as subpackages, in the order data flows ---------------------------------------
EXTRACT = GRAPH / "extract"
STAGES = ("language", "mentions", "entities", "reference", "structure", "policies", "stance", "statements")
# imports against the flow, named so that no new one creeps in: structure (run before stance) takes its evidence
# from statements' evidence_of
AGAINST_FLOW = {("structure", "statements")}
MAX_TOP_MODULES = 4  # __init__.py and build.py, the chain; every stage's modules live in its subpackage


def _stage_imports(path: Path) -> set[str]:
    """The stages of graph/extract `path` imports (graph.extract.stance.cues.idioms -> stance)."""
    return {n.split(".")[2] for n in _imported_names(path) if n.startswith("graph.extract.") and n.count(".") >= 2}


def test_layout_extract_keeps_its_modules_in_stages():
    top = sorted(p.name for p in EXTRACT.glob("*.py"))
    assert len(top) <= MAX_TOP_MODULES, f"graph/extract/ holds {top}: put each module in the subpackage of its stage"
    dirs = sorted(p.name for p in EXTRACT.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert dirs == sorted(STAGES)


@pytest.mark.parametrize("package", sorted({p.parent for p in EXTRACT.rglob("*.py")} - {EXTRACT}),
                         ids=lambda p: str(p.relative_to(EXTRACT)))
def test_layout_every_stage_package_names_its_modules_and_does_no_work(package):
    init = package / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    assert len(tree.body) == 1 and ast.get_docstring(tree), f"{init} holds more than its docstring"
    doc = ast.get_docstring(tree)
    named = [p.name for p in package.iterdir() if p.suffix == ".py" and p.name != "__init__.py"]
    named += [p.name + "/" for p in package.iterdir() if (p / "__init__.py").is_file()]
    assert [n for n in named if n not in doc] == [], f"{init} does not name every module it holds"


@pytest.mark.parametrize("stage", STAGES)
def test_layout_stages_import_only_those_before_them(stage):
    before = set(STAGES[:STAGES.index(stage) + 1])
    for path in sorted((EXTRACT / stage).rglob("*.py")):
        extra = {s for s in _stage_imports(path) - before if (stage, s) not in AGAINST_FLOW}
        assert not extra, f"{path.relative_to(GRAPH)} imports the later stage(s) {sorted(extra)}"
