"""The exported training scripts: the PyTorch one, run under CPU torch, ends with the app's trained
weights (float64, to a relative 1e-9); the Keras one predicts what the app predicts."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from cli import main
from cli.common import load_model
from engine.export.sequential import state_dict_key
from engine.project import load_project

pytest.importorskip("torch")
pytest.importorskip("safetensors")

#: name → options of `new` (every project float64, small); "warm" ones are trained 7 steps first,
#: so the script starts mid-epoch with optimizer state and a generator that has shuffled
TORCH_CASES = {
    "sgd": ["--dataset", "spiral", "--hidden", "6,4", "--optimizer", "sgd", "--lr", "0.1"],
    "momentum": ["--dataset", "moons", "--hidden", "5", "--optimizer", "momentum", "--lr", "0.05"],
    "adam": ["--dataset", "blobs", "--hidden", "6", "--optimizer", "adam", "--lr", "0.01"],
    "l2": ["--dataset", "circle", "--hidden", "4,2", "--optimizer", "adam", "--l2", "0.01"],
    "warm": [
        *("--dataset", "xor", "--hidden", "5", "--activation", "relu", "--loss", "bce"),
        *("--optimizer", "rmsprop", "--lr", "0.01", "--l1", "0.001", "--l2", "0.003"),
        *("--dropout", "0.2", "--patience", "1", "--batch-size", "7"),
    ],
    "sse": [
        *("--dataset", "reg-plane", "--hidden", "5", "--activation", "leaky_relu"),
        *("--loss", "sse", "--optimizer", "nesterov", "--lr", "0.02", "--freeze-biases"),
    ],
}
EPOCHS = 3

DRIVER = textwrap.dedent(
    """
    import contextlib, os, runpy, sys
    for folder in sys.argv[1:]:
        with contextlib.chdir(folder):
            runpy.run_path(os.path.join(folder, "train.py"), run_name="__main__")
    """
)


def _cli(*argv: str) -> None:
    assert main([*argv, "-q"]) == 0, argv


@pytest.fixture(scope="module")
def torch_runs(tmp_path_factory):
    """Each case: the app's project trained EPOCHS epochs, and the script's stdout and weights."""
    root = tmp_path_factory.mktemp("torch_runs")
    folders = {}
    for name, options in TORCH_CASES.items():
        d = root / name
        d.mkdir()
        p = str(d / "p.bplab")
        _cli("new", "-o", p, "--samples", "60", "--dtype", "float64", "--seed", "3", *options)
        if name == "warm":
            _cli("train", p, "-o", p, "--steps", "7")
        _cli("export", p, "-o", str(d / "train.py"), "--format", "pytorch-train", "--epochs", "3")
        _cli("train", p, "-o", str(d / "app.bplab"), "--epochs", str(EPOCHS))
        folders[name] = d
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, *map(str, folders.values())],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "PYTHONPATH": ""},  # the script stands alone: no app on the path
    )
    assert done.returncode == 0, done.stderr
    return folders, done.stdout


@pytest.mark.parametrize("name", list(TORCH_CASES))
def test_pytorch_training_script_ends_with_the_apps_weights(torch_runs, name):
    from safetensors.numpy import load_file

    folders, stdout = torch_runs
    d = folders[name]
    app = load_project(d / "app.bplab")
    trained = load_file(d / "trained.safetensors")
    assert sorted(trained) == sorted(state_dict_key(k) for k in app.state["params"])
    moved = False
    for k, v in app.state["params"].items():
        np.testing.assert_allclose(trained[state_dict_key(k)], v, rtol=1e-9, atol=1e-12)
        moved |= not np.array_equal(v, load_project(d / "p.bplab").state["params"][k])
    assert moved  # training did change the weights
    # the final loss it prints is the app's train loss after training
    trainer, _ = app.make_trainer()
    assert f"final loss: train {trainer.evaluate().train_loss:.6g}" in stdout


def test_the_script_says_what_it_does_and_the_cli_needs_epochs(torch_runs, capsys, tmp_path):
    folders, _ = torch_runs
    source = (folders["adam"] / "train.py").read_text()
    assert "nn.CrossEntropyLoss" in source and "softmax would be\n# applied twice" in source
    assert "torch.optim.Adam(groups, lr=0.01, betas=(0.9, 0.999), eps=1e-08" in source
    assert "SeedSequence([SEED, 1])" in source and "EPOCHS = 3" in source
    warm = (folders["warm"] / "train.py").read_text()
    assert "nn.BCEWithLogitsLoss" in warm and "rng.bit_generator.state = " in warm
    assert '"weight_decay": L2' in warm and "def penalty(model)" in warm
    project, out = str(folders["adam"] / "p.bplab"), str(tmp_path / "t.py")
    code = main(["export", project, "-o", out, "--format", "pytorch-train"])
    assert code == 1 and "needs --epochs N" in capsys.readouterr().err
    assert not (tmp_path / "t.py").exists()


# ----- Keras ---------------------------------------------------------------------------------------
KERAS_CASES = {
    "adam": [
        *(
            "--dataset",
            "spirals",
            "--classes",
            "3",
            "--hidden",
            "6,4",
            "--activation",
            "leaky_relu",
        ),
        *("--optimizer", "adam", "--lr", "0.01", "--l2", "0.01", "--dropout", "0.1"),
        *("--features", "x1,x2,x1^2,sin(x2)", "--patience", "3"),
    ],
    "rmsprop": [
        *("--dataset", "reg-gauss", "--hidden", "5", "--loss", "sse", "--dtype", "float64"),
        *("--optimizer", "rmsprop", "--alpha", "0.95", "--l1", "0.001"),
    ],
    "bce": ["--dataset", "xor", "--hidden", "4", "--loss", "bce", "--optimizer", "nesterov"],
}

KERAS_DRIVER = textwrap.dedent(
    """
    import json, runpy, sys
    import numpy as np
    out = {}
    points = np.array(json.loads(sys.argv[1]))
    for name, path in zip(sys.argv[2::2], sys.argv[3::2]):
        module = runpy.run_path(path, run_name="exported")
        opt = module["MODEL"].optimizer.get_config()
        out[name] = {
            "predict": module["forward"](points).tolist(),
            "dtype": str(module["forward"](points).dtype),
            "optimizer": {k: v for k, v in opt.items() if isinstance(v, (int, float, bool))},
        }
        if name == "bce":  # fit runs with the app's epochs and batch size
            history = module["train"](epochs=1)
            out[name]["fit"] = [history.params["epochs"], len(history.history["loss"])]
    print(json.dumps(out))
    """
)


def test_keras_export_predicts_what_the_app_predicts(tmp_path):
    if importlib.util.find_spec("keras") is None:  # not imported here: its backend is torch there
        pytest.skip("keras is not installed (pip install -e '.[test]')")
    points = np.random.default_rng(0).normal(0, 2, (15, 2))
    args, expected = [], {}
    for name, options in KERAS_CASES.items():
        p = str(tmp_path / f"{name}.bplab")
        _cli("new", "-o", p, "--samples", "60", *options)
        _cli("train", p, "-o", p, "--epochs", "2")
        _cli("export", p, "-o", str(tmp_path / f"{name}_keras.py"), "--format", "keras")
        args += [name, str(tmp_path / f"{name}_keras.py")]
        expected[name] = load_model(p).predict(points)
    done = subprocess.run(
        [sys.executable, "-c", KERAS_DRIVER, json.dumps(points.tolist()), *args],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "KERAS_BACKEND": "torch"},
    )
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.strip().splitlines()[-1])
    for name, want in expected.items():
        # to float32 rounding: Keras 3 multiplies in float32 even for float64 (but on TensorFlow)
        np.testing.assert_allclose(got[name]["predict"], want, rtol=2e-6, atol=2e-6)
    assert got["rmsprop"]["dtype"] == "float64" and got["adam"]["dtype"] == "float32"
    assert got["rmsprop"]["optimizer"]["rho"] == 0.95  # torch's alpha, not Keras's 0.9
    assert got["rmsprop"]["optimizer"]["epsilon"] == pytest.approx(1e-16)  # ε² inside the root
    assert (
        got["adam"]["optimizer"]["beta_2"] == 0.999 and got["adam"]["optimizer"]["epsilon"] == 1e-8
    )
    assert (
        got["bce"]["optimizer"]["nesterov"] is True and got["bce"]["optimizer"]["momentum"] == 0.9
    )
    assert got["bce"]["fit"] == [1, 1]
    source = Path(tmp_path / "adam_keras.py").read_text()
    assert "keras.regularizers.L1L2(l1=0.0, l2=0.005)" in source  # the app's λ₂ = 2 × Keras's l2
    assert "layers.LeakyReLU(negative_slope=0.01" in source and "EarlyStopping" in source
