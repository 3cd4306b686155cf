"""The Race dock: the runs of a race side by side, and the controls that steer it.

A race (engine/race.py) runs in the training process (session/race_runner.py); every
snapshot carries it as ``snapshot.race`` (None without one). The dock draws it:

- the runs' curves overlaid in one plot, one colour per run (gui/run_colors.py), the
  legend naming each run's value; what is drawn (training or test loss or accuracy)
  against epochs (rows seen ÷ training rows, so runs of other batch sizes line up) or steps;
  the target loss as a dashed line;
- what each run has learned (gui/race_maps.py): decision maps as small multiples for 2-D
  data, accuracy bars otherwise;
- a table: each run's status, final training and test loss and accuracy, the steps it
  took to reach the target loss and its training time, the best final loss in bold.

Pause/Resume, Stop, Close and "Make main network" (promote the selected run) send the
worker's race commands through the controller. A reopened race (a project's) shows its
curves and table only: it cannot train on or be promoted.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.race_record import RaceRecord
from gui.controller import TrainingController
from gui.race_dialog import run_title, variable_label
from gui.race_maps import RaceMaps
from gui.run_colors import run_pen, swatch
from gui.widgets import NumberField
from gui.widgets.elide import elide
from gui.widgets.on_screen import off_screen, when_shown
from gui.widgets.plot_widget import plot_widget
from session.snapshot import Snapshot

#: the table and the maps are redrawn at most this often while a race runs
TABLE_HZ = 5.0
COLUMNS = (
    "label",
    "status",
    "train_loss",
    "test_loss",
    "train_accuracy",
    "test_accuracy",
    "steps_to_target",
    "wall_time",
)


def race_record_of(snapshot: Snapshot | None) -> RaceRecord | None:
    """The race a snapshot shows, as a project keeps it (None without a race)."""
    if snapshot is None or snapshot.race is None:
        return None
    return RaceRecord.from_plain(snapshot.race)


def run_epochs(run: dict, n_train: int, batch_size: int) -> np.ndarray:
    """A run's curve points in epochs since the race began: rows seen ÷ training rows."""
    steps = np.asarray(run["curves"]["step"], dtype=float)
    bs = int(run["values"].get("batch_size", batch_size))
    per_epoch = max(1, math.ceil(n_train / max(bs, 1))) if n_train else 0
    if not per_epoch:
        return np.asarray(run["curves"]["epoch"], dtype=float)
    return steps / per_epoch


