"""Gradient check: centred finite differences against backpropagation, per parameter array.

For each parameter w the numerical derivative is (L(w + h) − L(w − h)) / 2h, computed
in float64 on the host network with dropout off; the relative error of an array is
|num − bp| / (|num| + |bp|) elementwise, then the worst element.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.backend import get_backend
from engine.network import Network, param_names
from engine.spec import NetworkSpec
from engine.training import encode_targets

#: relative error above which a gradient is reported as wrong
DEFAULT_TOLERANCE = 1e-6


@dataclass(frozen=True)
class GradientReport:
    name: str  # "W1", "b1", …
    max_relative_error: float
    worst_index: tuple[int, ...]
    backprop: np.ndarray
    numerical: np.ndarray


def numerical_gradient(net: Network, X, Y, name: str, h: float = 1e-6, index=None) -> np.ndarray:
    """Centred finite differences of the total loss for one array (or one element of it)."""
    p = net.params[name]
    out = np.zeros_like(p)
    indices = [index] if index is not None else list(np.ndindex(*p.shape))
    for idx in indices:
        old = p[idx]
        p[idx] = old + h
        plus, _ = net.loss_and_gradients(X, Y)
        p[idx] = old - h
        minus, _ = net.loss_and_gradients(X, Y)
        p[idx] = old
        out[idx] = (plus - minus) / (2 * h)
    return out


def check_gradients(
    spec: NetworkSpec,
    params: dict[str, np.ndarray],
    X: np.ndarray,
    y: np.ndarray,
    h: float = 1e-6,
) -> list[GradientReport]:
    """Compare backprop with finite differences for every parameter array, in float64."""
    spec64 = spec.replace(dtype="float64", dropout=0.0)
    backend = get_backend("numpy")
    net = Network(spec64, backend, {k: np.asarray(v, dtype=np.float64) for k, v in params.items()})
    Xd = np.asarray(X, dtype=np.float64)
    Yd = encode_targets(spec64, y, backend)
    _, grads = net.loss_and_gradients(Xd, Yd)
    reports = []
    for name in param_names(net.n_layers):
        num = numerical_gradient(net, Xd, Yd, name, h)
        bp = np.asarray(grads[name])
        rel = np.abs(num - bp) / np.maximum(np.abs(num) + np.abs(bp), 1e-12)
        # entries where both are ~0 are exact agreement, not a 0/0
        rel = np.where((np.abs(num) < 1e-10) & (np.abs(bp) < 1e-10), 0.0, rel)
        worst = np.unravel_index(int(np.argmax(rel)), rel.shape)
        reports.append(
            GradientReport(name, float(rel[worst]), tuple(int(i) for i in worst), bp, num)
        )
    return reports
