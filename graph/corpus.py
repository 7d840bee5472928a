"""Corpus builds: many articles from files, folders and JSON Lines, in batches, in parallel, resumable.

    plan(inputs)            -> [Source]          every input checked before anything is written
    build_corpus(inputs...) -> CorpusReport      per-article files, then one corpus graph

Per article, the build writes DIR/<stem>.<format> and then a record (the extracted graph as
JSON) under DIR/.newsgraph/articles/; the record is written last, so an article counts as done
only when all its files are complete. A rebuild skips an article whose record carries the same
key: sha256 of its text, its name and source, the spaCy pipeline version and newsgraph's version
(the package version plus a digest of its code and data, so an edited rule rebuilds).

The corpus graph (DIR/<corpus>.nq and .trig) is assembled from the records in input order, one
named graph per article (its IRI is the article's), plus one named graph for the corpus that
holds each entity once: entities of the same id are one node across articles, and people whose
names agree on first name and surname ("George W. Bush", "George Bush") are merged under one IRI.
Only the records of one article and the table of entities are held in memory at a time.
"""
from __future__ import annotations

import concurrent.futures as cf
import fcntl
import hashlib
import json
import os
import re
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .errors import InputError, NewsgraphError
from .identity import corpus_merges, look_alikes, person_merges
from .model import NODE_TYPES, Article, ArticleGraph, Entity, Evidence, Statement
from .text import MAX_CHARS, article_from_bytes, article_from_text, read_article

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "Source", "ArticleResult", "CorpusReport", "plan", "read_source",
           "build_corpus", "article_key", "code_version", "pipeline_version", "person_merges",
           "graph_to_record", "graph_from_record", "english_warning", "corpus_quads"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
STATE_DIR = ".newsgraph"
# A JSON line may escape each character as \uXXXX (6 bytes): a longer line cannot hold an article.
MAX_LINE_BYTES = 6 * MAX_CHARS + 4096
# Very common English function words: news prose in English has a quarter or more of its words among them.
_ENGLISH = frozenset("the of and to in a is that for it was on with as by said he at from his be are has have "
                     "not this but they an were will had its their who which been would we i".split())


@dataclass(frozen=True)
class Source:
    """Where one article comes from; holds no text, so a plan of a large corpus stays small."""

    name: str  # unique in the build: the file stem, the path inside a folder, or the JSON Lines id
    stem: str  # output path under the out folder, without suffix
    path: Path
    line: int = 0  # 1-based line of a JSON Lines file; 0 for a text file
    offset: int = 0  # byte offset of that line
    explicit: bool = False  # a text file named on the command line
    sha256: str = ""
    words: int = 0

    @property
    def label(self) -> str:
        return f"{self.path}:{self.line}" if self.line else str(self.path)


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


# --- inputs --------------------------------------------------------------------------------------
def plan(inputs: Iterable[str | Path], *, skip_bad: bool = False) -> tuple[list[Source], list[str]]:
    """Expand files, folders and JSON Lines files into sources, each read and checked once.

    Returns (sources, bad): `bad` holds the one-line reason of each unusable article. Unless
    `skip_bad`, the first bad input raises InputError, so nothing is written for a bad corpus.
    """
    sources: list[Source] = []
    bad: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                raise InputError(f"{path}: folder holds no .txt or .jsonl article; give a folder of articles")
            for p in files:
                if p.suffix.lower() in JSONL_SUFFIXES:
                    sources.extend(_jsonl_sources(p, bad))
                else:
                    name = p.relative_to(path).with_suffix("").as_posix()
                    sources.extend(_text_source(p, name, explicit=False, bad=bad))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            sources.extend(_jsonl_sources(path, bad))
        else:
            sources.extend(_text_source(path, path.stem, explicit=True, bad=bad))
    if bad and not skip_bad:
        more = f" (and {len(bad) - 1} more bad input{'s' if len(bad) > 2 else ''})" if len(bad) > 1 else ""
        hint = "; pass --skip-bad to build the rest" if sources or len(bad) > 1 else ""
        raise InputError(bad[0] + more + hint)
    _check_unique(sources)
    return sources, bad


