"""Measure identity across a corpus: build 1,000 BBC articles and print what a reader must check.

    .venv/bin/python benchmarks/measure_identity.py [--articles 1000] [--jobs 2] [--sample 40] [--out DIR]

The articles are spread evenly over ../shared/corpus/bbc-news.jsonl (every category), built with
`graph.corpus.build_corpus` into DIR (a temporary folder unless given; an existing build is reused,
only changed articles are rebuilt). Printed:
  - the offices with most holders, with how many organisations their holders belong to in the articles
    (the goal: every office held by people of one organisation), and the count of offices whose holders
    belong to more than one;
  - the positions named in most articles (shared ids: proper names or specific phrases);
  - the people merged across articles, by rule (full names that agree; a surname alone);
  - a random sample of merges (fixed seed), each with a sentence of each side, to read and judge.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"

__all__ = ["main"]


def _spread(n: int, path: Path) -> int:
    """Write n articles of the corpus, evenly spaced, as JSON Lines; returns how many."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    picks = sorted({i * len(lines) // n for i in range(min(n, len(lines)))})
    path.write_text("".join(json.dumps({"id": (r := json.loads(lines[i]))["id"], "text": r["text"]}) + "\n"
                            for i in picks), encoding="utf-8")
    return len(picks)


def _graphs(out: Path):
    from graph.corpus import graph_from_record
    for path in sorted((out / ".newsgraph" / "articles").rglob("*.json")):
        yield graph_from_record(json.loads(path.read_text(encoding="utf-8"))["graph"])


def measure(out: Path, *, sample: int, seed: int, top: int) -> None:
    from graph.extract.entities.identity import corpus_merges
    merges = corpus_merges(_graphs(out))  # what the corpus graph merges, with the code as it is now
    labels: dict[str, Counter] = defaultdict(Counter)
    holders: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)  # office -> bodies its holders belong to, in their articles
    bodies_of: dict[str, dict[str, set[str]]] = defaultdict(dict)  # office -> holder -> their bodies
    position_articles: dict[str, set[str]] = defaultdict(set)
    said: dict[str, list[tuple[str, str]]] = defaultdict(list)  # person -> (article, a sentence naming them)
    for graph in _graphs(out):
        name = graph.article.name
        for e in graph.entities:
            labels[e.id][e.label] += 1
        member = defaultdict(set)
        for s in graph.statements:
            if s.relation == "member_of":
                member[s.subject].add(s.object)
        for s in graph.statements:
            who = merges.get(s.subject, s.subject)
            if s.relation == "holds":
                holders[s.object].add(who)
                owners[s.object] |= member.get(s.subject, set())
                bodies_of[s.object].setdefault(who, set()).update(member.get(s.subject, set()))
            if s.object.startswith("position/"):
                position_articles[s.object].add(name)
            if s.subject.startswith("person/") and len(said[s.subject]) < 2:
                said[s.subject].append((name, s.evidence.sentence))

    def label(eid: str) -> str:
        return labels[eid].most_common(1)[0][0] if labels.get(eid) else eid

    print(f"\n== offices with most holders (of {len(holders):,} offices held)")
    for office, people in sorted(holders.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        bodies = ", ".join(sorted(label(b) for b in owners[office])) or "-"
        print(f"{len(people):4} {label(office)!r:40} {office:50} holders' bodies: {bodies[:80]}")
    # held by people of different organisations: two holders with bodies, and no body common to all of them
    mixed = [o for o, by in bodies_of.items()
             if len([b for b in by.values() if b]) > 1 and not set.intersection(*[b for b in by.values() if b])]
    print(f"offices held by people of different organisations: {len(mixed)} of {len(holders)}"
          + (f" ({', '.join(sorted(label(o) for o in mixed)[:10])})" if mixed else ""))
    shared = sum(1 for o in holders if o.count("/") == 1)
    print(f"offices named with their organisation or country (one node across articles): {shared}; "
          f"scoped to one article: {len(holders) - shared}")

    print(f"\n== positions in most articles (of {len(position_articles):,} positions)")
    for pos, arts in sorted(position_articles.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        print(f"{len(arts):4} {label(pos)!r:60} {', '.join(sorted(arts)[:4])}{' ...' if len(arts) > 4 else ''}")
    multi = sum(1 for arts in position_articles.values() if len(arts) > 1)
    print(f"positions named in more than one article: {multi}")

    from graph.extract.entities.identity import surname_alone
    by_rule = Counter("surname alone" if surname_alone(label(pid)) else "full names agree" for pid in merges)
    print(f"\n== people merged: {len(merges)} ({', '.join(f'{n} {r}' for r, n in sorted(by_rule.items()))})")
    groups: dict[str, list[str]] = defaultdict(list)
    for pid, canon in merges.items():
        groups[canon].append(pid)
    for canon, pids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]:
        print(f"  {label(canon)!r} <- {', '.join(repr(label(p)) for p in sorted(pids))}")

    picks = random.Random(seed).sample(sorted(merges.items()), min(sample, len(merges)))
    print(f"\n== a random sample of {len(picks)} merges (seed {seed}): read each, judge right or wrong")
    for i, (pid, canon) in enumerate(picks, 1):
        print(f"{i:3}. {label(pid)!r} -> {label(canon)!r}")
        for side in (pid, canon):
            for article, sentence in said.get(side, [])[:1]:
                print(f"       [{article}] {' '.join(sentence.split())[:200]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--out", type=Path, default=None, help="build folder (kept; reused by the next run)")
    parser.add_argument("--no-build", action="store_true",
                        help="measure the graphs already built in --out (after an edit of the merge rules only)")
    args = parser.parse_args(argv)
    from graph.corpus import build_corpus
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "build"
        out.mkdir(parents=True, exist_ok=True)
        articles = _spread(args.articles, out.parent / f"{out.name}-articles.jsonl")
        started = time.perf_counter()
        if args.no_build and (out / "corpus.manifest.json").exists():
            print(f"read the {articles} articles built in {out} (--no-build: identity rules of the code as it is now)")
        else:
            report = build_corpus([out.parent / f"{out.name}-articles.jsonl"], out, formats=["json"], jobs=args.jobs)
            print(f"built {articles} articles ({report.built} built, {report.unchanged} unchanged) in "
                  f"{time.perf_counter() - started:.0f} s with {args.jobs} job(s); nodes {dict(report.nodes)}")
        measure(out, sample=args.sample, seed=args.seed, top=args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
