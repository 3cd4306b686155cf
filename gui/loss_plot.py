"""The live loss plot: train and test loss (and accuracy) against the step, fast for a million points."""

from __future__ import annotations

import dataclasses
import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.ghosts import GhostCurves
from gui.widgets.elide import elide
from gui.widgets.log_axis import LogAxis
from gui.widgets.on_screen import off_screen, when_shown
from gui.widgets.plot_widget import plot_widget
from session.snapshot import History, Snapshot


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 5 × 10^k that is ≥ x (x > 0)."""
    k = math.floor(math.log10(x))
    for m in (1.0, 2.0, 5.0, 10.0):
        if m * 10.0**k >= x * (1 - 1e-12):
            return m * 10.0**k
    return 10.0 ** (k + 1)


def history_key(history: History) -> bytes:
    """What tells two views of the loss history apart: the number of points and the last
    point's values (NaN included). A history cut back (Reset, a timeline jump) and grown
    again to the same length differs in its last values unless it is the same again."""
    n = len(history)
    if n == 0:
        return b""
    last = [float(getattr(history, f.name)[-1]) for f in dataclasses.fields(History)]
    return np.array([n, *last], dtype=np.float64).tobytes()


def history_upto(history: History, step: int) -> History:
    """The points of ``history`` up to ``step``: the curve of the state shown, without the
    points of steps undone (a step back) or only scrubbed back from (the timeline)."""
    n = len(history)
    if n == 0 or history.step[-1] <= step:
        return history
    k = int(np.searchsorted(history.step, step, side="right"))
    return History(**{f.name: getattr(history, f.name)[:k] for f in dataclasses.fields(History)})


def _fast_curve(plot: pg.PlotItem, color, name: str) -> pg.PlotDataItem:
    """A curve that stays cheap for a million points: clipped to the view, peak-downsampled."""
    item = plot.plot(pen=pg.mkPen(color, width=1), name=name, antialias=False)  # cosmetic: fast
    item.setClipToView(True)
    item.setDownsampling(auto=True, method="peak")
    return item


class LossPlot(QWidget):
    """Train/test loss and accuracy curves from the snapshot's history, with a log toggle and a hover read-out.

    While training plays at full speed, the curves are redrawn at most ``MAX_HZ`` times a second
    (every other snapshot of the usual ~30 a second: a curve that grows a few points a frame
    looks as smooth, at half the GUI thread's time), and every snapshot at a set speed
    (``set_every_snapshot``). A plot off screen (its dock closed or behind another tab) keeps
    the latest snapshot and draws it when it shows again.
    """

    MAX_HZ = 15.0

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._history: History | None = None
        self._shown_key: bytes | None = None  # history_key of the curves drawn
        self._last_draw = 0.0
        self._pending: Snapshot | None = None  # the latest snapshot, kept while off screen
        self.every_snapshot = False  # a paced Play: each snapshot brings its step's point
        self._best_key: tuple | None = None  # the overfitting note's best step and stop epoch shown
        self.best_line: pg.InfiniteLine | None = None  # made when overfitting is first noted
        self.stop_line: pg.InfiniteLine | None = None
        self.tabs = QTabWidget(self)
        # the loss axis labels a log scale's decades without overlapping (gui/widgets/log_axis.py)
        self.loss_widget = plot_widget(self, {"left": LogAxis("left")})
        self.acc_widget = plot_widget(self)
        self.tabs.addTab(self.loss_widget, self.tr("Loss"))
        self.tabs.addTab(self.acc_widget, self.tr("Accuracy"))
        self.tabs.currentChanged.connect(lambda _i: self._redraw())
        lp, ap = self.loss_widget.getPlotItem(), self.acc_widget.getPlotItem()
        for p, ylabel in ((lp, self.tr("loss")), (ap, self.tr("accuracy"))):
            p.setLabel("bottom", self.tr("step"))
            p.setLabel("left", ylabel)
            p.showGrid(x=True, y=True, alpha=0.2)
            p.addLegend(offset=(-10, 10), colCount=2)  # one row: fits a low plot (1280 × 800)
            p.getAxis("left").enableAutoSIPrefix(False)
            p.getAxis("bottom").enableAutoSIPrefix(False)
        ap.setYRange(0, 1.0, padding=0.02)
        self.train_loss = _fast_curve(lp, theme.TRAIN_LOSS, self.tr("train"))
        self.test_loss = _fast_curve(lp, theme.TEST_LOSS, self.tr("test"))
        self.train_acc = _fast_curve(ap, theme.TRAIN_LOSS, self.tr("train"))
        self.test_acc = _fast_curve(ap, theme.TEST_LOSS, self.tr("test"))
        # pinned curves of earlier runs (gui/ghosts.py); the window's "Pin as ghost" pins
        self.ghosts = GhostCurves(lp, self)
        self.ghosts.changed.connect(self._on_ghosts_changed)
        self.pin_button = QToolButton(self)
        self.log_box = QCheckBox(self.tr("Log scale"), self)
        self.log_box.setToolTip(self.tr("Show the loss on a logarithmic axis"))
        self.log_box.toggled.connect(self.set_log)
        # the hover read-out has a place of its own that never changes the layout: its text
        # neither widens the dock (which squeezed the diagram) nor makes the row taller
        # (ending in "…" where the dock is narrow, the whole text in its tooltip)
        self.readout = elide(QLabel(self))
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.readout.setFixedHeight(self.readout.fontMetrics().height() + 4)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.log_box)
        row.addWidget(self.pin_button)
        row.addWidget(self.readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        # the view follows the curves in coarse steps (1-2-5 bounds), so that the axes, which
        # pyqtgraph draws in Python, are regenerated a few times per run, not every frame
        self._ranges: dict[int, tuple] = {}
        self._follow = {id(lp): True, id(ap): True}
        for p in (lp, ap):
            p.disableAutoRange()
            vb = p.getViewBox()
            vb.sigRangeChangedManually.connect(
                lambda *_a, p=p: self._follow.__setitem__(id(p), False)
            )
            p.autoBtn.clicked.connect(lambda *_a, p=p: self._resume_follow(p))
        self.loss_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.acc_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        for w in (self.loss_widget, self.acc_widget):  # the read-out goes with the mouse
            w.installEventFilter(self)
            w.viewport().installEventFilter(self)
        when_shown(self, self._catch_up)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Leave:
            self.readout.clear()
        return super().eventFilter(watched, event)

    def set_every_snapshot(self, on: bool) -> None:
        """Draw every snapshot while playing (Play at a set speed, gui/speed_control.py: the worker
        then publishes each step, or each few, with its own point, and waits for the window)."""
        self.every_snapshot = bool(on)

    def set_log(self, on: bool) -> None:
        """Logarithmic loss axis on or off."""
        self.loss_widget.getPlotItem().setLogMode(y=bool(on))
        self._ranges.clear()
        self._redraw()

    def _on_ghosts_changed(self) -> None:
        """A ghost came or went: the view follows the curves and the ghosts again."""
        self._ranges.pop(id(self.loss_widget.getPlotItem()), None)
        self._redraw()

    def _resume_follow(self, plot: pg.PlotItem) -> None:
        """The "A" button: follow the curves again (after the user zoomed or panned)."""
        plot.disableAutoRange()
        self._follow[id(plot)] = True
        self._ranges.pop(id(plot), None)
        self._redraw()

    def _follow_curves(
        self, plot: pg.PlotItem, x: np.ndarray, ys: list[np.ndarray], log: bool
    ) -> None:
        """Set the view to coarse bounds around the data, only when those bounds change."""
        if not self._follow[id(plot)] or len(x) == 0:
            return
        x_hi = nice_ceiling(max(float(x[-1]), 1.0) * 1.05)
        if plot is self.acc_widget.getPlotItem():
            y_range = (0.0, 1.0)
        else:
            finite = [y[np.isfinite(y) & ((y > 0) if log else True)] for y in ys]
            finite = [f for f in finite if f.size]
            if not finite:
                return
            lo = min(float(f.min()) for f in finite)
            hi = max(float(f.max()) for f in finite)
            if log:  # the view is in decades
                y_range = (math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1e-9)
            else:
                y_range = (
                    min(0.0, -nice_ceiling(-lo)) if lo < 0 else 0.0,
                    nice_ceiling(max(hi, 1e-12)),
                )
        key = (x_hi, y_range)
        if self._ranges.get(id(plot)) != key:
            self._ranges[id(plot)] = key
            plot.setRange(xRange=(0.0, x_hi), yRange=y_range, padding=0.02)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw the curves when the history grew (setData on the existing items only)."""
        if off_screen(self):
            self._pending = snapshot  # drawn when the plot shows again
            return
        self._pending = None
        self._mark_best(snapshot)
        now = time.perf_counter()
        if (
            snapshot.running
            and not self.every_snapshot
            and now - self._last_draw < 1.0 / self.MAX_HZ
        ):
            return  # the next snapshot brings the same history, longer
        self.show_history(history_upto(snapshot.history, snapshot.step))

    def _catch_up(self) -> None:
        """The plot shows again: draw the snapshot it kept meanwhile."""
        snapshot = self._pending
        if snapshot is not None and not off_screen(self):
            self._pending = None
            self._mark_best(snapshot)
            self.show_history(history_upto(snapshot.history, snapshot.step))

    def show_history(self, history: History | None) -> None:
        """Draw these curves (setData on the existing items only)."""
        if history is None:
            return
        key = history_key(history)
        self._history = history
        if key == self._shown_key:
            # the same points in a new view (every snapshot brings one): a snapshot that
            # follows an edit of a hyper-parameter, a weight or the traced sample adds none
            return
        self._last_draw = time.perf_counter()
        self._shown_key = key
        self._redraw()

    def _redraw(self) -> None:
        """setData on the curves of the visible tab only (the other tab catches up when shown)."""
        history = self._history
        if history is None:
            return
        x = history.step
        if self.tabs.currentIndex() == 0:
            curves = ((self.train_loss, history.train_loss), (self.test_loss, history.test_loss))
        else:
            curves = (
                (self.train_acc, history.train_accuracy),
                (self.test_acc, history.test_accuracy),
            )
        plot = (
            self.loss_widget.getPlotItem()
            if self.tabs.currentIndex() == 0
            else self.acc_widget.getPlotItem()
        )
        ys = [y for _item, y in curves]
        x_follow = x
        if self.tabs.currentIndex() == 0 and self.ghosts.ghosts:  # keep the ghosts in sight
            last, losses = self.ghosts.extent()
            ys += losses
            x_follow = np.array([max(float(x[-1]) if len(x) else 0.0, last)])
        self._follow_curves(
            plot, x_follow, ys, self.log_box.isChecked() and self.tabs.currentIndex() == 0
        )
        for item, y in curves:
            finite = bool(np.isfinite(y).all())
            if not finite and not np.isfinite(y).any():
                item.setData([], [])
                continue
            item.setData(x, y, connect="all" if finite else "finite", skipFiniteCheck=finite)
        self.tabs.setTabEnabled(1, bool(np.isfinite(history.train_accuracy).any()))

    def _mark_best(self, snapshot: Snapshot) -> None:
        """While the overfitting note is active (engine/notes.py): a line at the step of the best
        test loss, labelled with its epoch, and one where early stopping (with the note's
        patience) stops or would have stopped, keeping the best epoch's weights."""
        note = next((n for n in snapshot.notes if n.get("id") == "overfitting"), None)
        values = {} if note is None else note.get("values", {})
        stop_step = None
        if values:  # epochs are whole numbers of steps (the loss history may skip some)
            per_epoch = -(-int(snapshot.extra.get("n_train", 0)) // snapshot.spec.batch_size)
            epochs = values["stop_epoch"] - values["best_epoch"]
            at = float(values["best_step"] + epochs * max(per_epoch, 1))
            stop_step = at if at <= snapshot.step else None
        key = (
            (values.get("best_step"), stop_step, snapshot.spec.patience is None) if values else None
        )
        if key == self._best_key:
            return
        self._best_key = key
        if key is None:
            for line in (self.best_line, self.stop_line):
                if line is not None:
                    line.hide()
            return
        if self.best_line is None or self.stop_line is None:
            plot = self.loss_widget.getPlotItem()
            self.best_line, self.stop_line = (
                pg.InfiniteLine(
                    angle=90,
                    movable=False,
                    pen=pg.mkPen(color, width=1.5, style=style),
                    label="",
                    labelOpts={"position": where, "color": color, "anchors": [(0, 0), (0, 0)]},
                )
                for color, style, where in (
                    ((0, 130, 80), Qt.PenStyle.SolidLine, 0.95),
                    # half the height apart: in a low plot (1280 × 800) they overlapped at 0.8
                    ((110, 110, 110), Qt.PenStyle.DashLine, 0.5),
                )
            )
            plot.addItem(self.best_line, ignoreBounds=True)
            plot.addItem(self.stop_line, ignoreBounds=True)
        best_epoch, stop_epoch = int(values["best_epoch"]), int(values["stop_epoch"])
        self.best_line.setValue(float(values["best_step"]))
        self.best_line.label.setFormat(
            self.tr("best test loss: epoch %1").replace("%1", str(best_epoch))
        )
        self.best_line.setToolTip(str(note["text"]) if note else "")
        self.best_line.show()
        stop = (
            self.tr("early stopping would stop here (epoch %1), keeping epoch %2's weights")
            if snapshot.spec.patience is None
            else self.tr("early stopping stops here (epoch %1) and keeps epoch %2's weights")
        )
        self.stop_line.label.setFormat(
            self.tr("early stop: epoch %1").replace("%1", str(stop_epoch))
        )
        self.stop_line.setToolTip(
            stop.replace("%1", str(stop_epoch)).replace("%2", str(best_epoch))
            + "\n\n"
            + self.best_line.toolTip()
        )
        self.stop_line.setVisible(stop_step is not None)
        if stop_step is not None:
            self.stop_line.setValue(stop_step)

    def readout_at(self, step: float) -> str:
        """The values at the history point nearest to ``step``, as the hover read-out shows them."""
        h = self._history
        if h is None or len(h) == 0:
            return ""
        i = int(np.clip(np.searchsorted(h.step, step), 0, len(h) - 1))
        if i > 0 and abs(h.step[i - 1] - step) < abs(h.step[i] - step):
            i -= 1
        parts = [self.tr("step %1").replace("%1", str(int(h.step[i])))]
        for label, arr in (
            (self.tr("train loss"), h.train_loss),
            (self.tr("test loss"), h.test_loss),
            (self.tr("train acc."), h.train_accuracy),
            (self.tr("test acc."), h.test_accuracy),
        ):
            if np.isfinite(arr[i]):
                parts.append(f"{label} {arr[i]:.4g}")
        return "  ".join(parts)

    def _on_mouse_moved(self, pos) -> None:
        widget = self.loss_widget if self.tabs.currentIndex() == 0 else self.acc_widget
        vb = widget.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(pos):
            self.readout.clear()  # over an axis or the legend: nothing to read out
            return
        x = vb.mapSceneToView(pos).x()
        self.readout.setText(self.readout_at(x))
