"""The File menu: open, save, save as, export, import weights, recent files, autosave and recovery.

The worker captures the session between steps (``TrainingController.capture``); this
module turns it into an ``engine.project.Project`` or a ``TrainedModel`` and writes
it atomically. Every failure is a message naming the file; nothing in the session is
lost. An autosave every few minutes goes to ``engine.project.autosave_path()`` and is
removed on a clean exit; if one is found at start-up the session was not closed
cleanly, and the window offers to restore it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox

from engine.errors import BackpropLabError
from engine.export import EXPORT_FORMATS, TRAINING_FORMATS, export_model
from engine.export.model import TrainedModel
from engine.export.training_run import TrainingRun
from engine.files import autosave_path
from engine.project import EXTENSION, Project, data_names, load_project, save_project
from engine.weights_io import load_weights
from gui.data_prompts import resolve_project_data
from gui.race_dock import race_record_of
from session.mailbox import Captured

if TYPE_CHECKING:
    from gui.main_window import MainWindow

AUTOSAVE_MS = 3 * 60 * 1000
MAX_RECENT = 8
#: the extension each export format's file gets
EXPORT_EXTENSIONS = {
    "npz": ".npz",
    "json": ".json",
    "safetensors": ".safetensors",
    "onnx": ".onnx",
    "numpy": ".py",
    "pytorch": ".py",
    "pytorch-train": ".py",
    "keras": ".py",
}


def project_from_capture(cap: Captured, view: dict | None = None) -> Project:
    """A Project holding what the worker captured (spec, data reference, state, history)."""
    return Project(
        cap.spec,
        cap.dataset_spec,
        cap.state,
        cap.history,
        dict(view or {}),
        cap.dataset.preprocessing.to_dict(),
        data_names(cap.dataset),
    )


def model_from_capture(cap: Captured) -> TrainedModel:
    """The TrainedModel (weights + preprocessing + names) of a captured session, for export."""
    ds, spec = cap.dataset, cap.spec
    params = {k: np.asarray(v, dtype=spec.dtype) for k, v in cap.state["params"].items()}
    classification = ds.task == "classification"
    return TrainedModel(
        spec,
        params,
        ds.preprocessing.to_dict(),
        input_names=list(ds.input_names),
        class_names=list(ds.class_names) if classification else None,
        target_names=list(ds.target_names),
        task=ds.task,
    )


def training_from_capture(cap: Captured, epochs: int) -> TrainingRun:
    """What a training script needs from a captured session: its data rows (loaded again
    when the capture, from the training process, carries only their description), the
    trainer's state and the epochs to train."""
    data = cap.dataset
    if len(data.X_train) == 0:
        from engine.datasets import load_dataset

        data = load_dataset(cap.dataset_spec)
    return TrainingRun.from_dataset(data, cap.state, epochs)


# a typed extension that names one format chooses it, as on the command line
FORMAT_OF_EXTENSION = {
    ".npz": "npz",
    ".json": "json",
    ".onnx": "onnx",
    ".safetensors": "safetensors",
}


def format_for(path: str, chosen: str) -> str:
    """The export format for a typed file name: its extension's where it names one (typing
    model.onnx under the npz filter writes ONNX), else the filter's (.py: code, NumPy's
    unless a code filter was chosen)."""
    suffix = Path(path).suffix.lower()
    if suffix in FORMAT_OF_EXTENSION:
        return FORMAT_OF_EXTENSION[suffix]
    if suffix == ".py" and EXPORT_EXTENSIONS[chosen] != ".py":
        return "numpy"
    return chosen


def write_export(path: str, fmt: str, model: TrainedModel) -> list[str]:
    """Write the model in any of EXPORT_FORMATS (code in a .py file); the files written."""
    out = Path(path)
    if EXPORT_EXTENSIONS[fmt] == ".py" and out.suffix.lower() != ".py":
        out = out.with_suffix(".py")
    return [str(p) for p in export_model(out, model, fmt)]


