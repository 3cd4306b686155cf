"""Loss functions and the gradient they send into the output layer.

Every loss here is a mean over the batch, so its gradient carries a 1/n. Where the
output activation and the loss have a simple joint derivative, it is used directly
("fused"), which is both exact and numerically stable:

* ``cce`` + softmax:  L = −(1/n) Σ_i Σ_c y_ic log p_ic,  δ = (p − y) / n
* ``bce`` + sigmoid:  L = −(1/nk) Σ y log p + (1−y) log(1−p), computed from the logits z
  as max(z,0) − z·y + log(1 + e^(−|z|)),  δ = (p − y) / (nk)
* ``mse``: L = (1/nk) Σ (a − y)²  (torch.nn.MSELoss), ∂L/∂a = 2(a − y)/(nk)
* ``sse``: L = (1/n) Σ_i ½ Σ_j (a_ij − y_ij)², ∂L/∂a = (a − y)/n  (the textbook convention)

For mse/sse the activation's own backward turns ∂L/∂a into δ = ∂L/∂z.
"""

from __future__ import annotations

from typing import Any

from engine.activations import Activation

FORMULAS = {
    "mse": "L = (1/(n·k)) Σ (a − y)²",
    "sse": "L = (1/n) Σ ½ Σ_j (a_j − y_j)²",
    "bce": "L = −(1/(n·k)) Σ [y·log a + (1 − y)·log(1 − a)]",
    "cce": "L = −(1/n) Σ Σ_c y_c·log a_c",
}


def loss_value(xp: Any, loss: str, z: Any, a: Any, y: Any, parts: Any = None) -> Any:
    """Mean data loss over the batch (a 0-d array), computed stably from the logits where it matters.

    ``parts``: the softmax's (z − max z, Σ e^(z − max z)) from the forward pass (a
    ``LayerCache``'s), which cross-entropy starts from; computed here when not given."""
    n = z.shape[0]
    if loss == "cce":
        if parts is None:
            shifted = z - xp.max(z, axis=1, keepdims=True)
            total = xp.sum(xp.exp(shifted), axis=1, keepdims=True)
        else:
            shifted, total = parts
        log_p = shifted - xp.log(total)
        return -xp.sum(y * log_p) / n
    if loss == "bce":
        per = xp.maximum(z, xp.zeros_like(z)) - z * y + xp.log1p(xp.exp(-xp.abs(z)))
        return xp.sum(per) / (n * z.shape[1])
    diff = a - y
    if loss == "mse":
        return xp.sum(diff * diff) / (n * z.shape[1])
    return 0.5 * xp.sum(diff * diff) / n  # sse


def loss_per_sample(xp: Any, loss: str, z: Any, a: Any, y: Any) -> Any:
    """Each sample's loss (shape (n,)); their mean is ``loss_value``."""
    if loss == "cce":
        shifted = z - xp.max(z, axis=1, keepdims=True)
        log_p = shifted - xp.log(xp.sum(xp.exp(shifted), axis=1, keepdims=True))
        return -xp.sum(y * log_p, axis=1)
    if loss == "bce":
        per = xp.maximum(z, xp.zeros_like(z)) - z * y + xp.log1p(xp.exp(-xp.abs(z)))
        return xp.mean(per, axis=1)
    diff = a - y
    if loss == "mse":
        return xp.mean(diff * diff, axis=1)
    return 0.5 * xp.sum(diff * diff, axis=1)


def loss_grad_a(loss: str, a: Any, y: Any) -> Any | None:
    """∂L/∂a for losses that go through the activation's backward; None when fused."""
    n, k = a.shape
    if loss == "mse":
        return (a - y) * (2.0 / (n * k))
    if loss == "sse":
        return (a - y) * (1.0 / n)
    return None


def output_delta(xp: Any, loss: str, act: Activation, z: Any, a: Any, y: Any) -> tuple[Any, Any]:
    """(∂L/∂a or None, δ = ∂L/∂z) for the output layer."""
    n, k = a.shape
    if loss == "cce":  # softmax fused
        return None, (a - y) * (1.0 / n)
    if loss == "bce":  # sigmoid fused
        return None, (a - y) * (1.0 / (n * k))
    grad_a = loss_grad_a(loss, a, y)
    return grad_a, act.backward(xp, z, a, grad_a)
