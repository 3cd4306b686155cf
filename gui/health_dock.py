"""The Training health dock: how each layer is doing while the network trains.

Four curves over the steps, one per layer in the legend's colours (gui/health_legend.py), from the
snapshot's health history (engine/health.py, session/health_monitor.py):

- gradient size ‖∂L/∂W_k‖ (RMS), log scale: vanishing gradients show as the first layers'
  curves far below the last layer's;
- update-to-weight ratio ‖ΔW_k‖/‖W_k‖, log scale, with the healthy band around 10⁻³ shaded;
- saturated units: the share of a sigmoid or tanh layer's (unit, example) pairs with |f′| < 0.05;
- dead units: the share of a ReLU layer's units that output 0 for every example;

and, on a second tab, each layer's weight and activation histograms (gui/health_histograms.py).

Drawing is cheap: the items are made once (a curve more only when a layer is added), each redraw
is setData on them, and a redraw happens only while the dock shows, when the history grew, at
most ``MAX_HZ`` times a second. The view follows the curves in coarse steps, so the axes are
regenerated a few times per run. Every caption, axis and curve has a tooltip; a caption's link
opens its glossary entry.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from engine.glossary import entry
from gui.health_histograms import DistributionStrip
from gui.health_legend import LayerLegend, layer_color
from gui.loss_plot import nice_ceiling
from gui.widgets.log_axis import LogAxis
from gui.widgets.on_screen import off_screen, when_shown
from gui.widgets.plot_widget import plot_widget
from session.snapshot import Snapshot

#: redraws a second at most while training plays (the health history grows ~5-10 rows a second)
MAX_HZ = 10.0
#: the update-to-weight ratio's healthy band, shaded around its rule-of-thumb value
HEALTHY_RATIO = 1e-3
HEALTHY_BAND = (10**-3.5, 10**-2.5)


@dataclass(frozen=True)
class _Stat:
    key: str  # the health history's column
    log: bool  # log scale (else a share shown in %)
    glossary: str
    applies: tuple[str, ...] = ()  # the activations it is measured for (empty: every layer)


def applies(stat: _Stat, spec) -> list[bool]:
    """Per layer, whether the plot of ``stat`` draws it. A sigmoid output under cross-entropy is
    left out of the saturation: its gradient a − y never goes through σ′, so an output that is
    confidently 0 or 1 (flat σ) is a network that learned, not one that is stuck."""
    out = []
    L = len(spec.layers)
    for k, layer in enumerate(spec.layers, start=1):
        ok = not stat.applies or layer.activation in stat.applies
        if stat.key == "saturated" and k == L and spec.loss == "bce":
            ok = False
        out.append(ok)
    return out


def _compact(steps: float) -> str:
    """A step count in few characters: 500, 2.5k, 10k, 1.5M."""
    for scale, suffix in ((1e6, "M"), (1e3, "k")):
        if steps >= scale:
            return f"{steps / scale:g}{suffix}"
    return f"{steps:g}"


STATS = (
    _Stat("grad_rms", True, "gradient-size"),
    _Stat("update_ratio", True, "update-ratio"),
    _Stat("saturated", False, "saturation", ("sigmoid", "tanh")),
    _Stat("dead", False, "dead-relu", ("relu",)),
)


class HealthCurves(QWidget):
    """One statistic over the steps: a caption with its glossary link, and a curve per layer."""

    glossaryRequested = Signal(str)

    def __init__(self, stat: _Stat, parent: QWidget | None = None):
        super().__init__(parent)
        self.stat = stat
        texts = self._texts(stat.key)
        # the tooltips end with the glossary's words for the symbol (engine/glossary.py)
        word = entry(stat.glossary, QCoreApplication.translate)
        texts["tip"] += f"\n\n{word.term}: {word.text}"
        self._none = texts["none"]
        self._caption = texts["caption"]
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setWordWrap(True)
        self.caption.linkActivated.connect(self._link)
        self.caption.setToolTip(texts["tip"])
        self._note: str | None = None  # the caption's note in italics, as shown
        self._set_caption("")
        axes = {"left": LogAxis("left")} if stat.log else None
        self.widget = plot_widget(self, axes)
        self.widget.setMinimumHeight(40)
        self.widget.setToolTip(texts["tip"])
        plot = self.plot = self.widget.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.2)
        plot.setMouseEnabled(False, False)
        plot.hideButtons()
        plot.getViewBox().setToolTip(texts["tip"])
        left, bottom = plot.getAxis("left"), plot.getAxis("bottom")
        left.setToolTip(texts["axis"])
        bottom.setToolTip(self.tr("step: optimizer steps done"))
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        for axis in (left, bottom):
            axis.setStyle(tickFont=font)
        if stat.log:
            left.setLogMode(True)  # the curves are log10 of the values (no warnings for 0)
        else:
            plot.setYRange(0.0, 100.0, padding=0.04)
        self.curves: list[pg.PlotDataItem] = []
        self._range: tuple | None = None
        if stat.key == "update_ratio":
            self._add_band()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.widget, 1)

    def _texts(self, key: str) -> dict[str, str]:
        """Caption, tooltip, axis tooltip and "not measured here" line of one statistic."""
        if key == "grad_rms":
            return {
                "caption": self.tr("<b>Gradient size</b> ‖∂L/∂W‖ (RMS)"),
                "tip": self.tr(
                    "How large the gradient of the loss with respect to each layer's weights is: the "
                    "root mean square of its entries, √(mean of (∂L/∂w)²), on up to 256 training "
                    "examples. Log scale: each labelled line is 10 times the one below. When the first "
                    "layers' curves sit 100 times or more below the last layer's, the gradient "
                    "vanishes on its way back and those layers barely learn. A layer whose every unit "
                    "is dead has gradient 0, which a log scale cannot show: its curve stops. ? opens "
                    "the glossary."
                ),
                "axis": self.tr(
                    "‖∂L/∂W‖ (RMS): the typical size of one weight's gradient in the layer"
                ),
                "none": "",
            }
        if key == "update_ratio":
            return {
                "caption": self.tr("<b>Update-to-weight ratio</b> ‖ΔW‖/‖W‖"),
                "tip": self.tr(
                    "How much the last step changed each layer's weights, relative to their size: "
                    "‖ΔW‖ / ‖W‖, both the root of the sum of squares. The shaded band is the healthy "
                    "range around 10⁻³ (a rule of thumb): far above it the learning rate is too "
                    "large and the weights jump about; far below it, the learning rate is too small "
                    "and the layer learns slowly. No point: no step yet, or the layer is frozen."
                ),
                "axis": self.tr(
                    "‖ΔW‖/‖W‖: the last step's change of the layer's weights over their size"
                ),
                "none": "",
            }
        if key == "saturated":
            return {
                "caption": self.tr("<b>Saturated units</b> %, |f′(z)| < 0.05"),
                "tip": self.tr(
                    "The share of a sigmoid or tanh layer's (unit, example) pairs where the activation "
                    "is flat: its slope |f′(z)| is below 0.05 (σ′ is at most 0.25, tanh′ at most 1). "
                    "A saturated unit passes almost no gradient back, so gradients vanish. Large "
                    "weights or inputs saturate units. Other activations have no curve here, nor a "
                    "sigmoid output under cross-entropy (its gradient a − y does not go through σ′)."
                ),
                "axis": self.tr("% of (unit, example) pairs with |f′(z)| < 0.05"),
                "none": self.tr("(no sigmoid or tanh layer)"),
            }
        return {
            "caption": self.tr("<b>Dead ReLU units</b> %"),
            "tip": self.tr(
                "The share of a ReLU layer's units that output 0 for every training example (up to "
                "256 of them). A dead unit passes no gradient back, so its weights never change "
                "again. A learning rate too large, or biases far below 0, kill units; He "
                "initialization or Leaky ReLU help. Other activations have no curve here."
            ),
            "axis": self.tr("% of the layer's ReLU units that output 0 for every example"),
            "none": self.tr("(no ReLU layer)"),
        }

    def _link(self, href: str) -> None:
        if href.startswith("glossary:"):
            self.glossaryRequested.emit(href.split(":", 1)[1])

    def _set_caption(self, note: str) -> None:
        """The caption, its glossary link, and ``note`` in italics (rewritten when it changes)."""
        if note == self._note:
            return
        self._note = note
        # a "<" before a space is a comparison (|f′(z)| < 0.05), not a tag: rich text ate it
        caption = self._caption.replace("< ", "&lt; ")
        text = f'{caption} <a href="glossary:{self.stat.glossary}">?</a>'
        self.caption.setText(text + (f" <i>{note}</i>" if note else ""))

    def _add_band(self) -> None:
        lo, hi = (math.log10(v) for v in HEALTHY_BAND)
        band = pg.LinearRegionItem(
            (lo, hi),
            orientation="horizontal",
            movable=False,
            brush=pg.mkBrush(0, 158, 115, 45),
            pen=pg.mkPen(None),
        )
        band.setZValue(-10)
        tip = self.tr(
            "Healthy band: each step changes the weights by about a thousandth of their size "
            "(10⁻³, from ~3·10⁻⁴ to ~3·10⁻³). Above it: try a smaller learning rate; below it: "
            "a larger one."
        )
        band.setToolTip(tip)
        line = pg.InfiniteLine(
            math.log10(HEALTHY_RATIO),
            angle=0,
            movable=False,
            pen=pg.mkPen((0, 120, 90), width=1, style=Qt.PenStyle.DashLine),
            label=self.tr("healthy ≈ 10⁻³"),
            labelOpts={"position": 0.97, "color": (0, 110, 80), "anchors": [(1, 1), (1, 1)]},
        )
        line.setToolTip(tip)
        self.plot.addItem(band)
        self.plot.addItem(line)
        self.band, self.band_line = band, line

    def _curve(self, k: int) -> pg.PlotDataItem:
        """Layer k's curve, made the first time a network has that many layers."""
        while len(self.curves) < k:
            j = len(self.curves) + 1
            item = self.plot.plot(pen=pg.mkPen(layer_color(j), width=1.5), antialias=False)
            item.setToolTip(self.tr("layer %1").replace("%1", str(j)))
            self.curves.append(item)
        return self.curves[k - 1]

    def draw(self, steps: np.ndarray, values: np.ndarray, applies: list[bool]) -> None:
        """Draw ``values`` (n, L) against ``steps`` (n,): a curve for each layer it ``applies`` to."""
        shown: list[np.ndarray] = []
        zero: list[str] = []  # layers whose latest value is 0, which a log scale cannot show
        for k, ok in enumerate(applies, start=1):
            item = self._curve(k)
            y = values[:, k - 1] if ok and values.shape[1] >= k else None
            if self.stat.log and y is not None and len(y) and y[-1] == 0:
                zero.append(str(k))
            if y is not None:
                with np.errstate(divide="ignore", invalid="ignore"):
                    y = np.where(y > 0, np.log10(y), np.nan) if self.stat.log else 100.0 * y
            if y is None or not np.isfinite(y).any():
                item.setData([], [])
                continue
            shown.append(y)
            finite = bool(np.isfinite(y).all())
            item.setData(steps, y, connect="all" if finite else "finite", skipFiniteCheck=finite)
        for item in self.curves[len(applies) :]:
            item.setData([], [])
        self._follow(steps, shown)
        note = self._none if not any(applies) else ""
        if zero:
            note = self.tr("0 in layer %1: below any log scale").replace("%1", ", ".join(zero))
        self._set_caption(note)

    def _follow(self, steps: np.ndarray, ys: list[np.ndarray]) -> None:
        """Coarse bounds around the data (a 1-2-5 step, whole decades), set only when they change."""
        x_hi = nice_ceiling(max(float(steps[-1]) if len(steps) else 1.0, 1.0) * 1.05)
        y_range: tuple[float, float] = (0.0, 100.0)
        if self.stat.log:
            finite = [y[np.isfinite(y)] for y in ys]
            finite = [f for f in finite if f.size]
            if finite:
                lo = min(float(f.min()) for f in finite)
                hi = max(float(f.max()) for f in finite)
            else:
                lo = hi = 0.0
            if self.stat.key == "update_ratio":  # the healthy band stays in view
                lo, hi = min(lo, math.log10(HEALTHY_BAND[0])), max(hi, math.log10(HEALTHY_BAND[1]))
            y_range = (math.floor(lo), max(math.ceil(hi), math.floor(lo) + 1))
        key = (x_hi, y_range)
        if key != self._range:
            self._range = key
            pad = 0.0 if self.stat.log else 0.04
            self.plot.setRange(xRange=(0.0, x_hi), yRange=y_range, padding=pad)
            # five step labels (quarters) that never run into each other
            ticks = [(x_hi * i / 4, _compact(x_hi * i / 4)) for i in range(5)]
            self.plot.getAxis("bottom").setTicks([ticks, []])


