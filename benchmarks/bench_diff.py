"""Benchmark: diff two corpus graphs of about a million triples that differ in 1% of their statements.

    .venv/bin/python benchmarks/bench_diff.py [--articles N] [--triples 1000000] [--changed 0.01]

The corpus is the BBC articles of ../shared/corpus (beside the checkout) built with the real pipeline (cached in the
temp folder after the first run, keyed by the corpus file and article count). 2,221 articles give
about a quarter of a million triples, so the corpus is taken in several editions (the same
articles under other names and IRIs, as a syndicated feed republishes them) until the graph holds the
triples asked for (each edition with its own entity IRIs). B is A with `--changed` of its statements changed: a third flipped
(supports <-> opposes, or removed when not a stance), a third removed, a third added.

Each contender runs in a fresh fork of the same process, so its peak memory (VmHWM over the RSS at
the start of the fork, Linux) and its time are its own. Both start from what a build leaves behind:
rdflib.compare.graph_diff from the two graphs already parsed into rdflib (generous to it: parsing a
million triples with rdflib takes longer than its diff), newsgraph's diff from the files, measured end
to end: the entity tables and statements read from the build's records (JSON) and aligned, the
triple-level change found as set arithmetic on keys of the two N-Triples files (graph.diff.triplekeys,
Oxigraph), and the RDF Patch written. graph_diff only splits the triples into both / first / second.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from rdflib.compare import graph_diff

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.corpus import graph_from_record, graph_to_record  # noqa: E402
from graph.diff import diff, dumps_patch  # noqa: E402
from graph.model import Article, ArticleGraph, Statement  # noqa: E402
from graph.io.rdf import new_graph, to_rdf  # noqa: E402

__all__ = ["main"]

ROOT_CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS = ROOT_CORPUS / "bbc-news.jsonl"
_nlp = None


def _init() -> None:
    global _nlp
    from graph.extract.language.nlp import load_pipeline
    _nlp = load_pipeline()


def _build_chunk(rows: list[dict]) -> list[ArticleGraph]:
    from graph.extract.build import build_articles
    from graph.errors import InputError
    from graph.extract.language.text import article_from_text
    articles = []
    for row in rows:
        try:
            articles.append(article_from_text(row["text"], name=row["id"]))
        except InputError:
            continue
    return list(build_articles(articles, _nlp))


def corpus_graphs(path: Path, n: int | None, jobs: int) -> list[ArticleGraph]:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")][:n]
    key = hashlib.sha1(f"{path}|{path.stat().st_mtime}|{len(rows)}".encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"newsgraph-bench-diff-{key}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from concurrent.futures import ProcessPoolExecutor
    chunks = [rows[i:i + 50] for i in range(0, len(rows), 50)]
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs, initializer=_init) as pool:
        graphs = [g for part in pool.map(_build_chunk, chunks) for g in part]
    print(f"built {len(graphs)} articles in {time.perf_counter() - t:.0f} s (cached in {cache})", file=sys.stderr)
    cache.write_bytes(pickle.dumps(graphs))
    return graphs


def editions(graphs: list[ArticleGraph], k: int) -> list[ArticleGraph]:
    """k copies of the corpus, each with its own article and entity IRIs, so a change in one is a change."""
    def edition(g: ArticleGraph, e: int) -> ArticleGraph:
        if e == 0:
            return g
        def rid(i: str) -> str:
            return f"{i}-e{e}"
        return replace(g, article=replace(g.article, name=f"{g.article.name}-e{e}"),
                       entities=tuple(replace(x, id=rid(x.id)) for x in g.entities),
                       statements=tuple(replace(s, subject=rid(s.subject), object=rid(s.object)) for s in g.statements))
    return [edition(g, e) for e in range(k) for g in graphs]


def changed(graphs: list[ArticleGraph], share: float, seed: int = 5) -> list[ArticleGraph]:
    """The same graphs with `share` of all statements flipped, removed or added (a third each)."""
    rng = random.Random(seed)
    slots = [(gi, si) for gi, g in enumerate(graphs) for si in range(len(g.statements))]
    chosen = rng.sample(slots, round(len(slots) * share))
    plan: dict[int, dict[int, str]] = {}
    for n, (gi, si) in enumerate(chosen):
        plan.setdefault(gi, {})[si] = ("flip", "remove", "add")[n % 3]
    out = []
    for gi, g in enumerate(graphs):
        if gi not in plan:
            out.append(g)
            continue
        statements: list[Statement] = []
        ids = [e.id for e in g.entities]
        for si, s in enumerate(g.statements):
            action = plan[gi].get(si)
            if action == "flip" and s.relation in ("supports", "opposes"):
                statements.append(replace(s, relation={"supports": "opposes", "opposes": "supports"}[s.relation]))
            elif action in ("flip", "remove"):
                continue
            elif action == "add":
                statements.append(s)
                target = ids[rng.randrange(len(ids))]
                statements.append(replace(s, relation="warns", object=target,
                                          evidence=replace(s.evidence, start=s.evidence.start + 1)))
            else:
                statements.append(s)
        out.append(replace(g, statements=tuple(statements)))
    return out


def rdf_of(graphs: list[ArticleGraph]):
    G = new_graph()
    for g in graphs:
        to_rdf(g, G)
    return G


def read_records(path: Path, name: str) -> ArticleGraph:
    """One graph of a corpus from its records: each entity once (by id), every statement."""
    entities: dict = {}
    statements: list[Statement] = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        graph = graph_from_record(record)
        for e in graph.entities:
            entities.setdefault(e.id, e)
        statements.extend(graph.statements)
    return ArticleGraph(Article(name, ""), tuple(entities.values()), tuple(statements))


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure(fn) -> tuple[float, float, str]:
    """(seconds, peak extra MiB, summary) of fn() run in a fresh fork."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: reset the high-water mark, run, report, leave without cleanup
        os.close(r)
        Path("/proc/self/clear_refs").write_text("5")
        base = _rss_kib()
        t = time.perf_counter()
        summary = fn()
        seconds = time.perf_counter() - t
        os.write(w, json.dumps([seconds, (_peak_kib() - base) / 1024, summary]).encode())
        os._exit(0)
    os.close(w)
    with os.fdopen(r) as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    seconds, mib, summary = json.loads(data)
    return seconds, mib, summary


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=None, help="corpus articles to build (default: all)")
    p.add_argument("--triples", type=int, default=1_000_000, help="about this many triples per graph")
    p.add_argument("--changed", type=float, default=0.01, help="share of statements changed in B")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = p.parse_args(argv)
    if not CORPUS.exists():
        print(f"bench_diff: no corpus at {CORPUS}; the shared folder sits beside the checkout", file=sys.stderr)
        return 2
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" ({os.cpu_count()} cores)")

    base = corpus_graphs(CORPUS, args.articles, args.jobs)
    one = len(rdf_of(base))
    k = max(1, round(args.triples / one)) if one else 1
    old_graphs = editions(base, k)
    new_graphs = changed(old_graphs, args.changed)
    GA, GB = rdf_of(old_graphs), rdf_of(new_graphs)
    n_statements = sum(len(g.statements) for g in old_graphs)
    print(f"graphs: {len(GA):,} and {len(GB):,} triples ({len(base)} articles x {k} editions, "
          f"{n_statements:,} statements, {args.changed:.0%} changed)")

    tmp = Path(tempfile.mkdtemp(prefix="bench-diff-"))
    files = {}
    for side, G, graphs in (("old", GA, old_graphs), ("new", GB, new_graphs)):
        files[side] = (tmp / f"{side}.nt", tmp / f"{side}.records.json")
        G.serialize(files[side][0], format="nt", encoding="utf-8")
        files[side][1].write_text(json.dumps([graph_to_record(g) for g in graphs], ensure_ascii=False), encoding="utf-8")
    del old_graphs, new_graphs

    def ours() -> str:
        old, new = read_records(files["old"][1], "old"), read_records(files["new"][1], "new")
        d = diff(old, new, old_rdf=files["old"][0], new_rdf=files["new"][0], check_related=False)
        patch = dumps_patch(d)
        kinds: dict[str, int] = {}
        for c in d.statements:
            kinds[c.kind] = kinds.get(c.kind, 0) + 1
        return f"{len(d.removed_triples):,} triples removed, {len(d.added_triples):,} added; {kinds}; patch {len(patch):,} chars"

    def reference() -> str:
        both, first, second = graph_diff(GA, GB)
        return f"{len(first):,} triples only in A, {len(second):,} only in B, {len(both):,} in both"

    t_ours, m_ours, s_ours = measure(ours)
    t_ref, m_ref, s_ref = measure(reference)
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"newsgraph diff:            {t_ours:8.2f} s  peak +{m_ours:8.0f} MiB   {s_ours}")
    print(f"rdflib.compare.graph_diff: {t_ref:8.2f} s  peak +{m_ref:8.0f} MiB   {s_ref}")
    print(f"ratio (newsgraph / rdflib): time {t_ours / t_ref:.2f}x, peak memory {m_ours / m_ref:.2f}x")
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
