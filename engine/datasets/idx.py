"""IDX files (the MNIST format), raw or gzip-compressed: read, and write (for tests and benchmarks).

Layout: two zero bytes, a type code, the number of dimensions, then each dimension as a
big-endian uint32, then the data in big-endian order.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from engine.errors import DataError
from engine.files import human_bytes

#: type code → big-endian dtype
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_CODE_OF = {np.dtype(v).newbyteorder("=").str[1:]: k for k, v in IDX_TYPES.items()}
# the most data an IDX file may declare (MNIST's training images are 47 MB, EMNIST's 0.7 GB):
# checked against the header before anything is inflated, so a small gzip bomb is refused
MAX_BYTES = 2 * 2**30
_CHUNK = 1 << 20


def _open(path) -> BinaryIO:
    """The file, opened for reading; a DataError names what is wrong with the path."""
    try:
        return open(Path(path), "rb")  # noqa: SIM115 -- the caller closes it
    except IsADirectoryError:
        raise DataError("is a folder, not an IDX file", path=path) from None
    except FileNotFoundError:
        raise DataError("no such file", path=path) from None
    except OSError as e:
        raise DataError(f"cannot read the file: {e.strerror or e}", path=path) from None


def _read(stream: BinaryIO, n: int, path) -> bytes:
    """Up to ``n`` bytes (fewer only at the end of the data); gzip damage is a DataError."""
    try:
        return stream.read(n)
    except (OSError, EOFError, zlib.error) as e:
        raise DataError(f"the gzip stream is damaged or truncated ({e})", path=path) from None


def read_idx(path) -> np.ndarray:
    """The array stored in an IDX file (``.gz`` or raw), in native byte order; DataError when the
    magic number is wrong, the declared size is beyond ``MAX_BYTES``, or the file is truncated
    or too long. A compressed file is inflated as it is read, never beyond its declared size."""
    with _open(path) as f:
        compressed = f.read(2) == b"\x1f\x8b"
        f.seek(0)
        if not compressed:
            return _read_idx(f, path)
        with gzip.GzipFile(fileobj=f, mode="rb") as stream:
            return _read_idx(stream, path)  # type: ignore[arg-type]


def _read_idx(stream: BinaryIO, path) -> np.ndarray:
    head = _read(stream, 4, path)
    if len(head) < 4:
        raise DataError(
            f"too short for an IDX file ({len(head)} bytes; the header needs 4)", path=path
        )
    if head[0] != 0 or head[1] != 0 or head[2] not in IDX_TYPES:
        raise DataError(
            f"not an IDX file: magic number 0x{head.hex()} (expected 0x0000TTNN, "
            "TT a type code 08/09/0B/0C/0D/0E, NN the number of dimensions)",
            path=path,
        )
    ndim = head[3]
    if ndim == 0:
        raise DataError("IDX header declares 0 dimensions", path=path)
    header_len = 4 + 4 * ndim
    dims = _read(stream, 4 * ndim, path)
    if len(dims) < 4 * ndim:
        raise DataError(
            f"truncated IDX header: {ndim} dimensions need {header_len} bytes, "
            f"the file has {4 + len(dims)}",
            path=path,
        )
    shape = struct.unpack(f">{ndim}I", dims)
    dtype = np.dtype(IDX_TYPES[head[2]])
    count = 1
    for s in shape:
        count *= s
    size = count * dtype.itemsize
    if size > MAX_BYTES:
        raise DataError(
            f"IDX header declares shape {shape}: {human_bytes(size)} of data, more than "
            f"the {human_bytes(MAX_BYTES)} an IDX file may hold here",
            path=path,
        )
    expected = header_len + size
    chunks, got = [], 0
    while got < size:
        chunk = _read(stream, min(size - got, _CHUNK), path)
        if not chunk:
            raise DataError(
                f"truncated IDX file: shape {shape} needs {expected} bytes, "
                f"the file has {header_len + got}",
                path=path,
            )
        chunks.append(chunk)
        got += len(chunk)
    extra = len(_read(stream, _CHUNK, path))
    if extra:
        more = "" if extra < _CHUNK else " or more"
        raise DataError(
            f"IDX file has {extra}{more} bytes after the data of shape {shape}", path=path
        )
    arr = np.frombuffer(b"".join(chunks), dtype=dtype, count=count).reshape(shape)
    return arr.astype(dtype.newbyteorder("="), copy=True)


def write_idx(path, array: np.ndarray, compress: bool | None = None, level: int = 1) -> None:
    """Write ``array`` as an IDX file (gzip-compressed when the name ends with .gz)."""
    a = np.asarray(array)
    key = a.dtype.newbyteorder("=").str[1:] if a.dtype.byteorder != "|" else a.dtype.str[1:]
    if key not in _CODE_OF:
        raise ValueError(f"IDX cannot store dtype {a.dtype}")
    code = _CODE_OF[key]
    be = IDX_TYPES[code]
    header = bytes([0, 0, code, a.ndim]) + struct.pack(f">{a.ndim}I", *a.shape)
    payload = header + np.ascontiguousarray(a, dtype=be).tobytes()
    path = Path(path)
    if compress is None:
        compress = path.suffix == ".gz"
    if compress:
        payload = gzip.compress(payload, compresslevel=level, mtime=0)
    path.write_bytes(payload)
