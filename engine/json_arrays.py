"""Arrays and special floats in JSON, bit for bit, for project and weights files.

An array is ``{"dtype": "float32", "shape": [4, 2], "data": "<base64 of little-endian
bytes>"}`` (``read_array`` also takes nested lists); a float outside an array that JSON
cannot hold is ``"nan"``, ``"inf"`` or ``"-inf"``. Problems are raised as ``FormatProblem``
with the place inside the file, which ``engine.files.file_format_errors`` turns into a
``FileFormatError`` naming the file.
"""

from __future__ import annotations

import base64
import binascii
import math
from typing import Any

import numpy as np

#: dtypes an array in a project or weights file may have
ARRAY_DTYPES = ("float32", "float64", "int32", "int64", "uint8", "bool")


class FormatProblem(Exception):
    """A problem at a named place inside a file; the loaders turn it into a FileFormatError
    that starts with the file's name."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}" if where else message)


def encode_array(a: Any) -> dict[str, Any]:
    """A JSON-ready dict that decodes back to exactly the same array (dtype, shape and bits)."""
    a = np.asarray(a)
    if a.dtype.name not in ARRAY_DTYPES:
        raise ValueError(f"cannot store an array of dtype {a.dtype}")
    little = np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<"))
    return {
        "dtype": a.dtype.name,
        "shape": list(a.shape),
        "data": base64.b64encode(little.tobytes()).decode("ascii"),
    }


def decode_array(obj: Any, where: str = "array") -> np.ndarray:
    """The array an ``encode_array`` dict (or one whose ``data`` is a nested list) stands for.

    Raises ValueError naming ``where`` when the dict is malformed or its data does not fit
    its shape.
    """
    try:
        return read_array(obj, where)
    except FormatProblem as exc:
        raise ValueError(str(exc)) from None


def read_array(obj: Any, where: str) -> np.ndarray:
    """The array an ``encode_array`` dict stands for; FormatProblem naming ``where`` if malformed."""
    if not isinstance(obj, dict):
        raise FormatProblem(where, f"expected an array object, got {json_kind(obj)}")
    missing = [k for k in ("dtype", "shape", "data") if k not in obj]
    if missing:
        raise FormatProblem(where, f"array is missing {missing[0]!r}")
    dtype, shape, data = obj["dtype"], obj["shape"], obj["data"]
    if dtype not in ARRAY_DTYPES:
        raise FormatProblem(f"{where}.dtype", f"unsupported dtype {dtype!r}")
    if not isinstance(shape, list) or not all(is_int(s) and s >= 0 for s in shape):
        raise FormatProblem(f"{where}.shape", "expected a list of non-negative whole numbers")
    if len(shape) > 8:
        raise FormatProblem(f"{where}.shape", f"{len(shape)} dimensions is too many")
    count = math.prod(shape)
    dt = np.dtype(dtype).newbyteorder("<")
    if isinstance(data, str):
        if len(data) > 4 * (count * dt.itemsize // 3 + 3):
            raise FormatProblem(f"{where}.data", "holds more data than the shape says")
        try:
            raw = base64.b64decode(data.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise FormatProblem(f"{where}.data", "is not valid base64") from None
        if len(raw) != count * dt.itemsize:
            raise FormatProblem(
                f"{where}.data",
                f"holds {len(raw)} bytes, shape {tuple(shape)} of {dtype} needs {count * dt.itemsize}",
            )
        return np.frombuffer(raw, dtype=dt).astype(dtype).reshape(shape)
    if isinstance(data, list):
        flat = _flatten(data, shape, f"{where}.data")
        values = [read_float(v, f"{where}.data") if dtype.startswith("float") else v for v in flat]
        if not dtype.startswith("float") and not all(
            (is_int(v) or isinstance(v, bool)) for v in values
        ):
            raise FormatProblem(f"{where}.data", f"expected whole numbers for dtype {dtype}")
        try:
            return np.array(values, dtype=dtype).reshape(shape)
        except (OverflowError, ValueError) as exc:
            raise FormatProblem(f"{where}.data", str(exc)) from None
    raise FormatProblem(f"{where}.data", f"expected base64 text or a list, got {json_kind(data)}")


def _flatten(data: Any, shape: list[int], where: str) -> list[Any]:
    """The elements of nested lists, checked against ``shape`` level by level."""
    if not shape:
        if isinstance(data, list):
            raise FormatProblem(where, "has more levels of nesting than the shape")
        return [data]
    if not isinstance(data, list) or len(data) != shape[0]:
        n = len(data) if isinstance(data, list) else "no"
        raise FormatProblem(where, f"expected {shape[0]} entries along this axis, found {n}")
    out: list[Any] = []
    for i, item in enumerate(data):
        out.extend(_flatten(item, shape[1:], f"{where}[{i}]"))
    return out


def encode_float(x: float) -> float | str:
    """A float for strict JSON: itself when finite, else ``"nan"``, ``"inf"`` or ``"-inf"``."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def read_float(v: Any, where: str) -> float:
    if isinstance(v, str) and v in ("nan", "inf", "-inf"):
        return float(v)
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise FormatProblem(where, f"expected a number, got {json_kind(v)}")
    try:
        return float(v)
    except OverflowError:
        raise FormatProblem(where, "number too large") from None


def is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def read_int(v: Any, where: str, minimum: int = 0) -> int:
    if not is_int(v):
        raise FormatProblem(where, f"expected a whole number, got {json_kind(v)}")
    if v < minimum:
        raise FormatProblem(where, f"must be at least {minimum}, got {v}")
    return v


def json_kind(v: Any) -> str:
    """What a JSON value is, in words ("an object", "a list", …), for error messages."""
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    return names.get(type(v), "a number" if isinstance(v, int | float) else type(v).__name__)
