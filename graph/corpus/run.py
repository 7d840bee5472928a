"""The corpus build: every article built in batches, in worker processes or on any executor, then the corpus graph.

    build_corpus(inputs, out_dir, formats=[...])  -> CorpusReport

Texts are parsed in batches with nlp.pipe; local workers are forked from the driver once it holds the
pipeline, and each writes its own articles' files and records (the driver only merges the records).
Memory follows the batches in flight, never the corpus.

Imports graph.errors, graph.model, the stages (graph.extract.build, graph.extract.language.nlp) and graph.io.outputs on first
use, and the other parts of graph.corpus.
"""
from __future__ import annotations

import concurrent.futures as cf
import gc
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Article, ArticleGraph
from .corpus_graph import CorpusSummary, article_parts, write_corpus, write_corpus_page
from .inputs import Source, english_warning, plan, read_source
from .records import (article_key, code_version, graph_from_record, graph_to_record, locked, output_paths,
                      pipeline_version, read_record, record_path)

__all__ = ["ArticleResult", "CorpusReport", "build_corpus"]


@dataclass(frozen=True)
class ArticleResult:
    """One article done: built now or unchanged since the last build."""

    source: Source
    graph: ArticleGraph
    paths: tuple[Path, ...]
    status: str  # built | unchanged
    warnings: tuple[str, ...] = ()


@dataclass
class CorpusReport:
    articles: int = 0
    words: int = 0
    built: int = 0
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # one-line reasons of the bad inputs left out
    warnings: list[str] = field(default_factory=list)
    merges: dict[str, str] = field(default_factory=dict)  # merged person id -> canonical id
    corpus_files: list[Path] = field(default_factory=list)
    nodes: Counter = field(default_factory=Counter)  # corpus entities by type, after merging
    edges: Counter = field(default_factory=Counter)  # statements by relation
    seconds: float = 0.0


def build_corpus(inputs: Iterable[str | Path], out_dir: str | Path, *, formats: list[str],
                 pipeline: str | None = None, jobs: int = 1, batch_size: int = 16,
                 executor: cf.Executor | None = None, corpus: str | None = "corpus", skip_bad: bool = False,
                 force: bool = False, on_start: Callable[[int, int], None] | None = None,
                 on_article: Callable[[ArticleResult], None] | None = None) -> CorpusReport:
    """Build every article of `inputs` into `out_dir`, then the corpus graph (unless `corpus` is None).

    `jobs` > 1 runs the extraction in that many worker processes; `executor` runs it on any
    concurrent.futures executor instead (graph.corpus.distributed passes a Dask cluster's). Either way
    the files are the same bytes as a one-process build's. `on_start(articles, words)` is called
    once the inputs are checked, `on_article` as each article is done (for a progress bar).
    """
    from ..io.outputs import FORMATS
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise InputError(f"unknown output format {(unknown or [''])[0]!r}; choose among {', '.join(FORMATS)}")
    if jobs < 1 or batch_size < 1:
        raise InputError(f"--jobs {jobs} / --batch-size {batch_size}: give whole numbers of at least 1")
    started = time.perf_counter()
    sources, bad = plan(inputs, skip_bad=skip_bad)
    if not sources:
        raise InputError("no usable article among the inputs: " + bad[0] if bad else "no article given")
    report = CorpusReport(articles=len(sources), words=sum(s.words for s in sources), skipped=bad)
    pipe_version = pipeline_version(pipeline)
    if on_start:
        on_start(report.articles, report.words)
    out = Path(out_dir)
    thawed = gc.get_freeze_count() == 0
    # the corpus graph's reading of each article, done as the article is handed over (see CorpusSummary)
    summary = CorpusSummary(sources) if corpus else None
    with locked(out):
        todo = []
        for source in sources:
            key = article_key(source, pipe_version, formats)
            record = None if force else read_record(out, source, key, formats)
            if record is None:
                todo.append((source, key))
            else:
                report.unchanged += 1
                result = ArticleResult(source, graph_from_record(record["graph"]), output_paths(out, source, formats),
                                       "unchanged", tuple(record.get("warnings", ())))
                report.warnings.extend(result.warnings)
                if summary is not None:
                    summary.add(source, result.graph)
                if on_article:
                    on_article(result)
        # local workers, forked once the pipeline is loaded; kept until the corpus graph is written, which they help make
        pool = _local_pool(jobs, pipeline) if executor is None and jobs > 1 and todo else None
        try:
            for result in _run(todo, out, formats, pipeline, jobs, batch_size, executor or pool, own=pool is not None):
                report.built += 1
                report.warnings.extend(result.warnings)
                if summary is not None:
                    summary.add(result.source, result.graph)
                if on_article:
                    on_article(result)
            if corpus:
                report.corpus_files = write_corpus(out, corpus, sources, report, pipe_version, summary, pool=pool)
                if "html" in formats:
                    report.corpus_files.append(write_corpus_page(out, corpus, sources, report.merges))
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
            if thawed:  # what _run froze, given back to the collector (not what a caller had frozen)
                gc.unfreeze()
    report.seconds = time.perf_counter() - started
    return report


