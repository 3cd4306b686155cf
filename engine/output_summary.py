"""What the output view shows for data that is not 2-D: a confusion matrix for classes, predicted
against actual values for regression.

The confusion matrix costs at most the rows it is computed on, whatever the number of classes
k: its non-zero cells come as a list (true, predicted, count), the most confused pairs as
another, and the whole k × k matrix only up to ``MATRIX_CLASSES`` classes (10,000 classes would
be a 10⁸-cell matrix, 800 MB in every snapshot)."""

from __future__ import annotations

from typing import Any

import numpy as np

from engine.datasets import Dataset
from engine.training import Trainer, predicted_classes

#: up to this many classes the summary also holds the whole k × k matrix ("confusion")
MATRIX_CLASSES = 100
#: the most confused pairs listed ("confusion_top")
TOP_PAIRS = 10


def output_summary(trainer: Trainer, dataset: Dataset, limit: int) -> dict[str, Any]:
    """The output view's data on the first ``limit`` test rows (training rows when there is no
    test split); empty for 2-D data, whose view is the decision map."""
    ds, tr = dataset, trainer
    if ds.is_2d:
        return {}
    use_test = ds.X_test is not None and len(ds.X_test) > 0
    X = ds.X_test if use_test else ds.X_train
    y = ds.y_test if use_test else ds.y_train
    X, y = X[:limit], y[:limit]
    out = tr.predict(X)
    split = "test" if use_test else "train"
    if ds.task == "classification":
        pred = predicted_classes(np.asarray(out), tr.spec.loss)
        return {**confusion_summary(y, pred, ds.n_classes), "split": split}
    return {
        "actual": np.array(y, dtype=np.float64),
        "predicted": np.array(out, dtype=np.float64),
        "split": split,
    }


def confusion_summary(y: np.ndarray, pred: np.ndarray, k: int) -> dict[str, Any]:
    """The confusion of true classes ``y`` and predicted ``pred`` among ``k`` classes.

    ``n_classes``: k; ``correct`` and ``total``: rows predicted right, and all rows;
    ``confusion_cells``: (m, 3) int64 rows (true, predicted, count), the m ≤ len(y) non-zero
    cells in row-major order; ``confusion_top``: the same for the ``TOP_PAIRS`` largest
    off-diagonal cells, largest first; ``confusion``: the k × k int64 matrix, only when
    k ≤ ``MATRIX_CLASSES``."""
    k = int(k)
    true = np.asarray(y, dtype=np.int64).reshape(-1)
    guess = np.clip(np.asarray(pred, dtype=np.int64).reshape(-1), 0, max(k - 1, 0))
    codes, counts = np.unique(true * k + guess, return_counts=True)
    cells = np.stack([codes // k, codes % k, counts]).T.astype(np.int64).reshape(-1, 3)
    off = cells[cells[:, 0] != cells[:, 1]]
    # largest count first; among equal counts, row-major order (np.lexsort: last key first)
    order = np.lexsort((off[:, 1], off[:, 0], -off[:, 2]))[:TOP_PAIRS]
    summary: dict[str, Any] = {
        "n_classes": k,
        "correct": int(counts[cells[:, 0] == cells[:, 1]].sum()),
        "total": int(true.size),
        "confusion_cells": cells,
        "confusion_top": off[order],
    }
    if k <= MATRIX_CLASSES:
        cm = np.zeros((k, k), dtype=np.int64)
        cm[cells[:, 0], cells[:, 1]] = cells[:, 2]
        summary["confusion"] = cm
    return summary
