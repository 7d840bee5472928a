"""The layout of the package (issue 13): what each part holds, and the formats it leaves to its dependencies."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

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
