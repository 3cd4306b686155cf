"""The Training health dock's distributions: each layer's weight and activation histograms, now
and over time, as a strip of small multiples (one column per layer).

Per layer, two small plots: the histogram of its weights W_k and that of its activations a_k on
up to 256 training examples; "Over time" turns both into histograms over time (an image: time to
the right, the values upwards, darker where more of them are; the way TensorBoard shows a
histogram over time). A column is at least ``CELL_WIDTH`` wide: more layers scroll sideways. The histograms come with the snapshot (engine/health.py: fixed bin edges
per layer that double when a value falls outside); a column of the over-time image is added at
each new measurement, and when ``COLUMNS`` are full every other one goes and the image keeps
covering the whole run. Items are made once per architecture; each redraw is setData/setImage.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from gui.health_legend import layer_color
from gui.theme import lighten

#: columns of an over-time image before it is thinned to half
COLUMNS = 200
#: the least width of a layer's column, in pixels
CELL_WIDTH = 120


def rebin(counts: np.ndarray, old: np.ndarray, new: np.ndarray) -> np.ndarray:
    """Counts on the bins ``old`` moved onto the bins ``new`` (their cumulative sum interpolated:
    exact when the range doubled, as engine/health.py's ranges do)."""
    cum = np.concatenate([[0.0], np.cumsum(counts, axis=-1, dtype=float)])
    return np.diff(np.interp(new, old, cum, left=0.0, right=float(cum[-1])))


class _OverTime:
    """The columns of one histogram over time: the shares per bin at each kept measurement."""

    def __init__(self) -> None:
        self.edges: np.ndarray | None = None
        self.columns: list[np.ndarray] = []
        self.steps: list[int] = []
        self.stride = 1  # keep every stride-th measurement (doubles at each thinning)
        self._seen = 0

    def add(self, step: int, edges: np.ndarray, counts: np.ndarray) -> None:
        if self.steps and step <= self.steps[-1]:  # a step back or a jump: start again
            self.__init__()
        if self.edges is not None and not np.array_equal(edges, self.edges):
            self.columns = [rebin(c, self.edges, edges) for c in self.columns]
        self.edges = edges
        self._seen += 1
        if (self._seen - 1) % self.stride:
            return
        total = float(counts.sum())
        self.columns.append(counts / total if total else counts.astype(float))
        self.steps.append(int(step))
        if len(self.columns) >= COLUMNS:
            self.columns, self.steps = self.columns[::2], self.steps[::2]
            self.stride *= 2

    def image(self) -> np.ndarray:
        """(time, bins), the square root of the shares so that thin tails still show."""
        return np.sqrt(np.array(self.columns))


class DistributionStrip(QWidget):
    """The small multiples: a column per layer, its weights above its activations; now, or over
    time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # the panel shows it in its tab bar's corner (HealthPanel)
        self.over_time = QCheckBox(self.tr("Over time"), self)
        self.over_time.setToolTip(
            self.tr(
                "Show each histogram over the run: time to the right, values upwards, darker "
                "where more of them are"
            )
        )
        self.over_time.toggled.connect(self._set_mode)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setToolTip(
            self.tr(
                "Each column is a layer: the histogram of its weights W (top) and of its "
                "activations a = f(z) on up to 256 training examples (bottom). Weights that "
                "spread out, or activations piled at the ends of their range (saturated sigmoid "
                "or tanh) or at 0 (dead ReLUs), show here first."
            )
        )
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.view)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        self._font = QFont(self.font())
        self._font.setPointSizeF(max(6.0, self._font.pointSizeF() * 0.75))
        self._arch: tuple = ()
        self._items: list[dict] = []  # per layer: plot, bars and image of "W" and "a"
        self._time: dict[tuple[str, int], _OverTime] = {}
        self._health: dict | None = None

    def _build(self, activations: tuple[str, ...]) -> None:
        """Items for this architecture (made once; a new architecture makes them again)."""
        self.view.clear()
        self._items, self._time = [], {}
        self.view.setMinimumWidth(CELL_WIDTH * len(activations) + 30)
        # no header row (the bars have their layer's colour, as in the legend above): rows W, a
        for row, kind in enumerate(("W", "a")):
            label = self.view.addLabel(kind, row=row, col=0, size="9pt", bold=True)
            label.setToolTip(
                self.tr("W: the weights into each layer")
                if kind == "W"
                else self.tr("a: each layer's outputs a = f(z) on the training sample")
            )
        for k in range(1, len(activations) + 1):
            self._items.append(
                {kind: self._cell(kind, k, row) for row, kind in ((0, "W"), (1, "a"))}
            )
        self._arch = activations
        self._set_mode(self.over_time.isChecked())

    def _cell(self, kind: str, k: int, row: int) -> dict:
        color = layer_color(k)
        plot = self.view.addPlot(row=row, col=k)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.getViewBox().setToolTip(
            (
                self.tr("Histogram of the weights into layer %1: how many have each value")
                if kind == "W"
                else self.tr("Histogram of layer %1's outputs a = f(z) on the training sample")
            ).replace("%1", str(k))
        )
        for name, tip in (("bottom", self.tr("value")), ("left", self.tr("value"))):
            axis = plot.getAxis(name)
            axis.enableAutoSIPrefix(False)
            axis.setStyle(tickFont=self._font, tickLength=-3)
            axis.setToolTip(tip)
        bars = plot.plot(
            stepMode="center",
            fillLevel=0,
            brush=pg.mkBrush(*lighten(color, 0.35)),
            pen=pg.mkPen(color, width=1),
        )
        image = pg.ImageItem(axisOrder="row-major")
        cmap = pg.ColorMap([0.0, 1.0], [(255, 255, 255), color])
        image.setLookupTable(cmap.getLookupTable(nPts=64))
        plot.addItem(image)
        return {"plot": plot, "bars": bars, "image": image}

    def _set_mode(self, over_time: bool) -> None:
        """Histograms now (values along the bottom) or over time (values upwards)."""
        for cells in self._items:
            for cell in cells.values():
                plot = cell["plot"]
                cell["bars"].setVisible(not over_time)
                cell["image"].setVisible(over_time)
                plot.showAxis("left", over_time)
                plot.showAxis("bottom", not over_time)
                plot.getAxis("left").setWidth(28 if over_time else 0)
                plot.enableAutoRange()
        self._draw()

    def show_health(self, health: dict | None, activations: tuple[str, ...], step: int) -> bool:
        """Take the histograms of ``health`` (a snapshot's, or None) and draw them; whether
        anything changed."""
        if health is None:
            return False
        if activations != self._arch:
            self._build(activations)
            self._health = None
        if self._health is not None and self._health.get("step") == health.get("step"):
            return False  # the same measurement as drawn (snapshots between measurements)
        self._health = health
        now = int(health.get("step", step))
        for kind, key in (("W", "weight_histograms"), ("a", "activation_histograms")):
            for k, hist in enumerate(health.get(key) or (), start=1):
                if k <= len(self._items) and hist is not None:
                    edges, counts = (np.asarray(x) for x in hist)
                    self._time.setdefault((kind, k), _OverTime()).add(now, edges, counts)
        self._draw()
        return True

    def _draw(self) -> None:
        health = self._health
        if health is None:
            return
        over_time = self.over_time.isChecked()
        for kind, key in (("W", "weight_histograms"), ("a", "activation_histograms")):
            for k, hist in enumerate(health.get(key) or (), start=1):
                if k > len(self._items) or hist is None:
                    continue
                cell = self._items[k - 1][kind]
                edges, counts = (np.asarray(x) for x in hist)
                over = self._time.get((kind, k))
                if not over_time:
                    cell["bars"].setData(edges, counts.astype(float))
                elif over is not None and over.columns:
                    cell["image"].setImage(over.image().T, autoLevels=False, levels=(0.0, 0.6))
                    first, last = over.steps[0], max(over.steps[-1], over.steps[0] + 1)
                    cell["image"].setRect(
                        QRectF(first, edges[0], last - first, edges[-1] - edges[0])
                    )
