"""δ of one neuron by the chain rule, δ = ∂L/∂a · ∂a/∂z, with each factor's value."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.activations import get_activation
from engine.explain.numbers import factor, fmt, sum_terms
from engine.explain.records import Reader
from engine.spec import NetworkSpec
from engine.trace import TraceRecord
from engine.translation import Translate

# (loss, output activation) pairs whose δ the engine computes directly as a − y
_FUSED = {("cce", "softmax"), ("bce", "sigmoid")}


@dataclass(frozen=True)
class Chain:
    """The factors of δ for one unit of one layer, for one sample or the batch mean."""

    dL_da: float | None  # None when fused with the loss (δ = a − y)
    da_dz: float | None  # None for softmax (a Jacobian, no single factor)
    delta: float
    lines: tuple[str, ...]
    note: str


def delta_chain(
    translate: Translate, spec: NetworkSpec, rd: Reader, layer: int, unit: int
) -> Chain | None:
    """How δ of (layer, unit) = ∂L/∂z was computed, with its factors' values."""
    L = len(spec.layers)
    ly = spec.layers[layer - 1]
    fwd = rd.get(f"forward[{layer}]")
    if fwd is None:
        return None
    if layer == L:  # ∂L/∂a comes from the loss
        loss = rd.get("loss")
        if loss is None:
            return None
        if (spec.loss, ly.activation) in _FUSED:
            return _fused_chain(translate, spec, rd, fwd, loss, unit)
        first, dL_da, delta = _output_dL_da(spec, rd, fwd, loss, unit)
    else:  # ∂L/∂a comes from the layer above
        above = rd.get(f"backward[{layer + 1}]")
        if above is None or "dL_da_prev" not in above.arrays:
            return None
        first, dL_da, delta = _hidden_dL_da(translate, rd, fwd, above, unit)
    if ly.activation == "softmax":
        jacobian = f"δ = aᵢ · (∂L/∂aᵢ − Σⱼ ∂L/∂aⱼ · aⱼ) = {fmt(delta)}"
        note = translate(
            "explain",
            "Softmax mixes all outputs, so δ goes through its whole Jacobian, not one slope.",
        )
        return Chain(dL_da, None, delta, (first, jacobian), note)
    if rd.row is None:  # means of products are not products of means: no identities here
        d = float(np.mean(_slope(spec, layer, fwd.arrays["z"], fwd.arrays["a"])[:, unit]))
        lines = (
            first,
            "∂a/∂z " + translate("explain", "(mean over the batch)") + f" = {fmt(d)}",
            "δ "
            + translate("explain", "(mean over the batch of each sample's ∂L/∂a · ∂a/∂z)")
            + f" = {fmt(delta)}",
        )
    else:
        z_row, a_row = fwd.arrays["z"][rd.row], fwd.arrays["a"][rd.row]
        d = float(_slope(spec, layer, z_row, a_row)[unit])
        z, a = rd.v(fwd, "z", unit), rd.v(fwd, "a", unit)
        lines = (
            first,
            _slope_text(ly.activation, ly.leaky_slope, z, a, d),
            f"δ = ∂L/∂z = ∂L/∂a · ∂a/∂z = {factor(dL_da)} × {factor(d)} = {fmt(delta)}",
        )
    if layer == L:
        note = translate(
            "explain", "∂L/∂a: how much the loss changes when this neuron's output changes."
        )
    elif _dropped(rd, fwd, unit):
        note = translate(
            "explain",
            "δ = 0 because this neuron was dropped for this sample (mask 0): no gradient flows "
            "back through a neuron that passed nothing forward.",
        )
    else:
        note = translate(
            "explain",
            "∂L/∂a collects the δ of every neuron this one feeds, each times the weight between them.",
        )
    return Chain(dL_da, d, delta, lines, note)


def _dropped(rd: Reader, fwd: TraceRecord, unit: int) -> bool:
    """Whether dropout switched this neuron off for the traced sample."""
    mask = fwd.arrays.get("mask")
    return mask is not None and rd.row is not None and float(mask[rd.row, unit]) == 0.0


