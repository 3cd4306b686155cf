"""Toy surfaces (engine/toy_surfaces.py): the engine's optimizers on 2-D textbook functions match
their update rules written out by hand, momentum beats SGD down the narrow valley, and each
surface's gradient is its function's."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.spec import OptimizerSpec
from engine.toy_surfaces import SURFACES, optimizer_path, race_on_surface, surface, surface_grid

START = (-2.0, 1.0)


def valley_grad(p: np.ndarray) -> np.ndarray:
    return np.array([2.0 * p[0], 20.0 * p[1]])


def by_hand_sgd(lr: float, steps: int) -> np.ndarray:
    p = np.array(START)
    out = [p.copy()]
    for _ in range(steps):
        p = p - lr * valley_grad(p)
        out.append(p.copy())
    return np.stack(out)


def by_hand_momentum(lr: float, mu: float, steps: int) -> np.ndarray:
    """torch.optim.SGD(momentum=μ): b₁ = g, b_t = μ·b_{t−1} + g, p ← p − η·b_t."""
    p = np.array(START)
    b = None
    out = [p.copy()]
    for _ in range(steps):
        g = valley_grad(p)
        b = g.copy() if b is None else mu * b + g
        p = p - lr * b
        out.append(p.copy())
    return np.stack(out)


def by_hand_adam(lr: float, b1: float, b2: float, eps: float, steps: int) -> np.ndarray:
    """torch.optim.Adam: bias-corrected moments, ε added after the corrected √v."""
    p = np.array(START)
    m = np.zeros(2)
    v = np.zeros(2)
    out = [p.copy()]
    for t in range(1, steps + 1):
        g = valley_grad(p)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = np.sqrt(v) / math.sqrt(1 - b2**t) + eps
        p = p - (lr / (1 - b1**t)) * m / denom
        out.append(p.copy())
    return np.stack(out)


def test_paths_follow_the_update_rules_written_out_by_hand():
    n = 60
    sgd = optimizer_path("valley", OptimizerSpec("sgd", 0.03), n, START)
    np.testing.assert_allclose(sgd.points, by_hand_sgd(0.03, n), rtol=1e-13, atol=1e-300)
    mom = optimizer_path("valley", OptimizerSpec("momentum", 0.01, momentum=0.8), n, START)
    np.testing.assert_allclose(mom.points, by_hand_momentum(0.01, 0.8, n), rtol=1e-12, atol=1e-300)
    adam = optimizer_path("valley", OptimizerSpec("adam", 0.1), n, START)
    np.testing.assert_allclose(
        adam.points, by_hand_adam(0.1, 0.9, 0.999, 1e-8, n), rtol=1e-12, atol=1e-300
    )
    x, y = sgd.points[-1]
    assert sgd.values[-1] == pytest.approx(x * x + 10 * y * y)


def test_momentum_reaches_the_valley_floor_in_fewer_steps_than_sgd():
    lr = 0.01
    sgd, mom = race_on_surface(
        "valley", [OptimizerSpec("sgd", lr), OptimizerSpec("momentum", lr, momentum=0.9)], 2000
    )
    assert np.array_equal(sgd.points[0], mom.points[0])
    s, m = sgd.steps_to(1e-3), mom.steps_to(1e-3)
    assert s is not None and m is not None
    assert m < s
    assert sgd.values[s] < 1e-3 <= sgd.values[s - 1]


@pytest.mark.parametrize("name", sorted(SURFACES))
def test_gradients_are_the_functions(name):
    surf = surface(name)
    rng = np.random.default_rng(1)
    (x0, x1), (y0, y1) = surf.domain
    for x, y in zip(rng.uniform(x0, x1, 5), rng.uniform(y0, y1, 5), strict=True):
        h = 1e-6
        gx = (surf.f(x + h, y) - surf.f(x - h, y)) / (2 * h)
        gy = (surf.f(x, y + h) - surf.f(x, y - h)) / (2 * h)
        assert surf.grad(x, y) == pytest.approx((gx, gy), rel=1e-5, abs=1e-4)
    if surf.minimum is not None:
        assert surf.grad(*surf.minimum) == pytest.approx((0.0, 0.0), abs=1e-12)
    xs, ys, z = surface_grid(surf, 11)
    assert z.shape == (11, 11) and z[3, 7] == pytest.approx(surf.f(xs[7], ys[3]))


def test_the_saddle_is_left_and_an_exploding_path_stops():
    slow = optimizer_path("saddle", OptimizerSpec("sgd", 0.1), 50)
    assert abs(slow.points[-1][0]) < 1e-3 and abs(slow.points[-1][1]) > 1  # off along y
    boom = optimizer_path("valley", OptimizerSpec("sgd", 0.5), 10_000)
    assert boom.escaped and len(boom.points) < 10_000
    stop = optimizer_path("valley", OptimizerSpec("sgd", 0.04), 10_000, stop_below=1e-6)
    assert stop.values[-1] < 1e-6 and stop.values[-2] >= 1e-6
    with pytest.raises(KeyError, match="choose one of"):
        surface("bowl")
