"""IDX files (the MNIST format), raw or gzip-compressed: read, and write (for tests and benchmarks).

Layout: two zero bytes, a type code, the number of dimensions, then each dimension as a
big-endian uint32, then the data in big-endian order.
"""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

import numpy as np

from engine.errors import DataError

#: type code → big-endian dtype
IDX_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_CODE_OF = {np.dtype(v).newbyteorder("=").str[1:]: k for k, v in IDX_TYPES.items()}
_MAX_ELEMENTS = 2**31


def _raw_bytes(path) -> bytes:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise DataError("is a folder, not an IDX file", path=path) from None
    except FileNotFoundError:
        raise DataError("no such file", path=path) from None
    except OSError as e:
        raise DataError(f"cannot read the file: {e.strerror or e}", path=path) from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            raise DataError(f"the gzip stream is damaged or truncated ({e})", path=path) from None
    return data


def read_idx(path) -> np.ndarray:
    """The array stored in an IDX file (``.gz`` or raw), in native byte order; DataError when the
    magic number is wrong or the file is truncated or too long."""
    data = _raw_bytes(path)
    if len(data) < 4:
        raise DataError(f"too short for an IDX file ({len(data)} bytes; the header needs 4)", path=path)
    if data[0] != 0 or data[1] != 0 or data[2] not in IDX_TYPES:
        raise DataError(f"not an IDX file: magic number 0x{data[:4].hex()} (expected 0x0000TTNN, "
                        "TT a type code 08/09/0B/0C/0D/0E, NN the number of dimensions)", path=path)
    ndim = data[3]
    if ndim == 0:
        raise DataError("IDX header declares 0 dimensions", path=path)
    header_len = 4 + 4 * ndim
    if len(data) < header_len:
        raise DataError(f"truncated IDX header: {ndim} dimensions need {header_len} bytes, "
                        f"the file has {len(data)}", path=path)
    shape = struct.unpack(f">{ndim}I", data[4:header_len])
    dtype = np.dtype(IDX_TYPES[data[2]])
    count = 1
    for s in shape:
        count *= s
    if count > _MAX_ELEMENTS:
        raise DataError(f"IDX header declares an implausible shape {shape}", path=path)
    expected = header_len + count * dtype.itemsize
    if len(data) < expected:
        raise DataError(f"truncated IDX file: shape {shape} needs {expected} bytes, "
                        f"the file has {len(data)}", path=path)
    if len(data) > expected:
        raise DataError(f"IDX file has {len(data) - expected} bytes after the data of shape {shape}",
                        path=path)
    arr = np.frombuffer(data, dtype=dtype, count=count, offset=header_len).reshape(shape)
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
