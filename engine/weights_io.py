"""Reading weights files back into a validated ``TrainedModel``: this app's own and PyTorch's.

This app's files (``.npz``/``.json``/``.safetensors``, written by ``engine.export``) carry
the network spec, the preprocessing and the names beside the ``nn.Sequential``
state_dict. A *plain* state_dict (``.npz`` or ``.safetensors`` saved from PyTorch, keys
``0.weight``, ``net.2.bias``, ``model.fc1.weight``, …) carries only the arrays: it is
mapped onto the network's Linear layers by order and shape (``map_state_dict``). Used by
``new --weights``, ``predict`` and the window's Import weights.

Nothing is loaded with pickle: PyTorch's ``.pt``/``.pth`` files (pickles, which can run
code when loaded) are refused unread, with the one line that saves them safely instead.
A damaged or unfitting file is a ``FileFormatError`` naming the file, the key and the
problem.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import struct
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from engine.errors import BackpropLabError, FileFormatError
from engine.export.model import TrainedModel
from engine.export.npz_json import FORMAT, META_KEY, VERSION
from engine.export.safetensors_file import META_FIELD
from engine.export.sequential import state_dict_key
from engine.files import file_format_errors
from engine.json_arrays import FormatProblem, json_kind, read_array
from engine.network import param_names
from engine.project import check_preprocessing, parameter_shapes
from engine.spec import NetworkSpec

#: extensions of PyTorch's pickled checkpoints, refused without being read
PICKLE_SUFFIXES = (".pt", ".pth", ".ckpt", ".bin", ".pkl", ".pickle")
#: the one line of PyTorch that saves a model's weights safely (safetensors or npz)
SAVE_AS_SAFETENSORS = 'safetensors.torch.save_file(model.state_dict(), "weights.safetensors")'
SAVE_AS_NPZ = (
    'np.savez("weights.npz", **{k: v.cpu().numpy() for k, v in model.state_dict().items()})'
)
PICKLE_REFUSAL = (
    "is a PyTorch pickle (.pt/.pth): unpickling a file can run any code hidden in it, so "
    "Backprop Lab never opens one. Save the weights as safetensors instead: "
    f"`{SAVE_AS_SAFETENSORS}` (or as npz: `{SAVE_AS_NPZ}`)"
)
#: a safetensors header longer than this is not believed (real ones are a few kB)
MAX_SAFETENSORS_HEADER = 100_000_000


def load_weights(
    path: str | os.PathLike,
    expect: NetworkSpec | None = None,
    expect_preprocessing: dict | None = None,
) -> TrainedModel:
    """Read a weights file (``.npz``, ``.json``, ``.safetensors``; ours or a plain state_dict).

    ``expect``: the network the weights go into. Its spec stands; shapes are checked
    against it, and a file that carries a spec (this app's) must agree on the activations.
    A plain state_dict needs ``expect``. ``expect_preprocessing``: the project's
    preprocessing, which a file that carries one must match. FileFormatError names the
    file and the problem, e.g. ``0.weight has shape (4, 3), the network expects (4, 2)``.
    """
    path = str(path)
    if Path(path).suffix.lower() in PICKLE_SUFFIXES:
        raise FileFormatError(path, PICKLE_REFUSAL)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise FileFormatError(path, f"cannot be read ({exc.strerror or exc})") from None
    with file_format_errors(path):
        kind = sniff(raw)
        if kind == "pickle":
            raise FormatProblem("", PICKLE_REFUSAL)
        if kind == "npz":
            meta, arrays = _read_npz(raw)
        elif kind == "safetensors":
            meta, arrays = _read_safetensors(raw)
        else:
            meta, arrays = _read_json(raw)
        if meta is None:
            return _plain_model(arrays, expect)
        return _model_from(meta, arrays, expect, expect_preprocessing)


def sniff(raw: bytes) -> str:
    """What a weights file holds, from its bytes: npz, safetensors, pickle (refused) or json."""
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                names = zf.namelist()
        except Exception:  # noqa: BLE001 - a damaged zip: read_npz_safely names the problem
            return "npz"
        # torch.save writes a zip around data.pkl: a pickle all the same
        return "pickle" if any(n.endswith(".pkl") for n in names) else "npz"
    if raw[:1] == b"\x80" and raw[1:2] in (b"\x02", b"\x03", b"\x04", b"\x05"):
        return "pickle"  # pickle protocol 2-5 (torch.save's legacy format)
    if _safetensors_header_size(raw) is not None:
        return "safetensors"
    return "json"


def _safetensors_header_size(raw: bytes) -> int | None:
    """The JSON header's length if the bytes look like safetensors (u64 length, then ``{…}``)."""
    if len(raw) < 10 or raw[8:9] != b"{":
        return None
    (n,) = struct.unpack("<Q", raw[:8])
    if n > len(raw) - 8 or n > MAX_SAFETENSORS_HEADER:
        return None
    return n if raw[8 : 8 + n].rstrip(b" ").endswith(b"}") else None


def _read_npz(raw: bytes) -> tuple[Any, dict[str, np.ndarray]]:
    """The metadata (from ``__meta__``, None for a plain state_dict) and the arrays of an .npz."""
    arrays = read_npz_safely(raw)
    if META_KEY not in arrays:
        return None, arrays
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
    meta: Any,
    arrays: dict[str, np.ndarray],
    expect: NetworkSpec | None,
    expect_preprocessing: dict | None = None,
) -> TrainedModel:
    """The model this app's metadata and arrays describe, every field checked."""
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
        stored = NetworkSpec.from_dict(meta.get("spec"))
    except BackpropLabError as exc:
        raise FormatProblem("spec", str(exc)) from None
    spec = stored if expect is None else expect
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
        params[name] = _checked_values(key, a, spec)
    extra = sorted(set(arrays) - {state_dict_key(n) for n in shapes})
    if extra:
        raise FormatProblem(
            "", f"unexpected array {extra[0]!r}: the network has {len(spec.layers)} Linear layers"
        )
    pre = meta.get("preprocessing")
    check_preprocessing(pre, stored)
    if expect is not None:
        check_same_activations(stored, expect)
        if expect_preprocessing is not None:
            check_same_preprocessing(pre, expect_preprocessing)
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


