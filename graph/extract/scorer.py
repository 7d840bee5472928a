"""The stance scorer at run time: a logistic regression over edge_features, its weights read from
graph/data/stance_scorer.json (written by graph.training.train_scorer, `make train`), applied by a plain dot
product. An edge's confidence is the model's probability that a careful reader's gold has it.

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

__all__ = ["MODEL_FILE", "StanceModel", "load_model", "stance_confidence", "rule_confidence"]

MODEL_FILE = "stance_scorer.json"
_rule_only = [False]  # set while training: confidences stay the rules' own, so a retraining sees the same data


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
    model = None if _rule_only[0] else load_model()
    if model is None:
        return round(prior, 2)
    return round(model.probability(features), 2)


@contextmanager
def rule_confidence() -> Iterator[None]:
    """Build with the rules' fixed confidences: what the model is trained on must not depend on the model."""
    before = _rule_only[0]
    _rule_only[0] = True
    try:
        yield
    finally:
        _rule_only[0] = before
