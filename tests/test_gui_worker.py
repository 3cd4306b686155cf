"""The training worker on a plain thread (no Qt event loop): snapshots are independent host copies,
only the newest is kept, and the history's losses match an independent NumPy evaluation."""

from __future__ import annotations

import time

import numpy as np
import pytest
from worker_support import running_worker, wait_for

from engine.datasets import DatasetSpec, load_dataset
from engine.spec_rules import default_spec


@pytest.fixture
def worker():
    with running_worker(heatmap_resolution=16) as w:
        yield w


def test_snapshots_are_copies_and_only_the_newest_is_kept(worker):
    first = wait_for(worker, lambda s: s.step == 0)
    w1 = first.params["W1"].copy()
    first.params["W1"][:] = 123.0  # the GUI scribbling on its copy must not reach the engine
    for _ in range(3):
        worker.post("step_batch")
    snap = wait_for(worker, lambda s: s.step == 3)
    assert worker.take_snapshot() is None  # nothing new while paused
    assert not np.any(snap.params["W1"] == 123.0)
    assert not np.array_equal(snap.params["W1"], w1)  # it trained from the true weights
    worker.post("restore_timeline", 0)
    back = wait_for(worker, lambda s: s.step == 0)
    np.testing.assert_array_equal(back.params["W1"], w1)
    assert not back.history.step.flags.writeable


def test_history_losses_match_an_independent_evaluation(worker):
    worker.post("step_epoch")
    snap = wait_for(worker, lambda s: s.epoch == 1)
    ds = load_dataset(DatasetSpec(name="circle"))
    p = snap.params

    def bce(X, y):
        a = np.tanh(X.astype(np.float32) @ p["W1"].T + p["b1"])
        a = np.tanh(a @ p["W2"].T + p["b2"])
        z = (a @ p["W3"].T + p["b3"])[:, 0].astype(np.float64)
        q = 1 / (1 + np.exp(-z))
        return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))), float(
            np.mean((q >= 0.5) == y)
        )

    train_loss, train_acc = bce(ds.X_train, ds.y_train)
    test_loss, test_acc = bce(ds.X_test, ds.y_test)
    h = snap.history
    assert h.step[-1] == snap.step and h.epoch[-1] == 1
    assert h.train_loss[-1] == pytest.approx(train_loss, rel=1e-4)
    assert h.test_loss[-1] == pytest.approx(test_loss, rel=1e-4)
    assert h.train_accuracy[-1] == pytest.approx(train_acc)
    assert h.test_accuracy[-1] == pytest.approx(test_acc)
    assert snap.metrics.train_loss == pytest.approx(train_loss, rel=1e-4)


def test_pause_ends_the_curves_and_the_health_record_at_the_step_where_play_stopped(worker):
    worker.post("play")
    wait_for(worker, lambda s: s.running and s.step > 3000)
    worker.post("pause")
    snap = wait_for(worker, lambda s: not s.running)
    assert snap.history.step[-1] == snap.step  # not the last evaluation while playing
    assert snap.health_history["step"][-1] == snap.step
    assert snap.health["step"] == snap.step
    # and the last point is the paused network's own loss
    assert snap.history.train_loss[-1] == pytest.approx(snap.metrics.train_loss, rel=1e-12)


