"""Project files: exact round trips, exact continuation after save/load, clear errors for bad files."""

from __future__ import annotations

import json
import math
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from engine.datasets import DatasetSpec, load_dataset
from engine.errors import FileFormatError
from engine.files import autosave_path
from engine.json_arrays import decode_array, encode_array
from engine.project import Project, load_project, parse_project, save_project
from engine.spec import NetworkSpec
from engine.training import Metrics, Trainer
from session.snapshot import HistoryBuffer

DATA = DatasetSpec("circle", samples=60, noise=0.1, seed=3, features=("x1", "x2", "x1^2"))


def adam_dropout_spec(dtype: str = "float32") -> NetworkSpec:
    return NetworkSpec.simple(
        3, (5, 4), 2, optimizer="adam", lr=0.01, dropout=0.3, batch_size=7, dtype=dtype, seed=5
    )


def params_equal(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(
        a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]) for k in a
    )


# ----- arrays ------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(
    hnp.arrays(
        dtype=st.sampled_from([np.float32, np.float64, np.int64, np.int32, np.uint8, np.bool_]),
        shape=hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=5),
    )
)
def test_arrays_round_trip_bit_for_bit(a):
    enc = json.loads(json.dumps(encode_array(a), allow_nan=False))
    b = decode_array(enc)
    assert b.dtype == a.dtype and b.shape == a.shape
    assert a.tobytes() == b.tobytes()  # NaN payloads and -0.0 included


def test_array_data_must_fit_its_shape():
    enc = encode_array(np.zeros((2, 3), np.float32))
    enc["shape"] = [3, 3]
    with pytest.raises(ValueError, match=r"holds 24 bytes, shape \(3, 3\) of float32 needs 36"):
        decode_array(enc, "state.params.W1")


def test_nested_list_arrays_are_read_too():
    a = decode_array({"dtype": "float64", "shape": [2, 2], "data": [[1, 2.5], [3, "nan"]]})
    assert a.shape == (2, 2) and a[0, 1] == 2.5 and math.isnan(a[1, 1])
    with pytest.raises(ValueError, match="expected 2 entries along this axis, found 1"):
        decode_array({"dtype": "float64", "shape": [2, 2], "data": [[1, 2], [3]]}, "x")


# ----- save, load, continue ------------------------------------------------------------------
@pytest.fixture(scope="module")
def data():
    return load_dataset(DATA)


def test_save_load_round_trip_keeps_everything(tmp_path, data):
    trainer = Trainer(adam_dropout_spec(), data.X_train, data.y_train, data.X_test, data.y_test)
    trainer.run_steps(11)
    history = HistoryBuffer()
    history.append(5, 0, Metrics(0.7, None, 0.5, None))
    history.append(11, 1, trainer.evaluate())
    view = {"zoom": 1.5, "docks": ["loss", "data"], "nested": {"a": None}}
    project = Project.from_trainer(
        trainer, data.spec, history.to_dict(), view, data.preprocessing.to_dict()
    )
    path = tmp_path / "p.bplab"
    save_project(path, project)
    loaded = load_project(path)

    assert loaded.spec == project.spec
    assert loaded.dataset == data.spec
    assert loaded.view == view
    assert loaded.preprocessing == data.preprocessing.to_dict()
    s0, s1 = project.state, loaded.state
    assert params_equal(s0["params"], s1["params"])
    for name, bufs in s0["optimizer"]["state"].items():
        assert params_equal(bufs, s1["optimizer"]["state"][name])
    assert s0["optimizer"]["steps"] == s1["optimizer"]["steps"]
    assert np.array_equal(s0["perm"], s1["perm"])
    assert s0["rng"] == s1["rng"]
    for key in ("step", "epoch", "cursor", "epochs_since_best", "stopped_early"):
        assert s0[key] == s1[key]
    assert s1["best_test_loss"] == math.inf
    for k, v in history.to_dict().items():
        np.testing.assert_array_equal(loaded.history[k], v)  # NaN where absent, on both sides
    # the file is strict, human-readable JSON with the header
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format"] == "backprop-lab-project" and doc["version"] == 1
    assert doc["spec"]["optimizer"]["name"] == "adam"


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_train_save_load_continue_equals_uninterrupted(tmp_path, data, dtype):
    """Adam + dropout, stopped mid-epoch: continuing after a reload is bit-identical."""
    spec = adam_dropout_spec(dtype).replace(patience=2)
    straight = Trainer(spec, data.X_train, data.y_train, data.X_test, data.y_test)
    straight.run_steps(40)

    first = Trainer(spec, data.X_train, data.y_train, data.X_test, data.y_test)
    first.run_steps(13)  # 30 training rows, batches of 7: stops inside the third epoch
    assert 0 < first.cursor < first.n_train
    path = tmp_path / "mid.bplab"
    save_project(path, Project.from_trainer(first, data.spec))
    resumed, resumed_data = load_project(path).make_trainer()
    np.testing.assert_array_equal(resumed_data.X_train, data.X_train)
    resumed.run_steps(27)

    assert resumed.step_count == straight.step_count == 40
    assert params_equal(resumed.network.get_parameters(), straight.network.get_parameters())
    a = resumed.optimizer.state_dict(lambda v: v)
    b = straight.optimizer.state_dict(lambda v: v)
    assert a["steps"] == b["steps"]
    for name in b["state"]:
        assert params_equal(a["state"][name], b["state"][name])
    assert resumed.epoch == straight.epoch and resumed.cursor == straight.cursor
    assert resumed.best_test_loss == straight.best_test_loss
    assert params_equal(resumed.best_params, straight.best_params)


