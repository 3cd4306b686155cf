"""Neuron heatmaps: every neuron's output over the input plane, for 2-D data.

The plane is sampled on a square grid (``plane_grid``); row i of a heatmap is
x2 = xs[i] (ascending), column j is x1 = xs[j]. Row-major, so a viewer that puts row
0 at the bottom shows x2 increasing upwards.

This is the one forward pass not run by ``Network.forward_pass``: it computes
feature-major (units × points, ``W @ a``) so that each layer's output is already a
stack of images; samples in rows and a transposed copy per layer take twice as long.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from engine.network import Network

DOMAIN = (-6.0, 6.0)


@lru_cache(maxsize=8)
def plane_grid(resolution: int, domain: tuple[float, float] = DOMAIN) -> np.ndarray:
    """Grid points (resolution², 2) in row-major order: x1 varies fastest."""
    xs = np.linspace(domain[0], domain[1], resolution)
    x1, x2 = np.meshgrid(xs, xs)
    pts = np.stack([x1.ravel(), x2.ravel()], axis=1)
    pts.flags.writeable = False
    return pts


def neuron_heatmaps(
    network: Network,
    transform: Callable[[np.ndarray], np.ndarray] | None,
    resolution: int = 40,
    domain: tuple[float, float] = DOMAIN,
) -> tuple[np.ndarray, ...]:
    """Host arrays (units, res, res) per layer: layer 0 the network inputs, then each layer's a.

    ``transform`` maps raw plane points to network inputs (feature expansion and
    normalisation, e.g. ``Dataset.preprocessing.transform``); None means identity.
    """
    raw = plane_grid(resolution, domain)
    inputs = raw if transform is None else transform(raw)
    with network.backend.quiet():
        return _heatmaps(network, inputs, resolution)


def _heatmaps(network: Network, inputs: np.ndarray, resolution: int) -> tuple[np.ndarray, ...]:
    be, xp = network.backend, network.xp
    # feature-major (units × points): each layer's output is already a stack of images
    a = be.asarray(np.ascontiguousarray(np.asarray(inputs).T), network.spec.dtype)
    r = resolution
    maps = [np.asarray(be.to_host(a)).reshape(-1, r, r)]  # fresh arrays: no copy needed
    for k in range(1, network.n_layers + 1):
        z = network.W(k) @ a
        z += xp.reshape(network.b(k), (-1, 1))
        act = network.activations[k - 1]
        a = _softmax_columns(xp, z) if act.name == "softmax" else act.forward(xp, z)
        maps.append(np.asarray(be.to_host(a)).reshape(-1, r, r))
    return tuple(maps)


def _softmax_columns(xp, z):
    e = xp.exp(z - xp.max(z, axis=0, keepdims=True))
    return e / xp.sum(e, axis=0, keepdims=True)


def decision_map(heatmaps: tuple[np.ndarray, ...]) -> np.ndarray:
    """The output view's map (res, res): P(class 1) for one output unit, else the winning class."""
    out = heatmaps[-1]
    if out.shape[0] == 1:
        return out[0]
    return np.argmax(out, axis=0).astype(np.float32)
