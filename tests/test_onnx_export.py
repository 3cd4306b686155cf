"""ONNX export: checker passes, raw float32 inputs, dynamic batch, outputs equal the engine's."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
import pytest

from engine.datasets.preprocessing import Preprocessing
from engine.export.model import TrainedModel
from engine.export.onnx import OPSET, build_onnx
from engine.network import initial_parameters
from engine.spec import LayerSpec, NetworkSpec


def model_for(activations, out_act, loss, n_out, features, method, dtype, raw_dim=2, seed=0):
    n_in = len(features) if features else raw_dim
    layers = tuple(LayerSpec(4, a) for a in activations) + (LayerSpec(n_out, out_act),)
    spec = NetworkSpec(n_in, layers, loss=loss, dtype=dtype, seed=seed).validated()
    rng = np.random.default_rng(seed)
    params = {
        k: (v + rng.normal(0, 0.5, v.shape)).astype(dtype)
        for k, v in initial_parameters(spec).items()
    }
    raw = rng.normal(1.0, 3.0, (40, raw_dim))
    pre = Preprocessing.fit(raw, tuple(features), method).to_dict()
    return TrainedModel(spec, params, pre, [f"c{i}" for i in range(raw_dim)], None, None, None)


CASES = [
    (
        ("tanh", "relu"),
        "softmax",
        "cce",
        3,
        ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"),
        "standard",
        "float32",
    ),
    (("sigmoid",), "sigmoid", "bce", 1, ("x1", "sin(x2)"), "minmax", "float32"),
    (("leaky_relu", "linear"), "linear", "mse", 2, (), "standard", "float64"),
    ((), "linear", "sse", 1, (), "none", "float32"),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[1]}-{c[5]}-{c[6]}")
def test_onnxruntime_matches_engine(case):
    model = model_for(*case, raw_dim=2 if case[4] else 3)
    proto = build_onnx(model)
    onnx.checker.check_model(proto, full_check=True)
    assert proto.opset_import[0].version >= 17 and OPSET >= 17
    (inp,), (out,) = proto.graph.input, proto.graph.output
    assert inp.name == "input" and out.name == "output"
    assert inp.type.tensor_type.elem_type == onnx.TensorProto.FLOAT
    assert inp.type.tensor_type.shape.dim[0].dim_param == "batch"  # dynamic batch dimension
    session = ort.InferenceSession(proto.SerializeToString(), providers=["CPUExecutionProvider"])
    rng = np.random.default_rng(4)
    for batch in (1, 33):
        X_raw = rng.normal(1.0, 3.0, (batch, model.n_raw_inputs)).astype(np.float32)
        got = session.run(["output"], {"input": X_raw})[0]
        expected = model.predict(X_raw.astype(np.float64))
        assert got.dtype == np.float32 and got.shape == (batch, model.spec.n_outputs)
        np.testing.assert_allclose(got, expected, atol=1e-5, rtol=1e-5)
