"""Synthetic 2-D datasets, defined as TensorFlow Playground defines them (src/dataset.ts).

Every generator takes ``(n, noise, rng)`` (plus ``classes`` for the multi-class ones) and
returns ``(X, y)``: ``X`` float64 (n, 2) points of the plane, ``y`` int64 class indices for
classification (Playground's label +1 is class 1, −1 is class 0) or float64 (n, 1) for
regression. ``noise`` is Playground's fraction 0…0.5 (its UI shows 0…50 %).

The Playground draws its numbers one at a time from ``Math.random``; here the same
distributions are drawn vectorised from a NumPy ``Generator``, so the datasets follow the
published definitions exactly but are not the same samples as the browser's.
Where Playground's loops would give n + 1 points for an odd n (``i < n/2`` twice), the
halves here are ``n // 2`` and ``n - n // 2`` so that exactly n points come back.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

DOMAIN = (-6.0, 6.0)

CIRCLE_RADIUS = 5.0
XOR_PADDING = 0.3
GAUSS_CENTERS = ((2.0, 2.0), (-2.0, -2.0))  # class 1, class 0
SPIRAL_RADIUS = 5.0
SPIRAL_TURNS = 1.75
REGRESSION_RADIUS = 6.0
#: Playground's regressGaussian: (cx, cy, sign)
REG_GAUSSIANS = (
    (-4.0, 2.5, 1.0),
    (0.0, 2.5, -1.0),
    (4.0, 2.5, 1.0),
    (-4.0, -2.5, -1.0),
    (0.0, -2.5, 1.0),
    (4.0, -2.5, -1.0),
)
MOONS_SCALE = 3.0
MOONS_SHIFT = (0.5, 0.25)
BLOBS_RADIUS = 4.0


def _uniform(rng: np.random.Generator, a: float, b: float, size) -> np.ndarray:
    """Playground's randUniform(a, b): Math.random() * (b - a) + a."""
    return rng.random(size) * (b - a) + a


def _halves(n: int) -> tuple[int, int]:
    return n // 2, n - n // 2


def gauss_variance(noise: float) -> float:
    """Playground's varianceScale: linear from noise 0 → 0.5 to noise 0.5 → 4."""
    return 0.5 + (4.0 - 0.5) * (noise / 0.5)


