"""The window while the training process is down for good, and Training → Restart training.

After the training process died more often than it is restarted (session/process.py), the
session is stopped: the worker answers captures (Save, Export, autosave) from its last
checkpoint and drops every other command until "restart". So the window disables what would
be dropped (Play, the steps, Reset, new data, edits of the hyper-parameters, opening a
project), says why in their tooltips and in the status bar, and offers Restart training, which
starts a new training process from that checkpoint. When its snapshots arrive, everything
comes back as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class StoppedState(QObject):
    """Disables what a stopped session would drop, and offers Restart training."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        c = window.controller
        self.act_restart = QAction(self.tr("Restart training"), window)
        self.act_restart.setToolTip(
            self.tr("Start the training process again, from the last state it saved")
        )
        self.act_restart.setStatusTip(self.act_restart.toolTip())
        self.act_restart.setEnabled(False)
        self.act_restart.triggered.connect(c.restart_training)
        window.addAction(self.act_restart)
        # in the status bar while stopped: the state, and the way out
        self.label = QLabel(self.tr("Training stopped"), window)
        self.label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.button = QToolButton(window)
        self.button.setDefaultAction(self.act_restart)
        for w in (self.label, self.button):
            w.hide()
            window.statusBar().addPermanentWidget(w)
        self._saved: dict[object, tuple[bool, str]] = {}  # enabled and tooltip, before
        c.trainingStopped.connect(self._stop)
        c.trainingResumed.connect(self._resume)
        # the views' own updates (a step button after the last snapshot) are undone again
        c.snapshotReady.connect(self._hold, Qt.ConnectionType.QueuedConnection)

    def _dropped(self) -> list[QAction | QWidget]:
        """What would send a command the stopped session drops."""
        w, f = self.window, self.window.file_actions
        sp = w.step_panel
        return [
            w.act_play,
            w.act_step_back,
            w.act_step_phase,
            w.act_step_batch,
            w.act_step_epoch,
            w.act_reset,
            w.act_regenerate,
            w.act_undo,
            w.act_redo,
            f.act_new,
            f.act_open,
            f.act_import,
            f.recent_menu.menuAction(),
            sp.prev_button,
            sp.next_button,
            sp.step_button,
            sp.epoch_button,
            w.dataset_panel,
            w.hyper_panel,
        ]

    def _stop(self, message: str) -> None:
        why = self.tr(
            "The training process is stopped: Training → Restart training starts it again."
        )
        if not self._saved:
            self._saved = {x: (x.isEnabled(), x.toolTip()) for x in self._dropped()}
        for x in self._saved:
            x.setEnabled(False)
            x.setToolTip(why)
            if isinstance(x, QAction):
                x.setStatusTip(why)
        self.act_restart.setEnabled(True)
        self.label.setToolTip(message)
        self.label.show()
        self.button.show()

    def _hold(self, _snapshot) -> None:
        if self.window.controller.stopped:
            for x in self._saved:
                x.setEnabled(False)

    def _resume(self) -> None:
        for x, (enabled, tip) in self._saved.items():
            x.setEnabled(enabled)
            x.setToolTip(tip)
            if isinstance(x, QAction):
                x.setStatusTip(tip)
        self._saved = {}
        self.act_restart.setEnabled(False)
        self.label.hide()
        self.button.hide()
        self.window.statusBar().clearMessage()