def _fused_chain(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    fwd: TraceRecord,
    loss: TraceRecord,
    unit: int,
) -> Chain:
    """δ of an output neuron where loss and activation fuse into δ = (a − y) / n."""
    n, k_out = rd.n, spec.n_outputs
    a, y, delta = rd.v(fwd, "a", unit), rd.v(loss, "target", unit), rd.v(loss, "delta", unit)
    if spec.loss == "cce" or k_out == 1:
        scale, num = ("", "") if n == 1 else (" / n", f" / {n}")
    else:
        scale, num = " / (n·k)", f" / {n * k_out}"
    lines = (f"δ = ∂L/∂z = (a − y){scale} = ({fmt(a)} − {fmt(y)}){num} = {fmt(delta)}",)
    which = (
        translate("explain", "softmax with cross-entropy")
        if spec.loss == "cce"
        else translate("explain", "sigmoid with binary cross-entropy")
    )
    note = translate(
        "explain",
        "For {which} the chain rule ∂L/∂a · ∂a/∂z collapses to a − y: the 1/a of the "
        "loss's derivative cancels against the activation's slope. The engine uses a − y "
        "directly, which is exact and never overflows.",
    ).format(which=which)
    return Chain(None, None, delta, lines, note)


def _output_dL_da(
    spec: NetworkSpec, rd: Reader, fwd: TraceRecord, loss: TraceRecord, unit: int
) -> tuple[str, float, float]:
    """(the line for ∂L/∂a of an output neuron, ∂L/∂a, δ) for SSE and MSE."""
    n, k_out = rd.n, spec.n_outputs
    a, y = rd.v(fwd, "a", unit), rd.v(loss, "target", unit)
    dL_da, delta = rd.v(loss, "dL_da", unit), rd.v(loss, "delta", unit)
    if spec.loss == "sse":
        per, per_num = ("", "") if n == 1 else (" / n", f" / {n}")
        first = f"∂L/∂a = (a − y){per} = ({fmt(a)} − {fmt(y)}){per_num} = {fmt(dL_da)}"
    else:  # mse
        scale = "2 / k" if n == 1 else "2 / (n·k)"
        first = (
            f"∂L/∂a = (a − y) · {scale} = ({fmt(a)} − {fmt(y)}) · 2 / {n * k_out} = {fmt(dL_da)}"
        )
    return first, dL_da, delta


def _hidden_dL_da(
    translate: Translate, rd: Reader, fwd: TraceRecord, above: TraceRecord, unit: int
) -> tuple[str, float, float]:
    """(the line for ∂L/∂a of a hidden neuron, ∂L/∂a, δ): Σ δ·w over the layer above."""
    W = above.arrays["W"][:, unit]
    d_above = rd.vec(above, "delta")
    dL_da = rd.v(above, "dL_da_prev", unit)
    delta = rd.v(above, "delta_prev", unit)
    num = " + ".join(
        sum_terms(
            len(W),
            lambda i: f"{factor(d_above[i])} × {factor(W[i])}",
            lambda i: float(d_above[i]) * float(W[i]),
            translate,
        )
    )
    if fwd.arrays.get("mask") is None:
        first = "∂L/∂a = Σ δ·w " + translate("explain", "(over the neurons it feeds)") + f" = {num}"
    elif rd.row is None:  # a mean of products, not a product of means
        first = "∂L/∂a = (Σ δ·w) × mask " + translate("explain", "(mean over the batch)")
    else:  # dropout: the gradient reaches a only through out = a × mask
        mk = rd.v(fwd, "mask", unit)
        first = (
            "∂L/∂a = (Σ δ·w) × mask "
            + translate("explain", "(over the neurons it feeds)")
            + f" = ({num}) × {fmt(mk)}"
        )
    return f"{first} = {fmt(dL_da)}", dL_da, delta


def _slope(spec: NetworkSpec, layer: int, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """f′(z) of a layer's activation, elementwise (not for softmax: that is a Jacobian)."""
    ly = spec.layers[layer - 1]
    act = get_activation(ly.activation, ly.leaky_slope)
    assert act.derivative is not None, "softmax has no elementwise slope"
    return np.asarray(act.derivative(np, np.asarray(z), np.asarray(a)))


def _slope_text(act: str, slope: float, z: float, a: float, d: float) -> str:
    """∂a/∂z = f′(z) written out with the numbers."""
    if act == "sigmoid":
        return f"∂a/∂z = σ′(z) = a(1 − a) = {factor(a)} × (1 − {factor(a)}) = {fmt(d)}"
    if act == "tanh":
        return f"∂a/∂z = 1 − a² = 1 − {factor(a)}² = {fmt(d)}"
    if act == "relu":
        return f"∂a/∂z = (1 if z > 0 else 0) = {fmt(d)}   (z = {fmt(z)})"
    if act == "leaky_relu":
        return f"∂a/∂z = (1 if z > 0 else {slope:g}) = {fmt(d)}   (z = {fmt(z)})"
    if act == "linear":
        return "∂a/∂z = 1"
    return f"∂a/∂z = {fmt(d)}"
