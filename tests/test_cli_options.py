"""Every option of `new` and `train` lands in the project with the documented defaults (docs/cli.md)."""

from __future__ import annotations

import pytest

from cli import main
from engine.optimizers import OPTIMIZERS_BY_NAME, hyperparameter_fields
from engine.project import load_project


def new(tmp_path, *options: str):
    path = tmp_path / "p.bplab"
    code = main(["new", "-o", str(path), "-q", *options])
    assert code == 0
    return load_project(path)


def test_defaults(tmp_path):
    p = new(tmp_path)
    s, d = p.spec, p.dataset
    assert d.name == "circle" and d.normalize == "standard" and d.noise == 0.0 and d.seed == 0
    assert d.features == ("x1", "x2") and d.test_ratio is None and d.effective_test_ratio == 0.5
    assert s.sizes == (2, 4, 2, 2)
    assert [ly.activation for ly in s.layers] == ["tanh", "tanh", "softmax"]
    assert s.loss == "cce" and s.init == "xavier" and s.dtype == "float32" and s.seed == 0
    o = s.optimizer
    assert (o.name, o.lr, o.momentum, o.beta1, o.beta2, o.eps, o.alpha) == (
        "sgd",
        0.03,
        0.9,
        0.9,
        0.999,
        None,
        0.99,
    )
    assert (s.batch_size, s.l1, s.l2, s.dropout, s.patience) == (10, 0.0, 0.0, 0.0, None)
    assert not any(ly.freeze_biases for ly in s.layers)
    assert p.state["step"] == 0


def test_regression_defaults_to_mse_and_a_linear_output(tmp_path):
    s = new(tmp_path, "--dataset", "reg-plane").spec
    assert s.loss == "mse" and s.layers[-1].activation == "linear" and s.n_outputs == 1


@pytest.mark.parametrize(
    ("loss", "units", "out_act"),
    [("bce", 1, "sigmoid"), ("mse", 2, "linear"), ("sse", 2, "linear")],
)
def test_loss_picks_output_units_and_activation(tmp_path, loss, units, out_act):
    s = new(tmp_path, "--dataset", "xor", "--loss", loss).spec
    assert (s.loss, s.n_outputs, s.layers[-1].activation) == (loss, units, out_act)


def test_every_option_is_applied(tmp_path):
    p = new(
        tmp_path,
        "--dataset",
        "spirals",
        "--classes",
        "4",
        "--samples",
        "120",
        "--noise",
        "0.25",
        "--features",
        "x1,x2,sin(x1)",
        "--test-ratio",
        "0.3",
        "--normalize",
        "minmax",
        "--hidden",
        "7,5,3",
        "--activation",
        "leaky_relu",
        "--init",
        "he",
        "--seed",
        "11",
        "--dtype",
        "float64",
        "--optimizer",
        "rmsprop",
        "--lr",
        "0.004",
        "--alpha",
        "0.95",
        "--eps",
        "1e-6",
        "--batch-size",
        "13",
        "--l1",
        "0.001",
        "--l2",
        "0.002",
        "--dropout",
        "0.1",
        "--patience",
        "5",
        "--freeze-biases",
        "--momentum",
        "0.5",
        "--beta1",
        "0.8",
        "--beta2",
        "0.99",
    )
    s, d = p.spec, p.dataset
    assert (d.name, d.classes, d.samples, d.noise, d.test_ratio, d.normalize, d.seed) == (
        "spirals",
        4,
        120,
        0.25,
        0.3,
        "minmax",
        11,
    )
    assert d.features == ("x1", "x2", "sin(x1)")
    assert s.sizes == (3, 7, 5, 3, 4) and s.layers[0].activation == "leaky_relu"
    assert (s.init, s.seed, s.dtype) == ("he", 11, "float64")
    o = s.optimizer
    assert (o.name, o.lr, o.alpha, o.eps, o.momentum, o.beta1, o.beta2) == (
        "rmsprop",
        0.004,
        0.95,
        1e-6,
        0.5,
        0.8,
        0.99,
    )
    assert (s.batch_size, s.l1, s.l2, s.dropout, s.patience) == (13, 0.001, 0.002, 0.1, 5)
    assert all(ly.freeze_biases for ly in s.layers)
    assert p.state["params"]["W1"].dtype.name == "float64"


def test_no_hidden_layers_is_logistic_regression(tmp_path):
    s = new(tmp_path, "--dataset", "gauss", "--hidden", "").spec
    assert s.sizes == (2, 2)


