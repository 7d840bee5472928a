"""Fit the stance scorer on the gold of eval folders (train/, never dev/) and write its weights.

    python -m graph.training.train_scorer [FOLDER ...] [--eval-dir DIR] [--out graph/data/stance_scorer.json]
                                 [--cv 5] [--dev DEV_FOLDER ...]       (make train)

More than one folder pools their edges: a folder of articles annotated fresh, that no rule was written from,
teaches the scorer how often each rule is right on text it was not tuned on (the rules are right far more
often on train/, whose misses they were written from, than on new articles).

Every article of FOLDER is built with the rules' fixed confidences (so what is learnt does not depend on
the model being replaced), each stance edge is judged by score.py (edge_verdicts) and a logistic regression
over their features learns whether the gold requires the edge: right ones are positives, wrong ones and those
matching only optional gold ("defensible, not required": mostly the doubtful ones) negatives; duplicates
teach nothing. The weights are written as JSON with sorted keys and rounded floats: the same data gives
the same bytes. --cv reports the bands of a K-fold cross-validation, folds by article; --dev reports
the bands of FOLDER built with the new weights.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .confidence_report import band_table, format_bands
from .edge_verdicts import default_eval_dir, judge_folder, load_score
from ..extract.statements.pairs import RULE as PAIR_RULE
from ..extract.statements.scorer import MODEL_FILE, StanceModel, rule_confidence, scoring_with

__all__ = ["Sample", "collect", "collect_all", "fit", "model_json", "cross_validate", "dev_pairs", "main"]

C = 0.1  # L2 strength: the least 5-fold cross-validated log-loss on train/ of 0.03, 0.1, 0.3, 1, 3
MIN_COUNT = 3  # a feature seen on fewer training edges gets no weight: one article's quirk is no rule
DIGITS = 4


@dataclass(frozen=True)
class Sample:
    article: str
    features: dict[str, float]
    verdict: str  # right | wrong | optional | duplicate


def collect(folder: str | Path, eval_dir: str | Path, *, prefix: str = "") -> list[Sample]:
    """Every stance edge of the folder's articles with its features and its verdict; `prefix` keeps the
    article names of pooled folders apart (cross-validation folds are by article)."""
    score = load_score(eval_dir)
    out = []
    with rule_confidence():
        for art in judge_folder(folder, score):
            for k, verdict in sorted(art.verdicts.items()):
                if art.graph.statements[k].rule == PAIR_RULE:
                    continue  # the pair stage's edges carry their own model's confidence; this one never scores them
                out.append(Sample(prefix + art.name, dict(art.graph.statements[k].features), verdict))
    return out


def collect_all(folders: list[str | Path], eval_dir: str | Path) -> list[Sample]:
    """The edges of every folder, the second and later ones' articles named under their folder."""
    return [s for i, f in enumerate(folders) for s in collect(f, eval_dir, prefix=f"{Path(f).name}/" if i else "")]


def fit(samples: list[Sample], c: float = C, min_count: int = MIN_COUNT) -> StanceModel:
    from sklearn.linear_model import LogisticRegression

    # Optional gold counts against: confidence is the chance a careful reader must find the edge, and an edge
    # only defensible is less sure than one required (left out, a hedge came out as sure as a plain statement).
    judged = [s for s in samples if s.verdict in ("right", "wrong", "optional")]
    if len({s.verdict == "right" for s in judged}) < 2:
        raise ValueError(f"training needs edges judged both right and wrong; got {Counter(s.verdict for s in judged)}")
    counts = Counter(name for s in judged for name in s.features)
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
    return StanceModel(_round(lr.intercept_[0]), {n: w for n, w in weights.items() if w != 0.0})


def _round(x: float) -> float:
    return round(float(x), DIGITS) + 0.0  # + 0.0: never a "-0.0" in the file


def model_json(model: StanceModel, samples: list[Sample], folder: str | Path | list[str | Path]) -> str:
    judged = Counter(s.verdict for s in samples)
    data = {
        "_about": "Stance scorer: logistic regression over graph/extract/statements/edge_features.py; confidence = "
                  "1 / (1 + exp(-(intercept + sum of weight * feature value))). Written by graph/training/train_scorer.py "
                  "(make train); do not edit by hand.",
        "trained_on": {"folder": "+".join(Path(f).name for f in (folder if isinstance(folder, list) else [folder])),
                       "articles_with_edges": len({s.article for s in samples}),
                       "right": judged["right"], "wrong": judged["wrong"], "C": C, "min_count": MIN_COUNT},
        "intercept": model.intercept,
        "weights": model.weights,
    }
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def folds(samples: list[Sample], k: int) -> list[set[str]]:
    """K groups of articles, dealt in turn in name order: deterministic, no article split across folds."""
    articles = sorted({s.article for s in samples})
    return [set(articles[i::k]) for i in range(k)]


def cross_validate(samples: list[Sample], k: int = 5) -> list[tuple[float, str]]:
    """(held-out confidence, verdict) of every edge, each predicted by a model fit on the other folds."""
    out = []
    for held in folds(samples, k):
        model = fit([s for s in samples if s.article not in held])
        out += [(round(model.probability(s.features), 2), s.verdict) for s in samples if s.article in held]
    return out


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parents[1] / "data" / MODEL_FILE
    ap = argparse.ArgumentParser(prog="python -m graph.training.train_scorer", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", metavar="FOLDER", help="the training folders (default: EVAL_DIR/train)")
    ap.add_argument("--eval-dir", default=str(default_eval_dir()), help="the folder holding score.py")
    ap.add_argument("--out", default=str(default_out), help="where the weights go")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="also report K-fold cross-validation by article")
    ap.add_argument("--dev", nargs="*", default=[], metavar="FOLDER",
                    help="also report the bands of each FOLDER with the new weights")
    args = ap.parse_args(argv)
    folders = args.folders or [str(Path(args.eval_dir) / "train")]
    try:
        samples = collect_all(folders, args.eval_dir)
    except FileNotFoundError as e:
        raise SystemExit(str(e)) from None
    model = fit(samples)
    Path(args.out).write_text(model_json(model, samples, folders), encoding="utf-8")
    print(f"{args.out}: {len(model.weights)} weights from {len(samples)} stance edges of {' + '.join(folders)}")
    print(format_bands(band_table((round(model.probability(s.features), 2), s.verdict) for s in samples),
                       "on its own training edges"))
    if args.cv:
        print()
        print(format_bands(band_table(cross_validate(samples, args.cv)), f"{args.cv}-fold cross-validation by article"))
    for dev in args.dev:
        print()
        print(format_bands(band_table(dev_pairs(model, dev, args.eval_dir)), f"{dev} with these weights"))
    return 0


def dev_pairs(model: StanceModel, folder: str | Path, eval_dir: str | Path) -> list[tuple[float, str]]:
    """(confidence, verdict) of every stance edge of FOLDER built with `model`: the weights just fitted,
    wherever they were written, not the shipped ones."""
    score = load_score(eval_dir)
    with scoring_with(model):
        return [(a.graph.statements[k].confidence, v) for a in judge_folder(folder, score) for k, v in a.verdicts.items()]


if __name__ == "__main__":
    sys.exit(main())