def _text_source(path: Path, name: str, *, explicit: bool, bad: list[str]) -> list[Source]:
    try:
        article = read_article(path, name=name)
    except InputError as e:
        if explicit and not path.exists():
            raise  # a mistyped path is not a bad article to skip
        bad.append(str(e))
        return []
    return [Source(name, _safe_stem(name), path, explicit=explicit, sha256=_sha(article.text),
                   words=len(article.text.split()))]


def _jsonl_sources(path: Path, bad: list[str]) -> Iterator[Source]:
    try:
        fh = path.open("rb")
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror}); give a JSON Lines file of articles") from None
    with fh:
        offset = 0
        for lineno, raw in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), start=1):
            start, offset = offset, offset + len(raw)
            if len(raw) > MAX_LINE_BYTES:
                # drain the rest of the giant line without holding it
                while raw and not raw.endswith(b"\n"):
                    raw = fh.readline(MAX_LINE_BYTES + 1)
                    offset += len(raw)
                bad.append(f"{path}:{lineno}: line is larger than {MAX_LINE_BYTES / 1e6:,.0f} MB, more than the "
                           f"{MAX_CHARS:,} characters one article may have; split it into articles")
                continue
            if not raw.strip():
                continue
            try:
                article = _parse_line(raw, path, lineno)
            except InputError as e:
                bad.append(str(e))
                continue
            yield Source(article.name, _safe_stem(article.name), path, lineno, start, sha256=_sha(article.text),
                         words=len(article.text.split()))


def _parse_line(raw: bytes, path: Path, lineno: int) -> Article:
    label = f"{path}:{lineno}"
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as e:
        raise InputError(f"{label}: is not a JSON object ({e}); write one {{\"id\", \"text\"}} object a line") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{label}: has no \"text\" string; write one {{\"id\", \"text\"}} object a line")
    rid = record.get("id", f"{path.stem}-{lineno}")
    if not isinstance(rid, (str, int)) or isinstance(rid, bool) or not str(rid).strip():
        raise InputError(f"{label}: \"id\" {rid!r} is not a non-empty string or number; give each article an id")
    return article_from_text(record["text"], name=str(rid).strip(), source=label)


def read_source(source: Source) -> Article:
    """Read the article of a planned source (again: the plan keeps no text)."""
    if not source.line:
        return read_article(source.path, name=source.name)
    with source.path.open("rb") as fh:
        fh.seek(source.offset)
        raw = fh.readline(MAX_LINE_BYTES + 1)
    article = _parse_line(raw, source.path, source.line)
    if _sha(article.text) != source.sha256:
        raise InputError(f"{source.label}: changed while the build was running; run the build again")
    return article


def _safe_stem(name: str) -> str:
    """An output path under the out folder: folder parts kept, nothing that climbs out or hides."""
    parts = [re.sub(r"[^\w.\-]+", "-", part).strip(".-") for part in name.split("/")]
    return "/".join(p for p in parts if p) or "article"


def _check_unique(sources: list[Source]) -> None:
    from .entities import slug  # article IRIs are made from the slug: two names with one slug would share a graph
    seen: dict[str, Source] = {}
    for s in sources:
        for key in {("stem", s.stem.lower()), ("iri", slug(s.name))}:
            if key in seen:
                raise InputError(f"{s.label}: article {s.name!r} has the same output name as {seen[key].label} "
                                 f"({seen[key].name!r}); give the articles distinct names or ids")
            seen[key] = s


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- versions and keys -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def code_version() -> str:
    """newsgraph's version plus a digest of its modules and data: an edited rule invalidates the cache."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        package = version("newsgraph")
    except PackageNotFoundError:
        package = "0+unknown"
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".txt")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{package}+{digest.hexdigest()[:16]}"


@lru_cache(maxsize=4)
def pipeline_version(name: str | None = None) -> str:
    """The spaCy pipeline's id as graph.nlp.pipeline_id reports it, read from its meta.json without loading it."""
    import importlib.util

    from spacy.util import get_package_path

    from .nlp import PIPELINES
    for candidate in (name,) if name else PIPELINES:
        if importlib.util.find_spec(candidate) is None:
            continue
        meta = json.loads((get_package_path(candidate) / "meta.json").read_text(encoding="utf-8"))
        return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    from .nlp import load_pipeline
    load_pipeline(name)  # raises PipelineError naming what to install
    return "?"


