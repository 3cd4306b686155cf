"""Names from the data reach generated code only as Python literals, never as code.

A column, class or weights-file name holding quotes, triple quotes, backslashes, newlines or
Python statements must still give a module that compiles, imports without side effects
(no file created, no exit) and predicts what the app's network predicts: the NumPy and
PyTorch forward passes, the PyTorch training script and the Keras model.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import runpy
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.datasets.preprocessing import Preprocessing
from engine.export.keras_code import keras_source
from engine.export.model import TrainedModel
from engine.export.npz_json import weights_to_bytes
from engine.export.python_code import numpy_source, pytorch_source
from engine.export.pytorch_train import pytorch_train_source
from engine.export.training_run import TrainingRun, training_data_bytes
from engine.network import Network, initial_parameters
from engine.spec import LayerSpec, NetworkSpec
from engine.training import Trainer

ATTACKS = [
    '"""',
    "'''",
    '"',
    "'",
    "\\",
    "\n",
    "\r",
    "#",
    "{}",
    "\u2028",
    "\ufeff",
    "# -*- coding: latin-1 -*-",
    "open('pwned', 'w')",
    "raise SystemExit(3)",
]
PAYLOAD = '"""\nopen("pwned", "w")\nraise SystemExit(3)\n"""'

_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=6)
names = st.lists(st.one_of(st.sampled_from(ATTACKS), _text), max_size=4).map("".join)
file_names = (
    st.lists(st.one_of(st.sampled_from(ATTACKS), _text), min_size=1, max_size=4)
    .map(lambda parts: "".join(parts).replace("/", "_"))
    .filter(lambda s: s not in ("", ".", "..") and len(s.encode("utf-8")) <= 200)
)


def _model(task: str) -> TrainedModel:
    features = ("x1", "x2", "x1*x2")
    n_out, out_act, loss = (
        (3, "softmax", "cce") if task == "classification" else (2, "linear", "mse")
    )
    layers = (LayerSpec(4, "tanh"), LayerSpec(n_out, out_act))
    spec = NetworkSpec(len(features), layers, loss=loss, dtype="float64", seed=2).validated()
    rng = np.random.default_rng(2)
    params = {k: v + rng.normal(0, 0.4, v.shape) for k, v in initial_parameters(spec).items()}
    pre = Preprocessing.fit(rng.normal(0, 2, (20, 2)), features, "standard").to_dict()
    return TrainedModel(spec, params, pre, task=task)


MODELS = {task: _model(task) for task in ("classification", "regression")}
X_RAW = np.random.default_rng(7).normal(0, 2, (6, 2))
SOURCES = {
    "numpy": numpy_source,
    "pytorch": pytorch_source,
    "pytorch-train": pytorch_train_source,
    "keras": keras_source,
}
#: the tolerance of each kind's outputs: Keras multiplies in float32 even for float64
TOLERANCE = {"numpy": 1e-12, "pytorch": 1e-12, "pytorch-train": 1e-12, "keras": 2e-6}


def _training(model: TrainedModel) -> TrainingRun:
    """A small training run (fresh trainer, 1 epoch) for the training scripts' data file."""
    rng = np.random.default_rng(3)
    X = rng.normal(size=(12, model.spec.n_inputs))
    if model.task == "classification":
        y = rng.integers(0, model.spec.n_outputs, 12)
    else:
        y = rng.normal(size=(12, model.spec.n_outputs))
    state = Trainer(model.spec, X, y, params=model.params).state_dict()
    return TrainingRun(X, y, None, None, state, 1)


def _data_file(model: TrainedModel) -> bytes:
    """The .npz the generated code reads beside itself."""
    if model.training is None:
        return weights_to_bytes(model, "npz")
    return training_data_bytes(model.training, model.spec, model.state_dict())


def _app_outputs(model: TrainedModel) -> np.ndarray:
    X = Preprocessing.from_dict(model.preprocessing).transform(X_RAW)
    return Network(model.spec, params=model.params).predict(X)


