"""Test helpers for the window tests: a leak check and, until the real diagram lands, a stand-in."""

from __future__ import annotations

import gc
import sys
import types


def ensure_diagram_module() -> bool:
    """Import gui.diagram; if it has no NetworkDiagram yet, install a minimal stand-in. True if real."""
    try:
        from gui.diagram import NetworkDiagram  # noqa: F401

        return True
    except ImportError:
        pass
    from PySide6.QtCore import Signal
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    class NetworkDiagram(QWidget):
        """Stand-in with the contract's signals, used only while gui/diagram is being written."""

        specEdited = Signal(object)
        featuresEdited = Signal(object)
        weightEdited = Signal(str, object, float)
        neuronHovered = Signal(int, int)
        neuronSelected = Signal(int, int)
        edgeSelected = Signal(int, int, int)
        biasSelected = Signal(int, int)

        def __init__(self, parent=None):
            super().__init__(parent)
            self.undo_stack = QUndoStack(self)
            self.spec = None

        def set_spec(self, spec, input_names, image_shape=None, available_features=()):
            self.spec = spec

        def show_snapshot(self, snapshot):
            pass

    mod = types.ModuleType("gui.diagram")
    mod.NetworkDiagram = NetworkDiagram
    sys.modules["gui.diagram"] = mod
    return False


def running_qthreads() -> list:
    """QThread wrappers that are still running."""
    from PySide6.QtCore import QThread

    gc.collect()
    out = []
    for obj in gc.get_objects():
        try:
            # type(), not isinstance(): isinstance reads __class__, which some
            # third-party objects (torch's deprecated aliases) answer with a warning
            if issubclass(type(obj), QThread) and obj.isRunning():
                out.append(obj)
        except RuntimeError:  # the C++ object is gone
            continue
    return out


def process_alive(pid: int) -> bool:
    """Whether a child process still exists and has not ended (a zombie counts as ended)."""
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = f"/proc/{pid}/status"
    if os.path.exists(status):
        with open(status) as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    return True
