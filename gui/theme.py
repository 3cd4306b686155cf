"""Colours shared by the window's plots: colour-blind-safe maps and class colours."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

# Playground's orange (negative / class 0) and blue (positive / class 1); safe for colour-blind eyes
ORANGE = (245, 147, 34)
BLUE = (8, 119, 189)
WHITE = (245, 245, 245)
# Okabe–Ito categorical palette (colour-blind safe), for 3+ classes
OKABE_ITO = (
    (230, 159, 0),
    (86, 180, 233),
    (0, 158, 115),
    (240, 228, 66),
    (0, 114, 178),
    (213, 94, 0),
    (204, 121, 167),
    (0, 0, 0),
    (153, 153, 153),
    (120, 80, 40),
)
TRAIN_LOSS = (0, 114, 178)
TEST_LOSS = (213, 94, 0)


def lighten(rgb: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    """The colour moved ``amount`` (0…1) of the way to white."""
    return tuple(int(c + (255 - c) * amount) for c in rgb)


def diverging_colormap(light: bool = False) -> pg.ColorMap:
    """Orange → white → blue, for values from low to high (a decision map or a neuron's output).

    ``light`` gives paler ends, for a background under data points of the full colours.
    """
    a = 0.4 if light else 0.0
    return pg.ColorMap([0.0, 0.5, 1.0], [lighten(ORANGE, a), WHITE, lighten(BLUE, a)])


def class_colors(n_classes: int) -> list[tuple[int, int, int]]:
    """A colour per class: orange/blue for two classes, Okabe–Ito for more."""
    if n_classes <= 2:
        return [ORANGE, BLUE][: max(n_classes, 1)]
    return [OKABE_ITO[i % len(OKABE_ITO)] for i in range(n_classes)]


def categorical_colormap(n_classes: int) -> pg.ColorMap:
    """A stepwise map whose level k (0..n-1) is class k's colour, lightened for a background."""
    cols = [lighten(rgb, 0.45) for rgb in class_colors(n_classes)]
    if n_classes <= 1:
        return pg.ColorMap([0.0, 1.0], [cols[0], cols[0]])
    pos = np.linspace(0.0, 1.0, n_classes)
    return pg.ColorMap(pos, cols, mapping=pg.ColorMap.CLIP)


def brushes_for(labels: np.ndarray, n_classes: int) -> list:
    """One QBrush per point, coloured by its class."""
    brushes = [pg.mkBrush(*c) for c in class_colors(n_classes)]
    return [brushes[int(k) % len(brushes)] for k in labels]


def value_brushes(values: np.ndarray, lo: float, hi: float) -> list:
    """One QBrush per point, coloured by a regression target on the diverging map."""
    cmap = diverging_colormap()
    span = hi - lo if hi > lo else 1.0
    cols = cmap.map(np.clip((np.asarray(values, dtype=float) - lo) / span, 0, 1), mode="qcolor")
    return [pg.mkBrush(c) for c in cols]