def circle(n: int, noise: float, rng: np.random.Generator):
    """classifyCircleData: half inside r∈[0, 2.5], half in r∈[3.5, 5]; label = dist(p+noise) < 2.5."""
    n_in, n_out = _halves(n)
    r = np.concatenate(
        [
            _uniform(rng, 0, CIRCLE_RADIUS * 0.5, n_in),
            _uniform(rng, CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS, n_out),
        ]
    )
    angle = _uniform(rng, 0, 2 * math.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    noise_x = _uniform(rng, -CIRCLE_RADIUS, CIRCLE_RADIUS, n) * noise
    noise_y = _uniform(rng, -CIRCLE_RADIUS, CIRCLE_RADIUS, n) * noise
    label = np.hypot(x + noise_x, y + noise_y) < CIRCLE_RADIUS * 0.5
    return np.column_stack([x, y]), label.astype(np.int64)


def xor(n: int, noise: float, rng: np.random.Generator):
    """classifyXORData: uniform in [−5, 5]², pushed 0.3 away from the axes; label = x·y ≥ 0."""
    x = _uniform(rng, -5, 5, n)
    x = x + np.where(x > 0, XOR_PADDING, -XOR_PADDING)
    y = _uniform(rng, -5, 5, n)
    y = y + np.where(y > 0, XOR_PADDING, -XOR_PADDING)
    noise_x = _uniform(rng, -5, 5, n) * noise
    noise_y = _uniform(rng, -5, 5, n) * noise
    label = (x + noise_x) * (y + noise_y) >= 0
    return np.column_stack([x, y]), label.astype(np.int64)


def gauss(n: int, noise: float, rng: np.random.Generator):
    """classifyTwoGaussData: two Gaussians at (2, 2) (class 1) and (−2, −2) (class 0), variance lerp(0.5, 4, noise/0.5)."""
    sd = math.sqrt(gauss_variance(noise))
    n_pos, n_neg = _halves(n)
    pos = rng.normal(GAUSS_CENTERS[0], sd, size=(n_pos, 2))
    neg = rng.normal(GAUSS_CENTERS[1], sd, size=(n_neg, 2))
    y = np.concatenate([np.ones(n_pos, np.int64), np.zeros(n_neg, np.int64)])
    return np.concatenate([pos, neg]), y


def _spiral_arm(count: int, delta_t: float, noise: float, rng: np.random.Generator) -> np.ndarray:
    i = np.arange(count, dtype=np.float64)
    r = i / count * SPIRAL_RADIUS
    t = SPIRAL_TURNS * i / count * 2 * math.pi + delta_t
    x = r * np.sin(t) + _uniform(rng, -1, 1, count) * noise
    y = r * np.cos(t) + _uniform(rng, -1, 1, count) * noise
    return np.column_stack([x, y])


def spiral(n: int, noise: float, rng: np.random.Generator):
    """classifySpiralData: two arms of n/2 points, r = i/n·5, t = 1.75·i/n·2π + Δt (Δt = 0 class 1, π class 0)."""
    n_pos, n_neg = _halves(n)
    pos = _spiral_arm(n_pos, 0.0, noise, rng)
    neg = _spiral_arm(n_neg, math.pi, noise, rng)
    y = np.concatenate([np.ones(n_pos, np.int64), np.zeros(n_neg, np.int64)])
    return np.concatenate([pos, neg]), y


def spirals(n: int, noise: float, rng: np.random.Generator, classes: int = 3):
    """Playground's spiral with ``classes`` arms: arm k has Δt = 2πk/classes (2 arms = ``spiral``)."""
    counts = [n // classes + (1 if k < n % classes else 0) for k in range(classes)]
    arms = [_spiral_arm(c, 2 * math.pi * k / classes, noise, rng) for k, c in enumerate(counts)]
    y = np.concatenate([np.full(c, k, np.int64) for k, c in enumerate(counts)])
    return np.concatenate(arms), y


def blobs(n: int, noise: float, rng: np.random.Generator, classes: int = 3):
    """``classes`` Gaussians with centres evenly on a circle of radius 4 (the first straight up),
    variance as Playground's two Gaussians: lerp(0.5, 4, noise/0.5)."""
    sd = math.sqrt(gauss_variance(noise))
    counts = [n // classes + (1 if k < n % classes else 0) for k in range(classes)]
    parts = []
    for k, c in enumerate(counts):
        a = 2 * math.pi * k / classes
        centre = (BLOBS_RADIUS * math.sin(a), BLOBS_RADIUS * math.cos(a))
        parts.append(rng.normal(centre, sd, size=(c, 2)))
    y = np.concatenate([np.full(c, k, np.int64) for k, c in enumerate(counts)])
    return np.concatenate(parts), y


def moons(n: int, noise: float, rng: np.random.Generator):
    """scikit-learn's make_moons (upper half circle class 0, lower shifted one class 1, Gaussian
    noise of standard deviation ``noise``), moved by (−0.5, −0.25) and scaled by 3 to fill the
    Playground's domain."""
    n_out, n_in = _halves(n)
    t_out = np.linspace(0, math.pi, n_out)
    t_in = np.linspace(0, math.pi, n_in)
    x = np.concatenate([np.cos(t_out), 1 - np.cos(t_in)])
    y = np.concatenate([np.sin(t_out), 1 - np.sin(t_in) - 0.5])
    pts = np.column_stack([x, y]) + rng.normal(0.0, 1.0, size=(n, 2)) * noise
    pts = (pts - MOONS_SHIFT) * MOONS_SCALE
    labels = np.concatenate([np.zeros(n_out, np.int64), np.ones(n_in, np.int64)])
    return pts, labels


def reg_plane(n: int, noise: float, rng: np.random.Generator):
    """regressPlane: uniform in [−6, 6]², label = (x + y + noise)/10 (domain [−10, 10] → [−1, 1])."""
    r = REGRESSION_RADIUS
    x = _uniform(rng, -r, r, n)
    y = _uniform(rng, -r, r, n)
    noise_x = _uniform(rng, -r, r, n) * noise
    noise_y = _uniform(rng, -r, r, n) * noise
    label = ((x + noise_x) + (y + noise_y)) / 10.0
    return np.column_stack([x, y]), label.reshape(-1, 1)


def reg_gauss_label(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """regressGaussian's getLabel: of the six signed bumps max(0, 1 − d/2), the one largest in absolute value."""
    label = np.zeros_like(x, dtype=np.float64)
    for cx, cy, sign in REG_GAUSSIANS:
        d = np.hypot(x - cx, y - cy)
        new = sign * np.clip(1.0 - d / 2.0, 0.0, 1.0)
        label = np.where(np.abs(new) > np.abs(label), new, label)
    return label


def reg_gauss(n: int, noise: float, rng: np.random.Generator):
    """regressGaussian: uniform in [−6, 6]², label from the six Gaussians of dataset.ts at the noisy point."""
    r = REGRESSION_RADIUS
    x = _uniform(rng, -r, r, n)
    y = _uniform(rng, -r, r, n)
    noise_x = _uniform(rng, -r, r, n) * noise
    noise_y = _uniform(rng, -r, r, n) * noise
    label = reg_gauss_label(x + noise_x, y + noise_y)
    return np.column_stack([x, y]), label.reshape(-1, 1)


#: name → (generator, task, takes ``classes``)
GENERATORS: dict[str, tuple[Callable[..., tuple[np.ndarray, np.ndarray]], str, bool]] = {
    "circle": (circle, "classification", False),
    "xor": (xor, "classification", False),
    "gauss": (gauss, "classification", False),
    "spiral": (spiral, "classification", False),
    "moons": (moons, "classification", False),
    "blobs": (blobs, "classification", True),
    "spirals": (spirals, "classification", True),
    "reg-plane": (reg_plane, "regression", False),
    "reg-gauss": (reg_gauss, "regression", False),
}


def generate(name: str, n: int, noise: float, seed: int, classes: int = 3):
    """Points and labels of the synthetic dataset ``name``, deterministic for a seed."""
    func, _task, has_classes = GENERATORS[name]
    rng = np.random.default_rng(seed)
    if has_classes:
        return func(n, noise, rng, classes)
    return func(n, noise, rng)