def article_key(source: Source, pipeline: str, formats: Iterable[str]) -> str:
    parts = [source.sha256, source.name, source.label, pipeline, code_version(), ",".join(sorted(formats))]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


# --- records: an ArticleGraph as JSON, without the article text ------------------------------------
def graph_to_record(graph: ArticleGraph) -> dict:
    return {"article": {"name": graph.article.name, "source": graph.article.source}, "pipeline": graph.pipeline,
            "entities": [asdict(e) for e in graph.entities], "statements": [_record(s) for s in graph.statements]}


def _record(s: Statement) -> dict:
    out = asdict(s)
    del out["features"]  # the scorer's working, not part of the graph
    return out


def graph_from_record(record: dict) -> ArticleGraph:
    entities = tuple(Entity(e["id"], e["type"], e["label"], tuple(e["aliases"])) for e in record["entities"])
    statements = tuple(Statement(**{**s, "evidence": Evidence(**s["evidence"])}) for s in record["statements"])
    article = Article(record["article"]["name"], "", record["article"]["source"])
    return ArticleGraph(article, entities, statements, record["pipeline"])


def english_warning(article: Article) -> str:
    """A warning when the text does not read as English: the English pipeline then finds little or nonsense."""
    words = re.findall(r"[^\W\d_]+", article.text.lower())
    if len(words) < 30:
        return ""
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share >= 0.08:
        return ""
    return (f"{article.source or article.name}: does not look like English ({share:.0%} common English words); "
            "its graph is likely empty or wrong")


# --- the build ------------------------------------------------------------------------------------
def build_corpus(inputs: Iterable[str | Path], out_dir: str | Path, *, formats: list[str],
                 pipeline: str | None = None, jobs: int = 1, batch_size: int = 16,
                 executor: cf.Executor | None = None, corpus: str | None = "corpus", skip_bad: bool = False,
                 force: bool = False, on_start: Callable[[int, int], None] | None = None,
                 on_article: Callable[[ArticleResult], None] | None = None) -> CorpusReport:
    """Build every article of `inputs` into `out_dir`, then the corpus graph (unless `corpus` is None).

    `jobs` > 1 runs the extraction in that many worker processes; `executor` runs it on any
    concurrent.futures executor instead (graph.distributed passes a Dask cluster's). Either way
    the files are the same bytes as a one-process build's. `on_start(articles, words)` is called
    once the inputs are checked, `on_article` as each article is done (for a progress bar).
    """
    from .io.outputs import FORMATS
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
    with _locked(out):
        todo = []
        for source in sources:
            key = article_key(source, pipe_version, formats)
            record = None if force else _read_record(out, source, key, formats)
            if record is None:
                todo.append((source, key))
            else:
                report.unchanged += 1
                result = ArticleResult(source, graph_from_record(record["graph"]), _paths(out, source, formats),
                                       "unchanged", tuple(record.get("warnings", ())))
                report.warnings.extend(result.warnings)
                if on_article:
                    on_article(result)
        for result in _run(todo, out, formats, pipeline, jobs, batch_size, executor):
            report.built += 1
            report.warnings.extend(result.warnings)
            if on_article:
                on_article(result)
        if corpus:
            report.corpus_files = _write_corpus(out, corpus, sources, report, pipe_version)
            if "html" in formats:
                report.corpus_files.append(_write_corpus_page(out, corpus, sources, report.merges))
    report.seconds = time.perf_counter() - started
    return report


