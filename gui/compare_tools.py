"""Comparing runs in the window: the Race and Landscape docks, ghost curves, and their actions.

``CompareTools`` is made by the main window before it arranges its docks and builds its
menus: it adds the "Race" dock (gui/race_dock.py, a tab beside "Step through") and the
"Landscape" dock (gui/landscape_view.py, a tab beside "Inspector"): a race shows its
curves, maps and table beside its paths over the loss landscape. It makes the actions
"Compare…" (gui/race_dialog.py, then the worker's ``race_start``), "Pin as ghost" and
"Clear ghosts" (gui/ghosts.py, on the loss plot), and wires them to the controller: every
snapshot goes to both docks, the spec and the data to the ghosts' labels and the weight
pickers, the diagram's selected weights to the landscape's "From diagram".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

from gui.landscape_view import LandscapeView
from gui.loss_plot import history_upto
from gui.race_dialog import RaceDialog
from gui.race_dock import RaceDock
from session.snapshot import Snapshot

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: the Race dock is at least this tall while a race is shown
RACE_HEIGHT = 280
#: the docks may be this narrow (their rows of controls then scroll), so that they never
#: widen the tab groups they join (Step through, Inspector) on a small screen
MIN_WIDTH = 240


def _scrolled(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that lets its dock be narrower than its controls."""
    area = QScrollArea(widget.parentWidget())
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumWidth(MIN_WIDTH)
    area.setMinimumHeight(120)
    return area


class CompareTools(QObject):
    """The window's race, landscape and ghost tools (see the module's docstring)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        c = window.controller
        self.race_dock = RaceDock(c, window)
        self.landscape = LandscapeView(c, window)
        window._add_dock(
            "race",
            self.tr("Race"),
            _scrolled(self.race_dock),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        window._add_dock(
            "landscape",
            self.tr("Landscape"),
            _scrolled(self.landscape),
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.ghosts = window.loss_plot.ghosts
        self.act_compare = self._action(
            self.tr("Compare…"),
            self.compare,
            self.tr("Race copies of the network with other values of one hyper-parameter"),
        )
        self.act_pin = self._action(
            self.tr("Pin as ghost"),
            self.pin_ghost,
            self.tr("Keep this loss curve on the plot as a faint ghost, to compare the next run"),
        )
        self.act_clear_ghosts = self._action(
            self.tr("Clear ghosts"), self.ghosts.clear, self.tr("Remove every ghost curve")
        )
        window.loss_plot.pin_button.setDefaultAction(self.act_pin)
        self.ghosts.changed.connect(self._update_ghost_actions)
        self._update_ghost_actions()
        self._had_race = False
        self._tabs_pending = False
        window.installEventFilter(self)
        c.snapshotReady.connect(self.show_snapshot)
        c.specChanged.connect(self._on_spec)
        c.datasetChanged.connect(self._on_dataset)
        window.diagram.edgeSelected.connect(
            lambda layer, i, j: self.landscape.note_selection(f"W{layer}", (i, j))
        )
        window.diagram.biasSelected.connect(
            lambda layer, unit: self.landscape.note_selection(f"b{layer}", (unit,))
        )
        self.race_dock.promote_button.clicked.connect(
            lambda: self.window.file_actions.mark_modified()
        )

    def _action(self, text: str, slot, tip: str) -> QAction:
        act = QAction(text, self.window)
        act.setToolTip(tip)
        act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def arrange_docks(self) -> None:
        """Race as a tab beside Step through, Landscape beside Inspector (the first-run layout,
        made by the window's ``_arrange_docks``, which View → Reset layout runs again).

        Made at once in a window already shown; else right after it first shows (unless the
        settings restored a layout): a tab group made in a split dock area before the window's
        first layout leaves a stray copy of its tab bar on top of the other docks (Qt 6), as
        gui/health_dock.py's ``tab_beside_step`` does for the health tab."""
        if self.window.isVisible():
            self._make_tabs()
        elif not self.window.settings.value("window/state"):
            self._tabs_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Show and self._tabs_pending:
            self._tabs_pending = False
            QTimer.singleShot(0, self._make_tabs)
        return False

    def _make_tabs(self) -> None:
        w, docks = self.window, self.window.docks
        w.tabifyDockWidget(docks["step"], docks["race"])
        w.tabifyDockWidget(docks["inspector"], docks["landscape"])
        docks["step"].raise_()
        docks["inspector"].raise_()

    # ----- races -----------------------------------------------------------------------------
    def race_dialog(self) -> RaceDialog | None:
        """The Compare… dialog for the network as it is (None before the first snapshot)."""
        snap = self.window.controller.latest
        if snap is None:
            return None
        ds = self.window.controller.dataset
        loss = snap.metrics.train_loss if snap.metrics is not None else None
        return RaceDialog(snap.spec, 0 if ds is None else ds.n_train, loss, self.window)

    def compare(self) -> None:
        """Training → Compare…: ask what to race, then race it."""
        dialog = self.race_dialog()
        if dialog is None:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                grid = dialog.grid()
            except ValueError as exc:
                self.window.show_error(str(exc))
                return
            self.start_race(grid, dialog.epochs.value(), dialog.target_loss())

    def start_race(
        self, grid: dict[str, list[Any]], epochs: int | None, target_loss: float | None = None
    ) -> None:
        """Race these values (the worker pauses Play) and show the Race dock."""
        self.window.controller.race_start(grid, epochs, None, target_loss)
        self.window.file_actions.mark_modified()
        self.show_race_dock()

    def show_race_dock(self) -> None:
        """The Race dock and the Landscape beside it, in front, tall enough to read."""
        for key in ("race", "landscape"):
            dock = self.window.docks[key]
            dock.show()
            dock.raise_()
        w, docks = self.window, self.window.docks
        race, land = docks["race"], docks["landscape"]
        if race.height() < RACE_HEIGHT and not race.isFloating():
            w.resizeDocks([race], [RACE_HEIGHT], Qt.Orientation.Vertical)
        if not (race.isFloating() or land.isFloating()) and race.y() == land.y():
            # side by side: the landscape gets the room its paths want (not the Inspector's)
            total = race.width() + land.width()
            if land.width() < 0.42 * total:
                w.resizeDocks(
                    [race, land], [int(0.56 * total), int(0.44 * total)], Qt.Orientation.Horizontal
                )

    def show_snapshot(self, snap: Snapshot) -> None:
        self.race_dock.show_snapshot(snap)
        self.landscape.show_snapshot(snap)
        has_race = snap.race is not None
        if has_race and not self._had_race:  # a race came (a reopened project's too)
            self.show_race_dock()
        self._had_race = has_race

    # ----- ghosts ----------------------------------------------------------------------------
    def pin_ghost(self) -> None:
        """Pin the current run's training-loss curve as a ghost."""
        snap = self.window.controller.latest
        if snap is None:
            return
        ds = self.window.controller.dataset
        ghost = self.ghosts.pin(
            history_upto(snap.history, snap.step),
            snap.spec,
            "" if ds is None else str(ds.spec.name),
        )
        if ghost is None:
            self.window.statusBar().showMessage(self.tr("No loss curve to pin yet."), 4000)

    def _update_ghost_actions(self) -> None:
        self.act_clear_ghosts.setEnabled(bool(self.ghosts.ghosts))

    def _on_spec(self, spec) -> None:
        self.ghosts.follow(spec=spec)
        self.landscape.set_spec(spec)

    def _on_dataset(self, ds) -> None:
        self.race_dock.set_dataset(ds)
        self.ghosts.follow(data_name=str(ds.spec.name))
