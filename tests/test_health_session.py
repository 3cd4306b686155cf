"""Training health in the session: the worker's snapshots carry the statistics, their history and
the notes (across the process boundary too); captures and project files keep the history."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from worker_support import running_worker, wait_for

from engine.errors import FileFormatError
from engine.health import HealthStats
from engine.project import Project, load_project, save_project
from engine.spec_rules import default_spec
from session.snapshot import HealthBuffer
from session.wire import decode, encode


@pytest.fixture
def worker():
    with running_worker(heatmap_resolution=8) as w:
        yield w


def captured(w, request_id: int):
    w.post("capture", request_id)
    end = time.monotonic() + 10
    while time.monotonic() < end:
        for event in w.take_events():
            if event[0] == "captured" and event[1] == request_id:
                return event[2]
        time.sleep(0.005)
    raise AssertionError("no capture")


def test_snapshots_carry_health_its_history_and_notes_and_cross_the_wire(worker):
    for _ in range(3):
        worker.post("step_batch")
    snap = wait_for(worker, lambda s: s.step == 3)
    n_layers = len(snap.spec.layers)
    h = snap.health
    assert h["step"] == 3 and len(h["grad_rms"]) == n_layers
    assert all(g > 0 for g in h["grad_rms"]) and all(r > 0 for r in h["update_ratio"])
    assert len(h["activation_histograms"]) == len(h["weight_histograms"]) == n_layers
    edges, counts = h["weight_histograms"][0]
    assert counts.sum() == snap.params["W1"].size and len(edges) == len(counts) + 1
    history = snap.health_history
    assert history["step"].tolist() == [0, 1, 2, 3]  # loaded, then one row per manual step
    assert history["grad_rms"].shape == (4, n_layers)
    assert not history["grad_rms"].flags.writeable
    assert [n["id"] for n in snap.notes] == ["mini-batch"]

    back = decode(b"".join(bytes(p) for p in encode(snap)))  # as the training process sends it
    assert back.notes == snap.notes
    np.testing.assert_array_equal(back.health_history["grad_rms"], history["grad_rms"])
    np.testing.assert_array_equal(
        back.health["activation_histograms"][1][1], h["activation_histograms"][1][1]
    )

    cap = captured(worker, 1)
    assert cap.history["health"]["step"] == [0.0, 1.0, 2.0, 3.0]
    assert len(cap.history["health"]["grad_rms_1"]) == 4


def test_health_rows_go_with_the_loss_history_when_training_goes_on_from_earlier(worker):
    for _ in range(4):
        worker.post("step_batch")
    wait_for(worker, lambda s: s.step == 4)
    worker.post("restore_timeline", 2)
    snap = wait_for(worker, lambda s: s.step == 2)
    assert snap.health["step"] == 2
    worker.post("step_batch")  # goes on from step 2: steps 3 and 4 are dropped
    snap = wait_for(worker, lambda s: s.step == 3 and s.health_history["step"][-1] == 3)
    assert snap.health_history["step"].tolist() == [0, 1, 2, 3]
    assert snap.history.step.tolist() == [0, 1, 2, 3]
    worker.post("reset")
    snap = wait_for(worker, lambda s: s.step == 0 and len(s.health_history["step"]) == 1)


def test_a_loaded_history_brings_its_health_rows(worker):
    wait_for(worker, lambda s: s.step == 0)
    buf = HealthBuffer()
    stats = HealthStats((1.0, 2.0, 3.0), (0.1,) * 3, (0.0,) * 3, (np.nan,) * 3)
    for step in (10, 20):
        buf.append(step, 1, stats)
    cap = captured(worker, 2)
    state = dict(cap.state, step=20)
    history = {"step": [20.0], "epoch": [1.0], "train_loss": [0.5], "health": buf.to_dict()}
    worker.post("load", cap.spec, cap.dataset_spec, "numpy", state, history)
    snap = wait_for(worker, lambda s: s.step == 20)
    assert snap.health_history["step"].tolist() == [10, 20]


def _project_with_health() -> Project:
    from engine.datasets import DatasetSpec as DS

    buf = HealthBuffer()
    buf.append(5, 1, HealthStats((0.5, 0.25), (0.01, np.nan), (0.0, 0.5), (np.nan, np.nan)))
    history = {"step": [5.0], "epoch": [1.0], "train_loss": [0.7], "health": buf.to_dict()}
    return Project(default_spec(), DS(name="circle"), None, history)


def test_a_project_keeps_the_health_history_in_its_own_section(tmp_path):
    path = tmp_path / "p.bplab"
    project = _project_with_health()
    save_project(path, project)
    doc = json.loads(path.read_text("utf-8"))
    assert "health" not in doc["history"]  # older versions read the history section as before
    assert set(doc["health"]) >= {"step", "grad_rms_1", "dead_2"}
    back = load_project(path).history
    assert back["train_loss"] == [0.7]
    health = HealthBuffer.from_dict(back["health"]).view()
    assert health["grad_rms"].tolist() == [[0.5, 0.25]]
    assert np.isnan(health["update_ratio"][0, 1]) and health["saturated"][0, 1] == 0.5


def test_a_health_section_with_uneven_columns_is_refused(tmp_path):
    path = tmp_path / "p.bplab"
    save_project(path, _project_with_health())
    doc = json.loads(path.read_text("utf-8"))
    doc["health"]["grad_rms_2"] = {"dtype": "float64", "shape": [3], "data": [1, 2, 3]}
    path.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(FileFormatError, match="health.grad_rms_2"):
        load_project(path)