def _run(todo, out: Path, formats, pipeline, jobs, batch_size, executor) -> Iterator[ArticleResult]:
    batches = [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]
    if not batches:
        return
    if executor is None and jobs == 1:
        for batch in batches:
            yield from _save(out, batch, _build_batch([read_source(s) for s, _ in batch], formats, pipeline))
        return
    own = executor is None
    if own:
        # Local workers are forked from this process once it holds the pipeline: they share its model pages
        # and start at once, instead of each loading spaCy for a second or two while the other waits.
        import multiprocessing

        from .nlp import load_pipeline
        load_pipeline(pipeline)
        executor = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                          initializer=_init_worker, initargs=(pipeline,))
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
    finally:
        if own:
            executor.shutdown(wait=True, cancel_futures=True)


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
    from .nlp import load_pipeline
    load_pipeline(pipeline)  # inherited from the parent when forked; loaded here otherwise


def _build_batch(articles: list[Article], formats: list[str], pipeline: str | None) -> list[tuple]:
    """Worker side: parse a batch with nlp.pipe, extract and render; returns (graph, rendered, warnings) each."""
    from .build import build_articles
    from .nlp import load_pipeline
    from .io.outputs import render
    nlp = load_pipeline(pipeline)  # cached per process: loaded once per worker
    results = []
    for article, graph in zip(articles, build_articles(articles, nlp, batch_size=len(articles))):
        warning = english_warning(article)
        results.append((graph_to_record(graph), render(graph, formats), (warning,) if warning else ()))
    return results


def _build_and_write(out: Path, batch, formats: list[str], pipeline: str | None) -> list[tuple]:
    """Local worker side: read, build and write a batch; returns (record, paths, warnings) of each article.
    Only the small records travel back to the driver, never the texts or the rendered files."""
    results = _build_batch([read_source(s) for s, _ in batch], formats, pipeline)
    return [(record, _write_article(out, source, key, record, rendered, warnings), warnings)
            for (source, key), (record, rendered, warnings) in zip(batch, results)]


def _write_article(out: Path, source: Source, key: str, record: dict, rendered: dict, warnings) -> tuple[Path, ...]:
    from .io.outputs import atomic_write
    paths = []
    for suffix, text in rendered.items():
        path = out / f"{source.stem}{suffix}"
        atomic_write(path, text)
        paths.append(path)
    # the record last: an article is done only once every file of it is in place
    atomic_write(_record_path(out, source), json.dumps({"key": key, "newsgraph": code_version(), "warnings": list(warnings), "graph": record},
                                                       ensure_ascii=False, sort_keys=True) + "\n")
    return tuple(paths)


def _save(out: Path, batch, results) -> Iterator[ArticleResult]:
    for (source, key), (record, rendered, warnings) in zip(batch, results):
        paths = _write_article(out, source, key, record, rendered, warnings)
        yield ArticleResult(source, graph_from_record(record), paths, "built", tuple(warnings))


def _written(out: Path, batch, results) -> Iterator[ArticleResult]:
    for (source, _), (record, paths, warnings) in zip(batch, results):
        yield ArticleResult(source, graph_from_record(record), tuple(paths), "built", tuple(warnings))


def _record_path(out: Path, source: Source) -> Path:
    return out / STATE_DIR / "articles" / f"{source.stem}.json"


def _paths(out: Path, source: Source, formats) -> tuple[Path, ...]:
    from .io.outputs import FORMATS
    return tuple(out / f"{source.stem}{FORMATS[f][0]}" for f in formats)


