"""Fit the pair scorer (graph/extract/statements/pairs.py) on the gold of eval folders and write its JSON.

    python -m graph.training.train_pairs [FOLDER ...] [--eval-dir DIR] [--out graph/data/pair_scorer.json]
                                         [--cv 5] [--threshold T] [--cache FILE] [--heldout FOLDER ...]
                                                                                      (make train-pairs)

FOLDER defaults to ../shared/eval/train; more folders pool their articles (fresh annotated folders teach what
the rules miss on text they were not written from). Every candidate pair is labelled by pair_samples.py. Two
models: a binary HistGradientBoostingClassifier (is the pair one a reader requires a stance edge for: labels
supports/opposes/warns against none; "dup"/"opt" pairs are left out) and a multinomial logistic regression for
the relation, fitted on the positive pairs. Both are exported as plain numbers (sorted feature names, rounded
weights, fixed random_state): the same data gives the same bytes.

    python -m graph.training.train_pairs --operate FOLDER ... [--threshold T]            (make pairs-threshold)

re-chooses only the operating threshold of the shipped model on gold folders it was never fitted on: it prints
the table below for the shipped model as it stands and writes the same model with the threshold of the best pooled
F1 (the highest within TIE of it; or T), recording where that was chosen. The threshold is an operating point, not
a fitted weight: the best one is lower where the rules find less (the F1-optimal cut of a calibrated score is about
half the F1 reached), so it is chosen on text like the text the tool will meet, not on the articles the rules were
written from.

--heldout FOLDER ... prints, after the fit, the sweep of the fitted model and of the model shipped before it on gold
folders neither was fitted on (make train-pairs: the annotated check articles, in aggregate), so that a refit ships
only where it reads fresh text better than what it would replace.

    python -m graph.training.train_pairs --ceiling FOLDER ...                            (make pairs-ceiling)

prints what the pair stage gives and could give on gold folders, per folder and pooled, with the model of --out as
it stands: the rules alone; the rules with the model's pairs at its threshold (what a build gives); with every pair a
reader requires and its gold side (perfect detection and side); and with every such pair and the side the relation
model gives it (perfect detection). Then the model's pairs by verdict: right, the wrong side of a required edge, no
gold edge, only an optional one, a gold edge the rules already matched through other nodes. The gaps say where a
better scorer would pay: finding the pairs, or their side.

--cv K reports K-fold cross-validated stance P/R/F1 (folds by article) per folder and pooled, for a range of
thresholds, each fold scored by score.py after the held-out articles' pairs are added as the build would add
them (pair_model.py's own evaluator, not scikit-learn's); the threshold shipped is the one with the best pooled
cross-validated F1 unless --threshold says otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from ..io.outputs import atomic_write
from .edge_verdicts import default_eval_dir, load_score
from .pair_samples import STANCE, Instance, Record, collect_folder
from ..extract.statements.pair_model import MODEL_FILE, PairModel

__all__ = ["fit", "model_json", "cross_validate", "heldout_report", "main"]

MIN_COUNT = 3  # a feature seen on fewer training pairs gets no column: one article's quirk is no rule
TIE = 0.002  # pooled F1 closer than this is a plateau, not a difference (a few edges in a thousand)
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9)
GBT = dict(max_iter=150, learning_rate=0.08, max_leaf_nodes=8, min_samples_leaf=20, l2_regularization=1.0,
           random_state=0)
C_RELATION = 0.5
FOLDER_WEIGHT: dict[str, float] = {}
ABOUT = ("Pair scorer of graph/extract/statements/pairs.py: a tree ensemble (is a stance edge required between the "
         "pair: probability = 1 / (1 + exp(-(baseline + the leaf value of every tree)))) and a multinomial logistic "
         "regression (which relation), over pair_features.py. Written by graph/training/train_pairs.py "
         "(make train-pairs); do not edit by hand.")
SOURCE = ("graph.training.train_pairs: HistGradientBoostingClassifier {gbt} (binary: a required gold stance edge "
          "joins the pair) and LogisticRegression(C={c}) for the relation, fitted on the candidate pairs of the "
          "gold folders {folders}")


def _rows(records):
    return [i for r in records for i in r.instances if i.label not in ("dup", "opt")]


def _columns(dicts, min_count):
    count: dict[str, int] = {}
    for d in dicts:
        for k, v in d.items():
            if v:
                count[k] = count.get(k, 0) + 1
    return sorted(k for k, n in count.items() if n >= min_count)


def fit(records, threshold: float = 0.5, folders: str = "") -> dict:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    rows = _rows(records)
    cols = _columns([i.features for i in rows], MIN_COUNT)
    index = {c: k for k, c in enumerate(cols)}

    def dense(items, index):
        X = np.zeros((len(items), len(index)))
        for n, i in enumerate(items):
            for k, v in i.features.items():
                if k in index:
                    X[n, index[k]] = v
        return X

    X = dense(rows, index)
    y = np.array([i.label in STANCE for i in rows], dtype=int)
    w = np.array([FOLDER_WEIGHT.get(r.folder, 1.0) for r in records for i in r.instances if i.label not in ("dup", "opt")])
    gbt = HistGradientBoostingClassifier(**GBT).fit(X, y, sample_weight=w)
    trees = []
    for (pred,) in gbt._predictors:
        nodes = pred.nodes
        trees.append([[int(n["feature_idx"]) if not n["is_leaf"] else 0, float(n["num_threshold"]) if not n["is_leaf"] else 0.0,
                       int(n["left"]) if not n["is_leaf"] else -1, int(n["right"]) if not n["is_leaf"] else -1,
                       round(float(n["value"]), 8) if n["is_leaf"] else 0.0] for n in nodes])
    pos = [i for i in rows if i.label in STANCE]
    rcols = _columns([i.features for i in pos], MIN_COUNT)
    rindex = {c: k for k, c in enumerate(rcols)}
    labels = sorted({i.label for i in pos}) or ["supports"]
    if len(labels) == 1:  # nothing to tell apart (a tiny folder): one side for all
        classes, intercepts, weights = labels, [0.0], {}
    else:
        lr = LogisticRegression(C=C_RELATION, max_iter=5000).fit(dense(pos, rindex), [i.label for i in pos])
        classes = [str(c) for c in lr.classes_]
        coef = lr.coef_ if len(classes) > 2 else np.vstack([-lr.coef_[0] / 2, lr.coef_[0] / 2])
        icpt = lr.intercept_ if len(classes) > 2 else [-lr.intercept_[0] / 2, lr.intercept_[0] / 2]
        intercepts = [round(float(v), 6) for v in icpt]
        weights = {c: [round(float(coef[k][j]), 6) for k in range(len(classes))] for j, c in enumerate(rcols)}
    trained_on: dict[str, int] = {}
    for r in records:
        trained_on[r.folder] = trained_on.get(r.folder, 0) + 1
    model = {"_about": ABOUT, "source": SOURCE.format(gbt=GBT, c=C_RELATION, folders=folders), "features": cols,
             "trained_on": {"articles": trained_on, "pairs": len(rows), "positive_pairs": int(y.sum())},
             "baseline": round(float(np.ravel(gbt._baseline_prediction)[0]), 8), "trees": trees,
             "threshold": threshold,
             "relation": {"classes": classes, "intercepts": intercepts,
                          "weights": weights}}
    # what ships must be what was fitted: the pure-Python evaluator against scikit-learn on every row
    pm = PairModel.from_json(json.dumps(model))
    sk = gbt.predict_proba(X)[:, 1]
    worst = max(abs(pm.probability(i.features) - p) for i, p in zip(rows, sk))
    if worst > 1e-5:
        raise SystemExit(f"exported trees disagree with scikit-learn by {worst}")
    return model


def model_json(model: dict) -> str:
    return json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n"


def _added(record, pm: PairModel, threshold: float):
    """The edges the build would add for this article: per pair its most probable instance at or above threshold."""
    best = {}
    for k, i in enumerate(record.instances):
        p = i.proba
        key = (i.actor, i.target)
        if p >= (max(threshold, pm.sure) if i.disputed else threshold) and (key not in best or p > best[key][0]):
            best[key] = (p, i)
    return {key: (p, pm.relation(i.features), i) for key, (p, i) in best.items()}


def _score(score, record, added):
    gold = score.Gold(record.gold_path)
    nodes = {n["id"]: n for n in record.graph["nodes"]}
    edges = list(record.graph["edges"])
    for (a, t), (p, rel, i) in sorted(added.items()):
        nodes.setdefault(t, record.extra_nodes.get(t, {"id": t}))
        edges.append({"source": a, "target": t, "relation": rel, "evidence": i.evidence})
    return score.score_relations(gold, nodes, edges, score.STANCE)


def cross_validate(records, score, k: int, folders: str):
    """Each article's instances scored by a model fitted without its fold; the table per folder, per threshold."""
    import numpy as np
    from sklearn.model_selection import GroupKFold
    groups = np.arange(len(records))
    pms = [None] * len(records)
    for tr, te in GroupKFold(k).split(groups, groups=groups):
        pm = PairModel.from_json(json.dumps(fit([records[j] for j in tr], folders=folders)))
        for j in te:
            pms[j] = pm
            for i in records[j].instances:
                i.proba = pm.probability(i.features)
    return _sweep(records, pms, score)


