"""A contour map with paths over it: the loss landscape's and the toy surfaces' one plot.

The values are an image in pale colours (low: blue-grey, high: white, on a log scale when
every value is ≥ 0) with dark level lines (gui/contours.py), so that the paths drawn
over it in the runs' colours (gui/run_colors.py) stand out. A marker names a point: the
current weights at the centre of a slice, a surface's start and its minimum.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.contours import contour_levels, contour_segments
from gui.run_colors import run_color, run_pen
from gui.widgets.plot_widget import plot_widget

#: the background's colours from the lowest value to the highest
PALE = pg.ColorMap([0.0, 0.5, 1.0], [(112, 136, 176), (196, 208, 224), (252, 252, 252)])
LEVEL_PEN = (60, 60, 60, 150)


class ContourPlot(QWidget):
    """A grid of values as a pale image with level lines, paths and named points over it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = plot_widget(self)
        self.plot = self.widget.getPlotItem()
        self.plot.showGrid(x=False, y=False)
        self.legend = self.plot.addLegend(offset=(-8, 8), labelTextSize="8pt")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 150))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(PALE)
        self.plot.addItem(self.image)
        self.levels = pg.PlotDataItem(pen=pg.mkPen(LEVEL_PEN, width=1))
        self.plot.addItem(self.levels)
        self.paths: list[pg.PlotDataItem] = []
        self.ends = pg.ScatterPlotItem(size=9, pen=pg.mkPen(0, 0, 0, 200, width=1))
        self.ends.setZValue(20)
        self.plot.addItem(self.ends)
        self.markers: list[tuple[pg.ScatterPlotItem, pg.TextItem]] = []
        self.grid: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.log_scale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    # ----- the values -------------------------------------------------------------------
    def set_grid(self, xs: np.ndarray, ys: np.ndarray, z: np.ndarray, x_label: str, y_label: str):
        """Show z (row i at ys[i], column j at xs[j]) with its level lines, the axes fitted."""
        xs, ys, z = np.asarray(xs, float), np.asarray(ys, float), np.asarray(z, float)
        self.grid = (xs, ys, z)
        levels, self.log_scale = contour_levels(z)
        shown = z
        if self.log_scale:
            floor = float(levels[0]) / 10.0 if levels.size else 1e-12
            shown = np.log10(np.maximum(z, floor))
        finite = shown[np.isfinite(shown)]
        if finite.size:
            lo, hi = float(finite.min()), float(np.quantile(finite, 0.98))
            hi = hi if hi > lo else lo + 1.0
            self.image.setImage(np.nan_to_num(shown, nan=hi, posinf=hi), levels=(lo, hi))
        else:
            self.image.clear()
        dx = (xs[-1] - xs[0]) / max(len(xs) - 1, 1)
        dy = (ys[-1] - ys[0]) / max(len(ys) - 1, 1)
        self.image.setRect(
            QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy)
        )
        lx, ly = contour_segments(xs, ys, z, levels)
        self.levels.setData(lx, ly, connect="pairs")
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.plot.setRange(xRange=(xs[0], xs[-1]), yRange=(ys[0], ys[-1]), padding=0.0)

    def value_at(self, x: float, y: float) -> float | None:
        """The grid's value nearest to (x, y), or None outside it."""
        if self.grid is None:
            return None
        xs, ys, z = self.grid
        if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
            return None
        j, i = int(np.abs(xs - x).argmin()), int(np.abs(ys - y).argmin())
        return float(z[i, j])

    # ----- paths and points ---------------------------------------------------------------
    def set_paths(self, paths: Sequence[tuple[str, int, np.ndarray]]) -> None:
        """Each (label, colour index, points (k × 2)) as a line in that colour with its end marked."""
        for item in self.paths:
            self.legend.removeItem(item)
            self.plot.removeItem(item)
        self.paths = []
        ends, brushes = [], []
        for label, color, pts in paths:
            pts = np.asarray(pts, dtype=float).reshape(-1, 2)
            item = pg.PlotDataItem(pts[:, 0], pts[:, 1], pen=run_pen(color, 2.0), name=label)
            item.setZValue(10)
            self.plot.addItem(item)
            self.paths.append(item)
            if len(pts):
                ends.append(pts[-1])
                brushes.append(pg.mkBrush(*run_color(color)))
        if ends:
            e = np.asarray(ends)
            self.ends.setData(e[:, 0], e[:, 1], brush=brushes)
        else:
            self.ends.setData([], [])

    def set_markers(self, markers: Sequence[tuple]) -> None:
        """Named points: (text, x, y, symbol), drawn black with the text above right of them,
        or (text, x, y, symbol, left): below left (out of the way of paths heading right), or
        below right near the plot's left edge."""
        for dot, text in self.markers:
            self.plot.removeItem(dot)
            self.plot.removeItem(text)
        self.markers = []
        for label, x, y, symbol, *left in markers:
            dot = pg.ScatterPlotItem(
                [x], [y], symbol=symbol, size=14, brush=pg.mkBrush(20, 20, 20),
                pen=pg.mkPen(255, 255, 255, width=1.5),
            )  # fmt: skip
            dot.setZValue(30)
            anchor = (1, 0) if left and left[0] else (0, 1)
            if left and left[0] and self.grid is not None:
                xs = self.grid[0]  # near the left edge (a slice fitted to paths heading right)
                if x - xs[0] < 0.3 * (xs[-1] - xs[0]):
                    anchor = (0, 0)  # below right: below left it would be cut off
            text = pg.TextItem(label, color=(20, 20, 20), anchor=anchor, fill=(255, 255, 255, 170))
            text.setPos(x, y)
            text.setZValue(31)
            self.plot.addItem(dot)
            self.plot.addItem(text)
            self.markers.append((dot, text))

    def clear(self) -> None:
        """Nothing shown."""
        self.grid = None
        self.image.clear()
        self.levels.setData([], [])
        self.set_paths([])
        self.set_markers([])

    @property
    def path_count(self) -> int:
        return len(self.paths)

    def legend_left(self, on: bool) -> None:
        """The legend in the top left corner (where a race's paths, which head right from the
        centre, leave room) or the top right."""
        self.legend.setOffset((8, 8) if on else (-8, 8))

    def keep_square(self, on: bool) -> None:
        """Equal scales on both axes (a toy surface) or not (a slice of two weights)."""
        self.plot.getViewBox().setAspectLocked(on)
