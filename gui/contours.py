"""Contour lines of a grid of values: marching squares in NumPy, as segment pairs.

``contour_segments`` gives every piece of the level lines through one grid as x and y
arrays of point pairs (a PlotDataItem draws them with ``connect="pairs"``), all levels at
once and without a Python loop over cells: a 101 × 101 grid with a dozen levels takes a
few milliseconds. ``contour_levels`` picks levels a learner can read: spaced evenly on a
log scale when every value is above 0 (a loss, Rosenbrock), else evenly.
"""

from __future__ import annotations

import numpy as np


def contour_levels(z: np.ndarray, count: int = 12) -> tuple[np.ndarray, bool]:
    """``count`` levels over the finite values of ``z`` (the top 2 % left out, so one wall
    does not take every level), and whether they are spaced on a log scale."""
    finite = z[np.isfinite(z)]
    if finite.size == 0:
        return np.zeros(0), False
    lo, hi = float(finite.min()), float(np.quantile(finite, 0.98))
    if not hi > lo:
        return np.zeros(0), False
    if lo >= 0:  # a minimum of exactly 0 (the valley's): start the decades a little above it
        return np.geomspace(max(lo, hi * 1e-3), hi, count + 2)[1:-1], True
    return np.linspace(lo, hi, count + 2)[1:-1], False


def contour_segments(
    xs: np.ndarray, ys: np.ndarray, z: np.ndarray, levels: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The level lines of ``z`` (row i at ys[i], column j at xs[j]) as point pairs (x, y)."""
    out_x, out_y = [], []
    xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)
    z = np.asarray(z, dtype=float)
    finite = np.isfinite(z)
    if not finite.all():  # a value that overflowed is a high wall, not a hole
        z = np.where(finite, z, np.max(z[finite]) if finite.any() else 0.0)
    xx, yy = np.meshgrid(xs, ys)
    # the cells' corners: 0 (x_j, y_i), 1 (x_j+1, y_i), 2 (x_j+1, y_i+1), 3 (x_j, y_i+1)
    corners = (np.s_[:-1, :-1], np.s_[:-1, 1:], np.s_[1:, 1:], np.s_[1:, :-1])
    geometry = (
        tuple(z[s] for s in corners),
        tuple(xx[s] for s in corners),
        tuple(yy[s] for s in corners),
    )
    for level in np.atleast_1d(levels):
        px, py = _level_segments(geometry, float(level))
        out_x.append(px)
        out_y.append(py)
    if not out_x:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(out_x), np.concatenate(out_y)


def _level_segments(geometry: tuple, level: float) -> tuple[np.ndarray, np.ndarray]:
    c, corner_x, corner_y = geometry
    below = [v < level for v in c]
    # edge k runs from corner k to corner k + 1: bottom, right, top, left
    cross, ex, ey = [], [], []
    with np.errstate(invalid="ignore", divide="ignore"):
        for k in range(4):
            a, b = k, (k + 1) % 4
            hit = below[a] != below[b]
            t = np.where(hit, (level - c[a]) / np.where(hit, c[b] - c[a], 1.0), 0.0)
            cross.append(hit)
            ex.append(corner_x[a] + t * (corner_x[b] - corner_x[a]))
            ey.append(corner_y[a] + t * (corner_y[b] - corner_y[a]))
    cross_a, ex_a, ey_a = np.stack(cross), np.stack(ex), np.stack(ey)  # (4, ny-1, nx-1)
    n = cross_a.sum(axis=0)
    pieces_x, pieces_y = [], []
    two = n == 2
    if two.any():  # one segment between the two edges crossed
        first = np.argmax(cross_a, axis=0)
        second = 3 - np.argmax(cross_a[::-1], axis=0)
        for e in (first, second):
            pieces_x.append(np.take_along_axis(ex_a, e[None], 0)[0][two])
            pieces_y.append(np.take_along_axis(ey_a, e[None], 0)[0][two])
    pairs_x = [np.stack(pieces_x, axis=1)] if pieces_x else []
    pairs_y = [np.stack(pieces_y, axis=1)] if pieces_y else []
    four = n == 4
    if four.any():  # a saddle cell: the centre's side decides which corners the lines cut off
        centre_below = (sum(c) / 4.0)[four] < level
        joined = centre_below == below[0][four]  # corners 0 and 2 connect through the centre
        for e1, e2, e3, e4 in ((0, 1, 2, 3), (0, 3, 1, 2)):
            pick = joined if e1 == 0 and e2 == 1 else ~joined
            for a, b in ((e1, e2), (e3, e4)):
                pairs_x.append(np.stack([ex_a[a][four][pick], ex_a[b][four][pick]], axis=1))
                pairs_y.append(np.stack([ey_a[a][four][pick], ey_a[b][four][pick]], axis=1))
    if not pairs_x:
        return np.zeros(0), np.zeros(0)
    return np.concatenate(pairs_x).ravel(), np.concatenate(pairs_y).ravel()
