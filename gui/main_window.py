"""The main window: the network diagram in the centre, panels in docks, actions in menus and toolbar.

The window owns a TrainingController (gui/controller.py) and wires the views to it: snapshots
go to every view, edits go back as commands. It never touches the worker's engine objects.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from assets import asset_path
from engine.datasets import Dataset
from gui.banner import Banner
from gui.classroom import Classroom
from gui.compare_tools import CompareTools
from gui.controller import TrainingController
from gui.dataset_panel import DatasetPanel
from gui.diagram import NetworkDiagram
from gui.file_actions import FileActions
from gui.glossary_window import GlossaryWindow
from gui.health_dock import HealthPanel, tab_beside_step
from gui.hyperparameter_panel import HyperparameterPanel
from gui.inspector import InspectorPanel
from gui.language import LanguageMenu
from gui.lesson_menu import LessonMenu
from gui.loss_plot import LossPlot
from gui.notes_bar import NotesBar
from gui.output_view import OutputView
from gui.speed_control import SpeedControl
from gui.step_panel import StepPanel
from gui.stopped_state import StoppedState
from gui.widgets.elide import elide
from gui.widgets.focus import return_focus_on_enter
from session.snapshot import Snapshot

ICONS = asset_path("icons")
SETTINGS_VERSION = 1


_ICONS: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """An icon from assets/icons (an empty icon when the file is missing), loaded once."""
    if name not in _ICONS:
        path = ICONS / f"{name}.svg"
        _ICONS[name] = QIcon(str(path)) if path.exists() else QIcon()
    return _ICONS[name]


# while training plays, the status bar's counters are rewritten this many times a second
STATUS_HZ = 4.0


class MainWindow(QMainWindow):
    """Backprop Lab's window: diagram, dataset, hyper-parameters, loss plot, output, inspector, step panel."""

    closed = Signal()

    def __init__(
        self,
        controller: TrainingController | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        autosave: bool = True,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backprop Lab"))
        self.setWindowIcon(icon("app"))
        self.settings = settings if settings is not None else QSettings()
        self.controller = (
            controller if controller is not None else TrainingController(parent=self, start=False)
        )
        if self.controller.parent() is None:
            self.controller.setParent(self)
        self._shut_down = False
        self._heap_frozen = False
        self._shown_running = False
        self._status_at = 0.0  # when the status bar counters were last written

        # ----- views --------------------------------------------------------------------
        self.diagram = NetworkDiagram(self)
        self.banner = Banner(self, self.statusBar())
        central = QWidget(self)
        col = QVBoxLayout(central)
        col.setContentsMargins(4, 4, 4, 4)
        col.addWidget(self.banner)
        col.addWidget(self.diagram, 1)
        self.notes_bar = NotesBar(self.settings, self)  # what the curves show, named
        col.addWidget(self.notes_bar)
        self.setCentralWidget(central)
        self.dataset_panel = DatasetPanel(self)
        self.hyper_panel = HyperparameterPanel(self)
        self.loss_plot = LossPlot(self)
        self.output_view = OutputView(self)
        self.inspector = InspectorPanel(self)
        self.step_panel = StepPanel(self.controller, self)
        self.health_panel = HealthPanel(self)
        self.docks: dict[str, QDockWidget] = {}
        self._dock_areas: dict[str, Qt.DockWidgetArea] = {}
        self._add_dock(
            "data",
            self.tr("Data"),
            self._scrolled(self.dataset_panel),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self._add_dock(
            "hyper",
            self.tr("Hyper-parameters"),
            self._scrolled(self.hyper_panel),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.output_view.setMinimumWidth(300)
        self._add_dock(
            "output", self.tr("Output"), self.output_view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._add_dock(
            "loss", self.tr("Loss"), self.loss_plot, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self._add_dock(
            "step", self.tr("Step through"), self.step_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self._add_dock(
            "inspector",
            self.tr("Inspector"),
            self.inspector,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self._add_dock(
            "health",
            self.tr("Training health"),
            self.health_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.compare = CompareTools(self)  # the Race and Landscape docks, ghost curves
        self._arrange_docks()

        # ----- status bar ---------------------------------------------------------------
        self.status_epoch = QLabel(self)
        self.status_step = QLabel(self)
        self.status_rate = QLabel(self)
        self.status_backend = QLabel(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # "working", without a known length
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip(self.tr("Loading the data"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        for w in (self.status_epoch, self.status_step, self.status_rate, self.status_backend):
            w.setMinimumWidth(90)
            self.statusBar().addPermanentWidget(w)

        # ----- actions, menus, toolbar --------------------------------------------------
        self.file_actions = FileActions(self, autosave=autosave)
        self.lessons = LessonMenu(self)  # Help → Lessons, and the lesson dock
        self.language = LanguageMenu(self)  # View → Language (gui/language.py)
        self._make_actions()
        self.stopped_state = StoppedState(self)  # a training process down for good
        self._make_menus()

        # ----- wiring -------------------------------------------------------------------
        c = self.controller
        c.snapshotReady.connect(self.show_snapshot)
        c.specChanged.connect(self._on_spec_changed)
        c.datasetChanged.connect(self._on_dataset_changed)
        # the backend in use, after every change (a fallback included), back into the panel
        c.backendChanged.connect(self.hyper_panel.set_backend)
        c.errorOccurred.connect(self.show_error)
        self.diagram.specEdited.connect(c.set_spec)
        self.diagram.featuresEdited.connect(c.set_features)
        self.diagram.weightEdited.connect(c.set_weight)
        self.diagram.neuronSelected.connect(self.inspector.select_neuron)
        self.diagram.edgeSelected.connect(self.inspector.select_weight)
        self.diagram.biasSelected.connect(self.inspector.select_bias)
        self.diagram.neuronHovered.connect(self.output_view.show_neuron)
        # one "Batch mean" setting: ticked in any of the three, the other two follow
        for view in (self.diagram, self.inspector, self.step_panel):
            view.batchMeanToggled.connect(self._set_batch_mean)
        for source in (self.diagram, self.inspector, self.notes_bar, self.health_panel):
            source.glossaryRequested.connect(self.glossary_window.show_entry)
        self.act_step_back.setEnabled(self.step_panel.prev_button.isEnabled())
        self.step_panel.stepBackAvailable.connect(self.act_step_back.setEnabled)
        self.diagram.specEdited.connect(lambda _s: self.file_actions.mark_modified())
        self.diagram.weightEdited.connect(lambda *_a: self.file_actions.mark_modified())
        self.hyper_panel.specEdited.connect(c.set_spec)
        self.hyper_panel.specEdited.connect(lambda _s: self.file_actions.mark_modified())
        self.hyper_panel.backendRequested.connect(c.set_backend)
        self.hyper_panel.errorMessage.connect(self.show_error)
        self.dataset_panel.datasetRequested.connect(c.set_dataset)
        self.dataset_panel.datasetRequested.connect(self._loading_started)
        c.errorOccurred.connect(self._loading_failed)
        self.dataset_panel.datasetRequested.connect(lambda _s: self.file_actions.mark_modified())
        self.dataset_panel.errorMessage.connect(self.show_error)
        # stepping by hand, the timeline, Reset and new data change the session as Play does
        for signal in (
            self.act_step_back.triggered,
            self.act_step_phase.triggered,
            self.act_step_batch.triggered,
            self.act_step_epoch.triggered,
            self.act_reset.triggered,
            self.act_regenerate.triggered,
            self.step_panel.prev_button.clicked,
            self.step_panel.next_button.clicked,
            self.step_panel.step_button.clicked,
            self.step_panel.epoch_button.clicked,
            self.step_panel.timeline_slider.valueChanged,
        ):
            signal.connect(lambda *_a: self.file_actions.mark_modified())
        # Enter or Escape in a typed field gives Space and the arrows back to the window
        self._focus_return = return_focus_on_enter(
            self.diagram, self.hyper_panel, self.dataset_panel
        )
        # the headline above the diagram ends in "…" where it does not fit (it was cut mid-letter)
        elide(self.diagram.title)
        elide(self.diagram.detail)

        # the diagram asks for ~920 px for its own toolbar row; let it shrink on small screens
        self.diagram.setMinimumWidth(min(self.diagram.minimumSizeHint().width(), 480))
        avail = self.screen().availableGeometry() if self.screen() is not None else None
        w, h = 1400, 900
        if avail is not None:
            w, h = min(w, avail.width()), min(h, avail.height())
        self.resize(w, h)
        self.restore_layout()
        self.classroom = Classroom(self)  # presentation, figures, help (gui/classroom.py)
        self.diagram.setFocus()
        self.controller.start()

    # ----- construction helpers ---------------------------------------------------------
    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setMinimumWidth(min(widget.minimumSizeHint().width() + 24, 320))
        return area

    def _add_dock(
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea
    ) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        self._dock_areas[key] = area
        return dock

    def _arrange_docks(self) -> None:
        """The first-run layout of the docks; View → Reset layout brings back this very one."""
        for key, dock in self.docks.items():
            dock.setFloating(False)
            self.addDockWidget(self._dock_areas[key], dock)
            dock.show()
        self.tabifyDockWidget(self.docks["data"], self.docks["hyper"])
        self.docks["data"].raise_()
        self.splitDockWidget(self.docks["step"], self.docks["inspector"], Qt.Orientation.Horizontal)
        tab_beside_step(self)  # Training health: a tab beside Step through
        self.compare.arrange_docks()
        self.resizeDocks(
            [self.docks["step"], self.docks["inspector"]], [620, 380], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["step"]], [240], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["data"]], [320], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["output"]], [380], Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.docks["output"], self.docks["loss"]], [360, 260], Qt.Orientation.Vertical
        )

    def _action(
        self, text: str, slot, shortcut=None, icon_name: str | None = None, tip: str | None = None
    ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon_name:
            act.setIcon(icon(icon_name))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        c = self.controller
        self.act_play = self._action(
            self.tr("Play"),
            c.toggle_play,
            Qt.Key.Key_Space,
            "play",
            self.tr("Train continuously (Space)"),
        )
        self.act_step_back = self._action(
            self.tr("Previous phase"),
            c.step_back,
            Qt.Key.Key_Left,
            "step-back",
            self.tr("Go back one phase of the step (←)"),
        )
        self.act_step_phase = self._action(
            self.tr("Next phase"),
            c.step_phase,
            Qt.Key.Key_Right,
            "step-phase",
            self.tr("Run the next phase of the training step (→)"),
        )
        self.act_step_batch = self._action(
            self.tr("Next step"),
            c.step_batch,
            QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_Right),
            "step-batch",
            self.tr("Finish this batch's step (Shift+→)"),
        )
        self.act_step_epoch = self._action(
            self.tr("Next epoch"),
            c.step_epoch,
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Right),
            "step-epoch",
            self.tr("Train to the end of the epoch (Ctrl+→)"),
        )
        self.act_reset = self._action(
            self.tr("Reset"),
            c.reset,
            QKeySequence("Ctrl+R"),
            "reset",
            self.tr("Back to the initial weights of the seed (Ctrl+R)"),
        )
        self.act_regenerate = self._action(
            self.tr("Regenerate data"),
            c.regenerate,
            QKeySequence("Ctrl+G"),
            "regenerate",
            self.tr("New data from a new data seed (Ctrl+G)"),
        )
        stack = self.diagram.undo_stack
        self.act_undo = stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.act_undo, self.act_redo):
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(a)
        self.act_quit = self._action(self.tr("Quit"), self.close, QKeySequence("Ctrl+Q"))
        self.act_about = self._action(self.tr("About Backprop Lab"), self._about)
        self.glossary_window = GlossaryWindow(self)
        self.act_glossary = self._action(
            self.tr("Glossary"),
            lambda: self.glossary_window.show_entry(None),
            QKeySequence("Shift+F1"),  # F1 is the help window's (gui/classroom.py)
            tip=self.tr("Every term and symbol in plain words (Shift+F1)"),
        )
        self.act_reset_layout = self._action(self.tr("Reset layout"), self.reset_layout)
        self.toolbar = QToolBar(self.tr("Training"), self)
        self.toolbar.setObjectName("toolbar-training")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for a in (
            self.act_play,
            None,
            self.act_step_back,
            self.act_step_phase,
            self.act_step_batch,
            self.act_step_epoch,
            None,
            self.act_reset,
            self.act_regenerate,
            None,
            self.compare.act_compare,
        ):
            if a is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(a)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        # Play's speed, beside it (gui/speed_control.py: [ and ], kept in the settings)
        self.speed = SpeedControl(self.settings, self)
        self.toolbar.insertWidget(self.toolbar.actions()[1], self.speed)
        self.addActions([self.speed.act_slower, self.speed.act_faster])
        self.speed.speedChanged.connect(c.set_speed)
        self.speed.draw_every_step(self.loss_plot, self.diagram, self.output_view)
        if self.speed.speed is not None:
            c.set_speed(self.speed.speed)

    def _make_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        self.file_actions.populate_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        train = mb.addMenu(self.tr("&Training"))
        for a in (
            self.act_play,
            self.speed.act_slower,
            self.speed.act_faster,
            self.act_step_back,
            self.act_step_phase,
            self.act_step_batch,
            self.act_step_epoch,
            None,
            self.act_reset,
            self.act_regenerate,
            None,
            self.compare.act_compare,
            self.compare.act_pin,
            self.compare.act_clear_ghosts,
            None,
            self.stopped_state.act_restart,
        ):
            train.addSeparator() if a is None else train.addAction(a)
        view = mb.addMenu(self.tr("&View"))
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addAction(self.toolbar.toggleViewAction())
        self.notes_bar.populate_menu(view)  # the notes turned off, back on
        self.language.populate_menu(view)
        view.addSeparator()
        view.addAction(self.act_reset_layout)
        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_glossary)
        self.lessons.populate_menu(help_menu)
        help_menu.addAction(self.act_about)

    # ----- controller → views ----------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        """Hand the latest snapshot to every view and update the status bar."""
        self.diagram.show_snapshot(snap)
        self.notes_bar.show_snapshot(snap)
        self.health_panel.show_snapshot(snap)
        self.inspector.show_snapshot(snap)
        self.step_panel.show_snapshot(snap)
        self.loss_plot.show_snapshot(snap)
        self.output_view.show_snapshot(snap)
        now = time.perf_counter()
        if not snap.running or now - self._status_at >= 1.0 / STATUS_HZ:
            # counters at STATUS_HZ while playing: each text change relayouts the status bar
            self._status_at = now
            self.status_epoch.setText(self.tr("Epoch %1").replace("%1", str(snap.epoch)))
            self.status_step.setText(self.tr("Step %1").replace("%1", str(snap.step)))
            rate = f"{snap.steps_per_second:,.0f}" if snap.running else "–"
            self.status_rate.setText(self.tr("%1 steps/s").replace("%1", rate))
        self.status_backend.setText(snap.backend)  # the backend in use, whatever was asked
        if snap.running != self._shown_running:
            self._shown_running = snap.running
            self.act_play.setText(self.tr("Pause") if snap.running else self.tr("Play"))
            self.act_play.setIcon(icon("pause" if snap.running else "play"))
        if snap.running:
            self.file_actions.mark_modified()
        self.banner.follow_worker(snap.message)  # shown, or gone with its cause

    def show_error(self, message: str) -> None:
        """Show a message that names what was wrong, without stopping anything; one while data
        loads is about that data, and goes once data loads."""
        self.banner.clear()
        self.banner.show_message(message, "data" if self.busy.isVisible() else "error")

    def _on_spec_changed(self, spec) -> None:
        self.hyper_panel.set_spec(spec)
        ds = self.controller.dataset
        if ds is not None:
            self._set_diagram_spec(spec, ds)

    def _loading_failed(self, _message: str) -> None:
        """A dataset that could not be loaded: the panel goes back to the data still in use."""
        if self.busy.isVisible():
            self.busy.hide()
            if self.controller.dataset is not None:
                self.dataset_panel.set_dataset(self.controller.dataset)

    def _loading_started(self, dataset_spec) -> None:
        self.busy.show()
        self.statusBar().showMessage(self.tr("Loading %1…").replace("%1", dataset_spec.name))

    def _on_dataset_changed(self, ds: Dataset) -> None:
        self.banner.session_replaced()  # new data, or an opened project
        if self.busy.isVisible():
            self.busy.hide()
            self.statusBar().clearMessage()
        self.dataset_panel.set_dataset(ds)
        self.hyper_panel.set_dataset(ds)
        self.output_view.set_dataset(ds)
        spec = self.controller.spec
        if spec is not None:
            self._set_diagram_spec(spec, ds)

    def _set_diagram_spec(self, spec, ds: Dataset) -> None:
        from engine.datasets import FEATURE_NAMES

        names = tuple(ds.feature_names)
        available = tuple(FEATURE_NAMES) if ds.is_2d else ()
        if spec.n_inputs != len(names):
            return  # the matching spec/dataset pair is on its way
        self.diagram.set_spec(spec, names, ds.image_shape, available)

    def _set_batch_mean(self, on: bool) -> None:
        """The shared "Batch mean" setting, pushed into every view with signals blocked."""
        for view in (self.diagram, self.inspector, self.step_panel):
            view.set_batch_mean(on)

    # ----- layout -------------------------------------------------------------------
    def restore_layout(self) -> None:
        """Window geometry and dock layout from the last run (QSettings)."""
        geo = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geo, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geo))
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state), SETTINGS_VERSION)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(SETTINGS_VERSION))
        self.settings.sync()

    def reset_layout(self) -> None:
        """The docks where and as large as on the first run (View → Reset layout)."""
        self._arrange_docks()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Backprop Lab"),
            self.tr(
                "<b>Backprop Lab</b><br>Watch a neural network learn, or step through one "
                "training step phase by phase: the forward pass, the loss, the backward "
                "pass with every gradient, and the weight update."
            ),
        )

    # ----- closing ------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._heap_frozen:
            # the docks' first sizes can ask for more than the screen has (1280 × 800): the
            # window fits the screen, and the docks share what there is
            QTimer.singleShot(0, self.fit_screen)
        if not self._heap_frozen:
            # what exists now (Qt wrappers, pyqtgraph, NumPy, the panels) lives as long as the
            # window: keep it out of the garbage collector's full passes, which otherwise
            # stall the GUI thread for ~20 ms every few seconds of training
            self._heap_frozen = True
            gc.collect()
            gc.freeze()

    def fit_screen(self) -> None:
        """Shrink the window to the screen's free area where it is larger than that."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        if QApplication.platformName() == "offscreen":
            return  # no real screen: its nominal size says nothing (tests size windows)
        avail = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # the title bar and borders
        w = min(self.width(), avail.width() - frame.width())
        h = min(self.height(), avail.height() - frame.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(max(w, self.minimumWidth()), max(h, self.minimumHeight()))
        if not avail.contains(self.frameGeometry().topLeft()):
            self.move(avail.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down and not self.file_actions.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.shutdown()
        event.accept()
        self.closed.emit()

    def shutdown(self) -> None:
        """Stop the worker thread and the autosave (idempotent)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.file_actions.shutdown()
        self.controller.shutdown()
        if self._heap_frozen:
            gc.unfreeze()  # the window's objects may be collected again
