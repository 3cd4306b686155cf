"""``train --log FILE.csv``: its columns, and its values against an independent NumPy computation
(gradients by finite differences) on a tiny network; absent values are empty cells."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest

from cli import main
from engine.datasets import DatasetSpec, load_dataset
from engine.network import initial_parameters
from engine.project import Project, load_project, save_project
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.training import Trainer

LR = 0.5
DATA = DatasetSpec(name="circle", samples=24, test_ratio=0.5)
SPEC = NetworkSpec(
    2,
    (LayerSpec(3, "relu"), LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")),
    loss="bce",
    optimizer=OptimizerSpec("sgd", LR),
    batch_size=12,  # the whole training set: one step per epoch, its gradient exact
    dtype="float64",
).validated()


# ----- the network, written out in NumPy ------------------------------------------------------
def forward(p: dict, X: np.ndarray) -> tuple[np.ndarray, ...]:
    a1 = np.maximum(X @ p["W1"].T + p["b1"], 0.0)
    a2 = np.tanh(a1 @ p["W2"].T + p["b2"])
    z3 = a2 @ p["W3"].T + p["b3"]
    return a1, a2, z3, 1.0 / (1.0 + np.exp(-z3))


def bce(p: dict, X: np.ndarray, y: np.ndarray) -> float:
    z = forward(p, X)[2][:, 0]
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def finite_difference(p: dict, X: np.ndarray, y: np.ndarray, h: float = 1e-6) -> dict:
    grads = {}
    for name, value in p.items():
        g = np.zeros_like(value)
        for i in np.ndindex(value.shape):
            up = {k: v.copy() for k, v in p.items()}
            down = {k: v.copy() for k, v in p.items()}
            up[name][i] += h
            down[name][i] -= h
            g[i] = (bce(up, X, y) - bce(down, X, y)) / (2 * h)
        grads[name] = g
    return grads


def expected_rows(p: dict, ds, epochs: int) -> list[dict]:
    X, y = ds.X_train, ds.y_train.astype(float)
    rows = []
    for epoch in range(1, epochs + 1):
        g = finite_difference(p, X, y)
        step = {k: LR * v for k, v in g.items()}
        p = {k: p[k] - step[k] for k in p}
        a1, a2, _, a3 = forward(p, X)
        g_new = finite_difference(p, X, y)
        row = {
            "epoch": epoch,
            "step": epoch,
            "train_loss": bce(p, X, y),
            "test_loss": bce(p, ds.X_test, ds.y_test.astype(float)),
            "train_accuracy": np.mean((a3[:, 0] >= 0.5) == ds.y_train),
            "test_accuracy": np.mean((forward(p, ds.X_test)[3][:, 0] >= 0.5) == ds.y_test),
            "saturated_2": np.mean(np.abs(1 - a2**2) < 0.05),
            "saturated_3": np.mean(np.abs(a3 * (1 - a3)) < 0.05),
            "dead_1": np.mean(np.all(a1 == 0, axis=0)),
        }
        for k in (1, 2, 3):
            w = f"W{k}"
            row[f"grad_rms_{k}"] = np.sqrt(np.mean(g_new[w] ** 2))
            row[f"update_ratio_{k}"] = np.linalg.norm(step[w]) / np.linalg.norm(p[w])
        rows.append(row)
    return rows


def _project(tmp_path, data: DatasetSpec = DATA) -> tuple[str, dict, object]:
    ds = load_dataset(data)
    params = initial_parameters(SPEC)
    params["b1"][0] = -10.0  # one dead ReLU of three
    params["W2"] *= 8.0  # some saturated tanh units
    tr = Trainer(SPEC, ds.X_train, ds.y_train, ds.X_test, ds.y_test, params=params)
    path = str(tmp_path / "a.bplab")
    save_project(path, Project.from_trainer(tr, data, preprocessing=ds.preprocessing.to_dict()))
    return path, params, ds


def read_log(path) -> tuple[list[str], list[dict]]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(io.StringIO(f.read())))
    return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_log_columns_and_values_agree_with_an_independent_numpy_computation(tmp_path, capsys):
    path, params, ds = _project(tmp_path)
    out, log = str(tmp_path / "b.bplab"), str(tmp_path / "log.csv")
    assert main(["train", path, "-o", out, "--epochs", "2", "--log", log]) == 0
    assert f"wrote 2 rows to {log}" in capsys.readouterr().out
    header, rows = read_log(log)
    assert header == [
        "epoch",
        "step",
        "train_loss",
        "test_loss",
        "train_accuracy",
        "test_accuracy",
        *[f"{s}_{k}" for k in (1, 2, 3) for s in ("grad_rms", "update_ratio", "saturated", "dead")],
    ]
    want = expected_rows(params, ds, epochs=2)
    assert len(rows) == 2
    for got, exp in zip(rows, want, strict=True):
        for key in header:
            if key in ("saturated_1", "dead_2", "dead_3"):
                assert got[key] == "", key  # not a sigmoid/tanh, not a ReLU layer: empty
            elif key in ("epoch", "step"):
                assert int(got[key]) == exp[key]
            elif key.startswith(("grad_rms", "update_ratio")):
                assert float(got[key]) == pytest.approx(exp[key], rel=1e-6), key
            else:
                assert float(got[key]) == pytest.approx(exp[key], rel=1e-8, abs=1e-12), key
    assert float(rows[-1]["dead_1"]) == 1 / 3 and float(rows[-1]["saturated_2"]) > 0
    # full precision: every number reads back to the float that was written
    assert all(repr(float(c)) == c for r in rows for c in r.values() if "." in c)
    # the project keeps the same statistics in its health history
    health = load_project(out).history["health"]
    assert health["step"] == [1.0, 2.0]
    assert health["grad_rms_1"] == [float(r["grad_rms_1"]) for r in rows]


def test_log_without_a_test_split_and_ending_mid_epoch(tmp_path, capsys):
    data = DatasetSpec(name="circle", samples=24, test_ratio=0.0)
    path, _, _ = _project(tmp_path, data)
    out, log = str(tmp_path / "b.bplab"), str(tmp_path / "log.csv")
    spec_batch = "5"  # 24 rows in batches of 5: 5 steps per epoch
    assert (
        main(["train", path, "-o", out, "--steps", "7", "--batch-size", spec_batch, "--log", log])
        == 0
    )
    _, rows = read_log(log)
    assert [(r["epoch"], r["step"]) for r in rows] == [("1", "5"), ("1", "7")]  # + the end
    assert all(r["test_loss"] == r["test_accuracy"] == "" for r in rows)
    assert all(float(r["train_loss"]) > 0 for r in rows)


def test_log_refuses_the_project_or_a_missing_folder(tmp_path, capsys):
    path, _, _ = _project(tmp_path)
    out = str(tmp_path / "b.bplab")
    assert main(["train", path, "-o", out, "--epochs", "1", "--log", path]) == 2
    assert "--log" in capsys.readouterr().err
    assert main(["train", path, "-o", out, "--epochs", "1", "--log", out]) == 2
    missing = str(tmp_path / "no-such-folder" / "log.csv")
    assert main(["train", path, "-o", out, "--epochs", "1", "--log", missing]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "b.bplab").exists()  # said before training: nothing written


def test_train_without_log_keeps_one_health_row_for_the_end(tmp_path, capsys):
    path, _, _ = _project(tmp_path)
    out = str(tmp_path / "b.bplab")
    assert main(["train", path, "-o", out, "--epochs", "3", "-q"]) == 0
    health = load_project(out).history["health"]
    assert health["step"] == [3.0] and len(health["dead_1"]) == 1
    again = str(tmp_path / "c.bplab")
    assert main(["train", out, "-o", again, "--epochs", "1", "-q"]) == 0
    assert load_project(again).history["health"]["step"] == [3.0, 4.0]  # carried on
