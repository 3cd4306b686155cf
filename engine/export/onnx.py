"""ONNX export: the whole prediction path, raw inputs to network outputs, as one ONNX graph.

The model takes ``input``: float32 [batch, n_raw_inputs] (the batch dimension is
dynamic), expands the features (x1², x1·x2, sin x1, …) and normalizes in float64
exactly as the engine's preprocessing does, runs the dense layers (Gemm with
``transB=1``, since W is out × in) in the network's dtype, and returns ``output``:
float32 [batch, n_outputs] (class probabilities for classification). Opset 17.
The column and class names travel as metadata properties, each a JSON list of strings
(a name may hold a comma: "len, cm").
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from engine.export.model import TrainedModel
from engine.files import write_atomic

OPSET = 17

_ONNX_ACTIVATIONS = {
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "relu": "Relu",
    "leaky_relu": "LeakyRelu",
    "linear": "Identity",
    "softmax": "Softmax",
}


def build_onnx(model: TrainedModel, name: str = "backprop_lab_model"):
    """The ``onnx.ModelProto`` computing ``model.predict`` (raw float32 inputs → outputs)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    nodes: list = []
    inits: list = []
    elem = {"float32": TensorProto.FLOAT, "float64": TensorProto.DOUBLE}

    def const(cname: str, value) -> str:
        inits.append(numpy_helper.from_array(np.asarray(value), cname))
        return cname

    def node(op: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out

    n_raw = model.n_raw_inputs
    x = node("Cast", ["input"], "raw_f64", to=TensorProto.DOUBLE)

    pre = model.preprocessing
    if pre is not None:
        features = list(pre.get("features") or [])
        if features:
            x = _feature_nodes(features, x, node, const)
        offset = np.asarray(pre["offset"], dtype=np.float64)
        scale = np.asarray(pre["scale"], dtype=np.float64)
        if pre.get("method") != "none" or np.any(offset != 0) or np.any(scale != 1):
            x = node("Sub", [x, const("norm_offset", offset)], "centred")
            x = node("Div", [x, const("norm_scale", scale)], "normalized")

    dtype = model.spec.dtype
    a = node("Cast", [x], "layer0_out", to=elem[dtype])
    for k, layer in enumerate(model.spec.layers, start=1):
        W = const(f"W{k}", np.asarray(model.params[f"W{k}"], dtype=dtype))
        b = const(f"b{k}", np.asarray(model.params[f"b{k}"], dtype=dtype))
        z = node("Gemm", [a, W, b], f"z{k}", transB=1)
        op = _ONNX_ACTIVATIONS[layer.activation]
        attrs = {}
        if op == "LeakyRelu":
            attrs["alpha"] = float(layer.leaky_slope)
        elif op == "Softmax":
            attrs["axis"] = 1
        a = node(op, [z], f"a{k}", **attrs)
    node("Cast", [a], "output", to=TensorProto.FLOAT)

    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["batch", n_raw])],
        [
            helper.make_tensor_value_info(
                "output", TensorProto.FLOAT, ["batch", model.spec.n_outputs]
            )
        ],
        inits,
    )
    proto = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="Backprop Lab",
        doc_string="Raw inputs → feature expansion → normalization → dense network → outputs",
    )
    proto.ir_version = min(proto.ir_version, 8)  # readable by onnxruntime releases of 2023 onwards
    meta = {
        "input_names": json.dumps(list(model.input_names or []), ensure_ascii=False),
        "class_names": json.dumps(list(model.class_names or []), ensure_ascii=False),
        "target_names": json.dumps(list(model.target_names or []), ensure_ascii=False),
        "task": model.task or "",
    }
    for key, value in meta.items():
        entry = proto.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(proto)
    return proto


def _feature_nodes(features: list[str], x: str, node, const) -> str:
    """Nodes computing the chosen features of 2-D points (in the order listed), concatenated."""
    idx0, idx1 = const("col0", np.array([0], np.int64)), const("col1", np.array([1], np.int64))
    x1 = node("Gather", [x, idx0], "x1", axis=1)  # [batch, 1]
    x2 = node("Gather", [x, idx1], "x2", axis=1)
    makers = {
        "x1": lambda: x1,
        "x2": lambda: x2,
        "x1^2": lambda: node("Mul", [x1, x1], "x1_sq"),
        "x2^2": lambda: node("Mul", [x2, x2], "x2_sq"),
        "x1*x2": lambda: node("Mul", [x1, x2], "x1_x2"),
        "sin(x1)": lambda: node("Sin", [x1], "sin_x1"),
        "sin(x2)": lambda: node("Sin", [x2], "sin_x2"),
    }
    cols = [makers[f]() for f in features]
    return node("Concat", cols, "features", axis=1)


def onnx_bytes(model: TrainedModel) -> bytes:
    """The serialized ONNX file for the model."""
    return build_onnx(model).SerializeToString()


def export_onnx(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of ``.onnx`` files: the files written."""
    write_atomic(path, onnx_bytes(model))
    return [path]
