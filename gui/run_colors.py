"""One colour per run of a race, per ghost curve and per optimizer path: colour-blind safe.

The Okabe–Ito colours (gui/theme.py's palette) in an order that keeps the first runs far
apart, without its yellow and black: yellow vanishes on a white plot, and black is the
colour of the plots' markers. Six runs at most, as a race compares at most six values.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QIcon, QPixmap

RUN_COLORS: tuple[tuple[int, int, int], ...] = (
    (0, 114, 178),  # blue
    (213, 94, 0),  # vermillion
    (0, 158, 115),  # bluish green
    (204, 121, 167),  # reddish purple
    (230, 159, 0),  # orange
    (86, 180, 233),  # sky blue
)


def run_color(index: int) -> tuple[int, int, int]:
    """Run ``index``'s colour (0-based; the palette repeats past six)."""
    return RUN_COLORS[index % len(RUN_COLORS)]


def run_pen(index: int, width: float = 2.0, alpha: int = 255, dashed: bool = False):
    """A cosmetic pen of run ``index``'s colour."""
    pen = pg.mkPen((*run_color(index), alpha), width=width)
    if dashed:
        pen.setDashPattern([5.0, 3.0])
    return pen


def swatch(index: int, size: int = 12) -> QIcon:
    """A small square of run ``index``'s colour, for a table's or a list's rows."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(*run_color(index)))
    return QIcon(pixmap)
