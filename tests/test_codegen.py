"""Generated NumPy and PyTorch code reproduces the engine's predictions from the .npz beside it."""

from __future__ import annotations

import importlib.util
import sys

import numpy as np
import pytest

from engine.datasets.preprocessing import Preprocessing
from engine.export.model import TrainedModel
from engine.export.npz_json import save_weights
from engine.export.python_code import numpy_source, pytorch_source
from engine.network import Network, initial_parameters
from engine.spec import LayerSpec, NetworkSpec


def trained_model(dtype: str, features=("x1", "x2", "x1^2", "x1*x2", "sin(x2)")) -> TrainedModel:
    layers = (
        LayerSpec(6, "tanh"),
        LayerSpec(5, "leaky_relu", leaky_slope=0.2),
        LayerSpec(3, "softmax"),
    )
    spec = NetworkSpec(len(features), layers, loss="cce", dtype=dtype, seed=3).validated()
    rng = np.random.default_rng(3)
    params = {
        k: (v + rng.normal(0, 0.4, v.shape)).astype(dtype)
        for k, v in initial_parameters(spec).items()
    }
    pre = Preprocessing.fit(rng.normal(0, 2, (30, 2)), features, "standard").to_dict()
    return TrainedModel(spec, params, pre, ["x1", "x2"], ["0", "1", "2"], None, "classification")


def import_file(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engine_predictions(model: TrainedModel, X_raw: np.ndarray) -> np.ndarray:
    X = Preprocessing.from_dict(model.preprocessing).transform(X_raw)
    return Network(model.spec, params=model.params).predict(X)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_numpy_module_reproduces_predictions(tmp_path, dtype):
    model = trained_model(dtype)
    save_weights(tmp_path / "net.npz", model)
    (tmp_path / "net_numpy.py").write_text(numpy_source(model, "net.npz"))
    module = import_file(tmp_path / "net_numpy.py", f"generated_numpy_{dtype}")
    X_raw = np.random.default_rng(5).normal(0, 2, (25, 2))
    got = module.forward(X_raw)
    expected = engine_predictions(model, X_raw)
    assert got.dtype == np.dtype(dtype)
    tol = 1e-6 if dtype == "float32" else 1e-13
    np.testing.assert_allclose(got, expected, atol=tol, rtol=0)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_pytorch_module_reproduces_predictions(tmp_path, dtype):
    torch = pytest.importorskip("torch")
    model = trained_model(dtype)
    save_weights(tmp_path / "net.npz", model)
    (tmp_path / "net_torch.py").write_text(pytorch_source(model, "net.npz"))
    module = import_file(tmp_path / "net_torch.py", f"generated_torch_{dtype}")
    assert isinstance(module.MODEL, torch.nn.Sequential)
    assert list(module.MODEL.state_dict()) == list(model.state_dict())
    X_raw = np.random.default_rng(6).normal(0, 2, (25, 2))
    got = module.forward(X_raw)
    expected = engine_predictions(model, X_raw)
    tol = 1e-5 if dtype == "float32" else 1e-12
    np.testing.assert_allclose(got, expected, atol=tol, rtol=0)
    sys.modules.pop(f"generated_torch_{dtype}", None)