class HealthPanel(QWidget):
    """The dock's content: the layer legend, the curves over time, and the distributions."""

    glossaryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._snap: Snapshot | None = None
        self._drawn: tuple | None = None  # what the curves show (rows, last step, layers)
        self._last_draw = 0.0
        self.redraws = 0  # curve and histogram redraws (for tests and benchmarks)
        self.legend = LayerLegend(self)
        self.tabs = QTabWidget(self)
        over_time = QWidget(self)
        grid = self._grid = QGridLayout(over_time)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(6)
        self._columns = 2
        self.plots: dict[str, HealthCurves] = {}
        for i, stat in enumerate(STATS):
            cell = HealthCurves(stat, over_time)
            cell.glossaryRequested.connect(self.glossaryRequested)
            grid.addWidget(cell, i // 2, i % 2)
            self.plots[stat.key] = cell
        self.strip = DistributionStrip(self)
        self.tabs.addTab(over_time, self.tr("Over time"))
        self.tabs.addTab(self.strip, self.tr("Distributions"))
        self.tabs.setTabToolTip(
            0, self.tr("Each layer's gradient size, update size, saturation and dead units")
        )
        histogram = entry("histogram", QCoreApplication.translate)  # what a histogram shows
        self.tabs.setTabToolTip(
            1,
            self.tr("Histograms of each layer's weights and activations, now and over time")
            + f"\n\n{histogram.term}: {histogram.text}",
        )
        # the distributions' "Over time" and "?" (the glossary's histogram) in the tab bar's corner
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 4, 0)
        row.addWidget(self.strip.over_time)
        question = f'<a href="glossary:{histogram.id}">?</a>'  # a sign: nothing to translate
        self.histogram_link = QLabel(question, corner)
        self.histogram_link.setToolTip(f"{histogram.term}: {histogram.text}")
        link = self.histogram_link
        link.linkActivated.connect(lambda href: self.glossaryRequested.emit(href[9:]))
        row.addWidget(self.histogram_link)
        self.tabs.setCornerWidget(corner)
        corner.setVisible(False)
        self.tabs.currentChanged.connect(lambda i: corner.setVisible(i == 1))
        self.tabs.currentChanged.connect(lambda _i: self._redraw(force=True))
        self.waiting = QLabel(self.tr("The statistics appear after the first training step."))
        self.waiting.setWordWrap(True)
        self.waiting.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.legend)
        layout.addWidget(self.waiting)
        layout.addWidget(self.tabs, 1)
        # a tab behind Step through is "visible" in Qt 6: it draws when its tab is chosen
        self._stale = False  # snapshots came while off screen
        when_shown(self, lambda: self._stale and self._redraw(force=True))

    def show_snapshot(self, snap: Snapshot) -> None:
        """Keep the snapshot; redraw when the dock shows, at most ``MAX_HZ`` times a second
        while playing (a hidden dock, or a tab behind another, draws when it is shown)."""
        self._snap = snap
        if not self.isVisible() or off_screen(self):
            self._stale = True
            return
        if snap.running and time.perf_counter() - self._last_draw < 1.0 / MAX_HZ:
            return
        self._redraw()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Four plots in a row where the panel is wide and low (a bottom dock), else 2 × 2."""
        super().resizeEvent(event)
        size = event.size()
        columns = 4 if size.width() >= 2.6 * size.height() else 2
        if columns != self._columns:
            self._columns = columns
            for i, cell in enumerate(self.plots.values()):
                self._grid.removeWidget(cell)
                self._grid.addWidget(cell, i // columns, i % columns)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._redraw(force=True)

    def _redraw(self, force: bool = False) -> None:
        snap = self._snap
        if snap is None or not self.isVisible() or off_screen(self):
            return
        self._stale = False
        activations = tuple(layer.activation for layer in snap.spec.layers)
        self.legend.set_layers(activations)
        self.waiting.setVisible(snap.health is None)
        if self.tabs.currentIndex() == 1:
            self._last_draw = time.perf_counter()
            if self.strip.show_health(snap.health, activations, snap.step):
                self.redraws += 1
            return
        h = snap.health_history
        if h is None or len(h["step"]) == 0:
            return
        steps = np.asarray(h["step"])
        n = int(np.searchsorted(steps, snap.step, side="right"))  # not the steps undone
        if n == 0:
            return
        key = (n, float(steps[n - 1]), activations, bytes(np.asarray(h["grad_rms"][n - 1])))
        if key == self._drawn and not force:
            return
        self._drawn = key
        self._last_draw = time.perf_counter()
        self.redraws += 1
        L = len(activations)
        for stat in STATS:
            values = np.asarray(h[stat.key])[:n, :L]
            self.plots[stat.key].draw(steps[:n], values, applies(stat, snap.spec))

    def curve_count(self, key: str) -> int:
        """How many of a statistic's curves have points (one per layer it applies to)."""
        return sum(1 for c in self.plots[key].curves if c.xData is not None and len(c.xData))


