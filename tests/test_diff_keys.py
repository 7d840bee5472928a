"""The triple-level diff of two files as set arithmetic on keys (graph.diff.triplekeys): the same answer as
rdflib's set arithmetic on parsed graphs, whatever the file's format or spelling."""
from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Graph

from graph.diff import diff, diff_rdf, dumps_patch
from graph.errors import InputError
from graph.io.rdf import to_rdf
from graph.diff.triplekeys import diff_rdf_files


@pytest.fixture(scope="module")
def versions(seed_graph):
    """The seed graph and a second version: one stance flipped, one statement dropped, one entity relabelled."""
    statements = list(seed_graph.statements)
    flip = next(i for i, s in enumerate(statements) if s.relation in ("supports", "opposes"))
    statements[flip] = replace(statements[flip], relation={"supports": "opposes", "opposes": "supports"}[statements[flip].relation])
    del statements[-1]
    entities = list(seed_graph.entities)
    entities[0] = replace(entities[0], aliases=entities[0].aliases + ("Näme with “quotes” and \\ backslash",))
    return seed_graph, replace(seed_graph, entities=tuple(entities), statements=tuple(statements))


def _write(G: Graph, path, fmt):
    # N-Triples lines are N-Quads of the default graph: a .nq file of one graph
    G.serialize(path, format="nt" if fmt == "nquads" else fmt, encoding="utf-8")
    return path


# every suffix the query engines read (graph.vocab.RDF_SUFFIXES), the diff reads too
@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("turtle", ".ttl"), ("nquads", ".nq"), ("json-ld", ".jsonld"),
                                         ("xml", ".rdf"), ("xml", ".xml"), ("nt", ".ntriples")])
def test_same_answer_as_rdflib_set_arithmetic(versions, tmp_path, fmt, suffix):
    old, new = versions
    A, B = to_rdf(old), to_rdf(new)
    expected = diff_rdf(A, B)
    got = diff_rdf_files(_write(A, tmp_path / f"a{suffix}", fmt), _write(B, tmp_path / f"b{suffix}", fmt))
    assert got == expected and expected[0] and expected[1]


def test_diff_from_files_gives_the_same_diff_and_patch_as_from_graphs(versions, tmp_path):
    old, new = versions
    A, B = to_rdf(old), to_rdf(new)
    from_graphs = diff(old, new, old_rdf=A, new_rdf=B)
    from_files = diff(old, new, old_rdf=_write(A, tmp_path / "a.nt", "nt"), new_rdf=_write(B, tmp_path / "b.nt", "nt"))
    assert from_files == from_graphs
    assert dumps_patch(from_files) == dumps_patch(from_graphs)


def test_lines_spelled_otherwise_are_compared_as_triples(tmp_path):
    """The same triple written with an escape on one side and plainly on the other is no change."""
    a = tmp_path / "a.nt"
    b = tmp_path / "b.nt"
    a.write_text('<http://x/s> <http://x/p> "caf\\u00E9" .\n<http://x/s> <http://x/p> "old" .\n', encoding="utf-8")
    b.write_text('# a comment\n\n<http://x/s>   <http://x/p> "café" .\n<http://x/s> <http://x/p> "new" .\n',
                 encoding="utf-8")
    removed, added = diff_rdf_files(a, b)
    assert [str(t[2]) for t in removed] == ["old"] and [str(t[2]) for t in added] == ["new"]


def test_duplicate_lines_count_once(tmp_path):
    a = tmp_path / "a.nt"
    b = tmp_path / "b.nt"
    line = '<http://x/s> <http://x/p> <http://x/o> .\n'
    a.write_text(line * 3, encoding="utf-8")
    b.write_text(line, encoding="utf-8")
    assert diff_rdf_files(a, b) == (frozenset(), frozenset())


def test_quads_keep_their_graph(tmp_path):
    a = tmp_path / "a.nq"
    b = tmp_path / "b.nq"
    a.write_text('<http://x/s> <http://x/p> <http://x/o> <http://x/g1> .\n', encoding="utf-8")
    b.write_text('<http://x/s> <http://x/p> <http://x/o> <http://x/g2> .\n', encoding="utf-8")
    removed, added = diff_rdf_files(a, b)
    assert [str(q[3]) for q in removed] == ["http://x/g1"] and [str(q[3]) for q in added] == ["http://x/g2"]


@pytest.mark.parametrize("name, text, message", [
    ("a.csv", "x", "cannot read '.csv'"),
    ("a.nt", "<http://x/s> <http://x/p> .\n", "is not valid RDF"),
])
def test_bad_files_are_named(tmp_path, name, text, message):
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    good = tmp_path / "good.nt"
    good.write_text('<http://x/s> <http://x/p> <http://x/o> .\n', encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        diff_rdf_files(bad, good)
    assert str(bad) in str(err.value)
    with pytest.raises(InputError, match="no such file"):
        diff_rdf_files(tmp_path / "missing.nt", good)