def _sweep(records, pms, score) -> dict:
    """threshold (None: the rules alone) -> folder -> [tp, fp, required, edges added], each article's pairs added
    as the build would add them with its model in `pms` (a fold's model never fitted on its pairs' scores the
    disputed ones at that model's own cut, the default of `fit`)."""
    table = {}
    for th in (None,) + THRESHOLDS:
        per = {}
        for r, pm in zip(records, pms):
            added = {} if th is None else _added(r, pm, th)
            res = _score(score, r, added)
            agg = per.setdefault(r.folder, [0, 0, 0, 0])
            for k, v in enumerate((res["tp"], res["fp"], res["required"], len(added))):
                agg[k] += v
        table[th] = per
    return table


def _prf(tp, fp, req):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / req if req else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(table) -> float:
    """Prints the table; returns the highest threshold within TIE of the best pooled F1 (at equal F1, fewer edges
    a user has to doubt)."""
    folders = sorted(next(iter(table.values())))
    pooled_f1 = {}
    for th, per in table.items():
        pooled = [sum(per[f][k] for f in folders) for k in range(4)]
        cells = []
        for f in folders + ["pooled"]:
            tp, fp, req, n = per[f][:4] if f != "pooled" else pooled
            p, r, f1 = _prf(tp, fp, req)
            cells.append(f"{f} {p:.3f}/{r:.3f}/{f1:.3f} ({tp}/{tp + fp}/{req}, +{n})")
        print(f"t={'rules' if th is None else th}: " + "  ".join(cells))
        if th is not None:
            pooled_f1[th] = _prf(*pooled[:3])[2]
    if not pooled_f1:
        return 0.5
    top = max(pooled_f1.values())
    return max(th for th, f1 in pooled_f1.items() if f1 >= top - TIE)


