"""Reading weights files (``.npz``/``.json``) back into a validated ``TrainedModel``.

The files are written by ``engine.export.npz_json`` (the format is described there and in
docs/project-format.md). Used by ``new --weights``, ``predict`` and the window's Import
weights. Nothing is loaded with pickle, and a damaged file is a ``FileFormatError``
naming the file and the problem.
"""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from typing import Any

import numpy as np

from engine.errors import BackpropLabError, FileFormatError
from engine.export.model import TrainedModel
from engine.export.npz_json import FORMAT, META_KEY, VERSION
from engine.export.sequential import state_dict_key
from engine.files import file_format_errors
from engine.json_arrays import FormatProblem, json_kind, read_array
from engine.network import param_names
from engine.project import check_preprocessing, parameter_shapes
from engine.spec import NetworkSpec


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
    """The metadata (from ``__meta__``) and the state_dict arrays of an .npz weights file."""
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
    """The metadata and the state_dict arrays of a .json weights file."""
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
    """The model the metadata and arrays describe, every field checked."""
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
    names: dict[str, list[str] | None] = {}
    for key in ("input_names", "class_names", "target_names"):
        v = meta.get(key)
        if v is not None and (not isinstance(v, list) or not all(isinstance(s, str) for s in v)):
            raise FormatProblem(key, "expected a list of names")
        names[key] = v
    task = meta.get("task")
    if task not in (None, "classification", "regression"):
        raise FormatProblem("task", f"unknown task {task!r}")
    return TrainedModel(
        spec,
        params,
        pre,
        input_names=names["input_names"],
        class_names=names["class_names"],
        target_names=names["target_names"],
        task=task,
    )
