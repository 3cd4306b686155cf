"""Toy surfaces: optimizers on textbook 2-D functions, with no network.

Each surface is f(x, y) with its analytic gradient: a long narrow valley f = x² + 10y²,
Rosenbrock's banana, Beale's function and the saddle x² − y². ``optimizer_path`` moves a
point (x, y) from a start with one of engine/optimizers.py's classes, through the same
``Optimizer.update`` the trainer calls (the point is a 2-vector parameter named ``"p"``,
held in a flat buffer as on NumPy), so each path shows exactly the rule the network
trains with. ``surface_grid`` samples f for a contour plot.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.optimizers import make_optimizer
from engine.spec import OptimizerSpec

#: a path ends when the point leaves this box (the saddle sends it away for ever)
ESCAPE = 1e6


@dataclass(frozen=True)
class Surface:
    """A 2-D function with its gradient, where to look at it and where paths start."""

    name: str
    title: str
    formula: str
    f: Callable[[np.ndarray, np.ndarray], np.ndarray]  # vectorised over arrays of x and y
    grad: Callable[[float, float], tuple[float, float]]
    domain: tuple[tuple[float, float], tuple[float, float]]  # (x range, y range) for plots
    start: tuple[float, float]
    minimum: tuple[float, float] | None  # None: no minimum (the saddle)


def _valley_grad(x: float, y: float) -> tuple[float, float]:
    return 2.0 * x, 20.0 * y


def _rosenbrock_grad(x: float, y: float) -> tuple[float, float]:
    return -2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)


def _beale_terms(x, y):
    return (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y**3)


def _beale(x, y):
    t1, t2, t3 = _beale_terms(x, y)
    return t1 * t1 + t2 * t2 + t3 * t3


def _beale_grad(x: float, y: float) -> tuple[float, float]:
    t1, t2, t3 = _beale_terms(x, y)
    gx = 2.0 * t1 * (y - 1.0) + 2.0 * t2 * (y * y - 1.0) + 2.0 * t3 * (y**3 - 1.0)
    gy = 2.0 * t1 * x + 2.0 * t2 * (2.0 * x * y) + 2.0 * t3 * (3.0 * x * y * y)
    return gx, gy


SURFACES: dict[str, Surface] = {
    s.name: s
    for s in (
        Surface(
            "valley",
            "Long narrow valley",
            "f = x² + 10y²",
            lambda x, y: x * x + 10.0 * y * y,
            _valley_grad,
            ((-2.5, 2.5), (-1.5, 1.5)),
            (-2.0, 1.0),
            (0.0, 0.0),
        ),
        Surface(
            "rosenbrock",
            "Rosenbrock",
            "f = (1 − x)² + 100(y − x²)²",
            lambda x, y: (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2,
            _rosenbrock_grad,
            ((-2.0, 2.0), (-1.0, 3.0)),
            (-1.5, 2.0),
            (1.0, 1.0),
        ),
        Surface(
            "beale",
            "Beale",
            "f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²",
            _beale,
            _beale_grad,
            ((-4.5, 4.5), (-4.5, 4.5)),
            (1.0, 1.5),
            (3.0, 0.5),
        ),
        Surface(
            "saddle",
            "Saddle",
            "f = x² − y²",
            lambda x, y: x * x - y * y,
            lambda x, y: (2.0 * x, -2.0 * y),
            ((-2.0, 2.0), (-2.0, 2.0)),
            (-1.5, 1e-3),
            None,
        ),
    )
}


def surface(name: str) -> Surface:
    """The surface called ``name``; KeyError naming the choices."""
    try:
        return SURFACES[name]
    except KeyError:
        raise KeyError(f"unknown surface {name!r}; choose one of {', '.join(SURFACES)}") from None


@dataclass(frozen=True)
class Path:
    """Where an optimizer took the point: positions (steps + 1, 2) and f there (steps + 1,)."""

    optimizer: OptimizerSpec
    points: np.ndarray
    values: np.ndarray
    escaped: bool  # left the box |x|, |y| < ESCAPE (or became NaN) and was stopped

    def steps_to(self, threshold: float) -> int | None:
        """The first step after which f is below ``threshold``; None if it never is."""
        hits = np.nonzero(self.values < threshold)[0]
        return int(hits[0]) if hits.size else None


def optimizer_path(
    surf: Surface | str,
    optimizer: OptimizerSpec,
    steps: int,
    start: tuple[float, float] | None = None,
    stop_below: float | None = None,
) -> Path:
    """``steps`` updates of ``optimizer`` on the surface from ``start`` (the surface's own by
    default), through engine/optimizers.py's ``update``; stops early once f < ``stop_below``."""
    s = surface(surf) if isinstance(surf, str) else surf
    x0, y0 = s.start if start is None else start
    p = np.array([x0, y0], dtype=np.float64)
    params = {"p": p}  # the parameter is a view of the flat buffer: the buffer itself
    opt = make_optimizer(optimizer, np)
    points = [p.copy()]
    escaped = False
    for _ in range(int(steps)):
        gx, gy = s.grad(float(p[0]), float(p[1]))
        opt.update(["p"], params, {"p": np.array([gx, gy])}, flat=p)
        points.append(p.copy())
        if not (math.isfinite(p[0]) and math.isfinite(p[1])) or np.max(np.abs(p)) > ESCAPE:
            escaped = True
            break
        if stop_below is not None and float(s.f(p[0], p[1])) < stop_below:
            break
    pts = np.stack(points)
    with np.errstate(all="ignore"):
        values = np.asarray(s.f(pts[:, 0], pts[:, 1]), dtype=np.float64)
    return Path(optimizer, pts, values, escaped)


def race_on_surface(
    surf: Surface | str,
    optimizers: list[OptimizerSpec],
    steps: int,
    start: tuple[float, float] | None = None,
) -> list[Path]:
    """Each optimizer's path from the same start."""
    return [optimizer_path(surf, o, steps, start) for o in optimizers]


def surface_grid(
    surf: Surface | str, resolution: int = 101
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xs, ys, f) over the surface's domain; f's row i is y = ys[i], column j is x = xs[j]."""
    s = surface(surf) if isinstance(surf, str) else surf
    (x0, x1), (y0, y1) = s.domain
    xs, ys = np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution)
    xx, yy = np.meshgrid(xs, ys)
    return xs, ys, np.asarray(s.f(xx, yy), dtype=np.float64)
