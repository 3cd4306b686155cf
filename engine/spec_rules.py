"""The rules about a spec and its data, in one place for the worker, the panels and the CLI.

- ``default_spec`` / ``default_dataset_spec``: what a new session starts with;
- ``fit_spec_to_dataset``: the inputs, outputs, loss and output activation a dataset needs;
- ``dataset_defaults`` / ``OutputChoices``: a dataset switch gives the new dataset its own
  loss and output activation (two classes: bce and a sigmoid unit, more: cce and softmax,
  regression: mse and a linear output), unless the user chose them for that very dataset;
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
    spec: NetworkSpec,
    dataset: Dataset,
    loss: str | None = None,
    output_activation: str | None = None,
) -> NetworkSpec:
    """A spec whose inputs, loss, output activation and output units fit the dataset.

    Hidden layers, optimizer and every other hyper-parameter are kept. ``loss`` asks for a
    loss; one that cannot apply to the data (bce with 3 classes, cce on regression) is
    replaced by the nearest that can. ``output_activation`` asks for the output layer's
    activation; bce and cce decide it themselves (sigmoid, softmax).
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
    if output_activation is not None:
        out_act = DEFAULT_OUTPUT_ACTIVATION[loss] if loss in ("bce", "cce") else output_activation
    if out_act == "softmax" and out_units < 2:
        out_act = "sigmoid"
    last = spec.layers[-1]
    layers = spec.layers[:-1] + (
        LayerSpec(out_units, out_act, last.freeze_weights, last.freeze_biases, last.leaky_slope),
    )
    return spec.replace(n_inputs=dataset.n_features, layers=layers, loss=loss)


def dataset_defaults(dataset: Dataset) -> tuple[str, str]:
    """The loss and output activation a dataset starts with: two classes, binary
    cross-entropy on one sigmoid unit (TensorFlow Playground's); more classes, categorical
    cross-entropy on softmax units; regression, mean squared error on linear units."""
    if dataset.task == "regression":
        return "mse", "linear"
    loss = "bce" if dataset.n_classes == 2 else "cce"
    return loss, DEFAULT_OUTPUT_ACTIVATION[loss]


def dataset_key(spec: DatasetSpec) -> tuple[str, str | None, tuple[str, ...] | None]:
    """What tells two datasets apart for the user's choices: the source, its file, its target
    (the data seed, samples or noise make the same dataset drawn again)."""
    return spec.name, spec.path, spec.target


class OutputChoices:
    """The loss and output activation the user chose, remembered per dataset.

    A dataset switch takes the new dataset's own (``dataset_defaults``) unless the user
    chose others while that dataset was shown; nothing carries over from another dataset.
    """

    def __init__(self) -> None:
        self._chosen: dict[tuple, tuple[str, str]] = {}

    def note_edit(self, dataset: Dataset, old: NetworkSpec, new: NetworkSpec) -> None:
        """An edit of the spec on ``dataset``: a changed loss or output activation is the
        user's choice for this dataset."""
        if _output_of(new) != _output_of(old):
            self._chosen[dataset_key(dataset.spec)] = _output_of(new)

    def note_loaded(self, dataset: Dataset, spec: NetworkSpec) -> None:
        """A spec opened with its data (a project): a loss or output activation other than
        the dataset's own was chosen by whoever saved it."""
        if _output_of(spec) != dataset_defaults(dataset):
            self._chosen[dataset_key(dataset.spec)] = _output_of(spec)

    def chosen(self, dataset: Dataset) -> tuple[str, str] | None:
        """The (loss, output activation) the user chose on this dataset, if any."""
        return self._chosen.get(dataset_key(dataset.spec))

    def spec_for(self, spec: NetworkSpec, dataset: Dataset) -> NetworkSpec:
        """``spec`` fitted to a dataset switched to: its chosen or its own loss and output."""
        loss, activation = self.chosen(dataset) or dataset_defaults(dataset)
        return fit_spec_to_dataset(spec, dataset, loss, activation)


def _output_of(spec: NetworkSpec) -> tuple[str, str]:
    return spec.loss, spec.layers[-1].activation


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
