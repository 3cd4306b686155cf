"""The rules about a spec and its data, in one place for the worker, the panels and the CLI.

- ``default_spec`` / ``default_dataset_spec``: what a new session starts with;
- ``fit_spec_to_dataset``: the inputs, outputs, loss and output activation a dataset needs;
- ``remap_input_columns``: first-layer weights that follow their feature when inputs change;
- ``changes_architecture``: whether an edit needs new parameters (sizes, activations, dtype)
  or only changes how training goes on (every hyper-parameter).
"""

from __future__ import annotations

import numpy as np

from engine.datasets import Dataset, DatasetSpec
from engine.network import initial_parameters
from engine.spec import DEFAULT_OUTPUT_ACTIVATION, LayerSpec, NetworkSpec


def default_spec() -> NetworkSpec:
    """TensorFlow Playground's start: 2 → 4 → 2 → 1 tanh, sigmoid output, bce, SGD lr 0.03, batch 10."""
    return NetworkSpec.simple(2, (4, 2), 1, activation="tanh", loss="bce", lr=0.03, batch_size=10)


def default_dataset_spec() -> DatasetSpec:
    """The circle dataset with the dataset layer's defaults."""
    return DatasetSpec(name="circle")


def fit_spec_to_dataset(
    spec: NetworkSpec, dataset: Dataset, loss: str | None = None
) -> NetworkSpec:
    """A spec whose inputs, loss, output activation and output units fit the dataset.

    Hidden layers, optimizer and every other hyper-parameter are kept. ``loss`` asks for a
    loss; one that cannot apply to the data (bce with 3 classes, cce on regression) is
    replaced by the nearest that can.
    """
    loss = loss or spec.loss
    if dataset.task == "regression":
        if loss in ("bce", "cce"):
            loss = "mse"
    elif loss == "bce" and dataset.n_classes != 2:
        loss = "cce"
    out_units = dataset.n_outputs_for(loss)
    out_act = spec.layers[-1].activation
    if loss != spec.loss or out_act == "softmax" and loss != "cce" or out_units != spec.n_outputs:
        if loss in ("bce", "cce"):
            out_act = DEFAULT_OUTPUT_ACTIVATION[loss]
        elif out_act in ("softmax",) or spec.loss in ("bce", "cce"):
            out_act = "linear"
    if out_act == "softmax" and out_units < 2:
        out_act = "sigmoid"
    last = spec.layers[-1]
    layers = spec.layers[:-1] + (
        LayerSpec(out_units, out_act, last.freeze_weights, last.freeze_biases, last.leaky_slope),
    )
    return spec.replace(n_inputs=dataset.n_features, layers=layers, loss=loss)


def remap_input_columns(
    spec: NetworkSpec, params: dict[str, np.ndarray], old: tuple[str, ...], new: tuple[str, ...]
) -> dict[str, np.ndarray]:
    """Parameters for a spec whose inputs are the features ``new``: W1's columns follow their
    feature by name, a newly switched-on feature gets fresh weights from the initializer."""
    fresh = initial_parameters(spec)
    out = {k: np.array(v, dtype=np.float64) for k, v in params.items()}
    w_old = out["W1"]
    w_new = fresh["W1"]
    for j, name in enumerate(new):
        if name in old:
            w_new[:, j] = w_old[:, old.index(name)]
    out["W1"] = w_new
    return out


def architecture(spec: NetworkSpec) -> tuple:
    """What parameters depend on: layer sizes, activations and precision."""
    return (spec.sizes, tuple((ly.activation, ly.leaky_slope) for ly in spec.layers), spec.dtype)


def changes_architecture(old: NetworkSpec, new: NetworkSpec) -> bool:
    """Whether going from ``old`` to ``new`` changes the parameters' shapes or meaning."""
    return architecture(old) != architecture(new)
