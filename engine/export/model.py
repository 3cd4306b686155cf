"""``TrainedModel``: a trained network plus what it needs to run on raw inputs, ready to export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.export.sequential import state_dict_key
from engine.network import Network
from engine.spec import NetworkSpec

if TYPE_CHECKING:
    from engine.export.training_run import TrainingRun


@dataclass
class TrainedModel:
    """A network's spec and trained parameters plus what is needed to use it on raw inputs."""

    spec: NetworkSpec
    params: dict[str, np.ndarray]  # W1 (out × in), b1, … in the spec's dtype
    preprocessing: dict | None = None  # Preprocessing.to_dict(); None = inputs used as they are
    input_names: list[str] | None = None  # raw input columns, in order
    class_names: list[str] | None = None  # classification: one per class, sorted labels
    target_names: list[str] | None = None  # regression: one per output
    task: str | None = None  # "classification" | "regression"
    extra: dict = field(default_factory=dict)
    training: TrainingRun | None = None  # for the training scripts (pytorch-train, keras)

    @classmethod
    def from_dataset(cls, spec: NetworkSpec, params: dict[str, Any], dataset: Any) -> TrainedModel:
        """The model of a network trained on an ``engine.datasets.Dataset`` (its preprocessing
        and names travel with the weights)."""
        classification = dataset.task == "classification"
        return cls(
            spec,
            {k: np.asarray(v, dtype=spec.dtype) for k, v in params.items()},
            dataset.preprocessing.to_dict(),
            input_names=list(dataset.input_names),
            class_names=list(dataset.class_names) if classification else None,
            target_names=list(dataset.target_names),
            task=dataset.task,
        )

    @property
    def n_raw_inputs(self) -> int:
        """Columns of raw input the model takes (before feature expansion)."""
        if self.input_names:
            return len(self.input_names)
        pre = self.preprocessing
        if pre and pre.get("features"):
            return 2  # the feature expansion works on 2-D points
        return self.spec.n_inputs

    @property
    def output_names(self) -> list[str] | None:
        """The name of each output column: the classes, or the regression targets."""
        return self.class_names if self.task == "classification" else self.target_names

    def state_dict(self) -> dict[str, np.ndarray]:
        """Parameters under nn.Sequential's names: ``0.weight``, ``0.bias``, ``2.weight``, …"""
        return {state_dict_key(n): np.array(v) for n, v in self.params.items()}

    def transform(self, X_raw: np.ndarray) -> np.ndarray:
        """Network inputs (float64) for raw inputs: feature expansion, then normalization."""
        if self.preprocessing is None:
            return np.asarray(X_raw, dtype=np.float64)
        from engine.datasets.preprocessing import Preprocessing

        return Preprocessing.from_dict(self.preprocessing).transform(X_raw)

    def predict(self, X_raw: np.ndarray) -> np.ndarray:
        """The network's outputs (class probabilities for classification) for raw inputs."""
        X = self.transform(X_raw)
        return Network(self.spec, params=self.params).predict(X)
