"""The Landscape dock: the loss over a 2-D slice of weight space, or optimizers on a toy surface.

**Network mode.** The loss as a contour map over a plane through the current weights
(engine/landscape.py), spanned by two chosen weights (two (name, index) pickers, or the
diagram's last two selected weights), by two random filter-normalised directions, or by a
race's two main directions (the principal directions of its paths, each axis fitted to
them: a race's paths barely move on random directions; chosen when a race starts). The
training process computes it (the worker's ``landscape`` command, answered by the
controller's ``landscapeReady``), so the window never waits. The centre, the weights the
slice was taken at, is marked with its step; training moves the weights away from it, so
a second marker shows where they are now (projected on the slice), and "Recompute here"
takes a new slice through the weights as they are. While a race runs, its runs'
paths, projected on the slice, are drawn over the contours in the runs' colours and
refreshed every second.

**Toy mode** (gui/toy_surface_panel.py) needs no network: each chosen optimizer's path on
a textbook surface from the same start, computed on a thread of the view's own (a pool of
one) and drawn on the GUI thread.
"""

from __future__ import annotations

import math
import time
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.landscape import flatten
from engine.spec import NetworkSpec
from engine.toy_surfaces import surface
from gui.contour_plot import ContourPlot
from gui.controller import TrainingController
from gui.loss_plot import nice_ceiling
from gui.race_dialog import choice_text, run_title
from gui.toy_surface_panel import ToySurfacePanel, toy_result
from gui.widgets import NumberField
from session.snapshot import Snapshot

#: the grid's points along each axis (odd: the current weights are one of them)
RESOLUTION = 41
#: a landscape is computed on at most this many training rows
MAX_ROWS = 2000
#: while a race runs, its paths are refreshed this often (seconds)
RACE_REFRESH = 1.0
#: the "now" marker follows training at most this often (seconds)
NOW_REFRESH = 0.25


class WeightPicker(QWidget):
    """One weight or bias of the network: its array (W1, b1, …) and its row and column."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QComboBox(self)
        self.row = QSpinBox(self)
        self.col = QSpinBox(self)
        self.name.setAccessibleName(self.tr("Parameter"))
        self.row.setAccessibleName(self.tr("Row"))
        self.col.setAccessibleName(self.tr("Column"))
        self._shapes: dict[str, tuple[int, ...]] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.name, self.row, self.col):
            layout.addWidget(w)
        self.name.currentIndexChanged.connect(lambda _i: self._fit_ranges())

    def set_spec(self, spec: NetworkSpec) -> None:
        """Offer this network's arrays, keeping the choice where it still exists."""
        keep = self.value()
        sizes = spec.sizes
        self._shapes = {}
        for k in range(1, len(sizes)):
            self._shapes[f"W{k}"] = (sizes[k], sizes[k - 1])
            self._shapes[f"b{k}"] = (sizes[k],)
        self.name.blockSignals(True)
        self.name.clear()
        for n in self._shapes:
            self.name.addItem(n, n)
        self.name.blockSignals(False)
        if keep is not None and keep[0] in self._shapes:
            self.set_value(*keep)
        else:
            self._fit_ranges()

    def _fit_ranges(self) -> None:
        shape = self._shapes.get(str(self.name.currentData()), (1,))
        self.row.setRange(0, max(0, shape[0] - 1))
        self.col.setVisible(len(shape) > 1)
        self.col.setRange(0, max(0, shape[1] - 1) if len(shape) > 1 else 0)

    def set_value(self, name: str, index: tuple[int, ...]) -> None:
        i = self.name.findData(name)
        if i < 0:
            return
        self.name.setCurrentIndex(i)
        self._fit_ranges()
        self.row.setValue(int(index[0]))
        if len(index) > 1:
            self.col.setValue(int(index[1]))

    def value(self) -> tuple[str, tuple[int, ...]] | None:
        name = self.name.currentData()
        if name is None:
            return None
        shape = self._shapes.get(str(name), (1,))
        index = (self.row.value(), self.col.value()) if len(shape) > 1 else (self.row.value(),)
        return str(name), index


