"""The training worker's race commands (session/race_runner.py): three optimizers give three
curves, promote makes a run's weights the main network's, the main run is left alone while
racing, and the race's snapshot crosses the wire to the window."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from worker_support import running_worker, wait_for

from engine.datasets import DatasetSpec
from engine.race_record import RaceRecord
from engine.spec_rules import default_spec
from session.wire import decode, encode


@pytest.fixture
def worker():
    with running_worker(heatmap_resolution=16) as w:
        yield w


def test_a_race_of_three_optimizers_gives_three_curves_and_promote_takes_a_run(worker):
    worker.post("step_batch")
    worker.post("step_batch")
    start = wait_for(worker, lambda s: s.step == 2)
    assert start.race is None
    worker.post("race_start", {"optimizer": ["sgd", "momentum", "adam"]}, 3, None, 0.6)
    snap = wait_for(worker, lambda s: s.race is not None and s.race["state"] == "finished")
    race = snap.race
    assert [r["label"] for r in race["runs"]] == ["sgd", "momentum", "adam"]
    assert len(race["runs"]) == 3 and len(race["table"]) == 3 and len(race["decision"]) == 3
    for run in race["runs"]:
        c = run["curves"]
        assert list(c["epoch"]) == [0, 1, 2, 3] and c["step"][0] == 0
        assert c["train_loss"][0] == race["runs"][0]["curves"]["train_loss"][0]
    assert race["decision"][0].shape == (16, 16)
    assert race["start_step"] == 2 and race["live"]
    # the main network did not move while the race ran
    assert snap.step == 2
    np.testing.assert_array_equal(snap.params["W1"], start.params["W1"])
    sgd, adam = (race["runs"][i]["curves"]["train_loss"] for i in (0, 2))
    assert not np.array_equal(sgd, adam)

    back = decode(b"".join(encode(snap)))  # what the training process sends the window
    assert RaceRecord.from_plain(back.race).runs[2].label == "adam"

    worker.post("race_promote", 2)
    promoted = wait_for(worker, lambda s: s.step > 2)
    steps = int(race["runs"][2]["curves"]["step"][-1])
    assert promoted.step == 2 + steps
    assert promoted.spec.optimizer.name == "adam"
    assert "Run 3" in promoted.message
    h = promoted.history
    assert list(h.step[-3:]) == [2 + s for s in race["runs"][2]["curves"]["step"][1:]]
    assert h.train_loss[-1] == race["runs"][2]["curves"]["train_loss"][-1]

    # the promoted weights are the run's: a landscape through them has the run's loss
    worker.post("landscape", {"id": 5, "resolution": 5})
    deadline = time.monotonic() + 10
    events: list = []
    while time.monotonic() < deadline and not any(e[0] == "landscape" for e in events):
        events += worker.take_events()
        time.sleep(0.01)
    (land,) = [e for e in events if e[0] == "landscape"]
    assert land[1] == 5 and land[2]["loss"].shape == (5, 5)
    assert land[2]["origin_loss"] == pytest.approx(h.train_loss[-1], rel=1e-6)
    assert len(land[2]["paths"]) == 3 and land[2]["paths"][0]["coords"].shape[1] == 2


def test_a_race_until_stopped_pauses_resumes_and_stops(worker):
    wait_for(worker, lambda s: s.step == 0)
    worker.post("race_start", {"lr": ["0.01", "0.1"]})
    running = wait_for(worker, lambda s: s.race is not None and s.race["table"][0]["step"] > 30)
    assert running.race["state"] == "running" and running.race["epochs"] is None
    worker.post("race_pause")
    paused = wait_for(worker, lambda s: s.race["state"] == "paused")
    worker.post("race_resume")
    wait_for(worker, lambda s: s.race["table"][0]["step"] > paused.race["table"][0]["step"])
    worker.post("race_stop")
    done = wait_for(worker, lambda s: s.race["state"] == "finished")
    assert [r["status"] for r in done.race["table"]] == ["stopped", "stopped"]
    record = done.race
    worker.post("race_close")
    wait_for(worker, lambda s: s.race is None)
    worker.post("race_show", RaceRecord.from_plain(record).to_plain())
    shown = wait_for(worker, lambda s: s.race is not None)
    assert shown.race["state"] == "saved" and not shown.race["live"]
    assert shown.race["table"][1]["values"] == {"lr": 0.1}


def test_bad_race_commands_say_why(worker):
    wait_for(worker, lambda s: s.step == 0)
    worker.post("race_start", {"colour": ["red", "blue"]})
    worker.post("race_start", {"lr": [0.1]})
    worker.post("race_promote", 0)
    deadline = time.monotonic() + 10
    errors: list = []
    while time.monotonic() < deadline and len(errors) < 3:
        errors += [e[1] for e in worker.take_events() if e[0] == "error"]
        time.sleep(0.01)
    assert "cannot vary 'colour'" in errors[0]
    assert "2 to 6 runs" in errors[1]
    assert "no race" in errors[2]


def test_a_race_and_a_landscape_come_through_the_training_process():
    from session.process import ProcessWorker

    w = ProcessWorker(default_spec(), DatasetSpec(name="circle"), heatmap_resolution=8)
    w.post("race_start", {"optimizer": ["sgd", "adam"]}, 2)
    w.post("landscape", {"id": 1, "resolution": 3, "weights": [["W1", [0, 1]], ["b2", [0]]]})
    thread = threading.Thread(target=w.run, daemon=True)
    thread.start()
    events: list = []
    race = None
    try:
        end = time.monotonic() + 30
        while time.monotonic() < end and not (race and any(e[0] == "landscape" for e in events)):
            snap = w.take_snapshot()
            if snap is not None and snap.race is not None and snap.race["state"] == "finished":
                race = snap.race
            events.extend(w.take_events())
            time.sleep(0.02)
    finally:
        w.post("stop")
        thread.join(30)
    assert race is not None and [r["label"] for r in race["runs"]] == ["sgd", "adam"]
    assert [len(r["curves"]["epoch"]) for r in race["runs"]] == [3, 3]
    (land,) = [e for e in events if e[0] == "landscape"]
    assert land[2]["labels"] == ["W1[0, 1]", "b2[0]"] and land[2]["loss"].shape == (3, 3)


def landscape_answer(worker, rid: int) -> dict:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        for e in worker.take_events():
            if e[0] == "landscape" and e[1] == rid:
                return e[2]
        time.sleep(0.01)
    raise AssertionError(f"no landscape {rid}")


def test_a_slice_on_the_races_main_directions_holds_its_paths(worker):
    wait_for(worker, lambda s: s.step == 0)
    worker.post("landscape", {"id": 1, "resolution": 5, "directions": "paths", "fit": True})
    assert "Start a race" in landscape_answer(worker, 1)["error"]  # no race yet: said, not hung
    worker.post("race_start", {"optimizer": ["sgd", "momentum", "adam"]}, 3)
    snap = wait_for(worker, lambda s: s.race is not None and s.race["state"] == "finished")
    assert snap.step == 0  # the centre is the race's start
    worker.post("landscape", {"id": 2, "resolution": 5, "directions": "paths", "fit": True})
    land = landscape_answer(worker, 2)
    assert land["labels"] == ["path direction 1", "path direction 2"]
    assert 0.5 < land["explained"] <= 1.0
    d1, d2, origin = land["d1"], land["d2"], land["origin"]
    assert d1 @ d1 == pytest.approx(1.0) and d1 @ d2 == pytest.approx(0.0, abs=1e-12)
    assert np.array_equal(origin, np.concatenate([snap.params[k].ravel() for k in snap.params]))
    # the grid covers the paths' extent from the centre, a little past it at either end: the
    # paths fill most of the plot (a grid symmetric about the centre left half of it empty)
    coords = np.concatenate([p["coords"] for p in land["paths"]])
    lo, hi = np.minimum(coords.min(axis=0), 0.0), np.maximum(coords.max(axis=0), 0.0)
    a, b = land["alphas"], land["betas"]
    assert a[0] <= lo[0] and a[-1] >= hi[0] and b[0] <= lo[1] and b[-1] >= hi[1]
    assert (hi[0] - lo[0]) / (a[-1] - a[0]) >= 0.5
    assert 0.0 in a and 0.0 in b  # the current weights are a grid point, with their own loss
    assert land["loss"][list(b).index(0.0), list(a).index(0.0)] == land["origin_loss"]
    for p in land["paths"]:
        np.testing.assert_allclose(p["coords"][0], 0.0, atol=1e-12)  # from the centre
    # the runs' ends lie near that plane; off two random directions' plane, far from it
    worker.post("landscape", {"id": 3, "resolution": 5, "seed": 0})
    rand = landscape_answer(worker, 3)
    assert rand["explained"] is None
    for p, r in zip(land["paths"], rand["paths"], strict=True):
        moved = np.hypot(*p["coords"][-1]) ** 2 + p["off_plane"][-1] ** 2  # ‖θ − θ₀‖²
        assert p["off_plane"][-1] ** 2 < 0.5 * moved < r["off_plane"][-1] ** 2
