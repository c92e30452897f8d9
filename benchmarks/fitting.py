"""Model fitting shared by the benchmarks that train what the parser and search ship."""

from __future__ import annotations

import numpy as np

NEWTON_STEPS = 25


def logistic(features: np.ndarray, target: np.ndarray, l2: float) -> np.ndarray:
    """Weights (bias last) of an L2-regularised logistic regression by Newton's method,
    positives and negatives weighted to count alike (the positives are the rarer class:
    few items are about any one area, a third of them record a decision)."""
    rows = np.hstack([features, np.ones((len(features), 1))])
    positives = max(1.0, target.sum())
    weight = np.where(target > 0, len(target) / (2 * positives),
                      len(target) / (2 * max(1.0, len(target) - positives)))  # fmt: skip
    penalty = np.full(rows.shape[1], l2)
    penalty[-1] = 0.0
    w = np.zeros(rows.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(rows @ w)))
        gradient = rows.T @ (weight * (p - target)) + penalty * w
        hessian = (rows * (weight * p * (1 - p))[:, None]).T @ rows + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    return w
