"""
Choosing among the candidates the rules propose, by weights learned from the labelled sets.

The rules of ``ingest.numbers`` and ``ingest.speakers`` say what a figure might count and who might have given it;
where they leave more than one reading, a ranker scores each by its features (named, sparse, mostly 0/1) and the
highest score wins. It is a conditional logit model: a weight per feature, a candidate's score the sum of the
weights of its features, trained to put the labelled reading first. Weights are plain JSON in ``ingest/rankers/``,
written by the training scripts in ``tests/`` (which read the labelled sets, and are not part of the product).

Pure Python, no I/O after the first load, deterministic.

    ranker = Ranker.load("units")
    best = ranker.best([features_of(c) for c in candidates])   # index of the winner
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RANKERS = Path(__file__).resolve().parent / "rankers"

Features = Mapping[str, float]


@dataclass(frozen=True)
class Ranker:
    weights: Mapping[str, float]

    @staticmethod
    @cache
    def load(name: str) -> Ranker:
        """The ranker ``ingest/rankers/<name>.json`` ({"weights": {feature: weight}}), read once per process."""
        data = json.loads((RANKERS / f"{name}.json").read_text(encoding="utf-8"))
        return Ranker({k: float(v) for k, v in data["weights"].items()})

    def score(self, features: Features) -> float:
        weights = self.weights
        return sum(weights.get(k, 0.0) * v for k, v in features.items())

    def best(self, candidates: Sequence[Features]) -> int:
        """The index of the highest-scoring candidate; the first of equals, so the rules' order breaks ties."""
        scores = [self.score(c) for c in candidates]
        return max(range(len(scores)), key=lambda i: (scores[i], -i))


def train(
    groups: Sequence[tuple[Sequence[Features], int]], *, l2: float = 0.01, epochs: int = 30, rate: float = 0.3
) -> dict[str, float]:
    """
    Weights that put each group's right candidate (its index) first: stochastic gradient descent on the conditional
    log-likelihood with AdaGrad steps and an L2 penalty, in a fixed order, so the same groups give the same weights.
    Groups with one candidate, or with none right (index -1), teach nothing and are skipped.
    """
    useful = [(list(c), right) for c, right in groups if len(c) > 1 and 0 <= right < len(c)]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(useful)))
    shuffle = random.Random(0).shuffle
    for _ in range(epochs):
        shuffle(order)
        for g in order:
            candidates, right = useful[g]
            scores = [sum(weights.get(k, 0.0) * v for k, v in c.items()) for c in candidates]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gradient: dict[str, float] = {}
            for c, e in zip(candidates, exps, strict=True):
                p = e / total
                for k, v in c.items():
                    gradient[k] = gradient.get(k, 0.0) + p * v
            for k, v in candidates[right].items():
                gradient[k] = gradient.get(k, 0.0) - v
            for k, grad in gradient.items():
                grad += l2 * weights.get(k, 0.0)
                squares[k] = squares.get(k, 0.0) + grad * grad
                weights[k] = weights.get(k, 0.0) - rate * grad / (math.sqrt(squares[k]) + 1e-8)
    return {k: round(v, 6) for k, v in sorted(weights.items()) if abs(v) >= 1e-6}


def save(name: str, weights: Mapping[str, float], *, about: str) -> Path:
    """Write ``ingest/rankers/<name>.json``: the weights and a line saying how they were trained."""
    RANKERS.mkdir(exist_ok=True)
    path = RANKERS / f"{name}.json"
    path.write_text(json.dumps({"about": about, "weights": dict(weights)}, indent=1, sort_keys=True) + "\n")
    return path
