"""The corpus graph's reading of each article, taken as the build hands the articles over (CorpusSummary): the
same table, counts and merges as reading the records back in input order, whatever order the articles come in."""
from __future__ import annotations

import json
import random

import pytest

from graph.corpus import build_corpus, corpus_graph, plan
from graph.corpus.corpus_graph import CorpusSummary
from graph.corpus.run import CorpusReport
from graph.extract.entities.identity import corpus_merges

TEXTS = {
    "levy": "Finance Minister Dora Quill backed the port levy. Senator Abel Fenwick opposed the port levy.\n",
    "levy-2": "Dora Quill defended the port levy again. Fenwick said the levy would hurt fishing towns.\n",
    "bridge": "Mayor Ivo Brandt supports the bridge toll. The Drivers Union opposed the bridge toll.\n",
    "tolls": "Ivo Brandt warned against scrapping the bridge toll. Dora A. Quill backed him.\n",
    "clinic": "Health Minister Lena Ortiz backed the clinic plan. Nurses warned the clinic plan would fail.\n",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary")
    wire = folder / "wire.jsonl"
    wire.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in TEXTS.items()), encoding="utf-8")
    out = folder / "o"
    build_corpus([wire], out, formats=["json"], jobs=1, corpus=None)
    sources, _ = plan([wire])
    return out, sources


def _in_order(out, sources):
    table, edges = {"articles": [], "entities": {}}, CorpusReport().edges
    graphs = [g for _, g in corpus_graph.records(out, sources)]
    for graph in graphs:
        corpus_graph._add_to_table(table, graph)
        edges.update(s.relation for s in graph.statements)
    return table, edges, corpus_merges(graphs)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_summary_in_any_order_is_the_reading_in_input_order(built, seed):
    out, sources = built
    pairs = list(corpus_graph.records(out, sources))
    random.Random(seed).shuffle(pairs)
    summary = CorpusSummary(sources)
    for source, graph in pairs:
        assert not summary.complete
        summary.add(source, graph)
    assert summary.complete
    table, edges, merges = _in_order(out, sources)
    assert summary.table == table and summary.edges == edges
    # labels counted in the same order: the most common name of each entity breaks ties the same way
    assert [list(e["labels"]) for e in summary.table["entities"].values()] == \
        [list(e["labels"]) for e in table["entities"].values()]
    from graph.extract.entities.identity import article_merges
    assert article_merges(summary.named) == merges


def test_corpus_files_are_the_same_with_and_without_a_summary(built, tmp_path):
    import shutil
    out, sources = built
    read_back, summarised = tmp_path / "read", tmp_path / "summary"
    for target in (read_back, summarised):
        shutil.copytree(out, target)
    corpus_graph.write_corpus(read_back, "corpus", sources, first := CorpusReport(), "test")
    summary = CorpusSummary(sources)
    for source, graph in reversed(list(corpus_graph.records(out, sources))):
        summary.add(source, graph)
    corpus_graph.write_corpus(summarised, "corpus", sources, second := CorpusReport(), "test", summary)
    for name in ("corpus.nq", "corpus.trig", "corpus.manifest.json"):
        assert (read_back / name).read_bytes() == (summarised / name).read_bytes()
    assert first.merges == second.merges and first.edges == second.edges and first.nodes == second.nodes


def test_an_incomplete_summary_is_not_used(built, tmp_path):
    """A summary missing an article (never the case in a build that got this far) reads the records instead."""
    import shutil
    out, sources = built
    shutil.copytree(out, tmp_path / "o")
    summary = CorpusSummary(sources)
    summary.add(*next(iter(corpus_graph.records(out, sources))))
    corpus_graph.write_corpus(tmp_path / "o", "corpus", sources, report := CorpusReport(), "test", summary)
    assert sum(report.edges.values()) == sum(len(g.statements) for _, g in corpus_graph.records(out, sources))


def test_corpus_files_are_the_same_when_the_workers_make_the_renamed_parts(built, tmp_path):
    """A parallel build's workers make the corpus's own graph and the parts of the articles a merge renames in,
    while the driver copies the rest: the same bytes as one process making them all."""
    import concurrent.futures as cf
    import multiprocessing
    import shutil
    out, sources = built
    alone, helped = tmp_path / "alone", tmp_path / "helped"
    reports = []
    for target, pool in ((alone, None), (helped, cf.ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")))):
        shutil.copytree(out, target)
        summary = CorpusSummary(sources)
        for source, graph in corpus_graph.records(out, sources):
            summary.add(source, graph)
        corpus_graph.write_corpus(target, "corpus", sources, report := CorpusReport(), "test", summary, pool=pool)
        reports.append(report)
        if pool is not None:
            pool.shutdown()
    assert reports[0].merges  # a merge renames in some article: those parts are made anew
    for name in ("corpus.nq", "corpus.trig", "corpus.manifest.json"):
        assert (alone / name).read_bytes() == (helped / name).read_bytes()
