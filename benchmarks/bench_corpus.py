"""Benchmark: a corpus build of about 1,000 real articles, with 1 and 2 jobs, against plain nlp.pipe.

    .venv/bin/python benchmarks/bench_corpus.py [--articles 1000] [--formats ttl,json]

The articles are the first N of ../shared/corpus/bbc-news.jsonl (else the dev articles repeated under
other ids). Each contender runs in its own process, sampled every 0.1 s for the resident memory of
its whole process tree (workers included), so its peak is its own:
  - reference: spaCy's nlp.pipe over the same texts (batch 16, one process), docs consumed and dropped;
  - the machine's own ceiling for two jobs: two such nlp.pipe processes at once, each over half the texts
    (alternate lines): their speed-up over one process is what two cores give work that shares nothing, so the
    build's speed-up is printed against it too (a virtual machine's two cores may be less than two);
  - `newsgraph build` with --jobs 1 and --jobs 2 (per-article files, records and the corpus graph);
  - the same build over a quarter of the articles: memory must follow the batch, not the corpus;
  - a rebuild of the unchanged corpus (every article skipped by its key).
Printed: articles/s and words/s of each, the build's speed against nlp.pipe, the speed-up of 2 jobs,
and peak memory.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["main"]

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"
DEV = ROOT.parent / "shared" / "eval" / "dev"
NEWSGRAPH = [sys.executable, "-m", "graph.cli"]
PIPE = """
import json, sys
from graph.extract.language.nlp import load_pipeline
nlp = load_pipeline()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def _corpus(n: int, path: Path) -> tuple[int, int]:
    """Write n articles as JSON Lines; returns (articles, words)."""
    records = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for line in fh:
                if len(records) == n:
                    break
                record = json.loads(line)
                records.append({"id": record["id"], "text": record["text"]})
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))] or \
                [(ROOT / "seeds" / "gaza-rift.txt").read_text(encoding="utf-8")]
        records = [{"id": f"dev-{i:04d}", "text": texts[i % len(texts)]} for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return len(records), sum(len(r["text"].split()) for r in records)


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(line.split()[1]) * 1024 for line in fh if line.startswith("VmRSS:"))
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    stack.extend(int(c) for c in fh.read().split())
        except (OSError, StopIteration):
            continue
    return total


def _run(cmd: list[str]) -> tuple[float, int]:
    """(seconds, peak bytes of the process tree)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode:
        sys.exit(f"bench_corpus: {' '.join(cmd)} failed:\n{err}")
    return seconds, peak


def _halves(path: Path) -> tuple[Path, Path]:
    """The corpus split into alternate lines, so the two halves weigh about the same."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    halves = path.with_suffix(".a.jsonl"), path.with_suffix(".b.jsonl")
    for i, half in enumerate(halves):
        half.write_text("".join(lines[i::2]), encoding="utf-8")
    return halves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--formats", default="ttl,json", help="per-article formats to write (default: ttl,json)")
    args = parser.parse_args()
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" ({os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        tmp = Path(tmp)
        n, words = _corpus(args.articles, tmp / "corpus.jsonl")
        q, qwords = _corpus(max(1, args.articles // 4), tmp / "quarter.jsonl")
        print(f"corpus: {n} articles, {words:,} words ({'BBC' if CORPUS.exists() else 'dev articles repeated'}); "
              f"formats {args.formats} + corpus .nq/.trig")
        build = [*NEWSGRAPH, "build", "--format", args.formats, "--quiet"]
        rows = {
            "nlp.pipe (reference)": _run([sys.executable, "-c", PIPE, str(tmp / "corpus.jsonl")]),
            "nlp.pipe, 2 processes": _run(["sh", "-c", '"$0" -c "$1" "$2" & a=$!; "$0" -c "$1" "$3" & b=$!; '
                                           'wait $a && wait $b', sys.executable, PIPE,
                                           *map(str, _halves(tmp / "corpus.jsonl"))]),
            "build --jobs 1": _run([*build, str(tmp / "corpus.jsonl"), "--out", str(tmp / "o1"), "--jobs", "1"]),
            "build --jobs 2": _run([*build, str(tmp / "corpus.jsonl"), "--out", str(tmp / "o2"), "--jobs", "2"]),
            "rebuild, unchanged": _run([*build, str(tmp / "corpus.jsonl"), "--out", str(tmp / "o1"), "--jobs", "1"]),
        }
        quarter = _run([*build, str(tmp / "quarter.jsonl"), "--out", str(tmp / "oq"), "--jobs", "1"])
        same = all((tmp / "o1" / f).read_bytes() == (tmp / "o2" / f).read_bytes()
                   for f in ("corpus.nq", "corpus.trig"))
    print(f"{'':24} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'peak MB':>8}")
    for name, (seconds, peak) in rows.items():
        print(f"{name:24} {seconds:8.1f} {n / seconds:11.1f} {words / seconds:9,.0f} {peak / 2**20:8.0f}")
    print(f"{'build --jobs 1, 1/4':24} {quarter[0]:8.1f} {q / quarter[0]:11.1f} {qwords / quarter[0]:9,.0f} "
          f"{quarter[1] / 2**20:8.0f}")
    ref, one, two = rows["nlp.pipe (reference)"][0], rows["build --jobs 1"][0], rows["build --jobs 2"][0]
    print(f"build --jobs 1 speed / nlp.pipe speed: {ref / one:.2f}")
    ceiling = ref / rows["nlp.pipe, 2 processes"][0]
    print(f"speed-up of --jobs 2 over --jobs 1: {one / two:.2f} (on {os.cpu_count()} cores); two plain nlp.pipe "
          f"processes over one: {ceiling:.2f}, so the build gets {one / two / ceiling:.0%} of what the machine gives")
    print(f"peak memory, full corpus / quarter corpus (jobs 1): {rows['build --jobs 1'][1] / quarter[1]:.2f} "
          "(1.0 = bounded by the batch)")
    print(f"corpus files identical with 1 and 2 jobs: {same}")
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
