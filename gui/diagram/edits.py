"""The diagram's spec edits as pure functions: each returns a new validated NetworkSpec.

Layers are numbered as on the diagram: 0 = inputs, 1..L−1 hidden, L = output
(``spec.layers[layer - 1]``). The output layer's width follows the dataset, so only
hidden layers can be added, removed or resized.
"""

from __future__ import annotations

from engine.errors import SpecError
from engine.spec import HIDDEN_ACTIVATIONS, LayerSpec, NetworkSpec

MAX_UNITS = 1024
DEFAULT_NEW_UNITS = 4


def _check_hidden(spec: NetworkSpec, layer: int) -> None:
    if not 1 <= layer <= len(spec.layers) - 1:
        raise SpecError(f"layers[{layer - 1}]", f"layer {layer} is not a hidden layer")


def add_layer(spec: NetworkSpec, position: int | None = None) -> NetworkSpec:
    """Insert a hidden layer so that it becomes layer `position` (default: just before the output).

    The new layer copies the width and activation of its left neighbour when that is a
    hidden layer (as TensorFlow Playground does), else 4 tanh units.
    """
    n_hidden = len(spec.layers) - 1
    if position is None:
        position = n_hidden + 1
    if not 1 <= position <= n_hidden + 1:
        raise SpecError("layers", f"cannot insert a layer at position {position}")
    if position >= 2:
        left = spec.layers[position - 2]
        new = LayerSpec(left.units, left.activation, leaky_slope=left.leaky_slope)
    elif n_hidden:
        right = spec.layers[0]
        new = LayerSpec(right.units, right.activation, leaky_slope=right.leaky_slope)
    else:
        new = LayerSpec(DEFAULT_NEW_UNITS, "tanh")
    layers = spec.layers[: position - 1] + (new,) + spec.layers[position - 1 :]
    return spec.replace(layers=layers)


def remove_layer(spec: NetworkSpec, layer: int | None = None) -> NetworkSpec:
    """Remove hidden layer `layer` (default: the last hidden layer); no hidden layer is allowed."""
    if layer is None:
        layer = len(spec.layers) - 1
    _check_hidden(spec, layer)
    return spec.replace(layers=spec.layers[: layer - 1] + spec.layers[layer:])


def set_units(spec: NetworkSpec, layer: int, units: int) -> NetworkSpec:
    """Hidden layer `layer` with `units` neurons (1..MAX_UNITS)."""
    _check_hidden(spec, layer)
    if not 1 <= units <= MAX_UNITS:
        raise SpecError(f"layers[{layer - 1}].units", f"must be between 1 and {MAX_UNITS}")
    return spec.with_layer(layer - 1, units=units)


def set_activation(spec: NetworkSpec, layer: int, activation: str) -> NetworkSpec:
    """Hidden layer `layer` with another activation (softmax only belongs on the output)."""
    _check_hidden(spec, layer)
    if activation not in HIDDEN_ACTIVATIONS:
        raise SpecError(
            f"layers[{layer - 1}].activation", f"{activation!r} is not a hidden-layer activation"
        )
    return spec.with_layer(layer - 1, activation=activation)


def set_frozen(spec: NetworkSpec, layer: int, what: str, frozen: bool) -> NetworkSpec:
    """Layer `layer` (1..L) with its weights (what="weights") or biases ("biases") frozen or not."""
    if not 1 <= layer <= len(spec.layers):
        raise SpecError(f"layers[{layer - 1}]", f"there is no layer {layer}")
    if what not in ("weights", "biases"):
        raise SpecError("freeze", f"can freeze weights or biases, not {what!r}")
    return spec.with_layer(layer - 1, **{f"freeze_{what}": bool(frozen)})


def toggle_feature(
    features: tuple[str, ...], name: str, available: tuple[str, ...]
) -> tuple[str, ...]:
    """The feature selection with `name` switched on or off, in the order of `available`.

    Raises SpecError when that would leave no input at all.
    """
    if name not in available:
        raise SpecError("features", f"unknown feature {name!r}")
    on = set(features) ^ {name}
    if not on:
        raise SpecError("features", "at least one input feature must stay on")
    return tuple(f for f in available if f in on)
