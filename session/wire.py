"""The wire format between the window and the training process: JSON plus raw array bytes.

The training worker runs in a child process (session/process.py). Commands, events and
snapshots cross the process boundary as *messages*: a JSON header that describes the value
and the raw bytes of every NumPy array in it. Nothing is pickled: a class is rebuilt only
when its name is in ``CLASSES`` (plain data classes of the engine and the worker), and it is
rebuilt field by field, so a message can never run code.

Values that travel: None, bool, int (any size), float (NaN and inf too), str, list, tuple,
dict, NumPy arrays and scalars, and instances of the classes in ``CLASSES``.

A message on a byte stream is ``len(8 bytes, little-endian) + payload``; ``encode`` and
``decode`` work on the payload.
"""

from __future__ import annotations

import json
import struct
from typing import IO, Any, BinaryIO

import numpy as np

from engine.datasets import Dataset, DatasetSpec
from engine.datasets.preprocessing import Preprocessing
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.trace import TraceRecord
from engine.training import Metrics
from session.snapshot import History, Snapshot

_ALIGN = 16
_LEN = struct.Struct("<Q")
_HEAD = struct.Struct("<I")
# messages up to this size are written in one piece (``write_message``)
JOIN_BYTES = 4 << 20


class WireError(ValueError):
    """A message that is not in the wire format (a broken stream or a version mismatch)."""


def _data_classes() -> dict[str, type]:
    from session.mailbox import Captured

    return {
        cls.__name__: cls
        for cls in (
            LayerSpec,
            OptimizerSpec,
            NetworkSpec,
            Metrics,
            TraceRecord,
            DatasetSpec,
            Dataset,
            Preprocessing,
            History,
            Snapshot,
            Captured,
        )
    }


_CLASSES: dict[str, type] | None = None


def classes() -> dict[str, type]:
    """The classes a message may carry, by name (built on first use: session.worker imports this)."""
    global _CLASSES
    if _CLASSES is None:
        _CLASSES = _data_classes()
    return _CLASSES


def _attributes(obj: Any) -> dict[str, Any]:
    slots = getattr(type(obj), "__slots__", None)
    if slots is not None and not hasattr(obj, "__dict__"):
        return {name: getattr(obj, name) for name in slots}
    return dict(vars(obj))


class _Encoder:
    def __init__(self) -> None:
        self.buffers: list[memoryview] = []
        self.offset = 0

    def array(self, a: np.ndarray) -> dict:
        if a.dtype.hasobject:
            raise WireError(f"object arrays cannot be sent (dtype {a.dtype})")
        a = np.ascontiguousarray(a)
        data = a.data.cast("B") if a.size else memoryview(b"")
        start = self.offset
        pad = (-(start + len(data))) % _ALIGN
        self.buffers.append(data)
        if pad:
            self.buffers.append(memoryview(bytes(pad)))
        self.offset += len(data) + pad
        return {"@a": [start, a.dtype.str, list(a.shape)]}

    def value(self, v: Any) -> Any:
        if v is None or isinstance(v, (bool, str)):
            return v
        if isinstance(v, (int, float)) and type(v) in (int, float):
            return v
        if isinstance(v, np.ndarray):
            return self.array(v)
        if isinstance(v, np.generic):
            return {"@s": [v.dtype.str, v.item()]}
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, tuple):
            return {"@t": [self.value(x) for x in v]}
        if isinstance(v, dict):
            if all(type(k) is str and not k.startswith("@") for k in v):
                return {k: self.value(x) for k, x in v.items()}
            return {"@d": [[self.value(k), self.value(x)] for k, x in v.items()]}
        name = type(v).__name__
        if classes().get(name) is type(v):
            return {"@c": name, "f": {k: self.value(x) for k, x in _attributes(v).items()}}
        raise WireError(f"a {type(v).__module__}.{name} cannot be sent to the training process")


class _Decoder:
    def __init__(self, data: memoryview):
        self.data = data

    def value(self, v: Any) -> Any:
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if not isinstance(v, dict):
            return v
        if "@a" in v:
            start, dtype, shape = v["@a"]
            dt = np.dtype(dtype)
            if dt.hasobject:
                raise WireError("object arrays are refused")
            n = int(np.prod(shape, dtype=np.int64)) * dt.itemsize
            if start < 0 or start + n > len(self.data):
                raise WireError("an array runs past the end of the message")
            return np.frombuffer(self.data[start : start + n], dtype=dt).reshape(shape)
        if "@s" in v:
            dtype, item = v["@s"]
            return np.dtype(dtype).type(item)
        if "@t" in v:
            return tuple(self.value(x) for x in v["@t"])
        if "@d" in v:
            return {self.value(k): self.value(x) for k, x in v["@d"]}
        if "@c" in v:
            cls = classes().get(v["@c"])
            if cls is None:
                raise WireError(f"unknown class {v['@c']!r} in a message")
            obj: Any = object.__new__(cls)
            for k, x in v["f"].items():
                object.__setattr__(obj, k, self.value(x))
            return obj
        return {k: self.value(x) for k, x in v.items()}


def encode(value: Any) -> list[memoryview | bytes]:
    """The payload of a message carrying ``value``, as pieces to write one after another."""
    enc = _Encoder()
    head = json.dumps(enc.value(value), separators=(",", ":")).encode()
    pad = (-(_HEAD.size + len(head))) % _ALIGN
    return [_HEAD.pack(len(head) + pad), head, b" " * pad, *enc.buffers]


def decode(payload: bytes | bytearray | memoryview) -> Any:
    """The value a payload carries. Arrays are views of ``payload`` (pass a bytearray for writable ones)."""
    view = memoryview(payload)
    if len(view) < _HEAD.size:
        raise WireError("a message shorter than its header")
    (n,) = _HEAD.unpack_from(view)
    if _HEAD.size + n > len(view):
        raise WireError("a message header runs past the end of the message")
    try:
        tree = json.loads(bytes(view[_HEAD.size : _HEAD.size + n]))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WireError(f"a message header is not JSON: {exc}") from None
    return _Decoder(view[_HEAD.size + n :]).value(tree)


def frame(value: Any) -> bytes:
    """One length-prefixed message in one bytes object (the training process's ``_Sender``
    writes it in parts as the pipe takes them)."""
    pieces = encode(value)
    return b"".join([_LEN.pack(sum(len(p) for p in pieces)), *pieces])


def write_message(stream: BinaryIO, value: Any) -> None:
    """Write one length-prefixed message and flush.

    A message up to ``JOIN_BYTES`` goes in one write, as ``frame`` makes it: each write of a
    piece larger than the stream's buffer releases the GIL, and the writing thread may then
    wait up to the switch interval (5 ms) to get it back from a busy thread. A larger one
    (data) goes in its pieces, so that it is not copied whole.
    """
    pieces = encode(value)
    total = sum(len(p) for p in pieces)
    if total <= JOIN_BYTES:
        stream.write(b"".join([_LEN.pack(total), *pieces]))
    else:
        stream.write(_LEN.pack(total))
        for p in pieces:
            stream.write(p)
    stream.flush()


def read_message(stream: IO[bytes]) -> Any:
    """Read one message; raises EOFError at the end of the stream."""
    head = _read_exactly(stream, _LEN.size)
    (n,) = _LEN.unpack(head)
    return decode(_read_exactly(stream, n))


def _read_exactly(stream: IO[bytes], n: int) -> bytearray:
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = stream.readinto(view[got:])  # type: ignore[attr-defined]  # a buffered pipe has it
        if not k:
            raise EOFError("the stream ended inside a message" if got else "the stream ended")
        got += k
    return buf
