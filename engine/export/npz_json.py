"""Weights files: ``.npz`` and ``.json`` holding the ``nn.Sequential`` state_dict and the metadata.

A file carries the state_dict (``0.weight`` out × in, ``0.bias``, ``2.weight``, …; see
``engine.export.sequential``), the architecture (the network spec), the preprocessing
(feature expansion and normalization) and the column and class names, so that it is
self-contained: the ``TrainedModel`` read back predicts from raw inputs.

``.npz``: one array per state-dict key plus ``__meta__``, a 1-element unicode array
holding the JSON metadata; read with ``allow_pickle=False``. ``.json``: the metadata
plus ``"state_dict"`` whose arrays are ``{"dtype", "shape", "data": nested lists}``
with every number at full precision. See docs/project-format.md. Reading is
``engine.weights_io.load_weights``.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import numpy as np

from engine.export.model import TrainedModel
from engine.export.sequential import sequential_layout
from engine.files import write_atomic
from engine.json_arrays import encode_array

FORMAT = "backprop-lab-weights"
VERSION = 1
META_KEY = "__meta__"


def weights_metadata(model: TrainedModel) -> dict[str, Any]:
    """Everything but the arrays, as stored in a weights file."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "sequential": sequential_layout(model.spec),
        "spec": model.spec.to_dict(),
        "preprocessing": model.preprocessing,
        "input_names": model.input_names,
        "class_names": model.class_names,
        "target_names": model.target_names,
        "task": model.task,
        **({"extra": model.extra} if model.extra else {}),
    }


def weights_to_bytes(model: TrainedModel, fmt: str) -> bytes:
    """The bytes of a ``npz`` or ``json`` weights file for the model."""
    if fmt == "npz":
        members: dict[str, Any] = dict(model.state_dict())
        members[META_KEY] = np.array([json.dumps(weights_metadata(model), allow_nan=False)])
        buf = io.BytesIO()
        np.savez(buf, **members)
        return buf.getvalue()
    if fmt == "json":
        doc = weights_metadata(model)
        doc["state_dict"] = {k: _readable(v) for k, v in model.state_dict().items()}
        return (json.dumps(doc, indent=1, allow_nan=False) + "\n").encode("utf-8")
    raise ValueError(f"unknown weights format {fmt!r}; use npz or json")


def _readable(a: np.ndarray) -> dict[str, Any]:
    """An array as ``{"dtype", "shape", "data": nested lists}``; float32 values stay exact."""
    enc = encode_array(a)
    enc["data"] = np.asarray(a, dtype=np.float64).tolist()  # every float32 is exact in float64
    return enc


def weights_format(path: str | os.PathLike) -> str:
    """``npz`` or ``json`` from a file name; ValueError for anything else."""
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in ("npz", "json"):
        raise ValueError(f"{path}: weights files end in .npz or .json, not {Path(path).suffix!r}")
    return ext


def save_weights(path: str | os.PathLike, model: TrainedModel, fmt: str | None = None) -> None:
    """Write a weights file atomically; the format comes from the extension unless given."""
    fmt = fmt or weights_format(path)
    write_atomic(path, weights_to_bytes(model, fmt))


def export_npz(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of ``.npz`` weights: the files written."""
    write_atomic(path, weights_to_bytes(model, "npz"))
    return [path]


def export_json(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of ``.json`` weights: the files written."""
    write_atomic(path, weights_to_bytes(model, "json"))
    return [path]
