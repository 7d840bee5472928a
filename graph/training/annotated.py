"""The project's own annotated articles: gold files kept in the repository, their texts taken from the BBC corpus.

    python -m graph.training.annotated OUT [--corpus ../shared/corpus/bbc-news.jsonl] [--reuters DIR]
                                                                                          (make annotated)

graph/training/annotated/ holds a gold file per article (NAME.gold.json, following ../shared/eval/GUIDELINES.md)
and index.json, which names each article's record in the corpus (its "id"), a SHA-256 of its text and the set it
belongs to: "study" (what the learned scorers may be fitted on and whose misses may be read) or "check" (scored
in aggregate only, never fitted on, never read edge by edge). The texts stay in the corpus, whose rights stay
with the BBC; this writes OUT/SET/NAME.txt beside a copy of each gold file, an eval folder that evaluate.sh,
train_scorer.py and train_pairs.py take as they take ../shared/eval/train. A text whose hash differs from the
index's (another copy of the corpus) stops the command: gold offsets and quotes are only good for the text
they were made on.

graph/training/annotated_reuters/ does the same for Reuters newswire of 1987 (Reuters-21578, the dev set's other
kind), in the sets "rstudy" and "rcheck": its index.json names each record by NEWID and file of the distribution.
Reuters keeps the rights to the texts (free for research only), so they are not in the repository: --reuters DIR
gives a folder of NAME.txt made from the distribution as ../shared/eval/dev/SOURCES.md describes (title, a blank
line, dateline and body as stored), and the same hash check applies. Without it only the BBC sets are written.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from ..io.outputs import atomic_write

__all__ = ["load_index", "load_reuters_index", "materialize", "materialize_reuters", "main", "SETS", "REUTERS_SETS"]

SETS = ("study", "check")
REUTERS_SETS = ("rstudy", "rcheck")


def _folder(kind: str = "annotated") -> Path:
    # beside this module in the source tree; a wheel leaves the gold out (pyproject.toml's package data)
    return Path(__file__).resolve().parent / kind


def _index(kind: str) -> list[dict]:
    path = _folder(kind) / "index.json"
    if not path.is_file():
        raise SystemExit(f"no {path}: the annotated articles come with the source tree (git clone), not the package")
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def load_index() -> list[dict]:
    return _index("annotated")


def load_reuters_index() -> list[dict]:
    return _index("annotated_reuters")


def _corpus_texts(corpus: Path, wanted: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    with corpus.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                raise SystemExit(f"{corpus}:{n}: not a JSON line; give the corpus file bbc-news.jsonl") from None
            if rec.get("id") in wanted:
                texts[rec["id"]] = rec["text"]
    return texts


def _write(out: Path, kind: str, index: list[dict], texts: dict[str, str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in index:
        folder = out / a["set"]
        atomic_write(folder / f"{a['name']}.txt", texts[a["name"]])
        atomic_write(folder / f"{a['name']}.gold.json", (_folder(kind) / f"{a['name']}.gold.json").read_text(encoding="utf-8"))
        counts[a["set"]] = counts.get(a["set"], 0) + 1
    return counts


def materialize(out: Path, corpus: Path, sets: tuple[str, ...] = SETS) -> dict[str, int]:
    """Write OUT/SET/NAME.txt and NAME.gold.json for every indexed article of `sets`; the count per set."""
    if not corpus.is_file():
        raise SystemExit(f"no corpus file {corpus}: give --corpus the path of bbc-news.jsonl")
    index = [a for a in load_index() if a["set"] in sets]
    by_record = _corpus_texts(corpus, {a["corpus_id"] for a in index})
    texts = {}
    for a in index:  # every text checked before any is written: no folder left half made
        text = by_record.get(a["corpus_id"])
        if text is None:
            raise SystemExit(f"{corpus} has no record {a['corpus_id']!r} (for {a['name']}): give the corpus it was annotated on")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
            raise SystemExit(f"{corpus}: record {a['corpus_id']!r} is not the text {a['name']} was annotated on")
        texts[a["name"]] = text
    return _write(out, "annotated", index, texts)


def materialize_reuters(out: Path, texts_dir: Path, sets: tuple[str, ...] = REUTERS_SETS) -> dict[str, int]:
    """Write OUT/SET/NAME.txt and NAME.gold.json for the Reuters articles of `sets`, their texts read from texts_dir."""
    if not texts_dir.is_dir():
        raise SystemExit(f"no folder {texts_dir}: give --reuters the folder of the Reuters texts (NAME.txt)")
    index = [a for a in load_reuters_index() if a["set"] in sets]
    texts = {}
    for a in index:
        path = texts_dir / f"{a['name']}.txt"
        if not path.is_file():
            raise SystemExit(f"{texts_dir} has no {path.name} (Reuters-21578 NEWID {a['newid']}, {a['sgm']}): make it "
                             "from the distribution as ../shared/eval/dev/SOURCES.md describes")
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != a["sha256"]:
            raise SystemExit(f"{path}: not the text of NEWID {a['newid']} that {a['name']} was annotated on")
        texts[a["name"]] = data.decode("utf-8")
    return _write(out, "annotated_reuters", index, texts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc-news.jsonl")
    ap.add_argument("--reuters", type=Path, default=None, help="folder of the Reuters texts (NAME.txt); writes rstudy and rcheck too")
    ap.add_argument("--set", choices=SETS + REUTERS_SETS, action="append", help="only this set (repeatable; default all)")
    a = ap.parse_args(argv)
    chosen = tuple(a.set or SETS + REUTERS_SETS)
    counts = materialize(a.out, a.corpus, tuple(s for s in chosen if s in SETS)) if set(chosen) & set(SETS) else {}
    if a.reuters is not None and set(chosen) & set(REUTERS_SETS):
        counts.update(materialize_reuters(a.out, a.reuters, tuple(s for s in chosen if s in REUTERS_SETS)))
    print(", ".join(f"{n} {s} articles in {a.out / s}" for s, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
