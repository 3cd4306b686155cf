"""Gradient check: centred finite differences against backpropagation, per parameter array.

For each parameter w the numerical derivative is the centred five-point difference
(−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h)) / 12h, whose O(h⁴) truncation error lets h be
large enough (1e-4) that rounding does not swamp small gradients. It is computed in
float64 on the host network with dropout off.

The error of an array is ‖num − bp‖ / (‖num‖ + ‖bp‖) (the usual per-array relative
error); the worst single entry, |num − bp| / (|num| + |bp|), is reported beside it.

``finite_difference`` is the inspector's check of one parameter: the plain centred
difference (L(p + h) − L(p − h)) / 2h of one traced step's loss, recomputed from that
step's trace records alone (the forward records carry W, b, the dropout masks and the
batch input; the loss record carries the targets).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine.backend import get_backend
from engine.network import Network, param_names
from engine.spec import NetworkSpec
from engine.trace import TraceRecord
from engine.training import encode_targets

#: relative error above which a gradient is reported as wrong
DEFAULT_TOLERANCE = 1e-6

#: step of the inspector's centred finite difference (on float64 copies)
FD_STEP = 1e-6


@dataclass(frozen=True)
class GradientReport:
    name: str  # "W1", "b1", …
    relative_error: float  # ‖num − bp‖ / (‖num‖ + ‖bp‖)
    worst_element_error: float  # max over entries of |num − bp| / (|num| + |bp|)
    worst_index: tuple[int, ...]
    backprop: np.ndarray
    numerical: np.ndarray
    skipped_at_kinks: int = 0  # entries whose difference crossed a ReLU kink


def numerical_gradient(
    net: Network, X, Y, name: str, h: float = 1e-4, index=None, indices=None
) -> np.ndarray:
    """Centred (five-point) finite differences of the total loss for one array.

    Every entry by default; only ``index`` or the listed ``indices`` otherwise (the rest 0).
    """
    return _differences(net, X, Y, name, h, index, indices)[0]


def _kink_pattern(net: Network, X) -> list[np.ndarray]:
    """Which ReLU-family pre-activations are positive: a difference across a change is invalid."""
    caches = net.forward_pass(X)
    return [
        np.asarray(c.z) > 0
        for c, act in zip(caches, net.activations, strict=True)
        if act.name in ("relu", "leaky_relu")
    ]


def _differences(net: Network, X, Y, name: str, h: float, index=None, indices=None):
    """(differences, mask of entries whose ±2h interval crossed a ReLU kink)."""
    p = net.params[name]
    out = np.zeros_like(p)
    crossed = np.zeros(p.shape, dtype=bool)
    has_kinks = any(a.name in ("relu", "leaky_relu") for a in net.activations)
    if indices is None:
        indices = [index] if index is not None else list(np.ndindex(*p.shape))
    for idx in indices:
        old = p[idx]
        values = []
        for shift in (2 * h, h, -h, -2 * h):
            p[idx] = old + shift
            values.append(net.loss(X, Y))
        if has_kinks:
            p[idx] = old + 2 * h
            upper = _kink_pattern(net, X)
            p[idx] = old - 2 * h
            lower = _kink_pattern(net, X)
            crossed[idx] = any(np.any(u != v) for u, v in zip(upper, lower, strict=True))
        p[idx] = old
        out[idx] = (-values[0] + 8 * values[1] - 8 * values[2] + values[3]) / (12 * h)
    return out, crossed


def check_gradients(
    spec: NetworkSpec,
    params: dict[str, np.ndarray],
    X: np.ndarray,
    y: np.ndarray,
    h: float = 1e-4,
    max_entries: int | None = 1000,
    seed: int = 0,
) -> list[GradientReport]:
    """Compare backprop with finite differences for every parameter array, in float64.

    Arrays larger than ``max_entries`` are checked on that many entries drawn at random
    (seeded), so that MNIST-sized networks are checked in seconds.
    """
    spec64 = spec.replace(dtype="float64", dropout=0.0)
    backend = get_backend("numpy")
    net = Network(spec64, backend, {k: np.asarray(v, dtype=np.float64) for k, v in params.items()})
    Xd = np.asarray(X, dtype=np.float64)
    Yd = encode_targets(spec64, y, backend)
    _, grads = net.loss_and_gradients(Xd, Yd)
    reports = []
    rng = np.random.default_rng(seed)
    for name in param_names(net.n_layers):
        shape = net.params[name].shape
        chosen = None
        if max_entries is not None and int(np.prod(shape)) > max_entries:
            flat = rng.choice(int(np.prod(shape)), size=max_entries, replace=False)
            chosen = [tuple(int(i) for i in np.unravel_index(f, shape)) for f in flat]
        num, crossed = _differences(net, Xd, Yd, name, h, indices=chosen)
        bp = np.asarray(grads[name])
        if chosen is not None:  # compare only the entries that were differenced
            keep = np.zeros(shape, dtype=bool)
            keep[tuple(np.array(chosen).T)] = True
            bp_cmp = np.where(keep, bp, 0.0)
        else:
            bp_cmp = bp
        rel = np.abs(num - bp_cmp) / np.maximum(np.abs(num) + np.abs(bp_cmp), 1e-12)
        # entries where both are ~0 are exact agreement, not a 0/0
        rel = np.where((np.abs(num) < 1e-10) & (np.abs(bp_cmp) < 1e-10), 0.0, rel)
        # a difference taken across a ReLU kink measures no derivative: leave it out
        rel = np.where(crossed, 0.0, rel)
        worst = np.unravel_index(int(np.argmax(rel)), rel.shape)
        valid = ~crossed
        diff = np.linalg.norm((num - bp_cmp)[valid])
        size = np.linalg.norm(num[valid]) + np.linalg.norm(bp_cmp[valid])
        array_error = 0.0 if size < 1e-12 else float(diff / size)
        reports.append(
            GradientReport(
                name,
                array_error,
                float(rel[worst]),
                tuple(int(i) for i in worst),
                bp,
                num,
                int(crossed.sum()),
            )
        )
    return reports


def finite_difference(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    name: str,
    index: tuple[int, ...],
    h: float = FD_STEP,
) -> float | None:
    """(L(p + h) − L(p − h)) / 2h for one parameter, recomputed from one step's records.

    Uses the weights as they were in the forward pass, the same batch, targets and
    dropout masks, in float64. None until the forward and loss records are there.
    """
    by_phase = {r.phase: r for r in records}
    phases = [f"forward[{k}]" for k in range(1, len(spec.layers) + 1)] + ["loss"]
    if any(phase not in by_phase for phase in phases):
        return None
    params: dict[str, np.ndarray] = {}
    masks: list[np.ndarray | None] = []
    for k, phase in enumerate(phases[:-1], start=1):
        fr = by_phase[phase]
        params[f"W{k}"], params[f"b{k}"] = fr.arrays["W"], fr.arrays["b"]
        mask = fr.arrays.get("mask")
        masks.append(None if mask is None else np.asarray(mask, dtype=np.float64))
    # a float64 copy of the network as it was (Network copies the arrays it is given)
    net = Network(spec.replace(dtype="float64"), get_backend("numpy"), params)
    X = np.asarray(by_phase["forward[1]"].arrays["a_prev"], dtype=np.float64)
    Y = np.asarray(by_phase["loss"].arrays["target"], dtype=np.float64)
    p = net.params[name]
    old = p[index]
    p[index] = old + h
    plus = net.loss(X, Y, masks)
    p[index] = old - h
    minus = net.loss(X, Y, masks)
    p[index] = old
    return (plus - minus) / (2 * h)
