"""What the output view shows for data that is not 2-D: a confusion matrix for classes, predicted
against actual values for regression."""

from __future__ import annotations

from typing import Any

import numpy as np

from engine.datasets import Dataset
from engine.training import Trainer, predicted_classes


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
        k = ds.n_classes
        cm = np.zeros((k, k), dtype=np.int64)
        np.add.at(cm, (np.asarray(y, dtype=np.int64), np.clip(pred, 0, k - 1)), 1)
        return {"confusion": cm, "split": split}
    return {
        "actual": np.array(y, dtype=np.float64),
        "predicted": np.array(out, dtype=np.float64),
        "split": split,
    }
