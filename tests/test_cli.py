"""The command line: end to end in a subprocess, every export format, predict, errors, no Qt."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cli import COMMANDS, main
from engine.project import load_project
from engine.weights_io import load_weights

ROOT = Path(__file__).resolve().parents[1]
MAIN = str(ROOT / "main.py")


def run_main(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python main.py ARGV…`` in a fresh interpreter."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, MAIN, *argv], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI in this process; (exit status, stdout, stderr)."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def read_csv_text(text: str) -> tuple[list[str], list[list[str]]]:
    rows = list(csv.reader(io.StringIO(text)))
    return rows[0], rows[1:]


# ----- end to end ------------------------------------------------------------------------------
def test_new_then_train_end_to_end_in_a_subprocess(tmp_path):
    new = run_main(
        "new",
        "-o",
        "p.bplab",
        "--dataset",
        "moons",
        "--samples",
        "80",
        "--hidden",
        "6",
        "--optimizer",
        "adam",
        "--lr",
        "0.02",
        "--noise",
        "10",
        cwd=tmp_path,
    )
    assert new.returncode == 0, new.stderr
    assert "wrote p.bplab" in new.stdout
    project = load_project(tmp_path / "p.bplab")
    assert project.dataset.noise == pytest.approx(0.1)  # 10 > 1 is read as percent
    assert project.spec.sizes == (2, 6, 2) and project.spec.optimizer.name == "adam"

    train = run_main("train", "p.bplab", "-o", "t.bplab", "--epochs", "3", cwd=tmp_path)
    assert train.returncode == 0, train.stderr
    assert train.stderr == ""  # no progress bar when stderr is not a terminal
    lines = {ln.split()[0]: ln.split() for ln in train.stdout.splitlines() if ln.split()}
    trained = load_project(tmp_path / "t.bplab")
    trainer, _ = trained.make_trainer()
    assert trainer.epoch == 3 and trainer.step_count == 3 * trainer.steps_per_epoch
    m = trainer.evaluate()
    assert float(lines["train"][2]) == pytest.approx(m.train_loss, rel=1e-5)
    assert float(lines["train"][4]) == pytest.approx(m.train_accuracy, abs=1e-4)
    assert float(lines["test"][2]) == pytest.approx(m.test_loss, rel=1e-5)
    assert float(lines["test"][4]) == pytest.approx(m.test_accuracy, abs=1e-4)
    assert len(trained.history["step"]) == 3  # one point per epoch
    assert load_project(tmp_path / "p.bplab").state["step"] == 0  # the input is untouched


def test_cli_never_imports_qt(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import main
argvs = [
    ["new", "-o", "p.bplab", "--dataset", "xor", "--samples", "40", "-q"],
    ["train", "p.bplab", "-o", "p.bplab", "--steps", "3", "-q"],
    ["export", "p.bplab", "-o", "m.npz", "-q"],
    ["check-gradients", "p.bplab", "-q"],
    ["--version"],
]
for argv in argvs:
    try:
        rc = main.main(argv)
    except SystemExit as exc:
        rc = exc.code
    assert rc == 0, (argv, rc)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6", "gui"))
print("QT", bad)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "QT []" in out.stdout


def test_training_in_two_runs_equals_one_run(tmp_path, capsys):
    p, a, b, c = (str(tmp_path / n) for n in ("p.bplab", "a.bplab", "b.bplab", "c.bplab"))
    assert (
        cli(
            capsys,
            "new",
            "-o",
            p,
            "--dataset",
            "circle",
            "--samples",
            "60",
            "--hidden",
            "5,3",
            "--optimizer",
            "adam",
            "--dropout",
            "0.2",
            "--batch-size",
            "7",
            "--seed",
            "4",
        )[0]
        == 0
    )
    assert cli(capsys, "train", p, "-o", a, "--steps", "11")[0] == 0
    assert cli(capsys, "train", a, "-o", b, "--steps", "19")[0] == 0
    assert cli(capsys, "train", p, "-o", c, "--steps", "30")[0] == 0
    sb, sc = load_project(b).state, load_project(c).state
    for k in sc["params"]:
        np.testing.assert_array_equal(sb["params"][k], sc["params"][k])
    assert sb["optimizer"]["steps"] == sc["optimizer"]["steps"]
    for name, bufs in sc["optimizer"]["state"].items():
        for buf, value in bufs.items():
            np.testing.assert_array_equal(
                sb["optimizer"]["state"][name][buf], value, err_msg=f"{name}.{buf}"
            )
    assert (sb["step"], sb["epoch"], sb["cursor"]) == (sc["step"], sc["epoch"], sc["cursor"])


def test_hyper_parameter_overrides_apply_to_the_run(tmp_path, capsys):
    p, out = str(tmp_path / "p.bplab"), str(tmp_path / "o.bplab")
    cli(capsys, "new", "-o", p, "--dataset", "xor", "--samples", "40")
    code, _, err = cli(
        capsys,
        "train",
        p,
        "-o",
        out,
        "--steps",
        "2",
        "--lr",
        "0.5",
        "--batch-size",
        "4",
        "--l2",
        "0.01",
    )
    assert code == 0, err
    spec = load_project(out).spec
    assert (spec.optimizer.lr, spec.batch_size, spec.l2) == (0.5, 4, 0.01)


# ----- export and predict ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    d = tmp_path_factory.mktemp("trained")
    p = str(d / "p.bplab")
    assert (
        main(
            [
                "new",
                "-o",
                p,
                "--dataset",
                "spirals",
                "--classes",
                "3",
                "--samples",
                "90",
                "--features",
                "x1,x2,x1^2,sin(x2)",
                "--hidden",
                "6",
                "-q",
            ]
        )
        == 0
    )
    assert main(["train", p, "-o", p, "--epochs", "2", "-q"]) == 0
    rng = np.random.default_rng(0)
    pts = rng.normal(0, 3, (12, 2))
    with open(d / "in.csv", "w") as f:
        f.write("note,x2,x1\n")  # columns by name, in another order, with an extra one
        for x1, x2 in pts:
            f.write(f"row,{float(x2)!r},{float(x1)!r}\n")
    return d, p, pts


def test_export_in_every_format(trained, capsys, tmp_path):
    d, p, pts = trained
    model = load_weights_from_project = None  # noqa: F841 (for readers: computed below)
    for name in ("m.npz", "m.json", "m.onnx", "m_np.py"):
        code, out, err = cli(capsys, "export", p, "-o", str(tmp_path / name))
        assert code == 0, err
    code, _, err = cli(
        capsys, "export", p, "-o", str(tmp_path / "m_torch.py"), "--format", "pytorch"
    )
    assert code == 0, err
    assert (tmp_path / "m_np.npz").exists() and (tmp_path / "m_torch.npz").exists()

    ref = load_weights(tmp_path / "m.npz")
    expected = ref.predict(pts)
    state = load_project(p).state["params"]
    for k, v in state.items():
        np.testing.assert_array_equal(ref.params[k], v)
    np.testing.assert_array_equal(load_weights(tmp_path / "m.json").predict(pts), expected)

    import onnxruntime as ort

    sess = ort.InferenceSession(str(tmp_path / "m.onnx"), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"input": pts.astype(np.float32)})[0]
    np.testing.assert_allclose(got, expected, atol=1e-5)

    import importlib.util

    for name in ("m_np", "m_torch"):
        if name == "m_torch":
            pytest.importorskip("torch")
        spec = importlib.util.spec_from_file_location(name, tmp_path / f"{name}.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        np.testing.assert_allclose(mod.forward(pts), expected, atol=1e-5)


def test_predict_project_equals_predict_exported(trained, capsys, tmp_path):
    d, p, pts = trained
    assert cli(capsys, "export", p, "-o", str(tmp_path / "m.npz"))[0] == 0
    code, from_project, err = cli(capsys, "predict", p, "--input", str(d / "in.csv"))
    assert code == 0, err
    code, from_npz, err = cli(
        capsys, "predict", str(tmp_path / "m.npz"), "--input", str(d / "in.csv")
    )
    assert code == 0, err
    assert from_project == from_npz
    header, rows = read_csv_text(from_project)
    assert header == ["0", "1", "2", "label"]
    probs = np.array([[float(v) for v in r[:3]] for r in rows])
    expected = load_weights(tmp_path / "m.npz").predict(pts)
    np.testing.assert_array_equal(probs, expected.astype(np.float64))  # repr round-trips exactly
    assert [r[3] for r in rows] == [str(k) for k in np.argmax(expected, axis=1)]

    out = tmp_path / "pred.csv"
    code, said, _ = cli(capsys, "predict", p, "--input", str(d / "in.csv"), "-o", str(out))
    assert code == 0 and out.read_text() == from_project and "wrote 12 predictions" in said


def test_predict_regression_names_target_columns(tmp_path, capsys):
    rng = np.random.default_rng(1)
    data = tmp_path / "houses.csv"
    with open(data, "w") as f:
        f.write("size,rooms,price,tax\n")
        for _ in range(40):
            s, r = rng.uniform(1, 3), rng.integers(1, 5)
            f.write(f"{s},{r},{2 * s + r + 0.5},{0.1 * s}\n")
    p = str(tmp_path / "h.bplab")
    code, _, err = cli(capsys, "new", "-o", p, "--dataset", str(data), "--target", "price,tax")
    assert code == 0, err
    assert load_project(p).spec.loss == "mse" and load_project(p).spec.n_outputs == 2
    code, out, err = cli(capsys, "predict", p, "--input", str(data))
    assert code == 0, err
    header, rows = read_csv_text(out)
    assert header == ["price", "tax"] and len(rows) == 40


# ----- check-gradients -------------------------------------------------------------------------
def test_check_gradients_exit_codes(trained, capsys):
    _, p, _ = trained
    code, out, _ = cli(capsys, "check-gradients", p)
    assert code == 0
    lines = [
        ln for ln in out.splitlines() if ln.split() and ln.split()[0] in ("W1", "b1", "W2", "b2")
    ]
    assert len(lines) == 4 and all(ln.endswith("ok") for ln in lines)
    code, out, err = cli(capsys, "check-gradients", p, "--tolerance", "1e-300")
    assert code == 4
    assert "above the tolerance" in err and "TOO HIGH" in out


# ----- errors ----------------------------------------------------------------------------------
def one_line_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_bad_csv_line_is_named(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,2,0\n3,oops,1\n4,5,0\n")
    out = tmp_path / "x.bplab"
    code, _, err = cli(capsys, "new", "-o", str(out), "--dataset", str(bad))
    assert code == 1
    msg = one_line_error(err)
    assert "bad.csv, line 3" in msg and "'oops'" in msg
    assert not out.exists()


def test_bad_predict_input_is_named(trained, capsys, tmp_path):
    _, p, _ = trained
    f = tmp_path / "in.csv"
    f.write_text("x1,x2\n1,2\n3,4\n5,nope\n")
    code, _, err = cli(capsys, "predict", p, "--input", str(f), "-o", str(tmp_path / "o.csv"))
    assert code == 1
    assert "in.csv, line 4: column 'x2': 'nope' is not a number" in one_line_error(err)
    assert not (tmp_path / "o.csv").exists()
    f.write_text("x1,y\n1,2\n")
    code, _, err = cli(capsys, "predict", p, "--input", str(f))
    assert "in.csv, line 1: no column 'x2'" in one_line_error(err)


def test_unknown_dataset_and_bad_numbers_name_the_option(tmp_path, capsys):
    out = str(tmp_path / "x.bplab")
    code, _, err = cli(capsys, "new", "-o", out, "--dataset", "nosuch")
    assert code == 1 and "--dataset: unknown dataset 'nosuch'" in one_line_error(err)
    code, _, err = cli(capsys, "new", "-o", out, "--lr", "fast")
    assert code == 2 and "argument --lr: expected a number, got 'fast'" in one_line_error(err)
    code, _, err = cli(capsys, "new", "-o", out, "--momentum", "1.5", "--optimizer", "momentum")
    assert code == 1 and "--momentum: must be < 1" in one_line_error(err)
    code, _, err = cli(capsys, "new", "-o", out, "--hidden", "4,x")
    assert code == 2 and "argument --hidden" in one_line_error(err)
    code, _, err = cli(capsys, "new", "-o", out, "--noise", "70")
    assert code == 2 and "argument --noise" in one_line_error(err)
    assert not Path(out).exists()


def test_corrupt_project_is_named(tmp_path, capsys):
    p = tmp_path / "broken.bplab"
    p.write_text('{"format": "backprop-lab-project", "version": 1, "spec": ')
    code, _, err = cli(capsys, "train", str(p), "-o", str(tmp_path / "o.bplab"), "--steps", "1")
    assert code == 1 and "broken.bplab: is truncated" in one_line_error(err)


def test_divergence_stops_and_writes_nothing(tmp_path, capsys):
    p = tmp_path / "r.bplab"
    assert (
        cli(
            capsys,
            "new",
            "-o",
            str(p),
            "--dataset",
            "reg-plane",
            "--samples",
            "50",
            "--hidden",
            "",
            "--lr",
            "1e30",
            "--dtype",
            "float32",
        )[0]
        == 0
    )
    before = p.read_bytes()
    code, _, err = cli(capsys, "train", str(p), "-o", str(p), "--steps", "50")
    assert code == 3
    msg = one_line_error(err)
    assert "diverged at step" in msg and "Hint" in msg
    assert p.read_bytes() == before  # -o naming the input: replaced only on success
    assert sorted(os.listdir(tmp_path)) == ["r.bplab"]


def test_initial_weights_from_an_exported_file(trained, tmp_path, capsys):
    _, p, _ = trained
    w = str(tmp_path / "w.json")
    assert cli(capsys, "export", p, "-o", w)[0] == 0
    new = str(tmp_path / "n.bplab")
    code, _, err = cli(
        capsys,
        "new",
        "-o",
        new,
        "--dataset",
        "spirals",
        "--classes",
        "3",
        "--samples",
        "90",
        "--features",
        "x1,x2,x1^2,sin(x2)",
        "--hidden",
        "6",
        "--weights",
        w,
    )
    assert code == 0, err
    got, ref = load_project(new).state["params"], load_project(p).state["params"]
    for k in ref:
        np.testing.assert_array_equal(got[k], ref[k])
    code, _, err = cli(
        capsys,
        "new",
        "-o",
        new,
        "--dataset",
        "spirals",
        "--classes",
        "3",
        "--hidden",
        "6",
        "--weights",
        w,
    )  # two inputs, the weights were made for four
    assert code == 1
    assert "w.json: 0.weight has shape (6, 4), the network expects (6, 2)" in one_line_error(err)


def test_help_on_every_command_and_version(capsys):
    for command in COMMANDS:
        code, out, _ = cli(capsys, command, "--help")
        assert code == 0 and out.startswith(f"usage: backprop-lab {command}")
        assert "--quiet" in out and "--debug" in out
    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.startswith("backprop-lab ")
    code, out, _ = cli(capsys, "--help")
    assert code == 0 and all(c in out for c in COMMANDS)


def test_debug_shows_the_traceback(tmp_path, capsys):
    code, _, err = cli(
        capsys,
        "train",
        str(tmp_path / "missing.bplab"),
        "-o",
        str(tmp_path / "o.bplab"),
        "--steps",
        "1",
        "--debug",
    )
    assert code == 1 and "Traceback" in err and "missing.bplab: cannot be read" in err


def test_project_json_is_readable(trained):
    _, p, _ = trained
    doc = json.loads(Path(p).read_text())
    assert doc["dataset"]["name"] == "spirals" and doc["spec"]["layers"][0]["units"] == 6
