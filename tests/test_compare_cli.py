"""``compare`` (cli/compare.py): one CSV row per run per epoch from the shared epoch 0, a run with
the project's own values is the ``train`` command's run, errors name --vary, no Qt."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from cli import COMMANDS, main
from engine.project import load_project

ROOT = Path(__file__).resolve().parents[1]


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("compare")
    p = folder / "p.bplab"
    assert main(["new", "-o", str(p), "--dataset", "circle", "--samples", "80", "-q"]) == 0
    assert main(["train", str(p), "-o", str(p), "--steps", "5", "-q"]) == 0  # mid-epoch
    return p


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    rows = list(csv.reader(io.StringIO(path.read_text())))
    return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_one_row_per_run_per_epoch_from_the_shared_start(project, capsys):
    out = project.parent / "runs.csv"
    code, stdout, err = cli(
        capsys,
        "compare",
        str(project),
        "--vary",
        "optimizer=sgd,momentum,adam",
        "--vary",
        "lr=0.01,0.1",
        "--epochs",
        "3",
        "-o",
        str(out),
    )
    assert code == 0, err
    assert "compare" in COMMANDS
    head, rows = read(out)
    assert head == [
        "run",
        "optimizer",
        "lr",
        "epoch",
        "step",
        "train_loss",
        "test_loss",
        "train_accuracy",
        "test_accuracy",
    ]
    assert sorted({r["run"] for r in rows}, key=int) == [str(i) for i in range(1, 7)]
    assert [(r["optimizer"], r["lr"]) for r in rows if r["epoch"] == "0"] == [
        (o, lr) for o in ("sgd", "momentum", "adam") for lr in ("0.01", "0.1")
    ]
    for run in range(1, 7):
        mine = [r for r in rows if r["run"] == str(run)]
        assert [r["epoch"] for r in mine] == ["0", "1", "2", "3"]
        assert mine[0]["step"] == "0"
    start = [r for r in rows if r["epoch"] == "0"]
    for col in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        assert len({r[col] for r in start}) == 1  # the same bits: repr reads back exactly
    finals = {r["train_loss"] for r in rows if r["epoch"] == "3"}
    assert len(finals) == 6
    assert "wrote" in stdout and stdout.count("\n") >= 7


def test_a_run_with_the_projects_values_is_the_train_commands_run(project, capsys, tmp_path):
    spec = load_project(project).spec
    out, trained = tmp_path / "runs.csv", tmp_path / "t.bplab"
    lr = repr(spec.optimizer.lr)
    code, _, err = cli(
        capsys, "compare", str(project), "--vary", f"lr={lr},0.3", "--steps", "40", "-o", str(out)
    )
    assert code == 0, err
    assert cli(capsys, "train", str(project), "-o", str(trained), "--steps", "40", "-q")[0] == 0
    _, rows = read(out)
    mine = [r for r in rows if r["run"] == "1"]
    assert mine[-1]["step"] == "40"
    history = load_project(trained).history
    assert float(mine[-1]["train_loss"]) == history["train_loss"][-1]
    ends = [float(r["train_loss"]) for r in mine[1:-1]]  # each epoch's end, as train adds them
    assert ends == history["train_loss"][-len(ends) - 1 : -1]


@pytest.mark.parametrize(
    "argv,words",
    [
        (["--vary", "colour=red,blue"], "cannot vary 'colour'"),
        (["--vary", "lr=0.1,-2"], "lr: must be > 0"),
        (["--vary", "lr=fast,0.1"], "expected a number"),
        (["--vary", "optimizer=sgd"], "compare needs 2 to 36"),
        (["--vary", "lr=0.1,0.2", "--vary", "lr=0.3"], "lr is varied twice"),
        (["--vary", "dropout=0.5,0.5"], "given twice"),
        (["--vary", "lr"], "NAME=V1,V2"),
    ],
)
def test_bad_values_exit_2_naming_the_option(project, capsys, argv, words):
    out = project.parent / "bad.csv"
    code, _, err = cli(capsys, "compare", str(project), *argv, "--epochs", "1", "-o", str(out))
    assert code == 2
    assert "--vary" in err and words in err
    assert not out.exists()


def test_the_output_may_not_be_the_project(project, capsys):
    code, _, err = cli(
        capsys, "compare", str(project), "--vary", "lr=0.1,0.2", "--steps", "1", "-o", str(project)
    )
    assert code == 2 and "names the project itself" in err
    assert load_project(project).state is not None


def test_compare_never_imports_qt(project, tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import main
rc = main.main(["compare", {str(project)!r}, "--vary", "batch-size=5,20", "--steps", "3",
                "-o", "r.csv", "-q"])
assert rc == 0, rc
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6", "gui"))
print("QT", bad)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "QT []" in out.stdout
    head, rows = read(tmp_path / "r.csv")
    assert head[1] == "batch_size" and {r["batch_size"] for r in rows} == {"5", "20"}