def _run_generated(source: str, model: TrainedModel, weights_name: str) -> dict:
    """Compile the source, run it as a module beside its weights; fail on any side effect."""
    compile(source, "generated.py", "exec")  # a SyntaxError fails the test
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        folder = Path(tmp)
        (folder / weights_name).write_bytes(_data_file(model))
        (folder / "generated.py").write_text(source, encoding="utf-8")
        try:
            namespace = runpy.run_path(str(folder / "generated.py"), run_name="generated")
        except SystemExit as exc:
            pytest.fail(f"importing the generated module exited ({exc.code!r})")
        assert sorted(p.name for p in folder.iterdir()) == sorted(["generated.py", weights_name])
        namespace["__outputs__"] = namespace["forward"](X_RAW)
    return namespace


def _check(kind: str, task: str, inputs: list[str], outputs: list[str], weights_name: str):
    base = MODELS[task]
    n_out = base.spec.n_outputs
    outputs = (outputs * n_out)[:n_out] if outputs else [f"y{i}" for i in range(n_out)]
    model = TrainedModel(
        base.spec,
        base.params,
        base.preprocessing,
        input_names=inputs,
        class_names=outputs if task == "classification" else None,
        target_names=outputs if task == "regression" else None,
        task=task,
    )
    if kind in ("pytorch-train", "keras"):
        model.training = _training(model)
    source = SOURCES[kind](model, weights_name)
    namespace = _run_generated(source, model, weights_name)
    tol = TOLERANCE[kind]
    np.testing.assert_allclose(namespace["__outputs__"], _app_outputs(model), atol=tol, rtol=0)
    assert namespace["INPUT_NAMES"] == inputs
    assert namespace["OUTPUT_NAMES"] == outputs
    data_file = namespace["DATA" if kind in ("pytorch-train", "keras") else "WEIGHTS"]
    assert data_file.name == weights_name


def _fuzzed(max_examples: int):
    """Hypothesis's arbitrary names (plus two hostile examples) for a test of generated code."""

    def wrap(test):
        test = example(
            task="regression",
            inputs=["x\r\nraise SystemExit(3)", "# \nopen('pwned', 'w')"],
            outputs=["'''", '"'],
            weights_name="\n\"\"\"\nopen('pwned', 'w')\n#.npz",
        )(test)
        test = example(
            task="classification",
            inputs=[PAYLOAD, "a\nraise SystemExit(3)"],
            outputs=['"""; open("pwned", "w"); """', "\\", "'"],
            weights_name='C:\\Users\\x1 "quoted".npz',
        )(test)
        test = given(
            task=st.sampled_from(["classification", "regression"]),
            inputs=st.lists(names, min_size=2, max_size=2),
            outputs=st.lists(names, min_size=0, max_size=3),
            weights_name=file_names,
        )(test)
        return settings(max_examples=max_examples, deadline=None)(test)

    return wrap


@pytest.mark.parametrize("kind", ["numpy", "pytorch", "pytorch-train"])
@_fuzzed(max_examples=30)
def test_generated_code_treats_names_as_data(kind, task, inputs, outputs, weights_name):
    if kind != "numpy":
        pytest.importorskip("torch")
    _check(kind, task, inputs, outputs, weights_name)


# Keras's predict on the torch backend hands torch tensors to np.asarray(copy=False): NumPy 2 warns
@pytest.mark.filterwarnings("ignore:__array__ implementation doesn't accept a copy keyword")
@_fuzzed(max_examples=6)  # each example builds and compiles a Keras model
def test_generated_keras_code_treats_names_as_data(task, inputs, outputs, weights_name):
    pytest.importorskip("torch")
    if importlib.util.find_spec("keras") is None:
        pytest.skip("keras is not installed (pip install -e '.[test]')")
    os.environ.setdefault("KERAS_BACKEND", "torch")  # before the generated code imports it
    _check("keras", task, inputs, outputs, weights_name)
