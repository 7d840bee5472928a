"""Benchmark: extraction throughput of the whole build against the plain spaCy pipeline (issue 2).

    .venv/bin/python benchmarks/bench_extract.py [--words 50000] [--runs 3] [--max-ratio 1.4]

The dev articles of ../shared/eval/dev are repeated (each copy a separate article) until they
hold about `--words` words. In the same process, best of `--runs` after a warm-up:

- reference: `nlp.pipe` over the same article texts with the same pipeline newsgraph loads (frozen out of the
  garbage collector's reach once loaded, as `newsgraph build` does, for both contenders);
- newsgraph: what `newsgraph build` does for each article: clean, parse (nlp.pipe, in batches),
  extract, render Turtle + JSON-LD + node-link JSON and write them atomically.

Prints both figures in words per second and the ratio of their times (goal: at most 1.4x), plus
where the build spends its time. With --per-article, also the path the CLI loop takes today
(`build_article`: one `nlp()` call per article). With --max-ratio, exits 1 when the ratio is above it.
The machine is shared: the runs are interleaved so a busy spell slows both contenders alike.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.extract.build import build_article, extract  # noqa: E402
from graph.model import Article  # noqa: E402
from graph.extract.language.nlp import load_pipeline, parse_many, pipeline_id  # noqa: E402
from graph.io.outputs import write_outputs  # noqa: E402
from graph.extract.language.text import read_article  # noqa: E402

__all__ = ["main"]

DEV = ROOT.parent / "shared" / "eval" / "dev"
FORMATS = ["ttl", "jsonld", "json"]
BATCH = 16


def corpus(words: int) -> list[Article]:
    """The dev articles, repeated in turn under new names until they hold about `words` words."""
    originals = [read_article(p) for p in sorted(DEV.glob("*.txt"))]
    if not originals:
        raise SystemExit(f"no dev articles in {DEV}")
    articles, total, i = [], 0, 0
    while total < words:
        a = originals[i % len(originals)]
        articles.append(Article(f"{a.name}-{i // len(originals)}", a.text, a.source))
        total += len(a.text.split())
        i += 1
    return articles


def run_reference(nlp, articles: list[Article]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=BATCH):
        pass
    return time.perf_counter() - start


def run_build(nlp, articles: list[Article], out: Path) -> tuple[float, dict[str, float]]:
    """The batch build: returns the total time and the time of each stage."""
    stages = {"clean + parse": 0.0, "extract": 0.0, "write outputs": 0.0}
    pid = pipeline_id(nlp)
    start = time.perf_counter()
    parsed_iter = parse_many(articles, nlp, batch_size=BATCH)
    while True:
        t0 = time.perf_counter()
        parsed = next(parsed_iter, None)
        t1 = time.perf_counter()
        stages["clean + parse"] += t1 - t0
        if parsed is None:
            break
        graph = extract(parsed, pipeline=pid)
        t2 = time.perf_counter()
        write_outputs(graph, out, FORMATS)
        stages["extract"] += t2 - t1
        stages["write outputs"] += time.perf_counter() - t2
    return time.perf_counter() - start, stages


def run_per_article(nlp, articles: list[Article], out: Path) -> float:
    """What the CLI loop does today: one build_article (one nlp() call) per article."""
    start = time.perf_counter()
    for article in articles:
        write_outputs(build_article(article, nlp), out, FORMATS)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=50_000, help="words of text to process (default 50,000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs of each contender; the best counts (default 3)")
    ap.add_argument("--per-article", action="store_true", help="also time one build_article call per article")
    ap.add_argument("--max-ratio", type=float, default=None, help="exit 1 when build/reference is above this")
    args = ap.parse_args(argv)

    nlp = load_pipeline()
    # as `newsgraph build` holds it (graph/corpus/run.py, _load_and_freeze): the pipeline's objects out of the
    # collector's reach, for both contenders alike
    gc.freeze()
    articles = corpus(args.words)
    words = sum(len(a.text.split()) for a in articles)
    print(f"corpus: {len(articles)} articles, {words:,} words (dev articles repeated); pipeline {pipeline_id(nlp)} "
          f"[{', '.join(nlp.pipe_names)}]")
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        out = Path(tmp)
        warm = articles[: max(1, len(articles) // 10)]
        run_reference(nlp, warm)
        run_build(nlp, warm, out)
        ref_times, build_times, per_times, stage_runs = [], [], [], []
        for _ in range(args.runs):  # interleaved, so a slow spell of the machine hits both alike
            ref_times.append(run_reference(nlp, articles))
            total, stages = run_build(nlp, articles, out)
            build_times.append(total)
            stage_runs.append((total, stages))
            if args.per_article:
                per_times.append(run_per_article(nlp, articles, out))
    ref, build = min(ref_times), min(build_times)
    stages = min(stage_runs, key=lambda r: r[0])[1]
    ratio = build / ref
    print(f"reference nlp.pipe      : {words / ref:10,.0f} words/s  ({ref:.2f} s, best of {args.runs})")
    print(f"newsgraph build (batch) : {words / build:10,.0f} words/s  ({build:.2f} s, best of {args.runs})")
    print("  where the build's time goes: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))
    if per_times:
        per = min(per_times)
        print(f"newsgraph build_article : {words / per:10,.0f} words/s  ({per:.2f} s, one nlp() per article, "
              f"ratio {per / ref:.2f}x)")
    print(f"ratio build / reference : {ratio:.2f}x  (goal <= 1.40x)")
    if args.max_ratio is not None and ratio > args.max_ratio:
        print(f"above the bound {args.max_ratio:.2f}x")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
