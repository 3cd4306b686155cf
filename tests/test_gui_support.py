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
