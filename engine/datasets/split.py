"""Shuffling and train/test splitting, both from the seed; stratified for classification."""

from __future__ import annotations

import math

import numpy as np


def shuffle_indices(n: int, seed: int) -> np.ndarray:
    """A permutation of range(n) determined by the seed."""
    return np.random.default_rng([seed, 1]).permutation(n)


def split_indices(n: int, test_ratio: float, seed: int, labels: np.ndarray | None = None):
    """(train, test) index arrays, each shuffled; with ``labels`` the split is stratified:
    every class gives round(ratio · its count) points to the test set (at least one point of a
    class with two or more stays in training)."""
    rng = np.random.default_rng([seed, 2])
    if n == 0 or test_ratio <= 0:
        return rng.permutation(n), np.zeros(0, dtype=np.int64)
    if labels is None:
        perm = rng.permutation(n)
        n_test = min(n - 1, max(1, int(round(test_ratio * n)))) if n > 1 else 0
        return perm[n_test:], perm[:n_test]
    labels = np.asarray(labels).reshape(-1)
    train, test = [], []
    for cls in np.unique(labels):
        idx = np.flatnonzero(labels == cls)
        idx = rng.permutation(idx)
        k = int(math.floor(test_ratio * idx.size + 0.5))
        if idx.size >= 2:
            k = min(max(k, 0), idx.size - 1)
        else:
            k = 0
        test.append(idx[:k])
        train.append(idx[k:])
    train_idx = rng.permutation(np.concatenate(train))
    test_idx = rng.permutation(np.concatenate(test))
    return train_idx, test_idx
