"""A corpus build's inputs: text files, folders and JSON Lines files expanded into checked sources.

    plan(inputs)         -> ([Source], bad)   every input read and checked before anything is written
    read_source(source)  -> Article            read again when its batch is built (a plan keeps no text)

Imports graph.errors, graph.model and graph.extract.language.text (reading and checking one article).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..extract.language.text import MAX_CHARS, article_from_text, read_article

__all__ = ["JSONL_SUFFIXES", "TEXT_SUFFIXES", "MAX_LINE_BYTES", "Source", "plan", "read_source", "safe_stem", "sha",
           "english_warning"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
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
    return [Source(name, safe_stem(name), path, explicit=explicit, sha256=sha(article.text),
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
            yield Source(article.name, safe_stem(article.name), path, lineno, start, sha256=sha(article.text),
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
    if sha(article.text) != source.sha256:
        raise InputError(f"{source.label}: changed while the build was running; run the build again")
    return article


def safe_stem(name: str) -> str:
    """An output path under the out folder: folder parts kept, nothing that climbs out or hides."""
    parts = [re.sub(r"[^\w.\-]+", "-", part).strip(".-") for part in name.split("/")]
    return "/".join(p for p in parts if p) or "article"


def _check_unique(sources: list[Source]) -> None:
    from ..extract.entities.resolve import slug  # article IRIs are made from the slug: two names with one slug would share a graph
    seen: dict[str, Source] = {}
    for s in sources:
        for key in {("stem", s.stem.lower()), ("iri", slug(s.name))}:
            if key in seen:
                raise InputError(f"{s.label}: article {s.name!r} has the same output name as {seen[key].label} "
                                 f"({seen[key].name!r}); give the articles distinct names or ids")
            seen[key] = s


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