class LandscapeView(QWidget):
    """The loss landscape through the current weights, or a toy surface (see the docstring)."""

    def __init__(self, controller: TrainingController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Network loss"), "network")
        self.mode.addItem(self.tr("Toy surfaces"), "toy")
        # ----- network mode --------------------------------------------------------------
        self.slice_kind = QComboBox(self)
        self.slice_kind.addItem(self.tr("Random directions"), "random")
        self.slice_kind.addItem(self.tr("Two weights"), "weights")
        self.slice_kind.addItem(self.tr("The race's main directions"), "paths")
        self.slice_kind.setItemData(
            2,
            self.tr("The two directions along which the race's paths moved most (PCA)"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.first, self.second = WeightPicker(self), WeightPicker(self)
        self.from_diagram = QPushButton(self.tr("From diagram"), self)
        self.from_diagram.setToolTip(self.tr("The last two weights selected in the diagram"))
        self.from_diagram.setEnabled(False)
        self.from_diagram.clicked.connect(self.use_diagram_selection)
        self.span = NumberField(self.tr("Span"), minimum=0.0, open_min=True)
        self.span.set_value(1.0)
        self.span.setMaximumWidth(60)
        self.span.setToolTip(self.tr("How far the slice reaches either way of the centre"))
        self.fit_paths = QCheckBox(self.tr("Fit paths"), self)
        self.fit_paths.setChecked(True)
        self.fit_paths.setToolTip(
            self.tr("Choose the span so that the race's paths fill the slice")
        )
        self.recompute_button = QPushButton(self.tr("Recompute here"), self)
        self.recompute_button.setToolTip(self.tr("A new slice through the weights as they are now"))
        self.recompute_button.clicked.connect(self.recompute)
        net = QWidget(self)
        rows = QVBoxLayout(net)
        rows.setContentsMargins(0, 0, 0, 0)
        r1 = QHBoxLayout()
        r1.setContentsMargins(0, 0, 0, 0)
        r1.addWidget(self.slice_kind)
        r1.addWidget(QLabel(self.tr("Span"), self))
        r1.addWidget(self.span)
        r1.addWidget(self.fit_paths)
        r1.addStretch(1)
        self.weights_row = QWidget(self)
        r2 = QHBoxLayout(self.weights_row)
        r2.setContentsMargins(0, 0, 0, 0)
        r2.addWidget(self.first)
        r2.addWidget(QLabel("×", self))
        r2.addWidget(self.second)
        r2.addWidget(self.from_diagram)
        r2.addStretch(1)
        rows.addLayout(r1)
        rows.addWidget(self.weights_row)
        # ----- toy mode ------------------------------------------------------------------
        self.toy = ToySurfacePanel(self)
        self.toy.changed.connect(self._toy_changed)
        self.controls = QStackedWidget(self)
        self.controls.addWidget(net)
        self.controls.addWidget(self.toy)
        self.plot = ContourPlot(self)
        self.plot.setMinimumHeight(140)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.mode, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.controls, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        # what the view shows, and the button that moves the centre when the text says so
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.recompute_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        # ----- state ---------------------------------------------------------------------
        self.result: dict | None = None  # the last landscape drawn
        self.centre_loss: float | None = None
        self.centre_step: int | None = None
        self._pending: int | None = None
        self._pending_step: int | None = None
        self._pending_rows: int | None = None
        self._refit = False
        self._requested_at = 0.0
        self._race_key: tuple = ()
        self._had_race = False
        self._now_at = 0.0
        self._markers_shown: list | None = None  # the markers' places and symbols drawn
        self._now_snap: Snapshot | None = None  # the newest snapshot the markers wait for
        self._now_timer = QTimer(self)
        self._now_timer.setSingleShot(True)
        self._now_timer.timeout.connect(lambda: self._now_snap and self._mark_now(self._now_snap))
        self._race_due = False
        self._race_timer = QTimer(self)
        self._race_timer.setSingleShot(True)
        self._race_timer.timeout.connect(self._refresh_paths)
        self._selection: list[tuple[str, tuple[int, ...]]] = []
        self._spec: NetworkSpec | None = None
        self.toy_result = None
        self._toy_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toy-surfaces")
        self._toy_future: Future | None = None
        self._toy_timer = QTimer(self)
        self._toy_timer.setInterval(10)
        self._toy_timer.timeout.connect(self._collect_toy)
        pool = self._toy_pool
        self.destroyed.connect(lambda *_a: pool.shutdown(wait=False, cancel_futures=True))
        self.mode.currentIndexChanged.connect(self._on_mode)
        self.slice_kind.currentIndexChanged.connect(self._on_slice_kind)
        self.fit_paths.toggled.connect(self._on_slice_kind)
        controller.landscapeReady.connect(self._on_landscape)
        self._on_slice_kind()
        self.toy.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    # ----- what the window tells it ---------------------------------------------------------
    def set_spec(self, spec: NetworkSpec) -> None:
        """The network's arrays for the weight pickers (the last layer's first two by default)."""
        fresh = self._spec is None or self._spec.sizes != spec.sizes
        self._spec = spec
        if not fresh:
            return
        self.first.set_spec(spec)
        self.second.set_spec(spec)
        last = len(spec.sizes) - 1
        self.first.set_value(f"W{last}", (0, 0))
        self.second.set_value(f"W{last}", (0, 1) if spec.sizes[-2] > 1 else (0, 0))
        if spec.sizes[-2] == 1:
            self.second.set_value(f"b{last}", (0,))
        self._selection = [s for s in self._selection if self._fits(s)]
        self.from_diagram.setEnabled(len(self._selection) == 2)

    def note_selection(self, name: str, index: tuple[int, ...]) -> None:
        """A weight or bias the learner selected in the diagram (the last two are kept)."""
        pick = (str(name), tuple(int(i) for i in index))
        self._selection = [s for s in self._selection if s != pick][-1:] + [pick]
        self.from_diagram.setEnabled(len(self._selection) == 2)

    def use_diagram_selection(self) -> None:
        """Slice through the diagram's last two selected weights, and compute it."""
        if len(self._selection) != 2:
            return
        self.first.set_value(*self._selection[0])
        self.second.set_value(*self._selection[1])
        self.slice_kind.setCurrentIndex(self.slice_kind.findData("weights"))
        self.recompute()

    def _fits(self, pick: tuple[str, tuple[int, ...]]) -> bool:
        spec = self._spec
        if spec is None:
            return False
        name, index = pick
        k = int(name[1:]) if name[1:].isdigit() else 0
        if not 1 <= k < len(spec.sizes):
            return False
        shape = (spec.sizes[k], spec.sizes[k - 1]) if name[0] == "W" else (spec.sizes[k],)
        return len(index) == len(shape) and all(
            0 <= i < s for i, s in zip(index, shape, strict=True)
        )

    def show_snapshot(self, snap: Snapshot) -> None:
        """Follow training: say when the weights left the centre; refresh a race's paths."""
        if self._spec is None or self._spec.sizes != snap.spec.sizes:
            self.set_spec(snap.spec)
        if self.mode.currentData() != "network":
            return
        race = snap.race
        live = race is not None and bool(race.get("live"))
        if live and not self._had_race and self.slice_kind.currentData() == "random":
            # a race began: its main directions show its paths, random ones barely do
            self.slice_kind.setCurrentIndex(self.slice_kind.findData("paths"))
        self._had_race = live
        if race is not None and race.get("live"):
            key = (race["state"], tuple(row.get("step") for row in race["table"]))
            if key != self._race_key:
                self._race_key = key
                self._race_due = True  # the paths moved on: fetch them within RACE_REFRESH
                self._refresh_paths()
        self._update_info(snap)
        self._mark_now(snap)

    def _refresh_paths(self) -> None:
        """Fetch a race's paths anew when due, at most every RACE_REFRESH seconds; a finished
        race publishes no more snapshots, so a refresh that must wait is timed, not dropped."""
        if not self._race_due or self.mode.currentData() != "network" or not self.isVisible():
            return
        wait = RACE_REFRESH - (time.perf_counter() - self._requested_at)
        if self._pending is not None or wait > 0:
            self._race_timer.start(max(50, int(1000 * wait)))
            return
        self._race_due = False
        self.recompute()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._race_due:
            self._refresh_paths()
            return
        if self.mode.currentData() == "toy" and self.toy_result is None:
            self.compute_toy()
        elif self.mode.currentData() == "network" and self.result is None and self._pending is None:
            self.recompute()

    # ----- network mode ---------------------------------------------------------------------
    def request(self) -> dict:
        """The landscape command's request for the slice chosen now."""
        span = float(self.span.value() or 1.0)
        req: dict = {"resolution": RESOLUTION, "span": span}
        ds = self.controller.dataset
        if ds is not None and ds.n_train > MAX_ROWS:
            req["rows"] = MAX_ROWS
        kind = self.slice_kind.currentData()
        if kind == "weights":
            a, b = self.first.value(), self.second.value()
            if a is not None and b is not None:
                req["weights"] = [[a[0], list(a[1])], [b[0], list(b[1])]]
        elif kind == "paths":
            req["directions"] = "paths"
            req["fit"] = self.fit_paths.isChecked()  # the worker fits each axis to the paths
        else:
            req["seed"] = int(self._spec.seed) if self._spec is not None else 0
        return req

    def recompute(self) -> None:
        """A new slice through the current weights (the training process computes it)."""
        if self.mode.currentData() != "network":
            return
        req = self.request()
        latest = self.controller.latest
        self._pending_step = None if latest is None else int(latest.step)
        self._pending_rows = req.get("rows")
        self._pending = self.controller.landscape(req)
        self._requested_at = time.perf_counter()
        self.recompute_button.setText(self.tr("Computing…"))

    def _on_landscape(self, rid: int, out: dict) -> None:
        if rid != self._pending:
            return  # an answer to an older request
        self._pending = None
        self.recompute_button.setText(self.tr("Recompute here"))
        if out.get("error"):  # a slice on the paths before there are any: say why
            self.result = None
            self.plot.clear()
            self.info.setText(str(out["error"]))
            return
        paths = out.get("paths") or []
        reach = max(
            (float(np.nanmax(np.abs(p["coords"]))) for p in paths if len(p["coords"])), default=0.0
        )
        span = float(self.span.value() or 1.0)
        fit = self.fit_paths.isChecked() and math.isfinite(reach) and reach > 0
        fit = fit and out.get("explained") is None  # the paths' own slice comes fitted
        if fit and not self._refit and not span / 5 <= reach <= span:
            # the paths fill most of the slice: wider where they leave it, narrower where
            # they would be a dot at its centre
            self.span.set_value(nice_ceiling(reach * 1.25))
            self._refit = True  # once: the next answer is drawn whatever it holds
            self.recompute()
            return
        self._refit = False
        self.result = out
        self.centre_loss = float(out["origin_loss"])
        self.centre_step = self._pending_step
        labels = out.get("labels") or ["direction 1", "direction 2"]
        if labels[0].startswith("path direction"):
            x_label = self.tr("main direction 1")
            y_label = self.tr("main direction 2")
        elif not labels[0].startswith("direction"):  # a slice by two weights
            x_label = self.tr("change of %1").replace("%1", labels[0])
            y_label = self.tr("change of %1").replace("%1", labels[1])
        else:
            x_label, y_label = self.tr("direction 1"), self.tr("direction 2")
        self.plot.keep_square(False)
        self.plot.legend_left(out.get("explained") is not None)  # the paths head right
        self.plot.set_grid(out["alphas"], out["betas"], out["loss"], x_label, y_label)
        latest = self.controller.latest
        names = [run_title(r) for r in latest.race["runs"]] if latest and latest.race else []
        self.plot.set_paths(
            [
                (names[i] if i < len(names) else str(i + 1), i, p["coords"])
                for i, p in enumerate(paths)
            ]
        )
        self._now_at, self._markers_shown = 0.0, None
        if latest is not None:
            self._update_info(latest)
            self._mark_now(latest)
        else:
            self.plot.set_markers(self._centre_marker())

    def _centre_marker(self) -> list[tuple]:
        where = self.tr("slice taken here (step %1)").replace("%1", str(self.centre_step or 0))
        return [(where, 0.0, 0.0, "+", True)]  # below left: paths leave it rightwards

    def _mark_now(self, snap: Snapshot) -> None:
        """The centre, and where training has taken the weights since (projected on the
        slice), at most every NOW_REFRESH seconds."""
        out = self.result
        if out is None or self.centre_step is None:
            return
        now = time.perf_counter()
        moved = snap.step != self.centre_step and "d1" in out
        if moved and now - self._now_at < NOW_REFRESH:
            self._now_snap = snap  # drawn when due: the last snapshot of a pause is not lost
            self._now_timer.start(int(1000 * (NOW_REFRESH - (now - self._now_at))) + 1)
            return
        self._now_at = now
        markers = self._centre_marker()
        if moved:
            try:
                rel = flatten(snap.params) - out["origin"]
            except (KeyError, ValueError):
                rel = None  # another network since: nothing to place
            if rel is not None and rel.shape == out["origin"].shape:
                basis = np.stack([out["d1"], out["d2"]], axis=1)
                (a, b), *_ = np.linalg.lstsq(basis, rel, rcond=None)
                text = self.tr("now (step %1)").replace("%1", str(snap.step))
                markers.append((text, float(a), float(b), "o"))
        if [m[1:] for m in markers] != self._markers_shown:
            self._markers_shown = [m[1:] for m in markers]
            self.plot.set_markers(markers)

    def _update_info(self, snap: Snapshot) -> None:
        if self.result is None or self.centre_loss is None:
            return
        parts = [
            self.tr("Centre: the weights at step %1, loss %2.")
            .replace("%1", str(self.centre_step or 0))
            .replace("%2", f"{self.centre_loss:.4g}")
        ]
        if self.result.get("explained") is not None:
            parts.append(
                self.tr(
                    "The plane of the paths' two main directions holds %1 % of their movement."
                ).replace("%1", f"{100 * float(self.result['explained']):.0f}")
            )
        if self._pending_rows:
            parts.append(
                self.tr("Loss on the first %1 training rows.").replace(
                    "%1", str(self._pending_rows)
                )
            )
        if snap.spec.l1 or snap.spec.l2:
            parts.append(self.tr("The loss includes the regularization term."))
        if self.centre_step is not None and snap.step != self.centre_step:
            parts.append(
                self.tr(
                    "The network has moved on to step %1: Recompute here to centre on it."
                ).replace("%1", str(snap.step))
            )
        text = " ".join(parts)
        if text != self.info.text():
            self.info.setText(text)

    # ----- toy mode ----------------------------------------------------------------------------
    def _toy_changed(self) -> None:
        if self.mode.currentData() == "toy":
            self.compute_toy()

    def compute_toy(self) -> None:
        """Run the chosen optimizers on the chosen surface (on the view's own thread); their
        paths are drawn when they are there (``_collect_toy``, on the GUI thread)."""
        self._toy_future = self._toy_pool.submit(toy_result, *self.toy.settings())
        self._toy_timer.start()

    def _collect_toy(self) -> None:
        future = self._toy_future
        if future is None or not future.done():
            return  # not yet; a newer request replaces an older one
        self._toy_timer.stop()
        self._toy_future = None
        result = future.result()
        self.toy_result = result
        self.plot.keep_square(False)
        self.plot.legend_left(False)
        self.plot.set_grid(result.xs, result.ys, result.z, "x", "y")
        # coloured in the order shown, as a race's runs: SGD, Momentum, Adam as sgd, momentum, adam
        self.plot.set_paths(
            [
                (choice_text("optimizer", name), i, path.points)
                for i, (name, path) in enumerate(result.paths)
            ]
        )
        s = surface(result.name)
        markers = [(self.tr("start"), s.start[0], s.start[1], "o")]
        if s.minimum is not None:
            markers.append((self.tr("minimum"), s.minimum[0], s.minimum[1], "star"))
        self.plot.set_markers(markers)
        self.info.setText(self.toy.caption(result))

    def _on_mode(self) -> None:
        toy = self.mode.currentData() == "toy"
        self.controls.setCurrentIndex(1 if toy else 0)
        for i in range(self.controls.count()):  # as tall as the page shown, not the tallest
            ignored = QSizePolicy.Policy.Ignored
            policy = QSizePolicy.Policy.Preferred if i == self.controls.currentIndex() else ignored
            self.controls.widget(i).setSizePolicy(QSizePolicy.Policy.Preferred, policy)
            self.controls.widget(i).adjustSize()
        self.plot.clear()
        self.info.clear()
        self.recompute_button.setVisible(not toy)
        if toy:
            self.compute_toy()
        else:
            self.result = None
            self.recompute()

    def _on_slice_kind(self) -> None:
        kind = self.slice_kind.currentData()
        self.weights_row.setVisible(kind == "weights")
        self.span.setEnabled(kind != "paths" or not self.fit_paths.isChecked())
        if self.mode.currentData() == "network" and self.isVisible() and self.result is not None:
            self.recompute()