def _read_record(out: Path, source: Source, key: str, formats) -> dict | None:
    try:
        record = json.loads(_record_path(out, source).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("key") != key or not all(p.exists() for p in _paths(out, source, formats)):
        return None
    return record


@contextmanager
def _locked(out: Path):
    """One build per out folder at a time; under the lock, temporary files of a killed build are removed."""
    state = out / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    with open(state / "lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"{out}: another newsgraph build is writing there; wait for it or use another "
                             "--out folder") from None
        for root, _, files in os.walk(out):
            for name in files:
                if name.startswith(".") and name.endswith(".part"):
                    Path(root, name).unlink(missing_ok=True)
        yield


# --- the corpus graph --------------------------------------------------------------------------------
def _records(out: Path, sources: list[Source]) -> Iterator[tuple[Source, ArticleGraph]]:
    for source in sources:
        record = json.loads(_record_path(out, source).read_text(encoding="utf-8"))
        yield source, graph_from_record(record["graph"])


def corpus_quads(out: Path, sources: list[Source], name: str, merges: dict[str, str], table: dict):
    """The quads of the corpus, in a fixed order: each article's named graph, then the corpus graph."""
    import pyoxigraph as ox
    from rdflib import RDF, RDFS

    from .io.rdf import to_rdf
    from .vocab import ID, NG, PROV, SKOS, TYPE_CLASSES, article_iri, entity_iri
    for _, graph in _records(out, sources):
        graph = _renamed(graph, merges)
        g = ox.NamedNode(str(article_iri(graph.article.name)))
        quads = [ox.Quad(_ox(s), _ox(p), _ox(o), g) for s, p, o in to_rdf(graph)]
        yield from sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))
    corpus = ox.NamedNode(str(ID[f"corpus/{name}"]))
    quads = [ox.Quad(corpus, _ox(RDF.type), _ox(PROV.Collection), corpus)]
    for article in table["articles"]:
        quads.append(ox.Quad(corpus, _ox(PROV.hadMember), _ox(article_iri(article)), corpus))
    for eid, entry in table["entities"].items():
        node = _ox(entity_iri(eid))
        label = entry["labels"].most_common(1)[0][0]
        for cls in TYPE_CLASSES[entry["type"]]:
            quads.append(ox.Quad(node, _ox(RDF.type), _ox(cls), corpus))
        quads.append(ox.Quad(node, _ox(NG.nodeType), ox.Literal(entry["type"]), corpus))
        quads.append(ox.Quad(node, _ox(SKOS.prefLabel), ox.Literal(label), corpus))
        quads.append(ox.Quad(node, _ox(RDFS.label), ox.Literal(label), corpus))
        for alias in (set(entry["labels"]) | entry["aliases"]) - {label}:
            quads.append(ox.Quad(node, _ox(SKOS.altLabel), ox.Literal(alias), corpus))
        for article in entry["articles"]:
            quads.append(ox.Quad(node, _ox(PROV.wasDerivedFrom), _ox(article_iri(article)), corpus))
    # a position of one article that looks like another's ("deal" here and there) is close, not the same
    positions = [eid for eid, entry in table["entities"].items() if entry["type"] == "position"]
    for pid, like in look_alikes(positions):
        quads.append(ox.Quad(_ox(entity_iri(pid)), _ox(SKOS.closeMatch), _ox(entity_iri(like)), corpus))
    yield from sorted(set(quads), key=lambda q: (str(q.subject), str(q.predicate), str(q.object)))


def _ox(term):
    import pyoxigraph as ox
    from rdflib import Literal, URIRef
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))
    raise NewsgraphError(f"blank node {term!r} in a built graph: newsgraph mints IRIs for every node")


def _renamed(graph: ArticleGraph, merges: dict[str, str]) -> ArticleGraph:
    if not merges:
        return graph
    entities: dict[str, Entity] = {}
    for e in graph.entities:
        eid = merges.get(e.id, e.id)
        if eid in entities:  # two variants of one person in one article: one node, both names kept
            kept = entities[eid]
            e = replace(kept, aliases=tuple(sorted(set(kept.aliases) | set(e.aliases) | {e.label} - {kept.label})))
        entities[eid] = replace(e, id=eid)
    statements = tuple(replace(s, subject=merges.get(s.subject, s.subject), object=merges.get(s.object, s.object))
                       for s in graph.statements)
    return replace(graph, entities=tuple(sorted(entities.values(), key=lambda e: e.id)), statements=statements)