def _checked_values(key: str, a: np.ndarray, spec: NetworkSpec) -> np.ndarray:
    """A parameter array in the spec's dtype, after checking it holds finite floats."""
    if a.dtype.kind != "f":
        raise FormatProblem("", f"{key} holds {a.dtype} values, expected floating point")
    if not np.all(np.isfinite(a)):
        raise FormatProblem("", f"{key} holds NaN or infinite values")
    return a.astype(spec.dtype)


# ----- a plain state_dict (from PyTorch) ----------------------------------------------------------
def _plain_model(arrays: dict[str, np.ndarray], expect: NetworkSpec | None) -> TrainedModel:
    """The model of a plain state_dict: the expected network's spec with the file's arrays."""
    _layers_of(arrays)  # a file of other arrays is named as such first
    if expect is None:
        raise FormatProblem(
            "",
            "holds a plain state_dict without a network spec; use it as the initial weights "
            "of a project (new --weights, or Import weights in the window)",
        )
    return TrainedModel(expect, map_state_dict(arrays, expect))


def _layers_of(arrays: dict[str, np.ndarray]) -> dict[str, dict[str, str]]:
    """State_dict keys by layer: ``{"net.0": {"weight": "net.0.weight", "bias": …}, …}``."""
    layers: dict[str, dict[str, str]] = {}
    for key in arrays:
        prefix, _, kind = key.rpartition(".")
        if kind not in ("weight", "bias"):
            raise FormatProblem(
                "",
                f"{key!r} is not a Linear layer's weight or bias (a state_dict key ends in "
                ".weight or .bias)",
            )
        layers.setdefault(prefix, {})[kind] = key
    if not layers:
        raise FormatProblem("", "holds no arrays")
    return layers


def _natural(text: str) -> list[tuple[int, int | str]]:
    """A sort key that compares the numbers in a name as numbers: ``net.2`` before ``net.10``."""
    return [(0, int(t)) if t.isdigit() else (1, t) for t in re.split(r"(\d+)", text) if t]


def map_state_dict(arrays: dict[str, np.ndarray], spec: NetworkSpec) -> dict[str, np.ndarray]:
    """The engine's parameters (``W1``, ``b1``, …) from a plain PyTorch state_dict.

    Keys end in ``.weight`` (out × in, as ``nn.Linear`` stores it) or ``.bias``; what comes
    before (``0``, ``net.2``, ``model.fc1``) names the layer. Layers are taken in the order
    of those names, numbers compared as numbers, and must match the network's Linear layers
    one for one in count and shape. FormatProblem names the key that does not fit.
    """
    layers = _layers_of(arrays)
    order = sorted(layers, key=_natural)
    n = len(spec.layers)
    if len(order) != n:
        found = ", ".join(layers[p].get("weight", layers[p].get("bias", p)) for p in order)
        raise FormatProblem(
            "",
            f"holds {len(order)} layer{'s' if len(order) != 1 else ''} ({found}), "
            f"the network has {n} Linear layer{'s' if n != 1 else ''}",
        )
    shapes = parameter_shapes(spec)
    params: dict[str, np.ndarray] = {}
    for k, prefix in enumerate(order, start=1):
        keys = layers[prefix]
        if "weight" not in keys:
            raise FormatProblem("", f"{keys['bias']} has no weight beside it ({prefix}.weight)")
        wkey = keys["weight"]
        if "bias" not in keys:
            raise FormatProblem(
                "",
                f"{wkey} has no bias beside it: every layer of the network has one "
                "(build the Linear layers with bias=True)",
            )
        bkey = keys["bias"]
        w, b = arrays[wkey], arrays[bkey]
        want = shapes[f"W{k}"]
        if tuple(w.shape) != want:
            hint = ""
            if tuple(w.shape) == want[::-1] and want[0] != want[1]:
                hint = " (saved in × out, as Keras stores kernels? nn.Linear stores out × in)"
            raise FormatProblem(
                "",
                f"{wkey} has shape {tuple(w.shape)}, layer {k} of the network expects "
                f"{want} (out × in){hint}",
            )
        if tuple(b.shape) != shapes[f"b{k}"]:
            raise FormatProblem(
                "",
                f"{bkey} has shape {tuple(b.shape)}, layer {k} of the network expects "
                f"{shapes[f'b{k}']}",
            )
        params[f"W{k}"] = _checked_values(wkey, w, spec)
        params[f"b{k}"] = _checked_values(bkey, b, spec)
    return params


