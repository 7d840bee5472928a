"""graph/sparql.py and the `newsgraph query` command: binding, read-only, errors, formats, input formats."""
from __future__ import annotations

import csv
import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from graph.cli import main
from graph.errors import InputError, QueryError
from graph.sparql import (INSTALLED_QUERY_DIR, SOURCE_QUERY_DIR, bind_values, format_result, library_dir, load_library,
                          open_engine, parse_params, query_form, resolve_query, run_query)

TAKEOVER_SUPPORTERS = "Benjamin Netanyahu"


@pytest.fixture(scope="module")
def ttl(seed_build):
    return str(seed_build[".ttl"])


@pytest.fixture(scope="module")
def engine(ttl):
    return open_engine([ttl])


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- parameters -------------------------------------------------------------------------------------
@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_sparql_string_parameter_is_a_term_never_query_text(engine, value):
    """Whatever the user types comes back as the same literal: quotes, braces, newlines and
    `} ; DROP ALL` cannot change the query."""
    query = resolve_query("# Echo.\n# param: v string\nSELECT ?v WHERE { }")
    assert run_query(engine, query, {"v": value}).rows == ((Literal(value),),)


def test_sparql_injection_attempt_stays_a_literal(engine):
    evil = 'x" } } ; DROP ALL ; SELECT * { "'
    result = run_query(engine, "SELECT ?v WHERE { }", {"v": evil})
    assert result.rows == ((Literal(evil),),)


def test_sparql_bind_values_goes_into_the_where_group_not_a_construct_template():
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    bound = bind_values(text, {"s": [URIRef("https://e.x/a")]})
    assert bound.index("VALUES") > bound.index("WHERE")


def test_sparql_bind_values_ignores_braces_in_strings_and_comments():
    text = 'SELECT ?x # WHERE { not this\nWHERE { ?x ?p "{ neither }" }'
    bound = bind_values(text, {"x": [URIRef("https://e.x/a")]})
    assert bound.split("VALUES")[0].endswith("WHERE {\n  ")


def test_sparql_entity_parameter_takes_label_alias_or_iri(engine):
    q = load_library()["supporters"]
    by_label = run_query(engine, q, {"target": "full military takeover"})
    by_iri = run_query(engine, q, {"target": str(by_label.rows[0][2])})
    by_curie = run_query(engine, q, {"target": "id:" + str(by_label.rows[0][2]).split("/id/")[1]})
    assert by_label == by_iri == by_curie
    assert TAKEOVER_SUPPORTERS in {str(r[1]) for r in by_label.rows}


