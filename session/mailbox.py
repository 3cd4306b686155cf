"""What a worker hands the window: the newest snapshot, the events in order, and captures."""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import Any

from engine.datasets import Dataset, DatasetSpec
from engine.spec import NetworkSpec
from session.snapshot import Snapshot


@dataclass(frozen=True)
class Captured:
    """Everything a project file needs, captured by the worker between steps (host copies)."""

    spec: NetworkSpec
    dataset_spec: DatasetSpec
    dataset: Dataset
    state: dict[str, Any]
    history: dict[str, list[float]]
    backend: str


class WorkerMailbox:
    """What a worker leaves for the GUI thread: the newest snapshot (older ones are dropped)
    and the events in order. Shared by TrainingWorker and the training process's proxy."""

    def __init__(self) -> None:
        self._events: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._latest: Snapshot | None = None

    def take_snapshot(self) -> Snapshot | None:
        """The newest snapshot not yet taken, or None (the older ones are dropped)."""
        with self._lock:
            snap, self._latest = self._latest, None
        return snap

    def take_events(self) -> list[tuple]:
        """Events since the last call, in order: ("spec", spec), ("dataset", ds), ("error", msg), ("captured", id, Captured)."""
        out = []
        while True:
            try:
                out.append(self._events.get_nowait())
            except queue.Empty:
                return out

    def _leave_snapshot(self, snap: Snapshot) -> None:
        with self._lock:
            self._latest = snap
