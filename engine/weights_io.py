"""Trained weights as files: ``.npz`` and ``.json`` named as PyTorch's ``nn.Sequential`` names them.

The network ``W1, b1, W2, b2, …`` becomes the ``state_dict`` of

    nn.Sequential(Linear(n0, n1), Act1, Linear(n1, n2), Act2, …, Linear(…, nL), ActL)

with exactly one activation module after every Linear, the output layer's included
(``nn.Softmax(dim=1)``, ``nn.Sigmoid()``, or ``nn.Identity()`` for a linear layer), so the
Linear layers sit at indices 0, 2, 4, … and the keys are ``0.weight`` (out × in),
``0.bias``, ``2.weight``, … . A file also carries the architecture (the network spec),
the preprocessing (feature expansion and normalization) and the column and class
names, so that it is self-contained: ``TrainedModel.predict`` takes raw inputs.

``.npz``: one array per state-dict key plus ``__meta__``, a 1-element unicode array
holding the JSON metadata; read with ``allow_pickle=False``. ``.json``: the metadata
plus ``"state_dict"`` whose arrays are ``{"dtype", "shape", "data": nested lists}``
with every number at full precision. See docs/project-format.md.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import BackpropLabError, FileFormatError
from engine.files import file_format_errors, write_atomic
from engine.json_arrays import FormatProblem, encode_array, json_kind, read_array
from engine.network import Network, param_names
from engine.project import check_preprocessing, parameter_shapes
from engine.spec import NetworkSpec

FORMAT = "backprop-lab-weights"
VERSION = 1
META_KEY = "__meta__"

#: engine activation → the torch.nn module that computes it
TORCH_MODULES = {
    "sigmoid": "Sigmoid()",
    "tanh": "Tanh()",
    "relu": "ReLU()",
    "linear": "Identity()",
    "softmax": "Softmax(dim=1)",
}


@dataclass
class TrainedModel:
    """A network's spec and trained parameters plus what is needed to use it on raw inputs."""

    spec: NetworkSpec
    params: dict[str, np.ndarray]  # W1 (out × in), b1, … in the spec's dtype
    preprocessing: dict | None = None  # Preprocessing.to_dict(); None = inputs used as they are
    input_names: list[str] | None = None  # raw input columns, in order
    class_names: list[str] | None = None  # classification: one per class, sorted labels
    target_names: list[str] | None = None  # regression: one per output
    task: str | None = None  # "classification" | "regression"
    extra: dict = field(default_factory=dict)

    @classmethod
    def from_dataset(cls, spec: NetworkSpec, params: dict[str, Any], dataset: Any) -> TrainedModel:
        """The model of a network trained on an ``engine.datasets.Dataset`` (its preprocessing
        and names travel with the weights)."""
        classification = dataset.task == "classification"
        return cls(
            spec,
            {k: np.asarray(v, dtype=spec.dtype) for k, v in params.items()},
            dataset.preprocessing.to_dict(),
            input_names=list(dataset.input_names),
            class_names=list(dataset.class_names) if classification else None,
            target_names=list(dataset.target_names),
            task=dataset.task,
        )

    @property
    def n_raw_inputs(self) -> int:
        """Columns of raw input the model takes (before feature expansion)."""
        if self.input_names:
            return len(self.input_names)
        pre = self.preprocessing
        if pre and pre.get("features"):
            return 2  # the feature expansion works on 2-D points
        return self.spec.n_inputs

    def state_dict(self) -> dict[str, np.ndarray]:
        """Parameters under nn.Sequential's names: ``0.weight``, ``0.bias``, ``2.weight``, …"""
        return {state_dict_key(n): np.array(v) for n, v in self.params.items()}

    def transform(self, X_raw: np.ndarray) -> np.ndarray:
        """Network inputs (float64) for raw inputs: feature expansion, then normalization."""
        if self.preprocessing is None:
            return np.asarray(X_raw, dtype=np.float64)
        from engine.datasets.preprocessing import Preprocessing

        return Preprocessing.from_dict(self.preprocessing).transform(X_raw)

    def predict(self, X_raw: np.ndarray) -> np.ndarray:
        """The network's outputs (class probabilities for classification) for raw inputs."""
        X = self.transform(X_raw)
        return Network(self.spec, params=self.params).predict(X)

    def metadata(self) -> dict[str, Any]:
        """Everything but the arrays, as stored in a weights file."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "sequential": sequential_layout(self.spec),
            "spec": self.spec.to_dict(),
            "preprocessing": self.preprocessing,
            "input_names": self.input_names,
            "class_names": self.class_names,
            "target_names": self.target_names,
            "task": self.task,
            **({"extra": self.extra} if self.extra else {}),
        }


# ----- naming -------------------------------------------------------------------------
def state_dict_key(name: str) -> str:
    """``W3`` → ``4.weight``, ``b1`` → ``0.bias``: the nn.Sequential key of an engine parameter."""
    k = int(name[1:])
    return f"{2 * (k - 1)}.{'weight' if name[0] == 'W' else 'bias'}"


def torch_activation(activation: str, leaky_slope: float = 0.01) -> str:
    """The torch.nn module (as source text, without ``nn.``) for an engine activation."""
    if activation == "leaky_relu":
        return f"LeakyReLU(negative_slope={leaky_slope!r})"
    return TORCH_MODULES[activation]


def sequential_layout(spec: NetworkSpec) -> list[str]:
    """The modules of the equivalent nn.Sequential, in order, e.g. ``["Linear(2, 4)", "Tanh()", …]``."""
    sizes, out = spec.sizes, []
    for k, layer in enumerate(spec.layers, start=1):
        out.append(f"Linear({sizes[k - 1]}, {sizes[k]})")
        out.append(torch_activation(layer.activation, layer.leaky_slope))
    return out


# ----- writing --------------------------------------------------------------------------
def weights_to_bytes(model: TrainedModel, fmt: str) -> bytes:
    """The bytes of a ``npz`` or ``json`` weights file for the model."""
    if fmt == "npz":
        arrays = model.state_dict()
        meta = json.dumps(model.metadata(), allow_nan=False)
        buf = io.BytesIO()
        np.savez(buf, **arrays, **{META_KEY: np.array([meta])})
        return buf.getvalue()
    if fmt == "json":
        doc = model.metadata()
        doc["state_dict"] = {k: _readable(v) for k, v in model.state_dict().items()}
        return (json.dumps(doc, indent=1, allow_nan=False) + "\n").encode("utf-8")
    raise ValueError(f"unknown weights format {fmt!r}; use npz or json")


def _readable(a: np.ndarray) -> dict[str, Any]:
    """An array as ``{"dtype", "shape", "data": nested lists}``; float32 values stay exact."""
    enc = encode_array(a)
    enc["data"] = np.asarray(a, dtype=np.float64).tolist()  # every float32 is exact in float64
    return enc


def save_weights(path: str | os.PathLike, model: TrainedModel, fmt: str | None = None) -> None:
    """Write a weights file atomically; the format comes from the extension unless given."""
    fmt = fmt or weights_format(path)
    write_atomic(path, weights_to_bytes(model, fmt))


def weights_format(path: str | os.PathLike) -> str:
    """``npz`` or ``json`` from a file name; ValueError for anything else."""
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in ("npz", "json"):
        raise ValueError(f"{path}: weights files end in .npz or .json, not {Path(path).suffix!r}")
    return ext


EXPORT_FORMATS = ("npz", "json", "onnx", "numpy", "pytorch")


def export_model(path: str | os.PathLike, model: TrainedModel, fmt: str) -> list[Path]:
    """Write the model in any export format (atomically); returns the files written.

    ``numpy``/``pytorch`` write ``NAME.py`` and its weights ``NAME.npz`` beside it.
    """
    out = Path(path)
    if fmt in ("npz", "json"):
        write_atomic(out, weights_to_bytes(model, fmt))
        return [out]
    if fmt == "onnx":
        from engine.onnx_export import onnx_bytes

        write_atomic(out, onnx_bytes(model))
        return [out]
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    from engine.codegen import numpy_source, pytorch_source

    if out.suffix.lower() != ".py":
        raise ValueError(f"{out}: {fmt} code goes in a .py file")
    weights = out.with_suffix(".npz")
    source = (numpy_source if fmt == "numpy" else pytorch_source)(model, weights.name)
    write_atomic(weights, weights_to_bytes(model, "npz"))
    write_atomic(out, source.encode("utf-8"))
    return [out, weights]


# ----- reading --------------------------------------------------------------------------
def load_weights(path: str | os.PathLike, expect: NetworkSpec | None = None) -> TrainedModel:
    """Read a ``.npz``/``.json`` weights file, validated (against ``expect``'s shapes if given).

    FileFormatError names the file and the problem, e.g.
    ``0.weight has shape (4, 3), the network expects (4, 2)``.
    """
    path = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise FileFormatError(path, f"cannot be read ({exc.strerror or exc})") from None
    fmt = "npz" if raw[:4] == b"PK\x03\x04" else "json"
    with file_format_errors(path):
        meta, arrays = _read_npz(raw) if fmt == "npz" else _read_json(raw)
        return _model_from(meta, arrays, expect)


def _read_npz(raw: bytes) -> tuple[Any, dict[str, np.ndarray]]:
    arrays = read_npz_safely(raw)
    if META_KEY not in arrays:
        raise FormatProblem("", "is not a Backprop Lab weights file (no __meta__ entry)")
    m = arrays.pop(META_KEY)
    if m.dtype.kind != "U" or m.size != 1:
        raise FormatProblem(META_KEY, "expected one string of JSON")
    try:
        meta = json.loads(str(m.reshape(-1)[0]))
    except json.JSONDecodeError as exc:
        raise FormatProblem(META_KEY, f"invalid JSON ({exc.msg})") from None
    return meta, arrays


def read_npz_safely(raw: bytes) -> dict[str, np.ndarray]:
    """The arrays of an .npz, read without pickle and without trusting its headers.

    Each member's header is checked before its data is read: no object arrays, and no
    shape claiming more bytes than the member holds (a damaged header must not make us
    allocate gigabytes). Anything wrong is a ``FormatProblem`` naming the member.
    """
    fmt = np.lib.format
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError, OSError, …
        raise FormatProblem(
            "", f"is truncated or not a valid .npz ({type(exc).__name__}: {exc})"
        ) from None
    arrays: dict[str, np.ndarray] = {}
    with zf:
        for info in zf.infolist():
            name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            try:
                with zf.open(info) as f:
                    version = fmt.read_magic(f)
                    if version == (1, 0):
                        shape, _, dtype = fmt.read_array_header_1_0(f)
                    else:
                        shape, _, dtype = fmt.read_array_header_2_0(f)
                if dtype.hasobject:
                    raise FormatProblem(
                        name, "holds Python objects, which are never loaded (no pickle)"
                    )
                if math.prod(shape) * dtype.itemsize > info.file_size:
                    raise FormatProblem(
                        name, f"claims shape {shape} but the file is too short for it"
                    )
                with zf.open(info) as f:
                    arrays[name] = fmt.read_array(f, allow_pickle=False)
            except FormatProblem:
                raise
            except Exception as exc:  # noqa: BLE001 - zip and .npy parsing fail in many ways
                raise FormatProblem(name, f"is damaged ({type(exc).__name__}: {exc})") from None
    return arrays


def _read_json(raw: bytes) -> tuple[Any, dict[str, np.ndarray]]:
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FormatProblem("", "is not a weights file (neither .npz nor UTF-8 JSON)") from None
    except json.JSONDecodeError as exc:
        raise FormatProblem(
            "", f"invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from None
    if not isinstance(doc, dict):
        raise FormatProblem("", "is not a Backprop Lab weights file")
    sd = doc.pop("state_dict", None)
    if not isinstance(sd, dict):
        raise FormatProblem("state_dict", f"expected an object of arrays, got {json_kind(sd)}")
    arrays = {str(k): read_array(v, f"state_dict.{k}") for k, v in sd.items()}
    return doc, arrays


def _model_from(
    meta: Any, arrays: dict[str, np.ndarray], expect: NetworkSpec | None
) -> TrainedModel:
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise FormatProblem(
            "", 'is not a Backprop Lab weights file (no "format": "backprop-lab-weights")'
        )
    version = meta.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FormatProblem("version", f"expected a whole number ≥ 1, got {version!r}")
    if version > VERSION:
        raise FormatProblem(
            "",
            f"was written by a newer Backprop Lab (weights format version {version}); "
            f"this version reads up to {VERSION}",
        )
    try:
        spec = NetworkSpec.from_dict(meta.get("spec"))
    except BackpropLabError as exc:
        raise FormatProblem("spec", str(exc)) from None
    if expect is not None:
        spec = expect
    shapes = parameter_shapes(spec)
    params: dict[str, np.ndarray] = {}
    for name in param_names(len(spec.layers)):
        key = state_dict_key(name)
        if key not in arrays:
            raise FormatProblem(
                "", f"{key} is missing (the network has {len(spec.layers)} Linear layers)"
            )
        a = arrays[key]
        if tuple(a.shape) != shapes[name]:
            raise FormatProblem(
                "", f"{key} has shape {tuple(a.shape)}, the network expects {shapes[name]}"
            )
        if a.dtype.kind != "f":
            raise FormatProblem("", f"{key} holds {a.dtype} values, expected floating point")
        if not np.all(np.isfinite(a)):
            raise FormatProblem("", f"{key} holds NaN or infinite values")
        params[name] = a.astype(spec.dtype)
    extra = sorted(set(arrays) - {state_dict_key(n) for n in shapes})
    if extra:
        raise FormatProblem(
            "", f"unexpected array {extra[0]!r}: the network has {len(spec.layers)} Linear layers"
        )
    pre = meta.get("preprocessing")
    check_preprocessing(pre, spec)
    names = {}
    for key in ("input_names", "class_names", "target_names"):
        v = meta.get(key)
        if v is not None and (not isinstance(v, list) or not all(isinstance(s, str) for s in v)):
            raise FormatProblem(key, "expected a list of names")
        names[key] = v
    task = meta.get("task")
    if task not in (None, "classification", "regression"):
        raise FormatProblem("task", f"unknown task {task!r}")
    return TrainedModel(spec, params, pre, task=task, **names)