class FileActions(QObject):
    """The File menu's actions and the bookkeeping behind them (current file, modified, recent)."""

    def __init__(self, window: MainWindow, autosave: bool = True):
        super().__init__(window)
        self.window = window
        self.path: str | None = None
        self.modified = False
        self._pending_open: tuple[str, bool, bool] | None = None  # (path, remember, changed)
        window.controller.datasetChanged.connect(self._on_dataset_loaded)
        window.controller.errorOccurred.connect(self._on_load_failed)
        self._autosave_enabled = autosave
        self.act_new = self._action(
            self.tr("&New session"), self.new_session, QKeySequence.StandardKey.New
        )
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence("Ctrl+O"))
        self.act_save = self._action(self.tr("&Save"), self.save, QKeySequence("Ctrl+S"))
        self.act_save_as = self._action(
            self.tr("Save &as…"), self.save_as, QKeySequence("Ctrl+Shift+S")
        )
        self.act_export = self._action(
            self.tr("&Export…"), self.export_dialog, QKeySequence("Ctrl+E")
        )
        self.act_import = self._action(self.tr("&Import weights…"), self.import_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)
        if autosave:
            self._timer.start()
        self._update_title()

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        act = QAction(text, self.window)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def populate_menu(self, menu: QMenu) -> None:
        """Put the File actions into ``menu``."""
        menu.addAction(self.act_new)
        menu.addAction(self.act_open)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.act_save)
        menu.addAction(self.act_save_as)
        menu.addSeparator()
        menu.addAction(self.act_export)
        menu.addAction(self.act_import)

    # ----- state ----------------------------------------------------------------------
    def mark_modified(self) -> None:
        if not self.modified:
            self.modified = True
            self._update_title()

    @property
    def autosave_enabled(self) -> bool:
        """Whether this window autosaves (tests and rebuilt windows pass it on)."""
        return self._autosave_enabled

    def stop_autosave(self) -> None:
        """Stop the autosave timer, leaving the autosave file (the session goes on)."""
        self._timer.stop()

    def update_title(self) -> None:
        """The window title: the project's name, a star when modified."""
        self._update_title()

    def _update_title(self) -> None:
        name = Path(self.path).name if self.path else self.tr("untitled")
        star = "*" if self.modified else ""
        self.window.setWindowTitle(f"{name}{star} — " + self.tr("Backprop Lab"))

    def _message(self, text: str) -> None:
        self.window.show_error(text)

    # ----- capture ----------------------------------------------------------------------
    def capture_sync(self, timeout_ms: int = 15000) -> Captured | None:
        """The worker's capture of the session, waiting for it (the GUI keeps painting)."""
        box: list[Captured] = []
        loop = QEventLoop()

        def done(cap: Captured) -> None:
            box.append(cap)
            loop.quit()

        self.window.controller.capture(done)
        QTimer.singleShot(timeout_ms, loop.quit)
        if not box:
            loop.exec()
        if not box:
            self._message(self.tr("The training thread did not answer; nothing was saved."))
            return None
        return box[0]

    # ----- open -------------------------------------------------------------------------
    def new_session(self) -> None:
        """Start again from the default network and data."""
        if not self.confirm_discard():
            return
        from engine.spec_rules import default_dataset_spec, default_spec

        self.window.controller.load(default_spec(), default_dataset_spec(), None, None)
        self.window.controller.race_close()
        self.path = None
        self.modified = False
        self._update_title()

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            self._last_dir(),
            self.tr("Backprop Lab projects (*%1);;All files (*)").replace("%1", EXTENSION),
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str, remember: bool = True) -> bool:
        """Load a project file into the session; a message naming the file when it cannot be used."""
        try:
            project = load_project(path)
        except BackpropLabError as exc:
            self._message(self.tr("Could not open the project: %1").replace("%1", str(exc)))
            return False
        except (OSError, ValueError, MemoryError, RecursionError) as exc:
            # whatever reading the file raised, the message names the file and the cause
            cause = str(exc) or type(exc).__name__
            if isinstance(exc, MemoryError):
                cause = self.tr("it needs more memory than is available")
            self._message(self.tr("Could not open %1: %2").replace("%1", path).replace("%2", cause))
            return False
        resolved = resolve_project_data(self.window, project, path)
        if resolved is None:
            return False
        backend = resolved.view.get("backend") if isinstance(resolved.view, dict) else None
        backend = backend if backend in ("numpy", "cupy") else None
        if backend is not None:
            self.window.hyper_panel.set_backend(backend)
        self.window.busy.show()
        # the project becomes the document once its data has loaded (datasetChanged), not
        # before: a load that fails leaves the current document as it was
        self._pending_open = (path, remember, resolved is not project)
        self.window.controller.load(
            resolved.spec, resolved.dataset, resolved.state, resolved.history, backend
        )
        self._pending_race = resolved.race  # shown once the project has loaded
        return True

    def _on_dataset_loaded(self, _dataset) -> None:
        """A load finished: an opened project becomes the current document."""
        if self._pending_open is None:
            return
        path, remember, changed = self._pending_open
        self._pending_open = None
        self.window.controller.race_close()  # the project's own race, or none
        race, self._pending_race = getattr(self, "_pending_race", None), None
        if race is not None:
            self.window.controller.race_show(race.to_plain())
        if remember:
            self.path = path
            self._add_recent(path)
        # a project opened on located or changed data differs from its file until saved
        self.modified = not remember or changed
        self._update_title()

    def _on_load_failed(self, _message: str) -> None:
        """The opened project's data could not be loaded: the session stays the document."""
        self._pending_open = None

    # ----- save -------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save project"),
            self._last_dir(),
            self.tr("Backprop Lab projects (*%1)").replace("%1", EXTENSION),
        )
        if not path:
            return False
        if not path.endswith(EXTENSION):
            path += EXTENSION
        return self.save_to(path)

    def save_to(self, path: str, remember: bool = True) -> bool:
        """Capture the session and write it atomically to ``path``; True on success."""
        cap = self.capture_sync()
        if cap is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            project = project_from_capture(cap, {"backend": cap.backend})
            project.race = race_record_of(self.window.controller.latest)  # its curves
            save_project(path, project)
        except (OSError, BackpropLabError, ValueError) as exc:
            self._message(
                self.tr("Could not save %1: %2").replace("%1", path).replace("%2", str(exc))
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if remember:
            self.path = path
            self.modified = False
            self._add_recent(path)
            self._update_title()
            self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return True

    # ----- export / import ----------------------------------------------------------------
    def export_filters(self) -> list[str]:
        """File-dialog filters, one per format of EXPORT_FORMATS, in that order."""
        return [
            self.tr("NumPy weights, nn.Sequential names (*.npz)"),
            self.tr("JSON weights, nn.Sequential names (*.json)"),
            self.tr("safetensors weights, nn.Sequential names (*.safetensors)"),
            self.tr("ONNX model (*.onnx)"),
            self.tr("NumPy code + weights (*.py)"),
            self.tr("PyTorch code + weights (*.py)"),
            self.tr("PyTorch training script + data (*.py)"),
            self.tr("Keras 3 model + data (*.py)"),
        ]

    def export_dialog(self) -> None:
        filters = self.export_filters()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the trained network"), self._last_dir(), ";;".join(filters)
        )
        if not path:
            return
        fmt = EXPORT_FORMATS[filters.index(chosen)] if chosen in filters else "npz"
        fmt = format_for(path, fmt)
        epochs = None
        if fmt in TRAINING_FORMATS:
            epochs, ok = QInputDialog.getInt(
                self.window,
                self.tr("Epochs to train"),
                self.tr("How many epochs the exported script trains (as Train would):"),
                max(1, latest.epoch if (latest := self.window.controller.latest) else 1),
                1,
                1_000_000,
            )
            if not ok:
                return
        self.export_to(path, fmt, epochs)

    def export_to(self, path: str, fmt: str, epochs: int | None = None) -> list[str]:
        """Write the current network in ``fmt``; the files written (empty on failure, with a
        message). The training scripts (pytorch-train, keras) train ``epochs`` epochs
        (default: the epochs trained so far, at least 1)."""
        ext = EXPORT_EXTENSIONS[fmt]
        if not path.lower().endswith(ext):
            path += ext
        cap = self.capture_sync()
        if cap is None:
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            model = model_from_capture(cap)
            if fmt in TRAINING_FORMATS:
                done = int(cap.state.get("epoch", 0))
                model.training = training_from_capture(cap, epochs or max(1, done))
            written = write_export(path, fmt, model)
        except (OSError, BackpropLabError, ValueError) as exc:
            self._message(
                self.tr("Could not export to %1: %2").replace("%1", path).replace("%2", str(exc))
            )
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("Exported %1").replace("%1", ", ".join(written)), 8000
        )
        return written

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import weights"),
            self._last_dir(),
            self.tr(
                "Weights, ours or a PyTorch state_dict (*.npz *.json *.safetensors);;All files (*)"
            ),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> bool:
        """Load weights into the current network: a file exported earlier (its activations and
        preprocessing must be the session's) or a plain PyTorch state_dict (.npz or
        .safetensors, by order and shape). Shapes must match; .pt/.pth are refused."""
        controller = self.window.controller
        dataset = controller.dataset
        pre = None if dataset is None else dataset.preprocessing.to_dict()
        try:
            model = load_weights(path, expect=controller.spec, expect_preprocessing=pre)
        except (BackpropLabError, OSError) as exc:
            self._message(self.tr("Could not import weights: %1").replace("%1", str(exc)))
            return False
        self.window.controller.set_parameters(model.params)
        self.mark_modified()
        return True

    # ----- recent files -------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.window.settings.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        path = os.path.abspath(path)
        files = [f for f in self.recent_files() if f != path]
        files.insert(0, path)
        self.window.settings.setValue("recent/files", files[:MAX_RECENT])
        self.window.settings.setValue("recent/dir", os.path.dirname(path))

    def _last_dir(self) -> str:
        return str(self.window.settings.value("recent/dir", "") or "")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            act = self.recent_menu.addAction(self.tr("(none)"))
            act.setEnabled(False)
            return
        for f in files:
            act = self.recent_menu.addAction(f)
            act.triggered.connect(
                lambda _c=False, p=f: self.confirm_discard() and self.open_path(p)
            )

    # ----- unsaved changes, autosave, recovery ------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the session may be replaced or closed (saved, discarded, or unchanged)."""
        if not self.modified:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("This session has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def autosave(self) -> bool:
        """Write the session to the autosave file if it changed since the last save."""
        if not self.modified:
            return False
        return self.save_to(str(autosave_path()), remember=False)

    def offer_recovery(self) -> bool:
        """If an autosave was left by a session that did not close cleanly, offer to restore it."""
        path = autosave_path()
        if not path.exists():
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore the last session?"),
            self.tr(
                "Backprop Lab did not close cleanly last time. Restore the session it saved automatically?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            return self.open_path(str(path), remember=False)
        self._remove_autosave()
        return False

    def _remove_autosave(self) -> None:
        try:
            autosave_path().unlink(missing_ok=True)
        except OSError:
            pass

    def shutdown(self) -> None:
        """Stop autosaving; a clean exit leaves no autosave behind."""
        self._timer.stop()
        if self._autosave_enabled:
            self._remove_autosave()
