"""The confusion matrix of a classifier, drawn as one image whatever the number of classes.

Each row is a true class, each column a predicted class; a cell's colour is the share of that
row's samples predicted as that column (fixed levels 0–1). Up to ``LABEL_CLASSES`` classes every
cell shows its count (one item paints them all); beyond that, the most confused pairs are listed
under the matrix. Beyond ``IMAGE_SIDE`` classes, neighbouring classes share a pixel, so that the
image stays small (10,000 classes: 500 × 500 pixels of 20 × 20 classes each).

The data is engine/output_summary.py's ``confusion_summary``: non-zero cells as (true,
predicted, count) rows, never a k × k object per cell.
"""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui import theme
from gui.widgets.plot_widget import plot_widget

LABEL_CLASSES = 20  # up to this many classes each cell shows its count
IMAGE_SIDE = 500  # the image has at most this many pixels a side


def confusion_image(cells: np.ndarray, k: int, side: int = IMAGE_SIDE) -> tuple[np.ndarray, int]:
    """The matrix as an image of row shares, and how many classes one pixel spans (``block``).

    ``cells``: (m, 3) rows (true, predicted, count). With more than ``side`` classes, blocks of
    ``block`` × ``block`` classes are summed into one pixel, shares of the block's rows."""
    block = max(1, math.ceil(k / side))
    n = max(1, math.ceil(k / block))
    counts = np.zeros((n, n), dtype=np.float64)
    cells = np.asarray(cells, dtype=np.int64).reshape(-1, 3)
    np.add.at(counts, (cells[:, 0] // block, cells[:, 1] // block), cells[:, 2])
    rows = counts.sum(axis=1, keepdims=True)
    image = np.divide(counts, rows, out=np.zeros_like(counts), where=rows > 0)
    return image.astype(np.float32), block


def nice_step(at_least: float) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, 100, … that is at least ``at_least``."""
    scale = 1
    while True:
        for m in (1, 2, 5):
            if m * scale >= at_least:
                return m * scale
        scale *= 10


class CellLabels(pg.GraphicsObject):
    """Every cell's count, written at its centre in screen pixels: one item for k² numbers."""

    def __init__(self) -> None:
        super().__init__()
        self._counts = np.zeros((0, 0), dtype=np.int64)
        self._light = np.zeros((0, 0), dtype=bool)  # white text on a dark cell
        self._font = QFont()
        self._font.setPointSizeF(8.0)

    def set_counts(self, counts: np.ndarray, shares: np.ndarray) -> None:
        """Show ``counts`` (k × k); ``shares`` (the image) picks light text on dark cells."""
        if counts.shape != self._counts.shape:
            self.prepareGeometryChange()
        self._counts = np.asarray(counts, dtype=np.int64)
        self._light = np.asarray(shares) > 0.55
        self.update()

    def boundingRect(self) -> QRectF:
        k = self._counts.shape[0]
        return QRectF(-0.5, -0.5, k, k)

    def paint(self, painter, *_args) -> None:
        k = self._counts.shape[0]
        if k == 0:
            return
        transform = painter.transform()
        cell = min(abs(transform.m11()), abs(transform.m22()))  # a cell's size in pixels
        if cell < 10:
            return  # too small to read a number
        painter.resetTransform()
        painter.setFont(self._font)
        dark, light = QColor(20, 20, 20), QColor(255, 255, 255)
        for i in range(k):
            for j in range(k):
                c = transform.map(QPointF(j, i))
                painter.setPen(light if self._light[i, j] else dark)
                painter.drawText(
                    QRectF(c.x() - cell / 2, c.y() - cell / 2, cell, cell),
                    Qt.AlignmentFlag.AlignCenter,
                    str(int(self._counts[i, j])),
                )


class ConfusionView(QWidget):
    """The confusion matrix as one image, the counts in its cells (few classes) or the most
    confused pairs under it (many)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = plot_widget(self)
        self.plot.setAspectLocked(True)
        self.plot.getPlotItem().invertY(True)
        self.plot.setLabel("bottom", self.tr("predicted class"))
        self.plot.setLabel("left", self.tr("true class"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(250, 250, 250), theme.BLUE]))
        self.plot.addItem(self.image)
        self.labels = CellLabels()
        self.plot.addItem(self.labels)
        self.pairs = QLabel(self)
        self.pairs.setTextFormat(Qt.TextFormat.RichText)
        self.pairs.setWordWrap(True)  # a narrow dock wraps a pair rather than cutting it
        self.pairs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pairs.setAccessibleName(self.tr("Most confused classes"))
        self.pairs.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.pairs)
        self._k = -1
        self._names: tuple[str, ...] = ()
        self._cells: np.ndarray | None = None
        self.block = 1  # classes one pixel spans
        self._pair_lines: list[str] = []
        self._tick_steps = (0, 0)  # classes from one axis name to the next (x, y)
        vb = self.plot.getViewBox()
        vb.sigResized.connect(self._update_ticks)
        vb.sigRangeChanged.connect(self._update_ticks)

    def show_summary(self, summary: dict, class_names: tuple[str, ...]) -> None:
        """Draw a confusion summary (engine/output_summary.py's ``confusion_summary``)."""
        k = int(summary["n_classes"])
        cells = np.asarray(summary["confusion_cells"], dtype=np.int64).reshape(-1, 3)
        names = tuple(str(n) for n in class_names[:k])
        if k != self._k or names != self._names:
            self._k, self._names, self._cells = k, names, None
            self._set_axes(k, names)
        if self._cells is not None and np.array_equal(self._cells, cells):
            return  # the same matrix again
        self._cells = cells
        image, self.block = confusion_image(cells, k)
        self.image.setImage(image, levels=(0.0, 1.0), autoLevels=False)
        n = image.shape[0]
        self.image.setRect(QRectF(-0.5, -0.5, n * self.block, n * self.block))
        if k <= LABEL_CLASSES:
            counts = np.zeros((k, k), dtype=np.int64)
            counts[cells[:, 0], cells[:, 1]] = cells[:, 2]
            self.labels.set_counts(counts, image)
        else:
            self.labels.set_counts(np.zeros((0, 0), dtype=np.int64), image[:0, :0])
        self._show_pairs(k, summary.get("confusion_top"))

    def _set_axes(self, k: int, names: tuple[str, ...]) -> None:
        self._tick_steps = (0, 0)
        self.plot.setRange(xRange=(-0.5, k - 0.5), yRange=(-0.5, k - 0.5), padding=0.02)
        self._update_ticks()

    def _update_ticks(self, *_args) -> None:
        """Class names along both axes, as many as fit: every one, or every 2nd, 5th, 10th, …"""
        k, names = self._k, self._names
        vb = self.plot.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        if k <= 0 or vb.width() <= 0 or vb.height() <= 0:
            return
        longest = max((len(n[:12]) for n in names), default=2)
        steps = (
            nice_step((7 * longest + 12) / (vb.width() / max(x1 - x0, 1e-9))),
            nice_step(18 / (vb.height() / max(y1 - y0, 1e-9))),
        )
        if steps == self._tick_steps:
            return
        self._tick_steps = steps
        for axis, step in zip(("bottom", "left"), steps, strict=True):
            ticks = [(i, names[i][:12] if i < len(names) else str(i)) for i in range(0, k, step)]
            self.plot.getAxis(axis).setTicks([ticks])

    def _show_pairs(self, k: int, top) -> None:
        self._pair_lines = []
        if k <= LABEL_CLASSES:
            self.pairs.hide()
            return
        rows = np.asarray(top if top is not None else np.zeros((0, 3)), dtype=np.int64)
        names = self._names
        for t, p, n in rows.reshape(-1, 3):
            self._pair_lines.append(
                self.tr("true %1 → predicted %2: %3")
                .replace("%1", names[t] if t < len(names) else str(t))
                .replace("%2", names[p] if p < len(names) else str(p))
                .replace("%3", str(int(n)))
            )
        self._render_pairs()

    def _render_pairs(self) -> None:
        """The pairs in two columns, as many rows as leave the matrix two thirds of the height."""
        if self._k <= LABEL_CLASSES:
            return
        line = self.pairs.fontMetrics().lineSpacing() + 2
        rows = max(1, min(5, int(self.height() / 3 / line) - 1))
        shown = self._pair_lines[: 2 * rows]
        head = self.tr("Most confused, of %1 classes:").replace("%1", f"{self._k:,}")
        if not shown:
            body = html.escape(self.tr("no class was taken for another"))
        else:  # two columns, so that ten pairs take five lines under the matrix
            half = math.ceil(len(shown) / 2)
            cols = [shown[:half], shown[half:]]
            body = (
                "<table cellspacing=0 cellpadding=1>"
                + "".join(
                    "<tr>"
                    + "".join(
                        f"<td style='padding-right:14px'>{html.escape(c[i]) if i < len(c) else ''}</td>"
                        for c in cols
                    )
                    + "</tr>"
                    for i in range(half)
                )
                + "</table>"
            )
        rich = f"<b>{html.escape(head)}</b>{body}"  # markup around translated text
        self.pairs.setText(rich)
        self.pairs.show()

    def pair_lines(self) -> list[str]:
        """The most confused pairs, "true A → predicted B: n" (none while the cells show
        counts); as many are listed as the height allows."""
        return list(self._pair_lines)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._render_pairs()
