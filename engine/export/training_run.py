"""``TrainingRun``: what a training script needs besides the model, and the ``.npz`` that carries it.

The generated PyTorch and Keras scripts (``pytorch_train``, ``keras_code``) train the
way the app does, so they need the data exactly as the app's trainer sees it
(preprocessed and split), the trainer's state (weights, optimizer state, the shuffle's
generator, the epoch under way, early stopping) and how many epochs to train.
``training_data_bytes`` writes the arrays into the ``.npz`` read beside the script:

- the weights under nn.Sequential's names (``0.weight`` out × in, ``0.bias``, …);
- ``X_train``, ``y_train`` (and ``X_test``, ``y_test`` when there is a test split): inputs
  in the network's dtype, targets as class labels (int64) or float columns;
- ``perm``: the permutation of the epoch under way (when one is);
- ``optimizer.KEY.BUFFER``: the optimizer's state (``optimizer.0.weight.exp_avg``, …);
- ``best.KEY``: early stopping's best weights so far (when there are some).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.export.sequential import state_dict_key
from engine.optimizers import optimizer_class
from engine.spec import NetworkSpec


@dataclass
class TrainingRun:
    """The data, the trainer's state and the number of epochs a training script reproduces."""

    X_train: np.ndarray  # network inputs (preprocessed), one row per sample
    y_train: np.ndarray  # class labels (1-D int) or targets (n × k float)
    X_test: np.ndarray | None
    y_test: np.ndarray | None
    state: dict[str, Any]  # engine.training.Trainer.state_dict()
    epochs: int  # epochs to train, as `train --epochs N` counts them

    @classmethod
    def from_dataset(cls, dataset: Any, state: dict[str, Any], epochs: int) -> TrainingRun:
        """The run of a trainer in ``state`` on an ``engine.datasets.Dataset``'s rows."""
        if isinstance(epochs, bool) or not isinstance(epochs, int) or epochs < 1:
            raise ValueError(f"the number of epochs must be a whole number ≥ 1, got {epochs!r}")
        has_test = dataset.X_test is not None and len(dataset.X_test) > 0
        run = cls(
            np.asarray(dataset.X_train),
            np.asarray(dataset.y_train),
            np.asarray(dataset.X_test) if has_test else None,
            np.asarray(dataset.y_test) if has_test else None,
            state,
            epochs,
        )
        perm = state.get("perm")
        if perm is not None and len(perm) != len(run.X_train):
            raise ValueError(
                f"the training state is for {len(perm)} training rows but the data has "
                f"{len(run.X_train)}; the dataset changed"
            )
        return run

    @property
    def classification(self) -> bool:
        """Whether the targets are class labels (one integer per row)."""
        return self.y_train.ndim == 1 and np.issubdtype(self.y_train.dtype, np.integer)

    @property
    def has_test(self) -> bool:
        return self.X_test is not None

    @property
    def fresh_optimizer(self) -> bool:
        """Whether the optimizer has taken no step yet (no state to carry over)."""
        return not (self.state.get("optimizer") or {}).get("steps")


def _targets(y: np.ndarray, dtype: str) -> np.ndarray:
    """Targets as stored: class labels as int64, anything else as float columns."""
    if y.ndim == 1 and np.issubdtype(y.dtype, np.integer):
        return y.astype(np.int64)
    return y.reshape(y.shape[0], -1).astype(dtype)


def training_data_bytes(
    run: TrainingRun, spec: NetworkSpec, weights: dict[str, np.ndarray]
) -> bytes:
    """The ``.npz`` a training script reads: the ``weights`` (nn.Sequential's state_dict),
    the data, the shuffle and the optimizer state."""
    dtype = spec.dtype
    arrays: dict[str, Any] = dict(weights)
    arrays["X_train"] = run.X_train.astype(dtype)
    arrays["y_train"] = _targets(run.y_train, dtype)
    if run.X_test is not None and run.y_test is not None:
        arrays["X_test"] = run.X_test.astype(dtype)
        arrays["y_test"] = _targets(run.y_test, dtype)
    if run.state.get("perm") is not None:
        arrays["perm"] = np.asarray(run.state["perm"], dtype=np.int64)
    known = optimizer_class(spec.optimizer.name).buffers
    for name, buffers in ((run.state.get("optimizer") or {}).get("state") or {}).items():
        for buffer, value in buffers.items():
            if buffer in known:
                key = f"optimizer.{state_dict_key(name)}.{buffer}"
                arrays[key] = np.asarray(value, dtype=dtype)
    for name, value in (run.state.get("best_params") or {}).items():
        arrays[f"best.{state_dict_key(name)}"] = np.asarray(value, dtype=dtype)
    out = io.BytesIO()
    np.savez(out, **arrays)
    return out.getvalue()
