"""A dense network: spec + parameters, with the per-layer computations of one training step.

Notation (DESIGN.md), with samples in rows (a batch is n × width):

    forward[k]:   z_k = a_{k−1} · W_kᵀ + b_k,   a_k = f_k(z_k)        (W_k is out × in)
    backward[k]:  ∂L/∂W_k = δ_kᵀ · a_{k−1},   ∂L/∂b_k = Σ_rows δ_k,
                  δ_{k−1} = (δ_k · W_k) ⊙ f'_{k−1}(z_{k−1})

Layers are numbered 1..L as in textbooks; parameters are named ``W1``, ``b1``, … .
Every whole pass goes through ``forward_pass`` and ``backward_pass``: the fast path
(``loss_and_gradients``) runs them whole, the phase-by-phase stepper one layer per
phase, the gradient check and the explanations' finite differences through ``loss``;
that is what makes them all agree bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine.activations import Activation, get_activation
from engine.backend import Backend, Random, get_backend
from engine.errors import SpecError
from engine.initializers import init_layer
from engine.losses import loss_value, output_delta
from engine.spec import NetworkSpec

#: random stream used for initial weights (training uses another, see engine.training)
INIT_STREAM = 0


@dataclass(slots=True)
class LayerCache:
    """What forward[k] leaves for backward[k]: inputs, pre-activations, activations, dropout mask."""

    a_prev: Any
    z: Any
    a: Any  # f(z), before dropout
    out: Any  # what the next layer sees (a, or a ⊙ mask / keep)
    mask: Any = None  # dropout keep-mask already divided by keep, or None
    parts: Any = None  # what later steps reuse (Activation.forward_parts: softmax, ReLU)


def param_names(n_layers: int) -> list[str]:
    """Parameter names in order: W1, b1, W2, b2, …"""
    return [f"{p}{k}" for k in range(1, n_layers + 1) for p in ("W", "b")]


class Network:
    """Parameters on a backend, plus the layer-level forward and backward computations."""

    def __init__(
        self,
        spec: NetworkSpec,
        backend: Backend | None = None,
        params: dict[str, np.ndarray] | None = None,
    ):
        self.spec = spec.validated()
        self.backend = backend or get_backend("numpy")
        self.xp = self.backend.xp
        self.activations: list[Activation] = [
            get_activation(layer.activation, layer.leaky_slope) for layer in spec.layers
        ]
        # ("W1", "b1"), ("W2", "b2"), …: layer k's parameter names at k − 1, formatted
        # once (the fast path looks them up several times per layer and step)
        self.layer_names = [(f"W{k}", f"b{k}") for k in range(1, len(spec.layers) + 1)]
        self.params: dict[str, Any] = {}
        if params is None:
            params = initial_parameters(spec)
        self.set_parameters(params)

    # ----- parameters ------------------------------------------------------------------
    @property
    def n_layers(self) -> int:
        return len(self.spec.layers)

    def W(self, k: int) -> Any:
        """Layer k's weights (out × in)."""
        return self.params[self.layer_names[k - 1][0]]

    def b(self, k: int) -> Any:
        """Layer k's biases."""
        return self.params[self.layer_names[k - 1][1]]

    def set_parameters(self, params: dict[str, Any]) -> None:
        """Replace all parameters from host arrays; shapes are checked against the spec."""
        sizes = self.spec.sizes
        new = {}
        for k in range(1, self.n_layers + 1):
            for name, shape in ((f"W{k}", (sizes[k], sizes[k - 1])), (f"b{k}", (sizes[k],))):
                if name not in params:
                    raise SpecError(name, "missing parameter")
                value = params[name]
                if tuple(value.shape) != shape:
                    raise SpecError(name, f"expected shape {shape}, got {tuple(value.shape)}")
                new[name] = self.backend.asarray(self._host(value), self.spec.dtype)
        self.params = new
        self._pack()

    def trainable_names(self) -> list[str]:
        """Names of the parameters the optimizer moves (not frozen), in order W1, b1, W2, …"""
        out = []
        for k, layer in enumerate(self.spec.layers, start=1):
            if not layer.freeze_weights:
                out.append(f"W{k}")
            if not layer.freeze_biases:
                out.append(f"b{k}")
        return out

    def _pack(self) -> None:
        """Where the backend has views, keep the trainable parameters in one flat buffer.

        ``self.params[name]`` are then views of ``self.flat``, so the optimizer can move
        them all with a few vector operations (see Optimizer.update).
        """
        self.flat = self.flat_grad = None
        self.flat_names = self.trainable_names()
        self.grad_views: dict[str, Any] = {}
        if not self.backend.has_views or not self.flat_names:
            return
        arrays = [self.params[n] for n in self.flat_names]
        self.flat, views = self.backend.pack(arrays)
        self.params.update(zip(self.flat_names, views, strict=True))
        # the trainer's backward pass writes the gradients straight into views of one buffer
        # laid out like ``flat``, which the optimizer then reads whole (no gathering)
        self.flat_grad, grad_views = self.backend.pack(arrays)
        self.grad_views = dict(zip(self.flat_names, grad_views, strict=True))

    def repack(self) -> None:
        """Re-pack after the spec's frozen flags changed (values unchanged)."""
        self.params = dict(self.params)
        self._pack()

    def _host(self, value: Any) -> np.ndarray:
        """Host view of a host array or of an array of this backend."""
        return value if isinstance(value, np.ndarray) else self.backend.to_host(value)

    def get_parameters(self) -> dict[str, np.ndarray]:
        """Host copies of every parameter, in order W1, b1, W2, …"""
        return {
            name: np.array(self.backend.to_host(self.params[name]))
            for name in param_names(self.n_layers)
        }

    # ----- the per-layer computations ------------------------------------------------
    def forward_layer(self, k: int, a_prev: Any, keep_mask: Any = None) -> LayerCache:
        """forward[k]: z = a_prev·Wᵀ + b, a = f(z); then dropout's mask if one is given."""
        w_name, b_name = self.layer_names[k - 1]
        z = a_prev @ self.params[w_name].T
        z += self.params[b_name]
        act = self.activations[k - 1]
        if act.forward_parts is None:
            a, parts = act.forward(self.xp, z), None
        else:
            a, parts = act.forward_parts(self.xp, z)
        out = a if keep_mask is None else a * keep_mask
        return LayerCache(a_prev, z, a, out, keep_mask, parts)

    def output_delta(self, cache: LayerCache, y: Any) -> tuple[Any, Any, Any]:
        """loss: (data loss, ∂L/∂a or None when fused with the activation, δ_L = ∂L/∂z_L)."""
        loss = loss_value(self.xp, self.spec.loss, cache.z, cache.a, y, cache.parts)
        grad_a, delta = output_delta(
            self.xp, self.spec.loss, self.activations[-1], cache.z, cache.a, y
        )
        return loss, grad_a, delta

    def regularization(self) -> Any:
        """λ₁·Σ|W| + ½λ₂·Σ W² over weights (never biases); a Python 0.0 when both are off."""
        xp, l1, l2 = self.xp, self.spec.l1, self.spec.l2
        total: Any = 0.0
        for k in range(1, self.n_layers + 1):
            w = self.params[f"W{k}"]
            if l1:
                total = total + l1 * xp.sum(xp.abs(w))
            if l2:
                total = total + 0.5 * l2 * xp.sum(w * w)
        return total

    def weight_grad(self, k: int, delta: Any, a_prev: Any, out: Any = None) -> Any:
        """∂L/∂W_k = δ_kᵀ·a_{k−1}, plus the regularization terms λ₂·W + λ₁·sign(W) (into
        ``out`` when given: a view of ``flat_grad``)."""
        g = delta.T @ a_prev if out is None else self.xp.matmul(delta.T, a_prev, out=out)
        w = self.W(k)
        if self.spec.l2:
            g += self.spec.l2 * w
        if self.spec.l1:
            g += self.spec.l1 * self.xp.sign(w)
        return g

    def backward_layer(
        self,
        k: int,
        delta: Any,
        cache: LayerCache,
        prev: LayerCache | None,
        out: dict[str, Any] | None = None,
    ):
        """backward[k]: (∂L/∂W_k, ∂L/∂b_k, ∂L/∂a_{k−1} or None, δ_{k−1} or None).

        ``out`` (name → array, e.g. ``grad_views``) receives ∂L/∂W_k and ∂L/∂b_k where it
        holds their names."""
        xp = self.xp
        w_name, b_name = self.layer_names[k - 1]
        if out:
            dW = self.weight_grad(k, delta, cache.a_prev, out.get(w_name))
            db_out = out.get(b_name)
            db = xp.sum(delta, axis=0) if db_out is None else xp.sum(delta, axis=0, out=db_out)
        else:
            dW = self.weight_grad(k, delta, cache.a_prev)
            db = xp.sum(delta, axis=0)
        if prev is None:  # k == 1: nothing below to send δ into
            return dW, db, None, None
        grad_out = delta @ self.W(k)  # ∂L/∂(what layer k saw)
        grad_a = grad_out if prev.mask is None else grad_out * prev.mask
        delta_prev = self.activations[k - 2].backward(xp, prev.z, prev.a, grad_a, prev.parts)
        return dW, db, grad_a, delta_prev

    # ----- whole passes --------------------------------------------------------------
    def forward_pass(
        self,
        X: Any,
        masks: Sequence[Any] | None = None,
        *,
        keep_all: bool = True,
        caches: list[LayerCache] | None = None,
        stop: int | None = None,
    ) -> list[LayerCache]:
        """forward[1..L] on inputs X: every layer's cache, in order.

        ``masks`` are the dropout masks per layer (None or empty: no dropout).
        ``keep_all=False`` keeps only the last layer's cache (inference: no backward pass
        follows, so the other layers' arrays can be freed as soon as they are used).
        The pass can be run in pieces: given the ``caches`` of layers 1..j, it appends
        layers j+1..``stop`` (L by default); the stepper runs one layer per phase so.
        """
        caches = [] if caches is None else caches
        a = caches[-1].out if caches else X
        last = None
        for k in range(len(caches) + 1, (stop or self.n_layers) + 1):
            last = self.forward_layer(k, a, masks[k - 1] if masks else None)
            if keep_all:
                caches.append(last)
            a = last.out
        if not keep_all and last is not None:
            caches.append(last)
        return caches

    def backward_pass(
        self,
        delta: Any,
        caches: list[LayerCache],
        grads: dict[str, Any] | None = None,
        *,
        start: int | None = None,
        stop: int = 1,
        out: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], Any, Any]:
        """backward[start..stop] (L..1 by default) from δ of layer ``start``.

        Puts ∂L/∂W_k and ∂L/∂b_k into ``grads`` (a new dict by default) and returns
        (grads, ∂L/∂a_{stop−1}, δ_{stop−1}); the last two are None when ``stop`` is 1,
        where nothing below needs a δ. The stepper runs one layer per phase so. With
        ``out`` (``grad_views``) the gradients it names are written there (same bits).
        """
        grads = {} if grads is None else grads
        grad_a = None
        for k in range(start or self.n_layers, stop - 1, -1):
            prev = caches[k - 2] if k > 1 else None
            w_name, b_name = self.layer_names[k - 1]
            grads[w_name], grads[b_name], grad_a, delta = self.backward_layer(
                k, delta, caches[k - 1], prev, out
            )
        return grads, grad_a, delta

    def total_loss(self, data_loss: Any) -> Any:
        """Data loss plus regularization; the data loss itself (bit for bit) when both λ are 0."""
        if self.spec.l1 or self.spec.l2:
            return data_loss + self.regularization()
        return data_loss

    def forward(self, X: Any) -> Any:
        """The network's output for inputs X (no dropout): probabilities for softmax/sigmoid."""
        return self.forward_pass(X, keep_all=False)[-1].a

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Host outputs for host inputs."""
        return self.backend.to_host(self.forward(self.backend.asarray(X, self.spec.dtype)))

    def loss(self, X: Any, Y: Any, masks: Sequence[Any] | None = None) -> float:
        """Total loss (data + regularization) of inputs X with targets Y."""
        last = self.forward_pass(X, masks, keep_all=False)[-1]
        data_loss = loss_value(self.xp, self.spec.loss, last.z, last.a, Y, last.parts)
        return self.backend.to_scalar(self.total_loss(data_loss))

    def loss_and_gradients(
        self,
        X: Any,
        Y: Any,
        masks: Sequence[Any] | None = None,
        out: dict[str, Any] | None = None,
    ) -> tuple[float, dict[str, Any]]:
        """Total loss (data + regularization) and every parameter's gradient, by backprop.

        This is one training step without its update: the trainer's fast path, which passes
        ``out=grad_views`` (the gradients are then views of ``flat_grad``, overwritten by
        the next such call).
        """
        caches = self.forward_pass(X, masks)
        data_loss, _, delta = self.output_delta(caches[-1], Y)
        grads, _, _ = self.backward_pass(delta, caches, out=out)
        return self.backend.to_scalar(self.total_loss(data_loss)), grads


def initial_parameters(spec: NetworkSpec) -> dict[str, np.ndarray]:
    """Host float64 initial parameters drawn from the spec's seed and initializer."""
    rng = Random(spec.seed, INIT_STREAM)
    sizes = spec.sizes
    out: dict[str, np.ndarray] = {}
    for k in range(1, len(sizes)):
        w, b = init_layer(spec.init, sizes[k - 1], sizes[k], rng)
        out[f"W{k}"], out[f"b{k}"] = w, b
    return out


