"""Weight initializers. Weights are out × in (as in PyTorch); draws come from the host generator.

* ``xavier``: Glorot uniform, U(−a, a) with a = √(6 / (fan_in + fan_out)); biases 0
* ``xavier-normal``: N(0, σ²) with σ = √(2 / (fan_in + fan_out)); biases 0
* ``he``: N(0, σ²) with σ = √(2 / fan_in) (Kaiming normal); biases 0
* ``uniform``: TensorFlow Playground's U(−0.5, 0.5), biases 0.1
* ``zeros``: everything 0 (a lesson in why symmetry must be broken)
"""

from __future__ import annotations

import math

import numpy as np

from engine.backend import Random


def init_layer(name: str, fan_in: int, fan_out: int, rng: Random) -> tuple[np.ndarray, np.ndarray]:
    """Host float64 (W of shape (fan_out, fan_in), b of shape (fan_out,))."""
    shape = (fan_out, fan_in)
    bias = np.zeros(fan_out)
    if name == "xavier":
        a = math.sqrt(6.0 / (fan_in + fan_out))
        w = rng.uniform(-a, a, shape)
    elif name == "xavier-normal":
        w = rng.normal(math.sqrt(2.0 / (fan_in + fan_out)), shape)
    elif name == "he":
        w = rng.normal(math.sqrt(2.0 / fan_in), shape)
    elif name == "uniform":
        w = rng.uniform(-0.5, 0.5, shape)
        bias = np.full(fan_out, 0.1)
    elif name == "zeros":
        w = np.zeros(shape)
    else:  # the spec validates names; this is a programming error
        raise ValueError(f"unknown initializer {name!r}")
    return w, bias