def test_noise_percent_and_fraction_agree(tmp_path):
    assert new(tmp_path, "--noise", "30").dataset.noise == pytest.approx(0.3)
    assert new(tmp_path, "--noise", "0.3").dataset.noise == pytest.approx(0.3)


def test_train_changes_optimizer_and_starts_it_fresh(tmp_path, capsys):
    p = new(tmp_path, "--dataset", "xor", "--optimizer", "momentum")
    path = str(tmp_path / "p.bplab")
    assert main(["train", path, "-o", path, "--steps", "4", "-q"]) == 0
    assert "momentum_buffer" in load_project(path).state["optimizer"]["state"]["W1"]
    assert main(["train", path, "-o", path, "--steps", "3", "--optimizer", "adam", "-q"]) == 0
    state = load_project(path).state
    assert load_project(path).spec.optimizer.name == "adam" and p.spec.optimizer.name == "momentum"
    assert state["optimizer"]["steps"]["W1"] == 3  # fresh Adam: its own step count
    assert set(state["optimizer"]["state"]["W1"]) == {"exp_avg", "exp_avg_sq"}
    assert state["step"] == 7


def test_gpu_backend_without_cupy_is_a_clear_error(tmp_path, capsys):
    try:
        import cupy  # noqa: F401

        pytest.skip("CuPy is installed here")
    except ImportError:
        pass
    new(tmp_path, "--dataset", "xor")
    path = str(tmp_path / "p.bplab")
    out = str(tmp_path / "o.bplab")
    code = main(["train", path, "-o", out, "--steps", "2", "--backend", "cupy"])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "CuPy" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "o.bplab").exists()


def _words(text: str) -> str:
    """Runs of white space as one space (argparse wraps lines; formulas have double spaces)."""
    return " ".join(text.split())


def _help(capsys, command: str) -> str:
    assert main([command, "--help"]) == 0
    return _words(capsys.readouterr().out)


def test_help_of_new_shows_every_declared_optimizer_and_its_defaults(capsys):
    text = _help(capsys, "new")
    assert "--optimizer {" + ",".join(OPTIMIZERS_BY_NAME) + "}" in text
    for name, cls in OPTIMIZERS_BY_NAME.items():
        defaults = ", ".join(f"{hp.symbol} {hp.default:g}" for hp in cls.hyperparameters)
        assert _words(f"{name} {cls.formula} {defaults}") in text, name
        for hp in cls.hyperparameters:
            assert _words(hp.help) in text
    assert "m̂ / (√v̂ + ε) η 0.03, β₁ 0.9, β₂ 0.999, ε 1e-08" in text
    # one option per declared field, saying which optimizers read it and its defaults
    assert "--lr R η, learning rate (default 0.03)." in text
    assert "--momentum R momentum and nesterov: μ, momentum (default 0.9)." in text
    assert "--alpha R rmsprop: α, smoothing (default 0.99)." in text
    assert "--beta1 R adam: β₁, mean decay (default 0.9)." in text
    assert "--beta2 R adam: β₂, square decay (default 0.999)." in text
    assert (
        "--eps R adagrad, rmsprop and adam: ε, stability term (default 1e-08; adagrad 1e-10)."
        in (text)
    )
    assert all(f"--{f} R" in text for f in hyperparameter_fields())


def test_help_of_train_keeps_the_projects_values(capsys):
    text = _help(capsys, "train")
    for field in hyperparameter_fields():
        assert f"--{field} R" in text
    assert "momentum and nesterov: μ, momentum (default: the project's)." in text
    assert all(_words(f"{n} {c.formula}") in text for n, c in OPTIMIZERS_BY_NAME.items())


def test_a_hyperparameter_out_of_its_declared_range_names_the_option(tmp_path, capsys):
    path = str(tmp_path / "p.bplab")
    assert main(["new", "-o", path, "--optimizer", "adam", "--beta2", "1"]) == 1
    assert "--beta2: must be < 1, got 1" in capsys.readouterr().err
    assert main(["new", "-o", path, "--optimizer", "adagrad", "--eps", "0"]) == 1
    assert "--eps: must be > 0, got 0" in capsys.readouterr().err


def test_new_says_the_values_the_optimizer_uses(tmp_path, capsys):
    path = str(tmp_path / "p.bplab")
    assert main(["new", "-o", path, "--optimizer", "adagrad", "--lr", "0.1"]) == 0
    assert "optimizer adagrad (η 0.1, ε 1e-10)" in capsys.readouterr().out