def tab_beside_step(window) -> None:
    """The health dock as a tab beside Step through (while Play runs, the loss plot and the
    health curves show together). Made at once in a window already shown (Reset layout); else
    once it first shows, unless the settings restored a layout: a tab group made in a split dock
    area before the window's first layout leaves a stray copy of its tab bar on top of the other
    docks (Qt 6; gui/compare_tools.py makes its tabs the same way)."""
    docks = window.docks
    dock = docks["health"]
    if not dock.property("grows_when_shown"):  # once, however often the layout is reset
        dock.setProperty("grows_when_shown", True)
        dock.visibilityChanged.connect(lambda shown: _grow(window, dock) if shown else None)

    def make() -> None:
        window.tabifyDockWidget(docks["step"], docks["health"])
        docks["step"].raise_()

    if window.isVisible():
        make()
    elif not window.settings.value("window/state"):
        _OnFirstShow(window, make)


#: the health dock's height when its tab is chosen, at least: its curves were ~50 px tall in
#: the first-run layout of a 1400 × 900 window
HEALTH_HEIGHT = 300


def _grow(window, dock: QWidget) -> None:
    """The dock, just shown in the window's bottom area, tall enough to read its curves."""

    def grow() -> None:
        if dock.isVisible() and not dock.isFloating() and dock.height() < HEALTH_HEIGHT:
            room = window.height() // 3  # the diagram above keeps its room on small screens
            window.resizeDocks([dock], [min(HEALTH_HEIGHT, room)], Qt.Orientation.Vertical)

    QTimer.singleShot(0, grow)


class _OnFirstShow(QObject):
    """Runs ``action`` once, right after ``widget`` is first shown and laid out."""

    def __init__(self, widget: QWidget, action) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False