@pytest.mark.parametrize("params, message", [
    ({}, "needs --param target"),
    ({"target": "takeover", "colour": "red"}, "has no parameter 'colour'"),
    ({"target": "no such thing at all"}, "no entity is labelled"),
    ({"target": "<https://bad iri>"}, "not a valid IRI"),
])
def test_sparql_parameter_errors(engine, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(engine, load_library()["supporters"], params)


def test_sparql_typed_parameter_errors(engine):
    with pytest.raises(QueryError, match="must be a number"):
        run_query(engine, load_library()["statements"], {"article": "gaza-rift", "min_confidence": "high"})
    with pytest.raises(QueryError, match="must be an IRI"):
        run_query(engine, load_library()["statements"], {"article": "gaza-rift", "relation": "opposes"})
    with pytest.raises(QueryError, match="no article is named 'gaza'"):
        run_query(engine, load_library()["statements"], {"article": "gaza"})


def test_sparql_parse_params():
    assert parse_params(["a=1", "?b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["novalue"])


# --- read-only and syntax errors --------------------------------------------------------------------
@pytest.mark.parametrize("update", [
    "INSERT DATA { <https://e.x/a> <https://e.x/b> 1 }",
    "PREFIX ng: <https://newsgraph.dev/ns#>\nDELETE WHERE { ?s ng:supports ?o }",
    "LOAD <https://e.x/data.ttl>", "CLEAR ALL", "DROP GRAPH <https://e.x/g>",
    "# a comment that says SELECT\nWITH <https://e.x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_sparql_updates_are_refused(engine, update):
    with pytest.raises(QueryError, match="read-only; pass --allow-update"):
        run_query(engine, update)


def test_sparql_update_allowed_still_never_touches_local_files(engine, ttl):
    before = open(ttl, encoding="utf-8").read()
    with pytest.raises(QueryError, match="never modified"):
        run_query(engine, "CLEAR ALL", allow_update=True)
    assert open(ttl, encoding="utf-8").read() == before


def test_sparql_query_form_skips_prologue_and_strings():
    assert query_form('PREFIX select: <https://e.x/>\nSELECT ("INSERT" AS ?x) {}') == "SELECT"
    assert query_form("BASE <https://e.x/>\nDELETE DATA {}") == "DELETE"


@pytest.mark.parametrize("engine_name, where", [("oxigraph", "line 3, column 16"), ("rdflib", "line 3")])
def test_sparql_syntax_error_points_at_line_and_column(ttl, engine_name, where):
    bad = "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?s = }"
    with pytest.raises(QueryError, match=f"syntax error at {where}"):
        run_query(open_engine([ttl], engine=engine_name), bad)


def test_sparql_unknown_query_lists_the_library():
    with pytest.raises(QueryError, match="supporters"):
        resolve_query("no-such-query")


def test_sparql_query_from_a_file(tmp_path, engine):
    path = tmp_path / "mine.rq"
    path.write_text("# My own question.\n# param: who entity\nSELECT ?who WHERE { }\n", encoding="utf-8")
    q = resolve_query(str(path))
    assert q.description == "My own question." and q.params[0].name == "who"
    assert run_query(engine, q, {"who": "Halevi"}).rows == ((URIRef("https://newsgraph.dev/id/person/herzi-halevi"),),)


# --- inputs -----------------------------------------------------------------------------------------
def test_sparql_every_rdf_syntax_gives_the_same_answers(seed_build, tmp_path, engine):
    G = Graph()
    G.parse(seed_build[".ttl"], format="turtle")
    nt, trig = tmp_path / "seed.nt", tmp_path / "seed.trig"
    nt.write_text(G.serialize(format="nt"), encoding="utf-8")
    trig.write_text(G.serialize(format="trig"), encoding="utf-8")
    q, params = load_library()["statements"], {"article": "gaza-rift"}
    expected = run_query(engine, q, params)
    assert expected.rows
    for path in (seed_build[".jsonld"], nt, trig):
        for name in ("oxigraph", "rdflib"):
            assert run_query(open_engine([str(path)], engine=name), q, params) == expected, (path, name)


@pytest.mark.parametrize("content, suffix, message", [
    ("@prefix x: <https://e.x/> .\nx:a x:b ", ".ttl", "not valid Turtle: .*line 2"),
    ("{}", ".json", "node-link JSON"),
    ("x", ".csv", "unknown RDF format"),
])
def test_sparql_bad_graph_files(tmp_path, content, suffix, message):
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        open_engine([str(path)])


def test_sparql_missing_graph_file(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        open_engine([str(tmp_path / "absent.ttl")])


def test_sparql_each_article_is_a_named_graph(engine):
    result = run_query(engine, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert result.rows == ((URIRef("https://newsgraph.dev/id/article/gaza-rift"),),)



@pytest.mark.parametrize("engine_name", ["oxigraph", "rdflib"])
def test_sparql_dataset_graphs_are_the_default_graph_and_named(tmp_path, engine_name):
    """The default graph is the union of a dataset's graphs and of triple files; GRAPH still sees each graph."""
    trig = tmp_path / "two.trig"
    trig.write_text("<urn:x:g1> { <urn:x:a> <urn:x:p> <urn:x:b> . }\n"
                    "<urn:x:g2> { <urn:x:a> <urn:x:p> <urn:x:b> . <urn:x:c> <urn:x:p> <urn:x:d> . }\n", encoding="utf-8")
    nt = tmp_path / "one.nt"
    nt.write_text("<urn:x:e> <urn:x:p> <urn:x:f> .\n", encoding="utf-8")
    engine = open_engine([str(trig), str(nt)], engine=engine_name)
    default = run_query(engine, "SELECT ?s WHERE { ?s <urn:x:p> ?o } ORDER BY ?s")
    assert [str(r[0]) for r in default.rows] == ["urn:x:a", "urn:x:c", "urn:x:e"]
    named = run_query(engine, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:x:p> ?o } } GROUP BY ?g ORDER BY ?g")
    assert {(str(g), int(n)) for g, n in named.rows} == {("urn:x:g1", 1), ("urn:x:g2", 2), (nt.resolve().as_uri(), 1)}

# --- the command ------------------------------------------------------------------------------------
def test_cli_query_list(capsys):
    code, out, _ = cli(capsys, "query", "--list")
    assert code == 0
    for name in load_library():
        assert name in out


def test_cli_query_table_csv_tsv_json(capsys, ttl):
    args = ["query", "supporters", ttl, "--param", "target=takeover"]
    code, table, _ = cli(capsys, *args)
    assert code == 0 and TAKEOVER_SUPPORTERS in table and table.splitlines()[1].startswith("---")
    _, out, _ = cli(capsys, *args, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert TAKEOVER_SUPPORTERS in {r["actorLabel"] for r in rows}
    _, out, _ = cli(capsys, *args, "--format", "tsv")
    assert out.splitlines()[0].startswith("?actor\t?actorLabel")
    _, out, _ = cli(capsys, *args, "--format", "json")
    data = json.loads(out)
    assert data["head"]["vars"][:2] == ["actor", "actorLabel"]
    assert {"type": "literal", "value": TAKEOVER_SUPPORTERS} in [b["actorLabel"] for b in data["results"]["bindings"]]


def test_cli_query_output_is_deterministic(capsys, ttl):
    outs = {cli(capsys, "query", "statements", ttl, "-f", "json")[1] for _ in range(2)}
    assert len(outs) == 1


def test_cli_query_ask(capsys, ttl):
    assert cli(capsys, "query", "ASK { ?s ?p ?o }", ttl)[1] == "yes\n"


@pytest.mark.parametrize("argv, message", [
    (["query", "INSERT DATA { <https://e.x/a> <https://e.x/b> 1 }", "GRAPH"], "read-only"),
    (["query", "supporters", "GRAPH"], "needs --param target"),
    (["query", "SELECT * WHERE { ?s ?p }", "GRAPH"], "syntax error at line 1"),
    (["query", "supporters"], "give a QUERY and at least one GRAPH"),
])
def test_cli_query_errors_are_one_line(capsys, ttl, argv, message):
    code, out, err = cli(capsys, *[ttl if a == "GRAPH" else a for a in argv])
    assert code == 2 and out == ""
    assert err.startswith("newsgraph: error: ") and message in err and err.count("\n") == 1


def test_cli_query_rdflib_engine_agrees(capsys, ttl):
    a = cli(capsys, "query", "position-balance", ttl, "-f", "csv")[1]
    b = cli(capsys, "query", "position-balance", ttl, "-f", "csv", "--engine", "rdflib")[1]
    assert a == b and "takeover" in a


def test_format_result_table_truncates_long_cells_only_in_tables(engine):
    result = run_query(engine, load_library()["warnings"])
    table = format_result(result, "table")
    assert "…" in table
    assert max(len(v) for v in csv.reader(io.StringIO(format_result(result, "csv"))) for v in v) > 80


# --- the library after a regular (non-editable) install -----------------------------------------------
def test_sparql_library_dir_falls_back_to_the_installed_copy(tmp_path):
    installed = tmp_path / "prefix" / INSTALLED_QUERY_DIR
    installed.mkdir(parents=True)
    (installed / "who.rq").write_text("# Who is there.\n# example: newsgraph query who x.ttl\n"
                                      "SELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    absent = tmp_path / "checkout" / "queries"
    assert library_dir(SOURCE_QUERY_DIR, [str(tmp_path / "prefix")]) == SOURCE_QUERY_DIR
    assert library_dir(absent, [str(tmp_path / "elsewhere"), str(tmp_path / "prefix")]) == installed
    assert list(load_library(library_dir(absent, [str(tmp_path / "prefix")]))) == ["who"]
    with pytest.raises(QueryError, match="query library is missing.*pip install"):
        library_dir(absent, [str(tmp_path / "elsewhere")])


@pytest.mark.slow
def test_sparql_library_ships_with_a_regular_install(tmp_path):
    """Build the wheel, install it (not editable) into a fresh environment, and load the library there:
    the import comes from that environment, the library from its share/newsgraph/queries."""
    root = Path(__file__).resolve().parent.parent
    wheels, env = tmp_path / "wheels", tmp_path / "env"
    run = functools.partial(subprocess.run, check=True, capture_output=True, text=True, cwd=tmp_path)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(root)])
    run([sys.executable, "-m", "venv", "--without-pip", str(env)])
    wheel = next(wheels.glob("newsgraph-*.whl"))
    run([sys.executable, "-m", "pip", "--python", str(env / "bin" / "python"), "install", "--no-deps", "-q", str(wheel)])
    # the dependencies come from this environment's site-packages, appended after the fresh one's
    deps = next(p for p in sys.path if p.endswith("site-packages"))
    probe = ("import sys; sys.path.append(sys.argv[1]); import graph.sparql as s; "
             "print(s.__file__); print(s.library_dir()); print(' '.join(s.load_library()))")
    out = run([str(env / "bin" / "python"), "-c", probe, deps]).stdout.splitlines()
    assert out[0].startswith(str(env)), out
    assert Path(out[1]) == env / INSTALLED_QUERY_DIR
    assert set(out[2].split()) == set(load_library())


def test_sparql_bind_values_also_filters_a_subselect_that_projects_the_variable():
    text = ("SELECT ?a ?n WHERE { { SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b } GROUP BY ?a LIMIT 5 } "
            "{ SELECT ?c WHERE { ?c ?q ?a } } }")
    bound = bind_values(text, {"a": [URIRef("https://e.x/a")]})
    assert bound.count("VALUES ?a") == 2  # the top group and the first sub-SELECT, not the second
    assert bound.index("VALUES ?a", bound.index("(COUNT")) < bound.index("GROUP BY")
    bound = bind_values(text, {"n": [URIRef("https://e.x/a")]})
    assert bound.count("VALUES ?n") == 2  # ?n is projected by AS


def test_sparql_top_sets_the_limit_clause():
    from graph.sparql.params import bind_top
    text = "SELECT ?a WHERE { ?a ?p ?b } # LIMIT 7 in a comment\nLIMIT 100"
    assert bind_top(text, "top", "20").endswith("LIMIT 20")
    assert "LIMIT" not in bind_top(text, "top", "all").split("\n")[1]