def operate(records, score, model_path: Path, threshold: float | None, folders: str) -> dict:
    """The shipped model with its threshold re-chosen on `records` (never fitted on): the table, then the model."""
    model = json.loads(model_path.read_text(encoding="utf-8"))
    pm = PairModel.from_json(json.dumps(model), str(model_path))
    for r in records:
        for i in r.instances:
            i.proba = pm.probability(i.features)
    chosen = report(_sweep(records, [pm] * len(records), score))
    model.setdefault("fitted_threshold", model["threshold"])
    model["threshold"] = chosen if threshold is None else threshold
    how = (f"the highest threshold within {TIE} of the best pooled stance F1" if threshold is None
           else f"{threshold} as given (the sweep's pick: {chosen})")
    model["threshold_chosen_on"] = (f"{how}, swept for this model on {folders}, gold it was not fitted on "
                                    f"({len(records)} articles; make pairs-threshold)")
    return model


def heldout_report(records, score, models: dict[str, dict]) -> None:
    """Each model's sweep on `records`, gold none of them was fitted on: whether a refit beats what ships."""
    for name, model in models.items():
        pm = PairModel.from_json(json.dumps(model))
        for r in records:
            for i in r.instances:
                i.proba = pm.probability(i.features)
        print(f"{name} (threshold {model['threshold']}):")
        report(_sweep(records, [pm] * len(records), score))


def ceiling(records, score, pm: PairModel) -> dict:
    """folder -> {"rules" | "model" | "perfect" | "perfect pairs, model side": [tp, fp, required, added],
    "verdicts": {verdict: count}}: the table of --ceiling (see the module's docstring)."""
    out: dict = {}
    for r in records:
        for i in r.instances:
            i.proba = pm.probability(i.features)
        required = [i for i in r.instances if i.label in STANCE]
        perfect = {(i.actor, i.target): (1.0, i.label, i) for i in required}
        guessed = {(i.actor, i.target): (1.0, pm.relation(i.features), i) for i in required}
        added = _added(r, pm, pm.threshold)
        per = out.setdefault(r.folder, {"verdicts": dict.fromkeys(("right", "wrong side", "none", "opt", "dup"), 0)})
        for name, extra in (("rules", {}), ("model", added), ("perfect", perfect), ("perfect pairs, model side", guessed)):
            res = _score(score, r, extra)
            row = per.setdefault(name, [0, 0, 0, 0])
            for k, v in enumerate((res["tp"], res["fp"], res["required"], len(extra))):
                row[k] += v
        for _p, relation, i in added.values():
            verdict = i.label if i.label not in STANCE else "right" if relation == i.label else "wrong side"
            per["verdicts"][verdict] += 1
    return out