class RaceDock(QWidget):
    """Shows the race of the latest snapshot and steers it (see the module's docstring)."""

    def __init__(self, controller: TrainingController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.race: dict | None = None
        self._curve_key: tuple = ()
        self._table_at = 0.0
        self._table_key: tuple = ()
        self._batch_size = 10
        self._n_train = 0
        self._n_outputs = 1
        # a race behind another tab is drawn when its tab is chosen (gui/widgets/on_screen.py)
        self._pending: Snapshot | None = None
        when_shown(self, self._catch_up)
        # ----- controls ------------------------------------------------------------------
        self.status = elide(QLabel(self))
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.target = NumberField(self.tr("Target loss"), optional=True, minimum=0.0)
        self.target.setPlaceholderText(self.tr("none"))
        self.target.setMaximumWidth(80)
        self.target.setToolTip(self.tr("The table counts the steps each run took to reach it"))
        self.target.valueEdited.connect(self.controller.race_target)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("End every run where it is"))
        self.stop_button.clicked.connect(self.controller.race_stop)
        self.promote_button = QPushButton(self.tr("Make main network"), self)
        self.promote_button.setToolTip(
            self.tr("The selected run's weights and settings become the main network's")
        )
        self.promote_button.clicked.connect(self.promote_selected)
        self.close_button = QPushButton(self.tr("Close race"), self)
        self.close_button.clicked.connect(self.controller.race_close)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("Target loss"), self))
        top.addWidget(self.target)
        for b in (self.pause_button, self.stop_button, self.promote_button, self.close_button):
            top.addWidget(b)
        # ----- curves --------------------------------------------------------------------
        self.plot_widget = plot_widget(self)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        # bottom left: the corner loss curves leave empty (they start high on the left)
        self.legend = self.plot.addLegend(offset=(8, -8), labelTextSize="8pt")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 130))
        self.curves: list[pg.PlotDataItem] = []
        self.target_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(90, 90, 90, width=1, style=Qt.PenStyle.DashLine)
        )
        self.target_line.setVisible(False)
        self.plot.addItem(self.target_line, ignoreBounds=True)
        self.field = QComboBox(self)
        for key, text in (
            ("train_loss", self.tr("training loss")),
            ("test_loss", self.tr("test loss")),
            ("train_accuracy", self.tr("training accuracy")),
            ("test_accuracy", self.tr("test accuracy")),
        ):
            self.field.addItem(text, key)
        self.x_axis = QComboBox(self)
        self.x_axis.addItem(self.tr("against epochs"), "epochs")
        self.x_axis.addItem(self.tr("against steps"), "steps")
        self.log_box = QCheckBox(self.tr("Log scale"), self)
        for signal in (
            self.field.currentIndexChanged,
            self.x_axis.currentIndexChanged,
            self.log_box.toggled,
        ):
            signal.connect(self._redraw_curves)
        curve_row = QHBoxLayout()
        curve_row.addWidget(self.field)
        curve_row.addWidget(self.x_axis)
        curve_row.addWidget(self.log_box)
        curve_row.addStretch(1)
        curves = QWidget(self)
        col = QVBoxLayout(curves)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.plot_widget, 1)
        col.addLayout(curve_row)
        # ----- maps and table ------------------------------------------------------------
        self.maps = RaceMaps(self)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self._set_headers(None)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # the curves on the left; the maps and the table, a tab each, on the right
        self.side = QTabWidget(self)
        self.side.addTab(self.maps, self.tr("Decision maps"))
        self.side.addTab(self.table, self.tr("Table"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(curves)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.splitter, 1)
        self.empty = QLabel(
            self.tr(
                "No race yet. Training → Compare… trains copies of the network side by side "
                "from its current weights, each with another value of one hyper-parameter."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.stack)

    def _share_width(self) -> None:
        """The curves and the maps/table side by side, the side a little wider (the table)."""
        w = self.splitter.width()
        if w > 200:
            self.splitter.setSizes([int(w * 0.45), w - int(w * 0.45)])

    # ----- the controller's data -------------------------------------------------------------
    def set_dataset(self, dataset) -> None:
        self.maps.set_dataset(dataset)
        self._table_key = ()

    def show_snapshot(self, snap: Snapshot) -> None:
        """Draw the snapshot's race (or the empty state when it has none)."""
        race = snap.race
        self._batch_size = int(snap.spec.batch_size)
        self._n_train = int(snap.extra.get("n_train", 0) or 0)
        self._n_outputs = int(snap.spec.n_outputs)
        if race is None:
            self._pending = None
            if self.race is not None:
                self.race = None
                self._clear()
            return
        if off_screen(self):
            self._pending = snap
            return
        self._pending = None
        self.race = race
        if self.stack.currentIndex() != 1:  # a race appears: its panes share the width
            self.stack.setCurrentIndex(1)
            QTimer.singleShot(0, self._share_width)
        key = tuple(len(r["curves"]["step"]) for r in race["runs"]) + (
            tuple(r["label"] for r in race["runs"]),
            race["state"],
        )
        if key != self._curve_key:
            self._curve_key = key
            self._redraw_curves()
        now = time.perf_counter()
        table_key = (
            race["state"],
            race.get("target_loss"),
            tuple(row["status"] for row in race["table"]),
        )
        due = race["state"] == "running" and now - self._table_at >= 1.0 / TABLE_HZ
        if table_key != self._table_key or due:  # a race at rest draws nothing new
            self._table_key, self._table_at = table_key, now
            self._fill_table(race)
            self.maps.show_race(race, self._n_outputs)
            title = self.maps.title()
            if self.side.tabText(0) != title:
                self.side.setTabText(0, title)
            self._show_status(race)
            self._update_buttons()

    def _catch_up(self) -> None:
        """The dock came into view: draw the race it kept meanwhile."""
        if self._pending is not None and not off_screen(self):
            self.show_snapshot(self._pending)

    def _clear(self) -> None:
        self.stack.setCurrentIndex(0)
        for c in self.curves:
            self.legend.removeItem(c)
            self.plot.removeItem(c)
        self.curves = []
        self.table.setRowCount(0)
        self.maps.clear()
        self._curve_key = self._table_key = ()

    # ----- curves ----------------------------------------------------------------------------
    def _redraw_curves(self, *_args) -> None:
        race = self.race
        if race is None:
            return
        runs = race["runs"]
        if len(self.curves) != len(runs) or any(
            c.name() != run_title(r) for c, r in zip(self.curves, runs, strict=False)
        ):
            for c in self.curves:
                self.legend.removeItem(c)
                self.plot.removeItem(c)
            self.curves = []
            for i, r in enumerate(runs):
                item = pg.PlotDataItem(pen=run_pen(i, 2.0), name=run_title(r))
                self.plot.addItem(item)
                self.curves.append(item)
        field = str(self.field.currentData())
        by_steps = self.x_axis.currentData() == "steps"
        log = self.log_box.isChecked() and field.endswith("loss")
        if self.plot.ctrl.logYCheck.isChecked() != log:  # setLogMode touches every item
            self.plot.setLogMode(y=log)
        for item, r in zip(self.curves, runs, strict=True):
            x = (
                np.asarray(r["curves"]["step"], dtype=float)
                if by_steps
                else run_epochs(r, self._n_train, self._batch_size)
            )
            y = np.asarray(r["curves"][field], dtype=float)
            ok = np.isfinite(y) & ((y > 0) if log else True)
            item.setData(x[ok], y[ok])
        self.plot.setLabel("bottom", self.tr("steps") if by_steps else self.tr("epochs"))
        self.plot.setLabel("left", self.field.currentText())
        target = race.get("target_loss")
        show_target = target is not None and field.endswith("loss") and (target > 0 or not log)
        self.target_line.setVisible(bool(show_target))
        if show_target:
            self.target_line.setValue(math.log10(target) if log else target)
        self.plot.enableAutoRange()

    # ----- table -----------------------------------------------------------------------------
    def _fill_table(self, race: dict) -> None:
        rows = race["table"]
        selected = self.selected_run()
        self.table.setRowCount(len(rows))
        self._set_headers(race.get("target_loss"))
        best_field = "test_loss" if all(r.get("test_loss") is not None for r in rows) else None
        best_field = best_field or "train_loss"
        finals = [r.get(best_field) for r in rows]
        known = [v for v in finals if v is not None and math.isfinite(v)]
        best = min(known) if known else None
        statuses = {
            "running": self.tr("running"),
            "done": self.tr("done"),
            "stopped": self.tr("stopped"),
            "diverged": self.tr("diverged"),
            "stopped early": self.tr("stopped early"),
        }
        for i, row in enumerate(rows):
            texts = {
                "label": run_title(row),
                "status": statuses.get(row["status"], row["status"]),
                "train_loss": _number(row.get("train_loss")),
                "test_loss": _number(row.get("test_loss")),
                "train_accuracy": _percent(row.get("train_accuracy")),
                "test_accuracy": _percent(row.get("test_accuracy")),
                "steps_to_target": "—"
                if row.get("steps_to_target") is None
                else str(row["steps_to_target"]),
                "wall_time": f"{float(row.get('wall_time') or 0.0):.2f} s",
            }
            for j, key in enumerate(COLUMNS):
                item = self.table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(i, j, item)
                item.setText(texts[key])
                if j:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                font = item.font()
                font.setBold(best is not None and finals[i] == best and key == best_field)
                item.setFont(font)
            self.table.item(i, 0).setIcon(swatch(i))
            if row.get("message"):
                self.table.item(i, 1).setToolTip(row["message"])
        if selected is not None and selected < len(rows):
            self.table.selectRow(selected)

    def _set_headers(self, target: float | None) -> None:
        """Two lines each, so that every column fits beside the curves."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Run"),
                self.tr("Status"),
                self.tr("Train\nloss"),
                self.tr("Test\nloss"),
                self.tr("Train\naccuracy"),
                self.tr("Test\naccuracy"),
                self.tr("Steps to\nloss %1").replace(
                    "%1", "—" if target is None else f"{target:g}"
                ),
                self.tr("Training\ntime"),
            ]
        )

    def selected_run(self) -> int | None:
        """The selected row's run (0-based), or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_status(self, race: dict) -> None:
        names = ", ".join(variable_label(n) for n in race["names"])
        n = len(race["runs"])
        epoch = max((row.get("epoch") or 0) for row in race["table"]) if race["table"] else 0
        if race.get("epochs"):
            where = self.tr("epoch %1 of %2").replace("%1", str(epoch))
            where = where.replace("%2", str(race["epochs"]))
        else:
            where = self.tr("epoch %1").replace("%1", str(epoch))
        states = {
            "running": self.tr("racing"),
            "paused": self.tr("paused"),
            "finished": self.tr("finished"),
            "saved": self.tr("saved race: curves only"),
        }
        self.status.setText(
            self.tr("%1: %2 runs, %3 — %4")
            .replace("%1", names)
            .replace("%2", str(n))
            .replace("%3", where)
            .replace("%4", states.get(race["state"], race["state"]))
        )
        if not self.target.hasFocus():
            self.target.set_value(race.get("target_loss"))

    # ----- controls --------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        race = self.race
        state = race["state"] if race else None
        live = bool(race and race.get("live"))
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state in ("running", "paused"))
        self.promote_button.setEnabled(live and self.selected_run() is not None)
        self.close_button.setEnabled(race is not None)
        self.target.setEnabled(live)

    def _pause_or_resume(self) -> None:
        if self.race is not None and self.race["state"] == "paused":
            self.controller.race_resume()
        else:
            self.controller.race_pause()

    def promote_selected(self) -> None:
        """The selected run becomes the main network (the worker's ``race_promote``)."""
        run = self.selected_run()
        if run is not None and self.race is not None and self.race.get("live"):
            self.controller.race_promote(run)


def _number(v: float | None) -> str:
    return "—" if v is None else f"{v:.4g}"


def _percent(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f} %"
