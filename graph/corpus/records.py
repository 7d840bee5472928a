"""What a corpus build keeps between runs: each article's record (its graph as JSON), keyed on what built it.

Per article, the build writes DIR/<stem>.<format> and then a record under DIR/.newsgraph/articles/;
the record is written last, so an article counts as done only when all its files are complete. A
rebuild skips an article whose record carries the same key: sha256 of its text, its name and source,
the spaCy pipeline version and newsgraph's version (the package version plus a digest of its code and
data, so an edited rule rebuilds). One build at a time may write into a folder.

Imports graph.errors, graph.model and the inputs.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..model import Article, ArticleGraph, Entity, Evidence, Statement
from .inputs import Source

__all__ = ["STATE_DIR", "code_version", "pipeline_version", "article_key", "graph_to_record", "graph_from_record",
           "record_path", "output_paths", "read_record", "locked"]

STATE_DIR = ".newsgraph"


@lru_cache(maxsize=1)
def code_version() -> str:
    """newsgraph's version plus a digest of its modules and data: an edited rule invalidates the cache."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        package = version("newsgraph")
    except PackageNotFoundError:
        package = "0+unknown"
    root = Path(__file__).resolve().parents[1]  # graph/, every subpackage included
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".json", ".txt")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{package}+{digest.hexdigest()[:16]}"


@lru_cache(maxsize=4)
def pipeline_version(name: str | None = None) -> str:
    """The spaCy pipeline's id as graph.extract.language.nlp.pipeline_id reports it, read from its meta.json without loading it."""
    import importlib.util

    from spacy.util import get_package_path

    from ..extract.language.nlp import PIPELINES
    for candidate in (name,) if name else PIPELINES:
        if importlib.util.find_spec(candidate) is None:
            continue
        meta = json.loads((get_package_path(candidate) / "meta.json").read_text(encoding="utf-8"))
        return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    from ..extract.language.nlp import load_pipeline
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


def record_path(out: Path, source: Source) -> Path:
    return out / STATE_DIR / "articles" / f"{source.stem}.json"


def output_paths(out: Path, source: Source, formats) -> tuple[Path, ...]:
    from ..io.outputs import FORMATS
    return tuple(out / f"{source.stem}{FORMATS[f][0]}" for f in formats)


def read_record(out: Path, source: Source, key: str, formats) -> dict | None:
    try:
        record = json.loads(record_path(out, source).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("key") != key or not all(p.exists() for p in output_paths(out, source, formats)):
        return None
    return record


@contextmanager
def locked(out: Path):
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