def _entity_table(out: Path, sources: list[Source]) -> dict:
    entities: dict[str, dict] = {}
    articles = []
    for _, graph in _records(out, sources):
        articles.append(graph.article.name)
        for e in graph.entities:
            entry = entities.setdefault(e.id, {"type": e.type, "labels": Counter(), "aliases": set(), "articles": []})
            entry["labels"][e.label] += 1
            entry["aliases"].update(e.aliases)
            entry["articles"].append(graph.article.name)
    return {"articles": articles, "entities": entities}


def _merge_table(table: dict, merges: dict[str, str]) -> dict:
    entities: dict[str, dict] = {}
    for eid in sorted(table["entities"]):
        entry = table["entities"][eid]
        target = entities.setdefault(merges.get(eid, eid), {"type": entry["type"], "labels": Counter(),
                                                            "aliases": set(), "articles": []})
        target["labels"].update(entry["labels"])
        target["aliases"].update(entry["aliases"])
        target["articles"] = sorted(set(target["articles"]) | set(entry["articles"]))
    return {"articles": table["articles"], "entities": entities}


def _write_corpus(out: Path, name: str, sources: list[Source], report: CorpusReport,
                  pipe_version: str) -> list[Path]:
    import pyoxigraph as ox

    from .vocab import PREFIXES
    table = _entity_table(out, sources)
    for _, graph in _records(out, sources):
        report.edges.update(s.relation for s in graph.statements)
    merges = corpus_merges(graph for _, graph in _records(out, sources))
    table = _merge_table(table, merges)
    report.merges = merges
    report.nodes = Counter(entry["type"] for entry in table["entities"].values())
    stem = _safe_stem(name)
    nq, trig = out / f"{stem}.nq", out / f"{stem}.trig"
    from .io.outputs import atomic_binary
    with atomic_binary(nq) as fh:
        ox.serialize(corpus_quads(out, sources, stem, merges, table), fh, ox.RdfFormat.N_QUADS)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    prefixes.update(rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs="http://www.w3.org/2000/01/rdf-schema#",
                    xsd="http://www.w3.org/2001/XMLSchema#")
    # one prefix a kind of node, so names read `person:boris-johnson`, not `id:person\/boris-johnson`
    prefixes.update({kind: str(PREFIXES["id"]) + f"{kind}/" for kind in (*NODE_TYPES, "article", "statement", "corpus")})
    with atomic_binary(trig) as fh:  # streamed back from the N-Quads just written: one pass over the records
        ox.serialize(ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS), fh, ox.RdfFormat.TRIG,
                     prefixes=dict(sorted(prefixes.items())))
    manifest = out / f"{stem}.manifest.json"
    from .io.outputs import atomic_write
    atomic_write(manifest, json.dumps({
        "corpus": stem, "articles": [{"name": s.name, "source": s.label, "stem": s.stem, "sha256": s.sha256}
                                     for s in sources],
        "skipped": report.skipped, "merged_people": dict(sorted(merges.items())),
        "nodes": dict(sorted(report.nodes.items())), "edges": dict(sorted(report.edges.items())),
        "newsgraph": code_version(), "pipeline": pipe_version,
    }, ensure_ascii=False, indent=1) + "\n")
    return [nq, trig, manifest]


def _write_corpus_page(out: Path, name: str, sources: list[Source], merges: dict[str, str]) -> Path:
    """DIR/<corpus>.html: the viewer over every article's graph, merged as in the corpus graph; above a few
    hundred nodes it opens on an overview of clusters (graph.io.html)."""
    from .analysis import merge_graphs
    from .io.html import render_network
    from .io.nodelink import to_networkx
    from .io.outputs import atomic_write
    G = merge_graphs(to_networkx(_renamed(graph, merges)) for _, graph in _records(out, sources))
    path = out / f"{_safe_stem(name)}.html"
    atomic_write(path, render_network(G, title=f"{name}: {G.graph['article']}"))
    return path
