"""Paced Play (session/pacing.py): at a set speed the worker runs exactly N steps per snapshot,
publishes each, and waits for the window to take it, so none is dropped."""

from __future__ import annotations

import math
import threading
import time

import pytest

from engine.datasets import DatasetSpec
from engine.spec_rules import default_spec
from session.pacing import SPEEDS, TAKE_TIMEOUT, Pace, steps_per_snapshot, valid_speed
from session.worker import TrainingWorker


@pytest.fixture
def worker():
    w = TrainingWorker(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=8)
    t = threading.Thread(target=w.run, daemon=True)
    t.start()
    yield w
    w.post("stop")
    t.join(10)
    assert not t.is_alive()


def settle(w) -> None:
    """Wait for the first snapshot (the worker has loaded its data)."""
    end = time.monotonic() + 20
    while w.take_snapshot() is None:
        assert time.monotonic() < end, "no first snapshot"
        time.sleep(0.01)


def play_and_take(w, seconds: float, ack: bool = True) -> list[tuple[float, int, int]]:
    """Play; take every snapshot as the window does (answering "taken" when ``ack``); pause.
    (time, step, history length) of each running snapshot."""
    w.post("play")
    seen = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        snap = w.take_snapshot()
        if snap is not None and snap.running:
            seen.append((time.monotonic(), snap.step, len(snap.history)))
            if ack:
                w.post("taken", snap.step)
        time.sleep(0.004)
    w.post("pause")
    return seen


def test_speeds_go_from_one_step_per_frame_to_full_speed_about_3x_a_notch():
    paced = [s for s in SPEEDS if s is not None]
    assert SPEEDS[-1] is None and steps_per_snapshot(paced[0]) == 1
    ratios = [b / a for a, b in zip(paced, paced[1:], strict=False)]
    assert all(3.0 <= r <= 3.4 for r in ratios), ratios
    assert [steps_per_snapshot(s) for s in (30, 100, 1000)] == [1, 3, 33]
    assert valid_speed(None) is None and valid_speed(0) is None and valid_speed(math.nan) is None
    pace = Pace()
    pace.set_speed(100.0)
    assert pace.steps == 3 and pace.interval == pytest.approx(0.03)


def test_at_one_step_per_frame_each_step_is_a_snapshot_with_its_loss_point(worker):
    settle(worker)
    worker.post("set_speed", 30.0)
    seen = play_and_take(worker, 3.0)
    steps = [s for _t, s, _n in seen]
    assert len(steps) >= 30
    assert steps == list(range(steps[0], steps[-1] + 1)), "a step was skipped or repeated"
    rate = (steps[-1] - steps[0]) / (seen[-1][0] - seen[0][0])
    assert 20 <= rate <= 40, rate
    lengths = [n for _t, _s, n in seen]
    assert lengths == list(range(lengths[0], lengths[0] + len(lengths))), "a loss point per step"


def test_a_paced_worker_waits_for_the_window_to_take_each_snapshot(worker):
    settle(worker)
    worker.post("set_speed", 300.0)  # 10 steps a snapshot, 30 snapshots a second
    seen = play_and_take(worker, 1.5, ack=False)
    # never answered: one snapshot, then one more each TAKE_TIMEOUT
    assert 1 <= len(seen) <= 1 + 1.5 / TAKE_TIMEOUT + 1, [s for _t, s, _n in seen]
    seen = play_and_take(worker, 1.5)
    steps = [s for _t, s, _n in seen]
    assert len(steps) >= 15
    assert all(b - a == 10 for a, b in zip(steps, steps[1:], strict=False)), steps


def test_full_speed_is_back_with_none(worker):
    settle(worker)
    worker.post("set_speed", 30.0)
    worker.post("set_speed", None)
    seen = play_and_take(worker, 1.0, ack=False)
    assert seen and seen[-1][1] - seen[0][1] > 100  # unpaced: thousands of steps a second