def adapt_parameters(
    old_spec: NetworkSpec, old: dict[str, np.ndarray], new_spec: NetworkSpec
) -> dict[str, np.ndarray]:
    """Parameters for an edited spec that keep every weight of the parts that did not change.

    Layers are matched by position; where a layer grew or shrank, the overlapping block
    of its weights is kept and the new rows/columns come from the new spec's initializer.
    """
    fresh = initial_parameters(new_spec)
    old_sizes, new_sizes = old_spec.sizes, new_spec.sizes
    mapping = _layer_mapping(old_sizes, new_sizes)
    for k, ok in mapping.items():
        if f"W{ok}" not in old:
            continue
        w_old, b_old = np.asarray(old[f"W{ok}"]), np.asarray(old[f"b{ok}"])
        r = min(w_old.shape[0], new_sizes[k])
        c = min(w_old.shape[1], new_sizes[k - 1])
        fresh[f"W{k}"][:r, :c] = w_old[:r, :c]
        fresh[f"b{k}"][:r] = b_old[:r]
    return fresh


def _layer_mapping(old_sizes: tuple[int, ...], new_sizes: tuple[int, ...]) -> dict[int, int]:
    """New layer number → old layer number whose weights it keeps.

    Same depth: layer by layer. One hidden layer inserted at j: layers after it shift
    by one, and j itself is fresh. One removed at j: the layer that now takes j's place
    gets fresh weights (its inputs changed meaning), the rest shift back.
    """
    n_old, n_new = len(old_sizes) - 1, len(new_sizes) - 1
    if n_new == n_old:
        return {k: k for k in range(1, n_new + 1)}
    if n_new == n_old + 1:
        for j in range(1, n_new):
            if new_sizes[:j] + new_sizes[j + 1 :] == old_sizes:
                return {k: (k if k < j else k - 1) for k in range(1, n_new + 1) if k != j}
    if n_new == n_old - 1:
        for j in range(1, n_old):
            if old_sizes[:j] + old_sizes[j + 1 :] == new_sizes:
                return {k: (k if k < j else k + 1) for k in range(1, n_new + 1) if k != j}
    # an unrecognised edit: keep what lines up from the input side
    return {k: k for k in range(1, min(n_old, n_new) + 1)}
