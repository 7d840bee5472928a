"""The stance scorer at run time: a logistic regression over edge_features, its weights read from
graph/data/stance_scorer.json (written by graph.training.train_scorer, `make train`), applied by a plain dot
product. An edge's confidence is the model's probability that a careful reader's gold requires it.

No scikit-learn here: training needs it, reading a graph does not.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["MODEL_FILE", "StanceModel", "load_model", "stance_confidence", "probability_of", "rule_confidence", "scoring_with", "swapped"]

MODEL_FILE = "stance_scorer.json"
_SHIPPED = object()
# the model builds score with: the shipped weights, or (while training) None for the rules' own confidences
# or the weights just fitted, so what is measured is what was learnt
_in_use: list = [_SHIPPED]


@dataclass(frozen=True)
class StanceModel:
    intercept: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_json(cls, text: str, source: str = "") -> StanceModel:
        data = json.loads(text)
        try:
            return cls(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()})
        except (KeyError, TypeError, ValueError) as e:
            raise ValueError(f"{source or 'stance model'}: not a stance scorer file ({e!r})") from None


@lru_cache(maxsize=1)
def load_model() -> StanceModel | None:
    path = resources.files("graph").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return StanceModel.from_json(path.read_text(encoding="utf-8"), str(path))


def stance_confidence(features: dict[str, float], prior: float) -> float:
    """The model's probability, rounded as edges carry it; the rule's own `prior` when no model is shipped
    (or while one is being trained)."""
    p = probability_of(features)
    return round(prior if p is None else p, 2)


def probability_of(features: dict[str, float]) -> float | None:
    """The model's probability for an edge's features, unrounded (None with no model in use)."""
    model = load_model() if _in_use[0] is _SHIPPED else _in_use[0]
    if model is None:
        return None
    p = model.probability(features)
    if features.get("hedged"):
        # a hedge never makes a reading surer: "X reportedly could back Y" is at most as sure as a plain "X backed Y"
        # less the hedge. (On the annotated articles a stance told in reported speech is right a little more often
        # than one told plainly, so the fit gives attribution a weight that outweighs the hedge's own)
        p = min(p, model.probability({k: v for k, v in features.items() if not k.startswith("attribution")}))
    return p


@contextmanager
def swapped(slot: list, model) -> Iterator[None]:
    """`model` in a module's one-element slot of the model in use, for the time of a block (a build, a fold)."""
    before = slot[0]
    slot[0] = model
    try:
        yield
    finally:
        slot[0] = before


def scoring_with(model: StanceModel | None):
    """Build with `model` instead of the shipped weights (None: the rules' own confidences)."""
    return swapped(_in_use, model)


def rule_confidence():
    """Build with the rules' fixed confidences: what the model is trained on must not depend on the model."""
    return scoring_with(None)