def _run(todo, out: Path, formats, pipeline, jobs, batch_size, executor, own: bool = False) -> Iterator[ArticleResult]:
    """`own`: `executor` is build_corpus's pool of local workers (see _local_pool), else any executor's (remote)."""
    batches = _batches(todo, batch_size, longest_first=executor is not None or jobs > 1)
    if not batches:
        return
    if executor is None:
        _load_and_freeze(pipeline)
        for batch in batches:
            yield from _save(out, batch, _build_batch([read_source(s) for s, _ in batch], formats, pipeline))
        return
    in_flight_max = 2 * max(jobs, 1)
    pending: dict[cf.Future, list] = {}
    queue = iter(batches)
    try:
        while True:
            # keep a bounded number of batches in flight: memory follows the batch, not the corpus
            while len(pending) < in_flight_max:
                batch = next(queue, None)
                if batch is None:
                    break
                if own:  # a local worker reads its articles and writes their files itself: the driver only merges
                    pending[executor.submit(_build_and_write, out, batch, formats, pipeline)] = batch
                else:  # a remote worker has no access to the out folder: its results come back to be written here
                    articles = [read_source(s) for s, _ in batch]
                    pending[executor.submit(_build_batch, articles, formats, pipeline)] = batch
            if not pending:
                break
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: pending[f][0][0].name):
                batch = pending.pop(future)
                if own:
                    yield from _written(out, batch, future.result())
                else:
                    yield from _save(out, batch, future.result())
    except BaseException:
        for future in pending:
            future.cancel()
        if own:
            # workers write each file atomically and the record last: stopping them loses the batches in
            # flight, and the next build (under its lock) removes their temporary files
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
        raise


def _load_and_freeze(pipeline: str | None) -> None:
    from ..extract.language.nlp import load_pipeline
    load_pipeline(pipeline)
    # The pipeline's hundred thousand objects live as long as the build: out of the collector's reach, a
    # full collection no longer walks them (4-5% of the build's CPU, in workers and in the corpus-graph
    # tail alike), nor writes to the pages a forked worker shares with this process.
    gc.freeze()


def _local_pool(jobs: int, pipeline: str | None) -> cf.Executor:
    """Local workers are forked from this process once it holds the pipeline: they share its model pages
    and start at once, instead of each loading spaCy for a second or two while the other waits."""
    import multiprocessing
    _load_and_freeze(pipeline)
    return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                  initializer=_init_worker, initargs=(pipeline,))


