"""Parallel corpus builds: local workers write their own article files, the driver only merges records,
and the bytes on disk are the same whatever --jobs and --batch-size."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import SEEDS
from graph.corpus import run as corpus_mod
from graph.corpus import build_corpus

TEXTS = {
    "harbour": "Chancellor Rachel Reeves supports the harbour levy. Kemi Badenoch warned against the harbour levy.\n",
    "rail": "The union leader Mick Lynch opposed the rail pay offer. Transport Secretary Louise Haigh backed it.\n",
    "schools": "Education Secretary Bridget Phillipson defended the schools plan. Teachers' unions opposed the plan.\n",
    "farm": "Farmers' leader Tom Bradshaw attacked the inheritance tax change. Reeves defended the tax change.\n",
    "clinic": "Health Secretary Wes Streeting backed the clinic reform. Doctors warned the clinic reform would fail.\n",
}


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "lock"}


@pytest.fixture(scope="module")
def wire(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parallel-in")
    texts = dict(TEXTS)
    texts["seed"] = (SEEDS / "gaza-rift.txt").read_text(encoding="utf-8")
    path = folder / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_job(wire, tmp_path_factory):
    out = tmp_path_factory.mktemp("parallel-one")
    build_corpus([wire], out, formats=["ttl", "json", "html"], jobs=1, batch_size=4)
    return _tree(out)


@pytest.mark.parametrize("jobs, batch_size", [(2, 1), (2, 4), (3, 2)])
def test_every_file_has_the_same_bytes_whatever_jobs_and_batch_size(wire, one_job, tmp_path, jobs, batch_size):
    build_corpus([wire], tmp_path / "o", formats=["ttl", "json", "html"], jobs=jobs, batch_size=batch_size)
    tree = _tree(tmp_path / "o")
    assert set(tree) == set(one_job)
    assert [name for name in tree if tree[name] != one_job[name]] == []
    assert {"corpus.nq", "corpus.trig", "corpus.manifest.json"} <= set(tree)


def test_local_workers_write_their_own_files(wire, tmp_path, monkeypatch):
    """The driver writes no article file of a parallel build: each is written by the worker that built it."""
    writers: list[int] = []
    real = corpus_mod._write_article

    def tracking(*args, **kwargs):
        writers.append(os.getpid())  # in a forked worker this appends to the worker's copy, not ours
        return real(*args, **kwargs)

    monkeypatch.setattr(corpus_mod, "_write_article", tracking)
    report = build_corpus([wire], tmp_path / "o", formats=["json"], jobs=2, batch_size=2, corpus=None)
    assert report.built == len(TEXTS) + 1
    assert writers == []
    assert len(list((tmp_path / "o").glob("*.json"))) == len(TEXTS) + 1


def test_workers_pin_numerical_thread_pools_to_one_thread(monkeypatch):
    for var in corpus_mod._THREAD_VARS:
        monkeypatch.delenv(var, raising=False)
    corpus_mod._pin_threads()
    assert all(os.environ[var] == "1" for var in corpus_mod._THREAD_VARS)
    import ctypes

    import numpy  # noqa: F401  (loads OpenBLAS)
    maps = Path("/proc/self/maps").read_text()
    libs = sorted({line.split()[-1] for line in maps.splitlines() if "openblas" in line.lower() and ".so" in line})
    for path in libs:
        lib = ctypes.CDLL(path)
        getter = next((getattr(lib, s) for s in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                                                 "openblas_get_num_threads") if hasattr(lib, s)), None)
        if getter is not None:
            corpus_mod._pin_threads()
            assert getter() == 1


@pytest.mark.parametrize("merged", [False, True])
def test_corpus_graph_copies_each_articles_nquads_unless_a_merge_renames_in_it(wire, tmp_path, monkeypatch, merged):
    """Workers write each article's part of corpus.nq into its record; the corpus graph copies it, and
    recomputes the articles where a merged person appears: the bytes are those of the quads of the records."""
    import pyoxigraph as ox

    from graph.corpus import corpus_graph, plan
    from graph.corpus.run import CorpusReport
    out = tmp_path / "o"
    build_corpus([wire], out, formats=["json"], jobs=1, corpus=None)
    sources, _ = plan([wire])
    graphs = [g for _, g in corpus_graph.records(out, sources)]
    assert all("nquads" in json.loads(p.read_text()) for p in (out / ".newsgraph" / "articles").glob("*.json"))
    merges = {}
    if merged:  # a person of the farm article taken for one of the harbour article
        people = {g.article.name: sorted(e.id for e in g.entities if e.type == "person") for g in graphs}
        merges = {people["farm"][0]: people["harbour"][0]}
        real = corpus_graph.corpus_merges
        monkeypatch.setattr(corpus_graph, "corpus_merges", lambda gs: (real(gs), merges)[1])
    corpus_graph.write_corpus(out, "corpus", sources, CorpusReport(), "test")
    expected = b"".join(ox.serialize(corpus_graph.article_quads(corpus_graph.renamed(g, merges)),
                                     format=ox.RdfFormat.N_QUADS) for g in graphs)
    written = (out / "corpus.nq").read_bytes()
    assert written.startswith(expected) and b"/corpus/corpus>" in written[len(expected):]
    for old in merges:  # the merged person's own IRI is gone from the article that named it
        assert f"/id/{old}>".encode() not in written
    # the TriG, written graph by graph from the records' parts, is the TriG of all the quads written at once
    assert all("trig" in json.loads(p.read_text()) for p in (out / ".newsgraph" / "articles").glob("*.json"))
    at_once = ox.serialize(ox.parse(path=str(out / "corpus.nq"), format=ox.RdfFormat.N_QUADS),
                           format=ox.RdfFormat.TRIG, prefixes=corpus_graph.trig_prefixes())
    assert (out / "corpus.trig").read_bytes() == at_once
    # the corpus's own graph last, each quad once, sorted by subject, predicate and object as N-Triples text
    quads = list(ox.parse(path=str(out / "corpus.nq"), format=ox.RdfFormat.N_QUADS))
    own = [q for q in quads if str(q.graph_name).endswith("/corpus/corpus>")]
    keys = [(str(q.subject), str(q.predicate), str(q.object)) for q in own]
    assert own == quads[-len(own):] and keys == sorted(set(keys))
    assert {str(q.predicate) for q in own} >= {"<http://www.w3.org/2004/02/skos/core#prefLabel>",
                                              "<http://www.w3.org/ns/prov#hadMember>"}
