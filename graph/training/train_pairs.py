"""Fit the pair proposer (graph/extract/pairs.py) on the gold of train/ and write graph/data/pair_model.json.

    python -m graph.training.train_pairs [FOLDER] [--eval-dir DIR] [--out graph/data/pair_model.json] [--cv 5]
                                                                                        (make train)

Every article of FOLDER is built with every candidate pair emitted; score.py judges each edge (edge_verdicts).
A logistic regression learns whether a candidate is required by the gold (right: positive; wrong or only
optional: negative; duplicates teach nothing). The threshold is chosen by K-fold cross-validation with folds by
article: each fold's candidates are scored by a model fit on the other folds, and the threshold kept is the one
whose held-out stance F1 of the whole build (the rules' edges and the proposals above it) is highest.
Weights are written with sorted keys and rounded floats: the same data gives the same bytes.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .edge_verdicts import default_eval_dir, edge_verdicts, load_score
from ..extract.build import build_articles
from ..extract.nlp import load_pipeline
from ..extract.text import read_article
from ..io.nodelink import node_link
from ..extract.pairs import PAIR_FILE, RULE, PairModel, proposing_all

__all__ = ["Judged", "collect", "fit", "choose_threshold", "main"]

C = 0.1
MIN_COUNT = 3
DIGITS = 4
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 20))


@dataclass(frozen=True)
class Judged:
    article: str
    features: dict[str, float]
    verdict: str
    proposed: bool  # a candidate of the proposer; else a rule's edge
    edge: str = ""  # holder, relation, object and cue, for reading what was learnt from


def collect(folder: str | Path, eval_dir: str | Path) -> tuple[list[Judged], Counter]:
    """Every candidate of the folder with its verdict, and the rules' own counts as score.py makes them
    (tp, fp, required: the gold edges to find).

    A rule edge is judged among the rules' edges alone; a candidate by what it adds to them: right when the
    rules' edges with it match one more required gold edge than without it (a candidate naming a claim a rule
    already matched, through another node of the same names, adds nothing: duplicate).
    """
    score = load_score(eval_dir)
    folder = Path(folder)
    golds = sorted(folder.glob("*.gold.json"))
    articles = [read_article(folder / json.loads(g.read_text(encoding="utf-8"))["article"]) for g in golds]
    out: list[Judged] = []
    rule_counts = Counter()
    with proposing_all():
        for gold, graph in zip(golds, build_articles(articles, load_pipeline())):
            rule_counts["required"] += sum(1 for r in score.Gold(gold).relations
                                           if r["required"] and set(r["relation"]) & set(score.STANCE))
            data = node_link(graph)
            index = [int(str(e["key"]).rsplit("-", 1)[1]) for e in data["edges"]]
            proposed = {k for k, i in enumerate(index) if graph.statements[i].rule == RULE}
            rules = [e for k, e in enumerate(data["edges"]) if k not in proposed]
            nodes = {str(n["id"]): n for n in data["nodes"]}
            g = score.Gold(gold)
            counts = score.score_relations(g, nodes, rules, score.STANCE)
            rule_counts["tp"] += counts["tp"]
            rule_counts["fp"] += counts["fp"]
            for k in sorted(proposed):
                with_it = rules + [data["edges"][k]]
                verdicts = edge_verdicts(score, gold, {**data, "edges": with_it})
                mine = verdicts.get(len(rules))
                if mine is None:
                    continue
                if mine in ("right", "duplicate"):
                    more = score.score_relations(g, nodes, with_it, score.STANCE)["tp"] > counts["tp"]
                    mine = "right" if more else "duplicate"
                st = graph.statements[index[k]]
                out.append(Judged(graph.article.name, dict(st.features), mine, True, _show(st)))
    return out, rule_counts


def _show(st) -> str:
    return f"{st.subject} -{st.relation}-> {st.object} [{st.cue}] {st.evidence.sentence}"


def fit(samples: list[Judged], c: float = C, min_count: int = MIN_COUNT) -> PairModel:
    from sklearn.linear_model import LogisticRegression

    judged = [s for s in samples if s.proposed and s.verdict in ("right", "wrong", "optional")]
    counts = Counter(n for s in judged for n in s.features)
    names = sorted(n for n, k in counts.items() if k >= min_count)
    index = {n: i for i, n in enumerate(names)}
    X = [[0.0] * len(names) for _ in judged]
    for row, s in zip(X, judged):
        for n, v in s.features.items():
            if n in index:
                row[index[n]] = v
    y = [int(s.verdict == "right") for s in judged]
    lr = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
    lr.fit(X, y)
    weights = {n: _round(w) for n, w in zip(names, lr.coef_[0])}
    return PairModel(_round(lr.intercept_[0]), {n: w for n, w in weights.items() if w != 0.0}, 0.5)


def _round(x: float) -> float:
    return round(float(x), DIGITS) + 0.0


def folds(samples: list[Judged], k: int) -> list[set[str]]:
    articles = sorted({s.article for s in samples})
    return [set(articles[i::k]) for i in range(k)]


def _f1(tp: int, fp: int, required: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / required if required else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def held_out(samples: list[Judged], k: int) -> list[tuple[float, str]]:
    """(held-out probability, verdict) of every candidate, each scored by a model fit on the other folds."""
    out = []
    for held in folds(samples, k):
        model = fit([s for s in samples if s.article not in held])
        out += [(round(model.probability(s.features), 2), s.verdict) for s in samples if s.proposed and s.article in held]
    return out


def scores_at(rules: Counter, scored: list[tuple[float, str]], threshold: float | None):
    """Stance P/R/F1 of the rules' edges plus the candidates at or above `threshold` (None: rules alone).
    A candidate right in the all-candidates build counts right; a duplicate or optional one counts nothing."""
    tp, fp = rules["tp"], rules["fp"]
    if threshold is not None:
        tp += sum(1 for p, v in scored if p >= threshold and v == "right")
        fp += sum(1 for p, v in scored if p >= threshold and v == "wrong")
    return _f1(tp, fp, rules["required"])


def choose_threshold(samples: list[Judged], rules: Counter, k: int = 5) -> tuple[float, list]:
    scored = held_out(samples, k)
    table = [(t, scores_at(rules, scored, t)) for t in THRESHOLDS]
    best = max(table, key=lambda row: (round(row[1][2], 4), row[0]))
    return best[0], table


def model_json(model: PairModel, threshold: float, samples: list[Judged], folder: str | Path, cv: dict) -> str:
    judged = Counter(s.verdict for s in samples if s.proposed)
    data = {
        "_about": "Pair proposer: logistic regression over graph/extract/pairs.py features; a candidate pair becomes "
                  "an edge (rule pair-model) when 1 / (1 + exp(-(intercept + sum of weight * feature value))) >= "
                  "threshold. Written by graph/training/train_pairs.py (make train); do not edit by hand.",
        "trained_on": {"folder": Path(folder).name, "candidates": sum(judged.values()), "right": judged["right"],
                       "wrong": judged["wrong"], "optional": judged["optional"], "C": C, "min_count": MIN_COUNT},
        "cross_validation": cv,
        "threshold": threshold,
        "intercept": model.intercept,
        "weights": model.weights,
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parents[1] / "data" / PAIR_FILE
    ap = argparse.ArgumentParser(prog="python -m graph.training.train_pairs", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=None, help="the training folder (default: EVAL_DIR/train)")
    ap.add_argument("--eval-dir", default=str(default_eval_dir()), help="the folder holding score.py")
    ap.add_argument("--out", default=str(default_out), help="where the weights go")
    ap.add_argument("--cv", type=int, default=5, metavar="K", help="folds by article for the threshold")
    args = ap.parse_args(argv)
    folder = args.folder or str(Path(args.eval_dir) / "train")
    samples, rules = collect(folder, args.eval_dir)
    threshold, table = choose_threshold(samples, rules, args.cv)
    for t, (p, r, f) in table:
        print(f"threshold {t:.2f}: held-out stance P {p:.3f} R {r:.3f} F1 {f:.3f}")
    base = scores_at(rules, [], None)
    chosen = dict(table)[threshold]
    print(f"rules alone: P {base[0]:.3f} R {base[1]:.3f} F1 {base[2]:.3f}; with proposals at {threshold:.2f}: "
          f"P {chosen[0]:.3f} R {chosen[1]:.3f} F1 {chosen[2]:.3f}")
    cv = {"folds": args.cv, "f1_rules": round(base[2], 4), "f1_with_pairs": round(chosen[2], 4)}
    model = fit(samples)
    Path(args.out).write_text(model_json(model, threshold, samples, folder, cv), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
