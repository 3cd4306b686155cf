"""Command-line fixes found when it was tried as a new user would (interop issue, part 4)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
MAIN = str(ROOT / "main.py")


def run(*args, cwd, env=None, **kw):
    env = {**os.environ, **(env or {})}
    env.pop("QT_QPA_PLATFORM", None)  # as on a machine with no display: the window must not start
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, MAIN, *args], cwd=cwd, env=env, capture_output=True, text=True, **kw
    )


def write_csv(path, names=("len, cm", "width"), n=40, whole_targets=False):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] > 0).astype(int) if not whole_targets else rng.integers(100, 400, size=n)
    header = ",".join(f'"{c}"' for c in names) + ",target"
    rows = [f"{a!r},{b!r},{t}" for (a, b), t in zip(X.tolist(), y.tolist(), strict=True)]
    path.write_text(header + "\n" + "\n".join(rows) + "\n")
    return path


def test_a_mistyped_command_is_an_error_not_the_window(tmp_path):
    r = run("trian", "p.bplab", cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "unknown command 'trian'" in r.stderr and "train" in r.stderr
    r = run("--quiet", "train", "p.bplab", cwd=tmp_path)  # a global option placed first
    assert r.returncode == 2 and "backprop-lab" in r.stderr, r.stderr


def test_an_output_path_error_names_the_file_asked_for(tmp_path):
    assert run("new", "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    out = tmp_path / "missing" / "out.bplab"
    r = run("train", "p.bplab", "-o", str(out), "--steps", "1", cwd=tmp_path)
    assert r.returncode != 0
    assert str(out) in r.stderr and ".tmp" not in r.stderr, r.stderr


def test_a_negative_tolerance_is_refused(tmp_path):
    assert run("new", "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    r = run("check-gradients", "p.bplab", "--tolerance", "-1", cwd=tmp_path)
    assert r.returncode == 2 and "--tolerance" in r.stderr and "above 0" in r.stderr


def test_a_reader_that_closes_the_pipe_does_not_fail_the_command(tmp_path):
    assert run("new", "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    env = {**os.environ}
    proc = subprocess.Popen(
        [sys.executable, MAIN, "train", "p.bplab", "-o", "q.bplab", "--epochs", "3"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()  # as `| head -0` does: nobody reads
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert b"Broken pipe" not in err and (tmp_path / "q.bplab").exists()


def test_export_and_predict_need_no_training_data(tmp_path):
    csv = write_csv(tmp_path / "train.csv")
    assert (
        run("new", "--dataset", str(csv), "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    )
    inputs = tmp_path / "in.csv"
    inputs.write_text('"len, cm",width\n0.5,-1\n-2,0.25\n')
    before = run("predict", "p.bplab", "--input", str(inputs), cwd=tmp_path)
    assert before.returncode == 0, before.stderr
    csv.unlink()  # the training data is gone
    r = run("export", "p.bplab", "-o", "w.npz", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    after = run("predict", "p.bplab", "--input", str(inputs), cwd=tmp_path)
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout  # the same columns, classes and numbers


def test_onnx_metadata_keeps_names_with_commas(tmp_path):
    onnx = pytest.importorskip("onnx")
    csv = write_csv(tmp_path / "train.csv")
    assert (
        run("new", "--dataset", str(csv), "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    )
    r = run("export", "p.bplab", "-o", "m.onnx", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    meta = {p.key: p.value for p in onnx.load(str(tmp_path / "m.onnx")).metadata_props}
    assert json.loads(meta["input_names"]) == ["len, cm", "width"]
    assert json.loads(meta["class_names"]) == ["0", "1"]


def test_whole_number_targets_say_what_was_inferred_and_how_to_override(tmp_path):
    csv = write_csv(tmp_path / "prices.csv", whole_targets=True)
    r = run("new", "--dataset", str(csv), "-o", "p.bplab", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "inferred" in r.stdout and "--task regression" in r.stdout
    r = run("new", "--dataset", str(csv), "--task", "regression", "-o", "q.bplab", cwd=tmp_path)
    assert r.returncode == 0 and "inferred" not in r.stdout


@pytest.mark.parametrize(
    "args, option",
    [
        (("--dataset", "iris", "--features", "x1"), "--features"),
        (("--dataset", "circle", "--limit", "10"), "--limit"),
        (("--dataset", "digits", "--noise", "0.2"), "--noise"),
        (("--dataset", "circle", "--target", "label"), "--target"),
    ],
)
def test_options_that_do_not_apply_are_refused(tmp_path, args, option):
    r = run("new", *args, "-o", "p.bplab", cwd=tmp_path)
    assert r.returncode == 2 and option in r.stderr and "does not apply" in r.stderr
    assert not (tmp_path / "p.bplab").exists()


def test_predict_reads_an_exported_safetensors_model(tmp_path):
    pytest.importorskip("safetensors")
    assert run("new", "-o", "p.bplab", "--quiet", cwd=tmp_path).returncode == 0
    assert run("export", "p.bplab", "-o", "m.safetensors", cwd=tmp_path).returncode == 0
    (tmp_path / "in.csv").write_text("x1,x2\n0.1,0.2\n-1,0.5\n")
    from_project = run("predict", "p.bplab", "--input", "in.csv", cwd=tmp_path)
    from_weights = run("predict", "m.safetensors", "--input", "in.csv", cwd=tmp_path)
    assert from_weights.returncode == 0, from_weights.stderr
    assert from_weights.stdout == from_project.stdout


def test_the_export_dialog_takes_the_format_from_a_typed_extension():
    pytest.importorskip("PySide6")
    from gui.file_actions import format_for

    assert format_for("model.onnx", "npz") == "onnx"  # it wrote model.onnx.npz
    assert format_for("w.safetensors", "json") == "safetensors"
    assert format_for("net.py", "npz") == "numpy" and format_for("net.py", "keras") == "keras"
    assert format_for("weights", "json") == "json"
