"""The training worker in its own process (the app's default): the loss history the window
rebuilds from deltas equals the worker's own, through truncations; a training process that
dies is reported and restarted from its last checkpoint; the thread worker is still there."""

from __future__ import annotations

import dataclasses
import os
import re
import signal

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from test_gui_support import process_alive, running_qthreads  # noqa: E402

from engine.datasets import DatasetSpec  # noqa: E402
from engine.spec_rules import default_spec  # noqa: E402
from gui.controller import TrainingController  # noqa: E402
from session.process import (  # noqa: E402
    CHECKPOINT_SECONDS,
    _history_delta,
    _merge_deltas,
)
from session.snapshot import HistoryBuffer  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 15_000


@pytest.fixture
def controller(qtbot):
    c = TrainingController(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=16)
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    yield c
    assert c.shutdown()
    assert not running_qthreads()


def captured(qtbot, c):
    box = []
    c.capture(box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=WAIT)
    return box[0]


def assert_history_matches_the_workers(qtbot, c):
    """The window's history (rebuilt from deltas) equals the history the worker captures."""
    cap = captured(qtbot, c)
    qtbot.waitUntil(lambda: c.latest.step == cap.state["step"], timeout=WAIT)
    shown = c.latest.history
    for field in HistoryBuffer.FIELDS:  # the loss curves (the capture also holds "health")
        np.testing.assert_array_equal(getattr(shown, field), np.asarray(cap.history[field], float))
    return shown


def test_history_deltas_rebuild_the_workers_history_through_a_timeline_restore(controller, qtbot):
    c = controller
    assert c.worker_pid is not None and c.worker_pid != os.getpid()
    c.play()
    qtbot.waitUntil(lambda: len(c.latest.history) > 30 and len(c.latest.timeline) > 3, timeout=WAIT)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=WAIT)
    before = assert_history_matches_the_workers(qtbot, c)
    # a capture (for saving and exporting) carries the data's description, not its rows
    cap = captured(qtbot, c)
    assert cap.dataset.X_train.shape == (0, c.dataset.X_train.shape[1])
    assert cap.dataset.input_names == c.dataset.input_names
    assert cap.dataset.preprocessing.to_dict() == c.dataset.preprocessing.to_dict()
    # going back keeps the later points (to scrub forward again); an edit from there cuts
    # the history, and what is trained afterwards replaces the old future
    back_to = c.latest.timeline[1]
    c.restore_timeline(back_to)
    qtbot.waitUntil(lambda: c.latest.step == back_to, timeout=WAIT)
    kept = assert_history_matches_the_workers(qtbot, c)
    assert len(kept) == len(before)
    c.set_spec(dataclasses.replace(c.spec, optimizer=dataclasses.replace(c.spec.optimizer, lr=0.2)))
    qtbot.waitUntil(lambda: c.latest.spec.optimizer.lr == 0.2, timeout=WAIT)
    cut = assert_history_matches_the_workers(qtbot, c)
    assert len(cut) < len(before)
    c.play()
    qtbot.waitUntil(lambda: len(c.latest.history) > len(before) + 5, timeout=WAIT)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=WAIT)
    assert_history_matches_the_workers(qtbot, c)
    # reset starts a new history
    c.reset()
    qtbot.waitUntil(lambda: c.latest.step == 0, timeout=WAIT)
    assert_history_matches_the_workers(qtbot, c)


def test_a_training_process_that_dies_is_restarted_from_its_last_checkpoint(qtbot):
    c = TrainingController(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=16)
    errors = []
    c.errorOccurred.connect(errors.append)
    qtbot.waitUntil(lambda: c.latest is not None, timeout=WAIT)
    c.play()
    qtbot.wait(int(1000 * (CHECKPOINT_SECONDS + 0.5)))  # a checkpoint while playing
    shown = c.latest
    assert shown.running and shown.step > 0
    pid = c.worker_pid
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    assert "training process ended unexpectedly" in errors[0]
    resumed_at = int(re.search(r"restarted from step (\d+)", errors[0]).group(1))
    assert 0 < resumed_at <= shown.step
    # a new process, at the checkpoint's step, with the loss history up to it
    qtbot.waitUntil(
        lambda: c.worker_pid not in (None, pid) and c.latest.step >= resumed_at, timeout=WAIT
    )
    kept = c.latest.history
    n = int(np.searchsorted(shown.history.step, resumed_at, side="right"))
    np.testing.assert_array_equal(kept.step[:n], shown.history.step[:n])
    np.testing.assert_array_equal(kept.train_loss[:n], shown.history.train_loss[:n])
    c.step_batch()  # and it takes commands
    qtbot.waitUntil(lambda: not c.latest.running and c.latest.step > resumed_at, timeout=WAIT)
    new_pid = c.worker_pid
    assert c.shutdown()
    assert not process_alive(pid) and not process_alive(new_pid)
    assert not running_qthreads()


def test_the_thread_worker_trains_in_this_process(qtbot):
    c = TrainingController(
        default_spec(), DatasetSpec(name="circle"), heatmap_resolution=16, worker="thread"
    )
    qtbot.waitUntil(lambda: c.latest is not None, timeout=WAIT)
    assert c.worker_pid is None
    c.play()
    qtbot.waitUntil(lambda: c.latest.step > 50, timeout=WAIT)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=WAIT)
    assert c.shutdown()


def test_history_delta_and_merge_by_hand():
    buf = HistoryBuffer(capacity=2)
    sent = (None, 0)

    def add(step):
        cols = {f: np.array([float(step)]) for f in HistoryBuffer.FIELDS}
        buf.extend(cols)

    add(1)
    add(2)
    d1, sent = _history_delta(buf, sent)
    assert d1["mode"] == "replace" and d1["rows"]["step"].tolist() == [1, 2]
    add(3)
    d2, sent = _history_delta(buf, sent)
    assert d2["mode"] == "append" and d2["rows"]["step"].tolist() == [3]
    merged = _merge_deltas(d1, d2)
    assert merged["mode"] == "replace" and merged["rows"]["step"].tolist() == [1, 2, 3]
    buf.truncate(1)
    add(9)  # same length as before the truncation would not fool the delta
    add(10)
    d3, sent = _history_delta(buf, sent)
    assert d3["mode"] == "replace" and d3["rows"]["step"].tolist() == [1, 9, 10]
    # a new buffer is never taken for the old one (even at the same address)
    fresh = HistoryBuffer.from_columns({f: np.array([1.0, 2.0, 3.0, 4.0]) for f in buf.FIELDS})
    assert _history_delta(fresh, sent)[0]["mode"] == "replace"
    mirror = HistoryBuffer.from_columns(d1["rows"])
    mirror.extend(d2["rows"])
    assert mirror.view().step.tolist() == [1, 2, 3]