# ----- what a file that carries a spec must agree on ---------------------------------------------
def check_same_activations(stored: NetworkSpec, expect: NetworkSpec) -> None:
    """The weights' activations (and leaky slopes) must be the network's, layer by layer."""

    def name(layer: Any) -> str:
        if layer.activation == "leaky_relu":
            return f"leaky_relu({layer.leaky_slope:g})"
        return str(layer.activation)

    have = [name(layer) for layer in stored.layers]
    want = [name(layer) for layer in expect.layers]
    if have != want:
        k = next(i for i, (a, b) in enumerate(zip(have, want, strict=False)) if a != b) + 1
        raise FormatProblem(
            "",
            f"the weights were trained with the activations {', '.join(have)} but the network "
            f"has {', '.join(want)} (layer {k} differs); give the network the same activations",
        )


def check_same_preprocessing(stored: Any, expect: dict) -> None:
    """The weights' preprocessing (when the file has one) must be the project's: same
    features, same normalization constants."""
    if stored is None:
        return
    have, want = list(stored["features"]), list(expect["features"])
    if have != want:
        raise FormatProblem(
            "",
            f"the weights were trained on the inputs {', '.join(have) or 'as given'} but the "
            f"project feeds {', '.join(want) or 'the columns as given'}",
        )
    for what in ("offset", "scale"):
        a, b = np.asarray(stored[what], float), np.asarray(expect[what], float)
        if a.shape != b.shape:
            raise FormatProblem(
                "", f"the weights were trained on {a.size} inputs, the project has {b.size}"
            )
        bad = np.flatnonzero(~np.isclose(a, b, rtol=1e-9, atol=1e-12))
        if bad.size:
            j = int(bad[0])
            raise FormatProblem(
                "",
                f"the weights were trained on inputs normalized differently ({stored['method']}: "
                f"input {j + 1}'s {what} is {a[j]:.6g}, the project's is {b[j]:.6g} "
                f"({expect['method']})); the normalization was fitted on other data",
            )


def _read_safetensors(raw: bytes) -> tuple[Any, dict[str, np.ndarray]]:
    """The metadata (None for a plain state_dict) and the arrays of a .safetensors file."""
    import safetensors.numpy

    n = _safetensors_header_size(raw)
    assert n is not None, "sniff() found a safetensors header"
    try:
        header = json.loads(raw[8 : 8 + n].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatProblem("", f"has a damaged safetensors header ({exc})") from None
    if not isinstance(header, dict):
        raise FormatProblem("", "has a damaged safetensors header (not a JSON object)")
    for key, entry in header.items():
        if key == "__metadata__" or not isinstance(entry, dict):
            continue
        if entry.get("dtype") not in _SAFETENSORS_DTYPES:
            raise FormatProblem(
                key,
                f"holds {entry.get('dtype')} values; convert the weights to float32 before "
                "saving (`v.float()`)",
            )
    try:
        arrays = safetensors.numpy.load(raw)
    except Exception as exc:  # noqa: BLE001 - SafetensorError and friends
        raise FormatProblem("", f"is truncated or not a valid .safetensors ({exc})") from None
    stored = header.get("__metadata__") or {}
    if not isinstance(stored, dict) or META_FIELD not in stored:
        return None, arrays
    try:
        meta = json.loads(stored[META_FIELD])
    except (TypeError, json.JSONDecodeError) as exc:
        raise FormatProblem(f"__metadata__.{META_FIELD}", f"invalid JSON ({exc})") from None
    return meta, arrays


#: safetensors dtypes NumPy reads; BF16 and the FP8 kinds have no NumPy type
_SAFETENSORS_DTYPES = (
    "F64",
    "F32",
    "F16",
    "I64",
    "I32",
    "I16",
    "I8",
    "U64",
    "U32",
    "U16",
    "U8",
    "BOOL",
)