def test_untrained_project_builds_a_fresh_trainer(tmp_path, data):
    spec = adam_dropout_spec()
    save_project(tmp_path / "new.bplab", Project(spec, DATA))
    trainer, _ = load_project(tmp_path / "new.bplab").make_trainer()
    fresh = Trainer(spec, data.X_train, data.y_train)
    assert trainer.step_count == 0
    assert params_equal(trainer.network.get_parameters(), fresh.network.get_parameters())


def test_save_is_atomic_old_file_survives_a_failed_save(tmp_path, data):
    path = tmp_path / "p.bplab"
    good = Project(adam_dropout_spec(), DATA, view={"ok": 1})
    save_project(path, good)
    before = path.read_bytes()
    bad = Project(adam_dropout_spec(), DATA, view={"value": float("nan")})  # not strict JSON
    with pytest.raises(ValueError, match="cannot be stored as JSON .* nothing was written"):
        save_project(path, bad)
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["p.bplab"]  # no temporary file left behind


def test_autosave_path_follows_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    p = autosave_path()
    assert p == tmp_path / "xdg" / "backprop-lab" / "autosave.bplab"
    assert p.parent.is_dir()


# ----- bad files ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def good_bytes(data):
    trainer = Trainer(adam_dropout_spec(), data.X_train, data.y_train, data.X_test, data.y_test)
    trainer.run_steps(3)
    history = HistoryBuffer()
    history.append(3, 0, trainer.evaluate())
    project = Project.from_trainer(trainer, data.spec, history.to_dict(), {"a": [1, 2]})
    return json.dumps(project.to_json_dict(), indent=1, allow_nan=False).encode()


def edited(good_bytes, change) -> bytes:
    doc = json.loads(good_bytes)
    change(doc)
    return json.dumps(doc).encode()


def test_future_version_says_so(good_bytes):
    raw = edited(good_bytes, lambda d: d.update(version=7))
    with pytest.raises(
        FileFormatError,
        match=r"f\.bplab: was written by a newer Backprop Lab \(project format version 7\)",
    ):
        parse_project(raw, "f.bplab")


def test_version_that_never_existed(good_bytes):
    with pytest.raises(FileFormatError, match="0 is not a version Backprop Lab ever wrote"):
        parse_project(edited(good_bytes, lambda d: d.update(version=0)), "f.bplab")