def _batches(todo: list, size: int, *, longest_first: bool = False) -> list[list]:
    """Batches of `size`; the last two batches' worth cut in quarters and the last quarter in single articles.
    When one worker takes the last batch the others wait for it: the wait is then one article's time.
    `longest_first` (several workers) orders that tail by length, longest first, so the single articles
    at the end are the shortest (items are (source, key) pairs). The parse does not depend on how texts are
    batched or ordered, so neither do the files."""
    cut = max(0, len(todo) - 2 * size)
    head = [todo[i:min(i + size, cut)] for i in range(0, cut, size)]
    tail = todo[cut:]
    if longest_first:
        tail = sorted(tail, key=lambda item: -item[0].words)  # stable: equal lengths keep input order
    step = max(1, size // 4)
    singles = len(tail) - min(len(tail), step)
    return (head + [tail[i:min(i + step, singles)] for i in range(0, singles, step)]
            + [[item] for item in tail[singles:]])


# the thread pools of numerical libraries: one thread per worker, or two workers run four threads on two cores
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def _pin_threads() -> None:
    """One thread for every numerical library of this process: those loaded later read the variables,
    OpenBLAS (numpy's, loaded already in a forked worker) is told through its own call."""
    import ctypes
    for var in _THREAD_VARS:
        os.environ[var] = "1"
    try:
        with open("/proc/self/maps", encoding="utf-8") as fh:
            libraries = {line.split()[-1] for line in fh if "openblas" in line.lower() and ".so" in line
                         and line.split()[-1].startswith("/")}
    except OSError:
        return
    for path in sorted(libraries):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in ("openblas_set_num_threads", "openblas_set_num_threads64_",
                       "scipy_openblas_set_num_threads", "scipy_openblas_set_num_threads64_"):
            setter = getattr(lib, symbol, None)
            if setter is not None:
                setter(1)
                break



def _init_worker(pipeline: str | None) -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides, so workers print no traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _pin_threads()
    from ..extract.language.nlp import load_pipeline
    load_pipeline(pipeline)  # inherited from the parent when forked; loaded here otherwise


def _build_batch(articles: list[Article], formats: list[str], pipeline: str | None) -> list[tuple]:
    """Worker side: parse a batch with nlp.pipe, extract and render; returns (record, rendered, warnings,
    the article's part of the corpus graph: {"nquads": ..., "trig": ...}) each."""
    from ..extract.build import build_articles
    from ..extract.language.nlp import load_pipeline
    from ..io.outputs import render
    nlp = load_pipeline(pipeline)  # cached per process: loaded once per worker
    results = []
    for article, graph in zip(articles, build_articles(articles, nlp, batch_size=len(articles))):
        warning = english_warning(article)
        record = graph_to_record(graph)
        # the article's part of the corpus graph, made here in parallel rather than by the driver at the end
        results.append((record, render(graph, formats), (warning,) if warning else (), article_parts(record)))
    return results


def _build_and_write(out: Path, batch, formats: list[str], pipeline: str | None) -> list[tuple]:
    """Local worker side: read, build and write a batch; returns (record, paths, warnings) of each article.
    Only the small records travel back to the driver, never the texts or the rendered files."""
    results = _build_batch([read_source(s) for s, _ in batch], formats, pipeline)
    return [(record, _write_article(out, source, key, record, rendered, warnings, parts), warnings)
            for (source, key), (record, rendered, warnings, parts) in zip(batch, results)]


def _write_article(out: Path, source: Source, key: str, record: dict, rendered: dict, warnings,
                   corpus_parts: dict[str, str]) -> tuple[Path, ...]:
    from ..io.outputs import atomic_write
    paths = []
    for suffix, text in rendered.items():
        path = out / f"{source.stem}{suffix}"
        atomic_write(path, text)
        paths.append(path)
    # the record last: an article is done only once every file of it is in place
    atomic_write(record_path(out, source), json.dumps({"key": key, "newsgraph": code_version(), "warnings": list(warnings),
                                                        "graph": record, **corpus_parts},
                                                       ensure_ascii=False, sort_keys=True) + "\n")
    return tuple(paths)


def _save(out: Path, batch, results) -> Iterator[ArticleResult]:
    for (source, key), (record, rendered, warnings, parts) in zip(batch, results):
        paths = _write_article(out, source, key, record, rendered, warnings, parts)
        yield ArticleResult(source, graph_from_record(record), paths, "built", tuple(warnings))


def _written(out: Path, batch, results) -> Iterator[ArticleResult]:
    for (source, _), (record, paths, warnings) in zip(batch, results):
        yield ArticleResult(source, graph_from_record(record), tuple(paths), "built", tuple(warnings))