def test_a_short_run_on_small_data_has_its_whole_curve(worker):
    # evaluating 500 circle points is cheap: at full speed the curve still gets a point at
    # least every epoch/100 epochs (a run early stopping ended after 70 epochs was drawn as
    # one straight line from its first point to its last)
    worker.post("play")
    wait_for(worker, lambda s: s.running and s.epoch >= 300)
    worker.post("pause")
    snap = wait_for(worker, lambda s: not s.running)
    epochs = np.asarray(snap.history.epoch, dtype=int)
    assert epochs[0] == 0 and len(epochs) >= 100
    gaps = np.diff(epochs)
    allowed = np.maximum(1, epochs[1:] // 100)
    assert np.all(gaps <= allowed), [
        (int(e), int(g)) for e, g in zip(epochs[1:], gaps, strict=True) if g > max(1, e // 100)
    ][:5]


def test_commands_apply_between_steps_in_order(worker):
    wait_for(worker, lambda s: s.step == 0)
    spec = default_spec().with_optimizer(lr=0.5)
    worker.post("set_spec", spec)
    worker.post("step_batch")
    worker.post("set_weight", "b1", (2,), 0.25)
    snap = wait_for(worker, lambda s: s.step == 1 and s.params["b1"][2] == np.float32(0.25))
    assert snap.spec.optimizer.lr == 0.5
    worker.post("set_weight", "W9", (0, 0), 1.0)
    end = time.monotonic() + 5
    errors = []
    while time.monotonic() < end and not errors:
        errors = [e for e in worker.take_events() if e[0] == "error"]
        time.sleep(0.01)
    assert errors and "W9" in errors[0][1]


def _output(snap):
    return snap.spec.loss, snap.spec.layers[-1].activation, snap.spec.n_outputs


def test_a_dataset_switch_gives_the_datasets_own_loss_and_output(worker):
    """Circle → Plane → Circle: bce on one sigmoid unit again (mse, linear, 2 outputs leaked)."""
    wait_for(worker, lambda s: s.step == 0)
    worker.post("set_dataset", DatasetSpec(name="reg-plane"))
    snap = wait_for(worker, lambda s: s.spec.loss == "mse")
    assert _output(snap) == ("mse", "linear", 1)
    worker.post("set_dataset", DatasetSpec(name="circle"))
    snap = wait_for(worker, lambda s: s.spec.loss != "mse")
    assert _output(snap) == ("bce", "sigmoid", 1)
    worker.post("set_dataset", DatasetSpec(name="reg-gauss"))
    wait_for(worker, lambda s: s.spec.loss == "mse")
    worker.post("set_dataset", DatasetSpec(name="gauss"))
    snap = wait_for(worker, lambda s: s.spec.loss != "mse")
    assert _output(snap) == ("bce", "sigmoid", 1)
    worker.post("set_dataset", DatasetSpec(name="iris"))
    snap = wait_for(worker, lambda s: s.spec.n_inputs == 4)
    assert _output(snap) == ("cce", "softmax", 3)


def test_a_loss_chosen_on_a_dataset_comes_back_with_it_only(worker):
    first = wait_for(worker, lambda s: s.step == 0)
    ds = load_dataset(DatasetSpec(name="circle"))
    from engine.spec_rules import fit_spec_to_dataset

    worker.post("set_spec", fit_spec_to_dataset(first.spec, ds, "mse", "tanh"))
    wait_for(worker, lambda s: s.spec.loss == "mse")
    worker.post("set_dataset", DatasetSpec(name="moons"))
    snap = wait_for(worker, lambda s: s.spec.loss != "mse")
    assert _output(snap) == ("bce", "sigmoid", 1), "the choice made on Circle leaked into Moons"
    worker.post("set_dataset", DatasetSpec(name="circle", samples=300))
    snap = wait_for(worker, lambda s: s.spec.loss == "mse")
    assert _output(snap) == ("mse", "tanh", 2), "the choice made on Circle was forgotten"


def test_scrubbing_the_timeline_keeps_the_later_steps_until_training_goes_on(worker):
    wait_for(worker, lambda s: s.step == 0)
    for _ in range(4):
        worker.post("step_batch")
    at4 = wait_for(worker, lambda s: s.step == 4)
    worker.post("restore_timeline", 1)
    at1 = wait_for(worker, lambda s: s.step == 1)
    assert at1.timeline == (0, 1, 2, 3, 4), "viewing step 1 dropped the later steps"
    assert list(at1.history.step) == [0, 1, 2, 3, 4]
    worker.post("restore_timeline", 4)  # and forward again: the same weights as before
    back = wait_for(worker, lambda s: s.step == 4)
    for k, v in at4.params.items():
        np.testing.assert_array_equal(back.params[k], v)
    assert back.message is None
    worker.post("restore_timeline", 2)
    wait_for(worker, lambda s: s.step == 2)
    worker.post("step_batch")  # training from step 2: steps 3 and 4 are another run's now
    snap = wait_for(worker, lambda s: s.step == 3)
    assert snap.timeline == (0, 1, 2, 3)
    assert list(snap.history.step) == [0, 1, 2, 3]
    assert "dropped" in snap.message and "3–4" in snap.message
    worker.post("restore_timeline", 1)
    wait_for(worker, lambda s: s.step == 1)
    worker.post("set_weight", "b1", (0,), 0.5)  # an edit drops the later steps too
    snap = wait_for(worker, lambda s: s.params["b1"][0] == np.float32(0.5))
    assert snap.timeline == (0, 1) and "dropped" in snap.message


def test_stepping_back_into_a_step_and_on_again_says_nothing(worker):
    wait_for(worker, lambda s: s.step == 0)
    worker.post("step_batch")
    wait_for(worker, lambda s: s.step == 1)
    worker.post("step_back")  # into step 1's update phase
    wait_for(worker, lambda s: s.step == 0 and s.next_phase == "update")
    worker.post("step_phase")
    snap = wait_for(worker, lambda s: s.step == 1)
    assert snap.message is None and snap.timeline == (0, 1)
