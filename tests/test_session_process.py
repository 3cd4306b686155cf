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


def test_a_training_process_that_stays_down_still_saves_and_can_be_restarted(monkeypatch):
    import os
    import signal

    import session.process as process

    monkeypatch.setattr(process, "MAX_RESTARTS", 0)  # the first death already stays down
    w = ProcessWorker(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=8)
    thread = threading.Thread(target=w.run, daemon=True)
    thread.start()
    events: list = []

    def wait_for(cond, timeout=WAIT):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            events.extend(w.take_events())
            if cond():
                return
            time.sleep(0.02)
        raise AssertionError(f"timed out; events: {[e[0] for e in events]}")

    try:
        w.post("step_batch")
        w.post("step_batch")
        wait_for(lambda: w._checkpoint is not None and w._checkpoint["state"]["step"] == 2)
        w.post("play")
        wait_for(lambda: (s := w.take_snapshot()) is not None and s.running)
        pid = w.pid
        os.kill(pid, signal.SIGKILL)
        wait_for(lambda: any(e[0] == "stopped" for e in events))
        last = w.take_snapshot()
        assert last is not None and not last.running and last.steps_per_second == 0.0
        assert "Restart training" in last.message
        saved_step = w._checkpoint["state"]["step"]
        # Save and Export are answered at once, from the last checkpoint
        t0 = time.monotonic()
        w.post("capture", 7)
        wait_for(lambda: any(e[0] == "captured" for e in events), timeout=5)
        assert time.monotonic() - t0 < 5
        cap = next(e[2] for e in events if e[0] == "captured" and e[1] == 7)
        assert cap.state["step"] == saved_step and cap.dataset.n_features == 2
        # Restart training: a new process goes on from there
        w.post("restart")
        wait_for(lambda: w.pid is not None and w.pid != pid)
        w.post("step_batch")
        wait_for(lambda: (s := w.take_snapshot()) is not None and s.step == saved_step + 1)
    finally:
        w.post("stop")
        thread.join(WAIT)
    assert not thread.is_alive()
