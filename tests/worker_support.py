"""A training worker on its own thread for session tests, and a wait for its snapshots."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from engine.datasets import DatasetSpec
from engine.spec_rules import default_spec
from session.worker import TrainingWorker


@contextmanager
def running_worker(heatmap_resolution: int = 16) -> Iterator[TrainingWorker]:
    """The playground network on the circle data, its worker running; stopped (and checked
    stopped) on the way out."""
    w = TrainingWorker(
        default_spec(), DatasetSpec(name="circle"), heatmap_resolution=heatmap_resolution
    )
    t = threading.Thread(target=w.run, daemon=True)
    t.start()
    try:
        yield w
    finally:
        w.post("stop")
        t.join(10)
    assert not t.is_alive()


def wait_for(w: TrainingWorker, pred, timeout: float = 15.0):
    """The first snapshot the worker publishes that meets ``pred``; fails after ``timeout``."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        snap = w.take_snapshot()
        if snap is not None and pred(snap):
            return snap
        time.sleep(0.005)
    raise AssertionError("no snapshot met the condition in time")
