"""Writing a built graph to disk: every file complete or not there at all.

Each format is a function ArticleGraph -> str; `write_outputs` renders all of them first and
only then moves each into place with an atomic rename, so an error or Ctrl-C never leaves a
half-written file behind.
"""
from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import UsageError
from ..model import ArticleGraph
from .nodelink import dumps_node_link
from .rdf import dumps_jsonld, dumps_turtle, triples

__all__ = ["FORMATS", "render", "write_outputs", "atomic_write", "atomic_binary"]


def _turtle(graph: ArticleGraph) -> str:
    return dumps_turtle(triples(graph))


def _jsonld(graph: ArticleGraph) -> str:
    return dumps_jsonld(triples(graph))


def _html(graph: ArticleGraph) -> str:
    from .html import render_html  # the viewer reads its assets from disk: only when asked for
    return render_html(graph)


FORMATS: dict[str, tuple[str, Callable[[ArticleGraph], str]]] = {
    "ttl": (".ttl", _turtle),
    "jsonld": (".jsonld", _jsonld),
    "json": (".json", dumps_node_link),
    "html": (".html", _html),
}


def render(graph: ArticleGraph, formats: list[str]) -> dict[str, str]:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise UsageError(f"unknown output format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return {FORMATS[f][0]: FORMATS[f][1](graph) for f in formats}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_parts = itertools.count()


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace_with(path, text)


def _replace_with(path: Path, text: str) -> None:
    """atomic_write into a folder that exists."""
    # a temporary name of this process's own, made with the mode of an ordinary file (the umask applies as it does
    # to any new file): mkstemp's random name and its 0600 to chmod back cost more than the write; a name left by
    # a process that died takes the mkstemp way
    tmp = str(path.parent / f".{path.name}.{os.getpid()}-{next(_parts)}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    except FileExistsError:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_binary(path: Path) -> Iterator:
    """A large file streamed to a temporary name and renamed into place only once complete,
    with the permissions of an ordinary file (as atomic_write)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(graph: ArticleGraph, out_dir: str | Path, formats: list[str], *, stem: str | None = None) -> list[Path]:
    """Render every format, then write each file atomically; returns the paths written."""
    rendered = render(graph, formats)
    stem = stem or graph.article.name
    paths = []
    for suffix, text in rendered.items():
        path = Path(out_dir) / f"{stem}{suffix}"
        if not paths:  # (one folder for all: made, if need be, once)
            path.parent.mkdir(parents=True, exist_ok=True)
        _replace_with(path, text)
        paths.append(path)
    return paths
