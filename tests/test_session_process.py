"""The training process without Qt: it starts from the installed package only, never from the
folder the app was started in, and it still resolves relative data paths in that folder."""

from __future__ import annotations

import threading
import time

import numpy as np

from engine.datasets import DatasetSpec
from engine.spec_rules import default_spec
from session.process import ProcessWorker

WAIT = 30.0


def _run_until(worker: ProcessWorker, done, timeout: float = WAIT) -> list:
    """Run the worker on a thread; collect snapshots until ``done(snapshots)``; then stop it."""
    snaps: list = []
    events: list = []
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    end = time.monotonic() + timeout
    try:
        while time.monotonic() < end and not done(snaps):
            s = worker.take_snapshot()
            if s is not None:
                snaps.append(s)
            events.extend(worker.take_events())
            time.sleep(0.02)
    finally:
        worker.post("stop")
        thread.join(WAIT)
    assert not thread.is_alive()
    assert done(snaps), f"no such snapshot came; events: {events}"
    return events


def test_a_module_in_the_working_directory_is_never_imported(tmp_path, monkeypatch):
    marker = tmp_path / "was_imported"
    # a queue.py that would run inside the training process, and a json.py that would break it
    for name in ("queue", "json", "numpy", "engine"):
        (tmp_path / f"{name}.py").write_text(
            f"open({str(marker)!r}, 'a').write({name!r})\nraise ImportError('planted {name}')\n"
        )
    monkeypatch.chdir(tmp_path)
    w = ProcessWorker(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=8)
    w.post("step_epoch")
    events = _run_until(w, lambda snaps: any(s.epoch >= 1 for s in snaps))
    assert not marker.exists(), marker.read_text()
    assert not [e for e in events if e[0] == "error"]


def test_relative_data_paths_resolve_in_the_working_directory(tmp_path, monkeypatch):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2))
    y = (X[:, 0] > 0).astype(int)
    lines = ["a,b,label"] + [f"{a},{b},{c}" for (a, b), c in zip(X, y, strict=True)]
    (tmp_path / "points.csv").write_text("\n".join(lines) + "\n")
    monkeypatch.chdir(tmp_path)
    w = ProcessWorker(default_spec(), DatasetSpec(name="csv", path="points.csv"))
    w.post("step_batch")
    events = _run_until(w, lambda snaps: any(s.step >= 1 for s in snaps))
    assert not [e for e in events if e[0] == "error"], events
    datasets = [e[1] for e in events if e[0] == "dataset"]
    assert datasets and datasets[-1].n_features == 2