def ceiling_report(table: dict) -> None:
    folders = sorted(table)
    rows = ("rules", "model", "perfect pairs, model side", "perfect")
    for name in rows:
        pooled = [sum(table[f][name][k] for f in folders) for k in range(4)]
        cells = []
        for f, (tp, fp, req, n) in [(f, table[f][name]) for f in folders] + [("pooled", pooled)]:
            p, r, f1 = _prf(tp, fp, req)
            cells.append(f"{f} {p:.3f}/{r:.3f}/{f1:.3f} ({tp}/{tp + fp}/{req}, +{n})")
        print(f"{name}: " + "  ".join(cells))
    verdicts = {v: sum(table[f]["verdicts"][v] for f in folders) for v in table[folders[0]]["verdicts"]} if folders else {}
    print("the model's pairs: " + ", ".join(f"{v} {n}" for v, n in verdicts.items()))


def load_records(path: Path) -> list[Record]:
    """The collected pairs of an earlier run (--cache): plain JSON, so a cache file is data, never code."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Record(**{**r, "instances": [Instance(**i) for i in r["instances"]]}) for r in data]
    except (OSError, ValueError, TypeError, KeyError) as e:
        raise SystemExit(f"{path}: not a pair cache written by --cache ({e!r}); delete it to collect again") from None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--eval-dir", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / MODEL_FILE)
    ap.add_argument("--cv", type=int, default=5)
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--cache", type=Path, default=None, help="JSON of the collected pairs (reused if present)")
    ap.add_argument("--heldout", nargs="+", type=Path, default=[],
                    help="gold folders never fitted on: the fitted and the shipped model's sweep there")
    ap.add_argument("--ceiling", action="store_true",
                    help="what the model of --out adds on FOLDER, and what perfect pairs and sides would add")
    ap.add_argument("--operate", action="store_true",
                    help="keep the model of --out; re-choose its threshold on FOLDER (not fitted on)")
    a = ap.parse_args(argv)
    eval_dir = a.eval_dir or default_eval_dir()
    folders = a.folders or [eval_dir / "train"]
    try:  # (no score.py, or a folder without gold: one line naming it, not a traceback)
        score = load_score(eval_dir)
        records = load_records(a.cache) if a.cache and a.cache.is_file() else None
        if records is None:
            records = [r for f in folders for r in collect_folder(f, score)]
            if a.cache:
                a.cache.write_text(json.dumps([asdict(r) for r in records], sort_keys=True), encoding="utf-8")
    except FileNotFoundError as e:
        raise SystemExit(str(e)) from None
    names = ", ".join(sorted({r.folder for r in records}))
    rows = _rows(records)
    print(f"{len(records)} articles ({names}); {len(rows)} candidate instances, "
          f"{sum(i.label in STANCE for i in rows)} positive", file=sys.stderr)
    threshold = a.threshold
    if a.ceiling:
        if not a.out.is_file():
            raise SystemExit(f"{a.out}: no pair scorer to measure; fit one first (make train-pairs)")
        ceiling_report(ceiling(records, score, PairModel.from_json(a.out.read_text(encoding="utf-8"), str(a.out))))
        return 0
    if a.operate:
        if not a.out.is_file():
            raise SystemExit(f"{a.out}: no pair scorer to re-threshold; fit one first (make train-pairs)")
        model = operate(records, score, a.out, threshold, names)
        atomic_write(a.out, model_json(model))
        print(f"wrote {a.out} (threshold {model['threshold']})")
        return 0
    if a.cv:
        chosen = report(cross_validate(records, score, a.cv, names))
        threshold = chosen if threshold is None else threshold
        print(f"threshold: {threshold} (best pooled {a.cv}-fold CV stance F1: {chosen})")
    shipped = a.out if a.out.is_file() else Path(__file__).resolve().parents[1] / "data" / MODEL_FILE
    before = json.loads(shipped.read_text(encoding="utf-8")) if a.heldout and shipped.is_file() else None
    model = fit(records, threshold if threshold is not None else 0.5, folders=names)
    a.out.write_text(model_json(model), encoding="utf-8")
    print(f"wrote {a.out} ({len(model['trees'])} trees, {len(model['features'])} features)")
    if a.heldout:
        try:
            held = [r for f in a.heldout for r in collect_folder(f, score)]
        except FileNotFoundError as e:
            raise SystemExit(str(e)) from None
        heldout_report(held, score, {"fitted": model, **({"replaced": before} if before else {})})
    return 0


if __name__ == "__main__":
    sys.exit(main())