def test_truncated_file_says_truncated(good_bytes):
    with pytest.raises(FileFormatError, match=r"t\.bplab: is truncated: invalid JSON at line"):
        parse_project(good_bytes[: len(good_bytes) // 2], "t.bplab")


def test_wrong_shape_names_the_array(good_bytes):
    def shrink(d):
        d["state"]["params"]["W2"] = encode_array(np.zeros((4, 3), np.float32))

    with pytest.raises(
        FileFormatError,
        match=r"w\.bplab: state\.params\.W2: has shape \(4, 3\), the network expects \(4, 5\)",
    ):
        parse_project(edited(good_bytes, shrink), "w.bplab")


def test_optimizer_buffer_of_wrong_shape(good_bytes):
    def bad(d):
        d["state"]["optimizer"]["state"]["W1"]["exp_avg"] = encode_array(np.zeros(3, np.float32))

    with pytest.raises(FileFormatError, match=r"state\.optimizer\.state\.W1\.exp_avg"):
        parse_project(edited(good_bytes, bad), "o.bplab")


def test_bad_spec_field_is_named(good_bytes):
    def bad(d):
        d["spec"]["optimizer"]["lr"] = -1

    with pytest.raises(FileFormatError, match=r"s\.bplab: spec: optimizer\.lr: must be > 0"):
        parse_project(edited(good_bytes, bad), "s.bplab")


def test_not_a_project_at_all(tmp_path):
    p = tmp_path / "x.bplab"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    with pytest.raises(FileFormatError, match="not UTF-8"):
        load_project(p)
    p.write_text('{"format": "something-else"}')
    with pytest.raises(FileFormatError, match="is not a Backprop Lab project"):
        load_project(p)
    with pytest.raises(FileFormatError, match="cannot be read"):
        load_project(tmp_path / "missing.bplab")


def _mutations():
    """Ways to damage a file: cut it, overwrite bytes, or replace a JSON value by junk."""
    junk = st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
        ),
        max_leaves=6,
    )
    cut = st.tuples(st.just("cut"), st.floats(0, 1), st.none())
    flip = st.tuples(st.just("flip"), st.floats(0, 1), st.binary(min_size=1, max_size=4))
    replace = st.tuples(st.just("replace"), st.floats(0, 1), junk)
    return st.lists(st.one_of(cut, flip, replace), min_size=1, max_size=3)


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_mutations())
def test_fuzz_only_file_format_errors_escape(good_bytes, mutations):
    raw = good_bytes
    for kind, where, payload in mutations:
        if kind == "cut":
            raw = raw[: int(where * len(raw))]
        elif kind == "flip":
            i = int(where * max(len(raw) - 1, 0))
            raw = raw[:i] + payload + raw[i + len(payload) :]
        else:
            try:
                doc = json.loads(raw)
            except ValueError:
                continue
            paths = list(_paths(doc))
            target = paths[int(where * (len(paths) - 1))]
            if not target:
                doc = payload
            else:
                parent = doc
                for key in target[:-1]:
                    parent = parent[key]
                parent[target[-1]] = payload
            raw = json.dumps(doc).encode()
    try:
        project = parse_project(raw, "fuzz.bplab")
    except FileFormatError as exc:
        assert str(exc).startswith("fuzz.bplab: ")
        return
    # whatever survived validation is a usable project
    assert isinstance(project.spec, NetworkSpec)


def test_older_versions_are_upgraded_through_the_migrations(good_bytes, monkeypatch):
    """When the format moves on, an old file passes through MIGRATIONS to the current version."""
    import engine.project as project_module

    def v1_to_v2(doc):
        doc = dict(doc, version=2)
        doc["view"] = {**doc["view"], "upgraded": True}
        return doc

    monkeypatch.setattr(project_module, "VERSION", 2)
    monkeypatch.setattr(project_module, "MIGRATIONS", {1: v1_to_v2})
    assert parse_project(good_bytes, "old.bplab").view == {"a": [1, 2], "upgraded": True}

    def broken(doc):
        raise KeyError("layers")

    monkeypatch.setattr(project_module, "MIGRATIONS", {1: broken})
    with pytest.raises(
        FileFormatError, match="old.bplab: cannot be upgraded from project format version 1"
    ):
        parse_project(good_bytes, "old.bplab")


def test_a_data_file_sent_beside_the_project_is_found(tmp_path):
    rng = np.random.default_rng(0)
    first = tmp_path / "first"
    first.mkdir()
    csv_path = first / "points.csv"
    rows = ["a,b,label"] + [f"{x:.3f},{y:.3f},{int(x > y)}" for x, y in rng.normal(size=(30, 2))]
    csv_path.write_text("\n".join(rows) + "\n")
    data = load_dataset(DatasetSpec("csv", path=str(csv_path)))
    spec = NetworkSpec.simple(2, (3,), 2)
    moved = tmp_path / "moved"
    moved.mkdir()
    save_project(moved / "p.bplab", Project(spec, data.spec))
    (moved / "points.csv").write_bytes(csv_path.read_bytes())
    csv_path.unlink()
    project = load_project(moved / "p.bplab")
    assert project.dataset.path == str((moved / "points.csv").resolve())
    trainer, loaded = project.make_trainer()
    np.testing.assert_array_equal(loaded.X_train, data.X_train)
    # a different file of that name is refused by its hash
    (moved / "points.csv").write_text("\n".join(rows[:-1]) + "\n")
    from engine.errors import DataError

    with pytest.raises(DataError, match="changed since the project was saved"):
        load_project(moved / "p.bplab").make_trainer()


def test_nan_or_infinite_weights_are_refused_naming_the_parameter(tmp_path):
    trainer = Trainer(NetworkSpec.simple(2, (3,), 2), np.zeros((4, 2)), np.array([0, 1, 0, 1]))
    project = Project.from_trainer(trainer, DATA)
    project.state["params"]["W1"][1, 1] = np.inf
    path = tmp_path / "diverged.bplab"
    save_project(path, project)
    with pytest.raises(FileFormatError, match=r"state\.params\.W1: holds inf at \[2, 2\]"):
        load_project(path)
