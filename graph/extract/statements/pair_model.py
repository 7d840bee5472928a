"""The pair scorer at run time (pairs.py): read from graph/data/pair_scorer.json (written by
graph.training.train_pairs, `make train-pairs`) and evaluated in plain Python, no scikit-learn, no pickle.

Two decisions. Whether a pair is a stance pair at all: a gradient-boosted tree ensemble (scikit-learn's
HistGradientBoostingClassifier, binary), its trees exported node by node; a node is [feature, threshold, left,
right, value], a leaf has left == -1 and adds its value to the raw score, which a logistic turns into the
probability. Which side the actor takes when no frame of the tool's own covers the pair: a multinomial logistic
regression over the same features (supports/opposes/warns).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["MODEL_FILE", "PairModel", "load_pair_model", "walk"]

MODEL_FILE = "pair_scorer.json"


@dataclass(frozen=True, eq=False)
class PairModel:
    features: dict[str, int]  # feature name -> column of the trees' dense vector
    baseline: float
    trees: tuple[tuple[list, list, list, list, list], ...]
    threshold: float
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    # the cut chosen where the model was fitted: a pair below it is taken only where no reading of the rules
    # speaks against it (pairs.py), since the threshold in use is chosen lower, on fresh text
    sure: float = 1.0

    def probability(self, feats: dict[str, float]) -> float:
        """P(the gold requires a stance edge between the pair), from the sentence's features."""
        raw = _ensemble(self, True)(feats)  # (by name: no 600-wide vector filled per pair)
        if raw < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-raw))

    def relation(self, feats: dict[str, float]) -> str:
        """The side taken, by the relation model (argmax; the first class wins a tie)."""
        return self.side(feats)[0]

    def side(self, feats: dict[str, float]) -> tuple[str, float]:
        """The side taken and the relation model's probability of it (softmax over the classes)."""
        z = list(self.intercepts)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for c, wc in enumerate(w):
                    z[c] += wc * value
        best = max(range(len(z)), key=lambda c: (z[c], -c))
        top = z[best]
        return self.classes[best], 1.0 / sum(math.exp(v - top) for v in z)

    @classmethod
    def from_json(cls, text: str, source: str = "") -> PairModel:
        data = json.loads(text)
        try:
            # each tree as five parallel lists (feature, threshold, left, right, value): the walk indexes, no tuples
            trees = tuple(tuple([cast(n[k]) for n in t] for k, cast in enumerate((int, float, int, int, float)))
                          for t in data["trees"])
            rel = data["relation"]
            return cls({str(n): i for i, n in enumerate(data["features"])}, float(data["baseline"]), trees,
                       float(data["threshold"]), tuple(rel["classes"]), tuple(float(v) for v in rel["intercepts"]),
                       {str(k): tuple(float(x) for x in v) for k, v in rel["weights"].items()},
                       float(data.get("fitted_threshold", data["threshold"])))
        except (KeyError, TypeError, ValueError, IndexError) as e:
            raise ValueError(f"{source or 'pair model'}: not a pair scorer file ({e!r})") from None


def walk(model: PairModel, x: list[float]) -> float:
    """The raw score by walking each tree node by node: the reference the compiled ensemble is tested against."""
    raw = model.baseline
    for feature, threshold, left, right, value in model.trees:
        n = 0
        while left[n] != -1:
            n = left[n] if x[feature[n]] <= threshold[n] else right[n]
        raw += value[n]
    return raw


@lru_cache(maxsize=8)
def _ensemble(model: PairModel, by_name: bool = False):
    """The trees as one Python expression of nested conditionals, compiled once: walking 150 trees node by node
    for every candidate pair costs more than the rest of the stage (the speed bound of benchmarks/bench_extract.py).
    Only numbers of the file enter the source (ints and floats, through int()/float() and repr) and its feature
    names (as repr'd string literals), and the sum runs in the walk's order, so the result is the walk's to the last
    bit. The function takes the dense vector, or with `by_name` the features by name (a missing one is 0.0, as in
    the vector): the model reads about 90 of its 600 columns, so fetching those once into locals costs less than
    filling a 600-wide vector per pair and indexing it at every node."""
    def expr(tree, n):
        feature, threshold, left, right, value = tree
        if left[n] == -1:
            return repr(float(value[n]))
        return (f"({expr(tree, left[n])} if v{int(feature[n])} <= {float(threshold[n])!r} "
                f"else {expr(tree, right[n])})")
    used = sorted({int(k) for feature, _, left, _, _ in model.trees for k, l in zip(feature, left) if l != -1})
    if by_name:
        name_of = {int(k): name for name, k in model.features.items()}
        fetch = [f"    v{k} = g({name_of[k]!r}, 0.0)\n" if k in name_of else f"    v{k} = 0.0\n" for k in used]
        head = "def raw(x):\n    g = x.get\n"
    else:
        fetch = [f"    v{k} = x[{k}]\n" for k in used]
        head = "def raw(x):\n"
    body = " + ".join([repr(float(model.baseline))] + [expr(t, 0) for t in model.trees])
    namespace: dict = {}
    exec(compile(f"{head}{''.join(fetch)}    return {body}\n", "<pair_scorer.json>", "exec"), namespace)  # noqa: S102
    return namespace["raw"]


@lru_cache(maxsize=1)
def load_pair_model() -> PairModel | None:
    path = resources.files("graph").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return PairModel.from_json(path.read_text(encoding="utf-8"), str(path))
