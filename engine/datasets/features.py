"""Input features for 2-D data, as TensorFlow Playground offers them: x1, x2, x1², x2², x1·x2, sin x1, sin x2."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.errors import DataError

FEATURES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "x1": lambda p: p[:, 0],
    "x2": lambda p: p[:, 1],
    "x1^2": lambda p: p[:, 0] ** 2,
    "x2^2": lambda p: p[:, 1] ** 2,
    "x1*x2": lambda p: p[:, 0] * p[:, 1],
    "sin(x1)": lambda p: np.sin(p[:, 0]),
    "sin(x2)": lambda p: np.sin(p[:, 1]),
}
FEATURE_NAMES: tuple[str, ...] = tuple(FEATURES)
DEFAULT_FEATURES: tuple[str, ...] = ("x1", "x2")


def check_features(features, field: str = "features") -> tuple[str, ...]:
    """The features as a tuple, or DataError naming the field when one is unknown, repeated or none is on."""
    if isinstance(features, str) or not isinstance(features, list | tuple):
        raise DataError(f"{field}: expected a list of feature names, got {features!r}")
    features = tuple(features)
    if not features:
        raise DataError(f"{field}: at least one input feature must be switched on")
    for f in features:
        if f not in FEATURES:
            raise DataError(f"{field}: unknown feature {f!r}; known: {', '.join(FEATURE_NAMES)}")
    if len(set(features)) != len(features):
        raise DataError(f"{field}: a feature is listed twice: {list(features)}")
    return features


def expand(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """The (n, len(features)) float64 matrix of the chosen features of 2-D points (n, 2)."""
    points = np.asarray(points, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2:
        raise DataError(f"feature expansion needs 2-D points (n, 2), got shape {points.shape}")
    if not features:
        return points.copy()
    return np.column_stack([FEATURES[f](points) for f in features]).astype(np.float64, copy=False)
