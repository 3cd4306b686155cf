"""Preprocessing: feature expansion then normalization, fitted on the training split only.

``X = (expand(raw) - offset) / scale``. The fitted numbers travel with the dataset and
serialise to a plain dict, so an exported model can carry them.
"""

from __future__ import annotations

import math

import numpy as np

from engine.datasets.features import FEATURE_NAMES, check_features, expand
from engine.errors import DataError

METHODS = ("standard", "minmax", "none")


class Preprocessing:
    """Feature expansion (2-D data; ``features == ()`` passes raw columns through) and normalization.

    ``standard``: offset = mean, scale = standard deviation; ``minmax``: offset = min,
    scale = max − min (to [0, 1]); ``none``: offset 0, scale 1. A constant column gets scale 1.
    """

    __slots__ = ("features", "method", "offset", "scale")

    def __init__(self, features: tuple[str, ...], method: str, offset, scale):
        if method not in METHODS:
            raise DataError(
                f"normalize: unknown method {method!r}; use one of {', '.join(METHODS)}"
            )
        self.features = tuple(features)
        self.method = method
        self.offset = np.asarray(offset, dtype=np.float64).reshape(-1)
        self.scale = np.asarray(scale, dtype=np.float64).reshape(-1)
        if self.offset.shape != self.scale.shape:
            raise DataError("preprocessing: offset and scale differ in length")
        if self.features and len(self.features) != self.offset.size:
            raise DataError("preprocessing: offset length differs from the number of features")
        self.offset.setflags(write=False)
        self.scale.setflags(write=False)

    @classmethod
    def fit(
        cls, raw_train: np.ndarray, features: tuple[str, ...] = (), method: str = "standard"
    ) -> Preprocessing:
        """Fit on the training inputs (raw, before feature expansion)."""
        if method not in METHODS:
            raise DataError(
                f"normalize: unknown method {method!r}; use one of {', '.join(METHODS)}"
            )
        expanded = _expand(raw_train, features)
        d = expanded.shape[1]
        if method == "none" or expanded.shape[0] == 0:
            offset, scale = np.zeros(d), np.ones(d)
        elif method == "standard":
            offset = expanded.mean(axis=0)
            scale = expanded.std(axis=0)
        else:
            offset = expanded.min(axis=0)
            scale = expanded.max(axis=0) - offset
        scale = np.where((scale > 0) & np.isfinite(scale), scale, 1.0)
        return cls(features, method, offset, scale)

    @property
    def n_features(self) -> int:
        return self.offset.size

    def transform(self, raw: np.ndarray) -> np.ndarray:
        """Network inputs (float64) for raw inputs of the same kind the preprocessing was fitted on."""
        expanded = _expand(raw, self.features)
        if expanded.ndim != 2 or expanded.shape[1] != self.offset.size:
            raise DataError(
                f"inputs have {expanded.shape[1] if expanded.ndim == 2 else '?'} columns, "
                f"the preprocessing expects {self.offset.size}"
            )
        return (expanded - self.offset) / self.scale

    def to_dict(self) -> dict:
        return {
            "features": list(self.features),
            "method": self.method,
            "offset": [float(v) for v in self.offset],
            "scale": [float(v) for v in self.scale],
        }

    @classmethod
    def from_dict(cls, d) -> Preprocessing:
        if not isinstance(d, dict):
            raise DataError(f"preprocessing: expected an object, got {type(d).__name__}")
        for key in ("features", "method", "offset", "scale"):
            if key not in d:
                raise DataError(f"preprocessing.{key}: missing")
        feats = d["features"]
        if not isinstance(feats, list | tuple):
            raise DataError("preprocessing.features: expected a list")
        if feats:
            check_features(feats, "preprocessing.features")
        if d["method"] not in METHODS:
            raise DataError(f"preprocessing.method: unknown method {d['method']!r}")
        arrays = {}
        for key in ("offset", "scale"):
            v = d[key]
            if not isinstance(v, list | tuple) or not all(
                isinstance(e, int | float) and not isinstance(e, bool) and math.isfinite(e)
                for e in v
            ):
                raise DataError(f"preprocessing.{key}: expected a list of finite numbers")
            arrays[key] = v
        if any(s == 0 for s in arrays["scale"]):
            raise DataError("preprocessing.scale: a scale of 0")
        if len(arrays["offset"]) != len(arrays["scale"]):
            raise DataError("preprocessing.scale: length differs from preprocessing.offset")
        if feats and len(feats) != len(arrays["offset"]):
            raise DataError("preprocessing.offset: length differs from preprocessing.features")
        return cls(tuple(feats), d["method"], arrays["offset"], arrays["scale"])

    def __eq__(self, other) -> bool:
        if not isinstance(other, Preprocessing):
            return NotImplemented
        return (
            self.features == other.features
            and self.method == other.method
            and np.array_equal(self.offset, other.offset)
            and np.array_equal(self.scale, other.scale)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return (
            f"Preprocessing(features={self.features!r}, method={self.method!r}, "
            f"offset={self.offset.tolist()!r}, scale={self.scale.tolist()!r})"
        )


def _expand(raw: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    raw = np.asarray(raw)
    if raw.ndim == 1:
        raw = raw.reshape(-1, 1)
    if features:
        return expand(raw, features)
    return raw.astype(np.float64)


def one_hot(y: np.ndarray, n_classes: int) -> np.ndarray:
    """float64 (n, n_classes) one-hot rows for int class indices."""
    y = np.asarray(y, dtype=np.int64).reshape(-1)
    out = np.zeros((y.size, n_classes), dtype=np.float64)
    out[np.arange(y.size), y] = 1.0
    return out


__all__ = ["METHODS", "FEATURE_NAMES", "Preprocessing", "one_hot"]
