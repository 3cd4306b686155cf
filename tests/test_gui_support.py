"""Test helpers for the window tests: leak checks for threads and for the training process."""

from __future__ import annotations

import gc


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


def shown_window(qtbot, settings, wait: int = 60_000):
    """A MainWindow on these settings, shown, once its first snapshot and dataset are in
    (nothing to save: no "save changes?" prompt when a test closes it)."""
    from gui.main_window import MainWindow

    w = MainWindow(settings=settings, autosave=False)
    w.file_actions.modified = False
    w.show()
    c = w.controller
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=wait)
    return w


def close_window(w) -> None:
    """Close a window without a prompt and let Qt delete it."""
    from PySide6.QtWidgets import QApplication

    w.file_actions.modified = False
    w.close()
    w.deleteLater()
    QApplication.processEvents()
