"""The project's own annotated articles: gold files kept in the repository, their texts taken from the BBC corpus.

    python -m graph.training.annotated OUT [--corpus ../shared/corpus/bbc-news.jsonl]      (make annotated)

graph/training/annotated/ holds a gold file per article (NAME.gold.json, following ../shared/eval/GUIDELINES.md)
and index.json, which names each article's record in the corpus (its "id"), a SHA-256 of its text and the set it
belongs to: "study" (what the learned scorers may be fitted on and whose misses may be read) or "check" (scored
in aggregate only, never fitted on, never read edge by edge). The texts stay in the corpus, whose rights stay
with the BBC; this writes OUT/SET/NAME.txt beside a copy of each gold file, an eval folder that evaluate.sh,
train_scorer.py and train_pairs.py take as they take ../shared/eval/train. A text whose hash differs from the
index's (another copy of the corpus) stops the command: gold offsets and quotes are only good for the text
they were made on.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from ..io.outputs import atomic_write

__all__ = ["load_index", "materialize", "main", "SETS"]

SETS = ("study", "check")


def _folder() -> Path:
    # beside this module in the source tree; a wheel leaves the 2 MB of gold out (pyproject.toml's package data)
    return Path(__file__).resolve().parent / "annotated"


def load_index() -> list[dict]:
    path = _folder() / "index.json"
    if not path.is_file():
        raise SystemExit(f"no {path}: the annotated articles come with the source tree (git clone), not the package")
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


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


def materialize(out: Path, corpus: Path, sets: tuple[str, ...] = SETS) -> dict[str, int]:
    """Write OUT/SET/NAME.txt and NAME.gold.json for every indexed article of `sets`; the count per set."""
    if not corpus.is_file():
        raise SystemExit(f"no corpus file {corpus}: give --corpus the path of bbc-news.jsonl")
    index = [a for a in load_index() if a["set"] in sets]
    texts = _corpus_texts(corpus, {a["corpus_id"] for a in index})
    for a in index:  # every text checked before any is written: no folder left half made
        text = texts.get(a["corpus_id"])
        if text is None:
            raise SystemExit(f"{corpus} has no record {a['corpus_id']!r} (for {a['name']}): give the corpus it was annotated on")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
            raise SystemExit(f"{corpus}: record {a['corpus_id']!r} is not the text {a['name']} was annotated on")
    counts: dict[str, int] = {}
    for a in index:
        folder = out / a["set"]
        atomic_write(folder / f"{a['name']}.txt", texts[a["corpus_id"]])
        atomic_write(folder / f"{a['name']}.gold.json", (_folder() / f"{a['name']}.gold.json").read_text(encoding="utf-8"))
        counts[a["set"]] = counts.get(a["set"], 0) + 1
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc-news.jsonl")
    ap.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable; default both)")
    a = ap.parse_args(argv)
    counts = materialize(a.out, a.corpus, tuple(a.set or SETS))
    print(", ".join(f"{n} {s} articles in {a.out / s}" for s, n in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
