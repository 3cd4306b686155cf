"""Names from the data reach generated NumPy/PyTorch code only as Python literals, never as code.

A column, class or weights-file name holding quotes, triple quotes, backslashes, newlines or
Python statements must still give a module that compiles, imports without side effects
(no file created, no exit) and predicts exactly what the app's network predicts.
"""

from __future__ import annotations

import contextlib
import runpy
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from engine.datasets.preprocessing import Preprocessing
from engine.export.model import TrainedModel
from engine.export.npz_json import weights_to_bytes
from engine.export.python_code import numpy_source, pytorch_source
from engine.network import Network, initial_parameters
from engine.spec import LayerSpec, NetworkSpec

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


def _app_outputs(model: TrainedModel) -> np.ndarray:
    X = Preprocessing.from_dict(model.preprocessing).transform(X_RAW)
    return Network(model.spec, params=model.params).predict(X)


def _run_generated(source: str, model: TrainedModel, weights_name: str) -> dict:
    """Compile the source, run it as a module beside its weights; fail on any side effect."""
    compile(source, "generated.py", "exec")  # a SyntaxError fails the test
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        folder = Path(tmp)
        (folder / weights_name).write_bytes(weights_to_bytes(model, "npz"))
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
    source = (numpy_source if kind == "numpy" else pytorch_source)(model, weights_name)
    namespace = _run_generated(source, model, weights_name)
    np.testing.assert_allclose(namespace["__outputs__"], _app_outputs(model), atol=1e-12, rtol=0)
    assert namespace["INPUT_NAMES"] == inputs
    assert namespace["OUTPUT_NAMES"] == outputs
    assert namespace["WEIGHTS"].name == weights_name


@pytest.mark.parametrize("kind", ["numpy", "pytorch"])
@settings(max_examples=30, deadline=None)
@given(
    task=st.sampled_from(["classification", "regression"]),
    inputs=st.lists(names, min_size=2, max_size=2),
    outputs=st.lists(names, min_size=0, max_size=3),
    weights_name=file_names,
)
@example(
    task="classification",
    inputs=[PAYLOAD, "a\nraise SystemExit(3)"],
    outputs=['"""; open("pwned", "w"); """', "\\", "'"],
    weights_name='C:\\Users\\x1 "quoted".npz',
)
@example(
    task="regression",
    inputs=["x\r\nraise SystemExit(3)", "# \nopen('pwned', 'w')"],
    outputs=["'''", '"'],
    weights_name="\n\"\"\"\nopen('pwned', 'w')\n#.npz",
)
def test_generated_code_treats_names_as_data(kind, task, inputs, outputs, weights_name):
    if kind == "pytorch":
        pytest.importorskip("torch")
    _check(kind, task, inputs, outputs, weights_name)
