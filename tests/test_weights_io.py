"""Weights files: nn.Sequential names, exact round trips, self-contained prediction, named errors."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.datasets.preprocessing import Preprocessing
from engine.errors import FileFormatError
from engine.export.model import TrainedModel
from engine.export.npz_json import save_weights, weights_to_bytes
from engine.export.sequential import sequential_layout, state_dict_key
from engine.network import Network, initial_parameters
from engine.spec import LayerSpec, NetworkSpec
from engine.weights_io import load_weights


def reference_forward(model: TrainedModel, X_raw: np.ndarray) -> np.ndarray:
    """An independent float64 forward pass from the state_dict and the written-out formulas."""
    p = np.asarray(X_raw, dtype=np.float64)
    pre = model.preprocessing
    if pre is not None:
        table = {
            "x1": p[:, 0],
            "x2": p[:, 1],
            "x1^2": p[:, 0] * p[:, 0],
            "x2^2": p[:, 1] * p[:, 1],
            "x1*x2": p[:, 0] * p[:, 1],
            "sin(x1)": np.sin(p[:, 0]),
            "sin(x2)": np.sin(p[:, 1]),
        }
        if pre["features"]:
            p = np.stack([table[f] for f in pre["features"]], axis=1)
        p = (p - np.array(pre["offset"])) / np.array(pre["scale"])
    sd = model.state_dict()
    a = p
    for k, layer in enumerate(model.spec.layers):
        z = a @ sd[f"{2 * k}.weight"].astype(np.float64).T + sd[f"{2 * k}.bias"].astype(np.float64)
        act = layer.activation
        if act == "sigmoid":
            a = 1.0 / (1.0 + np.exp(-z))
        elif act == "tanh":
            a = np.tanh(z)
        elif act == "relu":
            a = np.maximum(z, 0.0)
        elif act == "leaky_relu":
            a = np.where(z > 0, z, layer.leaky_slope * z)
        elif act == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            a = e / e.sum(axis=1, keepdims=True)
        else:
            a = z
    return a


def make_model(dtype="float32", features=("x1", "x2", "x1*x2", "sin(x1)"), seed=1) -> TrainedModel:
    layers = (
        LayerSpec(5, "relu"),
        LayerSpec(4, "leaky_relu", leaky_slope=0.1),
        LayerSpec(3, "sigmoid"),
        LayerSpec(3, "softmax"),
    )
    spec = NetworkSpec(len(features), layers, loss="cce", dtype=dtype, seed=seed).validated()
    rng = np.random.default_rng(seed)
    params = {
        k: (v + rng.normal(0, 0.3, v.shape)).astype(dtype)
        for k, v in initial_parameters(spec).items()
    }
    raw = rng.normal(0, 2, (50, 2))
    pre = Preprocessing.fit(raw, tuple(features), "standard").to_dict()
    return TrainedModel(spec, params, pre, ["x1", "x2"], ["a", "b", "c"], None, "classification")


def test_state_dict_names_follow_sequential():
    model = make_model()
    assert list(model.state_dict()) == [
        "0.weight",
        "0.bias",
        "2.weight",
        "2.bias",
        "4.weight",
        "4.bias",
        "6.weight",
        "6.bias",
    ]
    assert model.state_dict()["2.weight"].shape == (4, 5)  # out × in
    assert sequential_layout(model.spec) == [
        "Linear(4, 5)",
        "ReLU()",
        "Linear(5, 4)",
        "LeakyReLU(negative_slope=0.1)",
        "Linear(4, 3)",
        "Sigmoid()",
        "Linear(3, 3)",
        "Softmax(dim=1)",
    ]
    assert state_dict_key("W1") == "0.weight" and state_dict_key("b3") == "4.bias"


@pytest.mark.parametrize("fmt", ["npz", "json", "safetensors"])
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_round_trip_is_exact_and_self_contained(tmp_path, fmt, dtype):
    from engine.export import export_model

    model = make_model(dtype)
    path = tmp_path / f"w.{fmt}"
    export_model(path, model, fmt)
    back = load_weights(path)
    assert back.spec == model.spec
    for k, v in model.params.items():
        assert back.params[k].dtype == v.dtype
        np.testing.assert_array_equal(back.params[k], v)
    assert back.preprocessing == model.preprocessing
    assert back.input_names == ["x1", "x2"] and back.class_names == ["a", "b", "c"]
    X_raw = np.random.default_rng(9).normal(0, 2, (17, 2))
    expected = reference_forward(model, X_raw)
    tol = 1e-5 if dtype == "float32" else 1e-12
    np.testing.assert_allclose(back.predict(X_raw), expected, atol=tol, rtol=0)


def test_npz_holds_plain_arrays_and_json_metadata(tmp_path):
    model = make_model()
    path = tmp_path / "w.npz"
    save_weights(path, model)
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["__meta__"][0]))
        assert z["0.weight"].dtype == np.float32
    assert meta["format"] == "backprop-lab-weights" and meta["sequential"][1] == "ReLU()"


def test_shape_mismatch_is_named(tmp_path):
    model = make_model()
    path = tmp_path / "w.npz"
    save_weights(path, model)
    other = model.spec.replace(n_inputs=3)
    with pytest.raises(
        FileFormatError, match=r"w\.npz: 0\.weight has shape \(5, 4\), the network expects \(5, 3\)"
    ):
        load_weights(path, expect=other)


def test_json_with_a_wrong_shape_array(tmp_path):
    model = make_model()
    doc = json.loads(weights_to_bytes(model, "json"))
    doc["state_dict"]["2.bias"]["data"] = [1.0, 2.0]
    path = tmp_path / "w.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(
        FileFormatError, match=r"w\.json: state_dict\.2\.bias\.data: expected 4 entries"
    ):
        load_weights(path)


def test_pickled_npz_is_refused(tmp_path):
    buf = io.BytesIO()
    np.savez(
        buf, **{"0.weight": np.array([{"evil": 1}], dtype=object), "__meta__": np.array(["{}"])}
    )
    path = tmp_path / "evil.npz"
    path.write_bytes(buf.getvalue())
    with pytest.raises(FileFormatError, match=r"evil\.npz: 0\.weight: holds Python objects"):
        load_weights(path)


def test_truncated_and_foreign_files(tmp_path):
    data = weights_to_bytes(make_model(), "npz")
    p = tmp_path / "cut.npz"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileFormatError, match=r"cut\.npz: "):
        load_weights(p)
    q = tmp_path / "plain.npz"
    np.savez(q, X=np.zeros(3))
    with pytest.raises(FileFormatError, match=r"plain\.npz: 'X' is not a Linear layer's weight"):
        load_weights(q)


def test_weights_reproduce_network_predict():
    """TrainedModel.predict on raw inputs equals Network.predict on the preprocessed inputs."""
    model = make_model("float64")
    X_raw = np.random.default_rng(2).normal(size=(9, 2))
    pre = Preprocessing.from_dict(model.preprocessing)
    expected = Network(model.spec, params=model.params).predict(pre.transform(X_raw))
    np.testing.assert_array_equal(model.predict(X_raw), expected)


def test_export_model_writes_every_format(tmp_path):
    from cli.export import FORMATS, TRAINING_FORMATS
    from engine.export import EXPORT_FORMATS, export_model
    from engine.export import TRAINING_FORMATS as ENGINE_TRAINING_FORMATS

    assert FORMATS == EXPORT_FORMATS  # the command line offers every writer
    assert TRAINING_FORMATS == ENGINE_TRAINING_FORMATS
    model = make_model()
    names = {
        "npz": "m.npz",
        "json": "m.json",
        "safetensors": "m.safetensors",
        "onnx": "m.onnx",
        "numpy": "a.py",
        "pytorch": "b.py",
    }
    assert set(names) | set(TRAINING_FORMATS) == set(EXPORT_FORMATS)
    for fmt in names:
        written = export_model(tmp_path / names[fmt], model, fmt)
        assert all(p.is_file() and p.stat().st_size > 0 for p in written)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.npz",
        "a.py",
        "b.npz",
        "b.py",
        "m.json",
        "m.npz",
        "m.onnx",
        "m.safetensors",
    ]
    np.testing.assert_array_equal(load_weights(tmp_path / "a.npz").params["W2"], model.params["W2"])
    with pytest.raises(ValueError, match="numpy code goes in a .py file"):
        export_model(tmp_path / "c.txt", model, "numpy")
    for fmt in TRAINING_FORMATS:  # a training script needs the data: a model alone has none
        with pytest.raises(ValueError, match="needs the training data"):
            export_model(tmp_path / "t.py", model, fmt)
    assert not (tmp_path / "t.py").exists()


@pytest.fixture(scope="module")
def weights_files():
    from engine.export.safetensors_file import safetensors_bytes

    model = make_model()
    files = {fmt: weights_to_bytes(model, fmt) for fmt in ("npz", "json")}
    files["safetensors"] = safetensors_bytes(model)
    return files


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fmt=st.sampled_from(["npz", "json", "safetensors"]),
    cut=st.floats(0, 1),
    at=st.floats(0, 1),
    junk=st.binary(min_size=0, max_size=8),
)
def test_fuzz_damaged_weights_only_raise_file_format_errors(
    weights_files, tmp_path, fmt, cut, at, junk
):
    raw = weights_files[fmt]
    i = int(at * len(raw))
    raw = (raw[:i] + junk + raw[i + len(junk) :])[
        : max(1, int(cut * len(raw)) if cut < 0.9 else len(raw))
    ]
    path = tmp_path / f"fuzz.{fmt}"
    path.write_bytes(raw)
    try:
        model = load_weights(path)
    except FileFormatError as exc:
        assert str(exc).startswith(str(path))
        return
    assert set(model.params) == {"W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"}
