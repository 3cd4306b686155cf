"""Activation functions, each with its derivative beside it (written against the array namespace).

``forward(xp, z)`` gives a = f(z). ``backward(xp, z, a, grad_a)`` gives ∂L/∂z from ∂L/∂a:
the elementwise derivative f'(z) for all but softmax, whose Jacobian is applied as a
vector product. ``derivative(xp, z, a)`` gives f'(z) elementwise (None for softmax) so
that the inspector can show the ∂a/∂z factor of the chain rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Activation:
    """One activation: its forward function and derivative, and how the window writes it."""

    name: str
    formula: str
    forward: Callable[[Any, Any], Any]
    derivative: Callable[[Any, Any, Any], Any] | None  # f'(z), elementwise
    # (a, parts): what the forward pass computes on the way that a later step reuses (softmax:
    # what the cross-entropy starts from, see losses.loss_value; ReLU: z > 0, its derivative)
    forward_parts: Callable[[Any, Any], tuple[Any, Any]] | None = None
    # f'(z) from the forward pass's parts (ReLU)
    derivative_from_parts: Callable[[Any, Any, Any], Any] | None = None

    def backward(self, xp: Any, z: Any, a: Any, grad_a: Any, parts: Any = None) -> Any:
        """∂L/∂z given ∂L/∂a (``parts``: the forward pass's, where it kept some)."""
        if self.derivative is None:  # softmax: δ = a ⊙ (g − Σ_j g_j a_j)
            return a * (grad_a - xp.sum(grad_a * a, axis=1, keepdims=True))
        if parts is not None and self.derivative_from_parts is not None:
            return grad_a * self.derivative_from_parts(xp, z, parts)
        return grad_a * self.derivative(xp, z, a)


def _sigmoid(xp: Any, z: Any) -> Any:
    # ½(1 + tanh(z/2)) equals 1/(1+e^−z) but never overflows, for any z
    return 0.5 * (xp.tanh(0.5 * z) + 1.0)


def _softmax(xp: Any, z: Any) -> Any:
    return _softmax_parts(xp, z)[0]


def _softmax_parts(xp: Any, z: Any) -> tuple[Any, Any]:
    """Softmax and (z − max z, Σ e^(z − max z)) by rows: the cross-entropy's own first steps,
    which it then need not compute again (the same operations, so the same bits)."""
    shifted = z - xp.max(z, axis=1, keepdims=True)
    e = xp.exp(shifted)
    total = xp.sum(e, axis=1, keepdims=True)
    return e / total, (shifted, total)


def leaky_relu(slope: float) -> Activation:
    """Leaky ReLU with the given negative slope."""
    return Activation(
        "leaky_relu",
        f"max({slope:g}·z, z)",
        lambda xp, z: xp.where(z > 0, z, slope * z),
        lambda xp, z, a: xp.where(z > 0, xp.ones_like(z), xp.full_like(z, slope)),
    )


SIGMOID = Activation("sigmoid", "1 / (1 + e^(−z))", _sigmoid, lambda xp, z, a: a * (1.0 - a))
TANH = Activation("tanh", "tanh(z)", lambda xp, z: xp.tanh(z), lambda xp, z, a: 1.0 - a * a)


def _relu_parts(xp: Any, z: Any) -> tuple[Any, Any]:
    """ReLU and the mask z > 0 it is made from, which its derivative reuses."""
    positive = z > 0
    return xp.where(positive, z, 0.0), positive  # a scalar 0: no array of zeros to fill


RELU = Activation(
    "relu",
    "max(0, z)",
    lambda xp, z: _relu_parts(xp, z)[0],
    lambda xp, z, a: xp.astype(z > 0, z.dtype),
    _relu_parts,
    lambda xp, z, positive: xp.astype(positive, z.dtype),
)
LINEAR = Activation("linear", "z", lambda xp, z: z, lambda xp, z, a: xp.ones_like(z))
SOFTMAX = Activation("softmax", "e^(z_i) / Σ_j e^(z_j)", _softmax, None, _softmax_parts)

_FIXED = {a.name: a for a in (SIGMOID, TANH, RELU, LINEAR, SOFTMAX)}


def get_activation(name: str, leaky_slope: float = 0.01) -> Activation:
    """The activation called ``name`` (one of engine.spec.ACTIVATIONS)."""
    if name == "leaky_relu":
        return leaky_relu(leaky_slope)
    return _FIXED[name]
