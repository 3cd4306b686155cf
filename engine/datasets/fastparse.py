"""Vectorised parsing of plain decimal tables (the CSV reader's fastest path).

Tokens are located with NumPy on the file's bytes and parsed position by position across all
tokens at once. Every token must be ``[+-]digits[.digits]`` (no exponent, no spaces) and at
most 18 characters long. A sign or a point is read as a 0 digit and taken out afterwards with
exact integer arithmetic, so each token becomes the exact integer of its digits; a token of at
most 15 significant digits is then that integer divided by an exact power of ten: one correctly
rounded IEEE division, the same double as ``float()`` gives (Clinger's fast path). Longer tokens
are parsed with ``float()``. Anything else returns None and the caller takes a slower path.
"""

from __future__ import annotations

import numpy as np

_POW10_FLOAT = 10.0 ** np.arange(23)
_POW10_INT = 10 ** np.arange(19, dtype=np.int64)
_MAX_WIDTH = 17  # 18 digits (rounded up to an even span) fit in int64


def parse_plain_decimal(data: bytes, delim: str, n_cols: int, offset: int = 0) -> np.ndarray | None:
    """float64 (rows, n_cols) from ASCII ``data[offset:]`` (rows separated by ``\\n``), or None."""
    if len(delim) != 1 or n_cols < 1 or len(data) <= offset:
        return None
    if b"\r" in data:
        data = data[offset:].replace(b"\r\n", b"\n")
        offset = 0
        if b"\r" in data:
            return None
    end = len(data)
    while end > offset and data[end - 1] == 10:
        end -= 1
    if end == offset:
        return None
    arr = np.frombuffer(data, dtype=np.uint8, count=end - offset, offset=offset)
    dch = ord(delim)
    # one table look-up classifies every byte: digits 0-9, sign 10, point 11, separator 12
    lut = np.full(256, 255, dtype=np.uint8)
    lut[48:58] = np.arange(10, dtype=np.uint8)
    lut[[43, 45]] = 10
    lut[46] = 11
    lut[[10, dch]] = 12
    digits = lut[arr]
    if (digits == 255).any():
        return None
    is_sep = digits == 12
    seps = np.flatnonzero(is_sep)
    n_tokens = seps.size + 1
    if n_tokens % n_cols:
        return None
    n_rows = n_tokens // n_cols
    if n_cols > 1 or n_rows > 1:
        nl = np.flatnonzero(arr[seps] == 10)
        if not np.array_equal(nl, np.arange(n_cols - 1, n_tokens - 1, n_cols)):
            return None
    starts = np.empty(n_tokens, dtype=np.int64)
    starts[0] = 0
    starts[1:] = seps + 1
    lengths = np.empty(n_tokens, dtype=np.int64)
    lengths[:-1] = seps
    lengths[-1] = arr.size
    lengths -= starts
    min_len = int(lengths.min())
    width = int(lengths.max())
    if min_len <= 0 or width > _MAX_WIDTH:
        return None
    padded = np.zeros(arr.size + width + 2, dtype=np.uint8)
    np.multiply(digits, digits <= 9, out=padded[: arr.size])  # signs, points, separators → 0
    dots = np.zeros(arr.size + width + 2, dtype=np.uint8)
    np.equal(digits, 11, out=dots[: arr.size].view(bool))
    # two characters at a time: pairs[i] = 10·c[i] + c[i+1]; a token's separator reads as 0
    pairs = padded[:-1] * np.uint8(10)
    pairs += padded[1:]
    dot_pairs = dots[:-1] * np.uint8(10)
    dot_pairs += dots[1:]
    first = arr[starts]
    negative = first == 45
    signed = negative | (first == 43)
    if np.count_nonzero(digits == 10) != np.count_nonzero(signed):
        return None  # a sign that does not open its token
    mant = np.zeros(n_tokens, dtype=np.int64)
    dot_mark = np.zeros(n_tokens, dtype=np.int64)  # 10^(span − 1 − position of the point)
    idx = starts.copy()
    span = width + (width & 1)
    for k in range(0, span, 2):
        d = pairs[idx]
        m = dot_pairs[idx]
        if k + 1 >= min_len:  # positions past a token's separator belong to the next token
            inside = lengths > k
            d *= inside
            m *= inside
        mant *= 100
        mant += d
        dot_mark *= 100
        dot_mark += m
        idx += 2
    has_dot = dot_mark > 0
    if np.count_nonzero(has_dot) != np.count_nonzero(digits == 11):
        return None  # two points in one token
    dot_from_end = np.searchsorted(_POW10_INT, dot_mark)  # = span − 1 − position of the point
    if not np.array_equal(_POW10_INT[dot_from_end[has_dot]], dot_mark[has_dot]):
        return None
    n_frac = np.where(has_dot, dot_from_end - (span - lengths), 0)
    n_dig = lengths - has_dot - signed
    if n_dig.min() <= 0:
        return None
    mant //= _POW10_INT[span - lengths]
    p = _POW10_INT[n_frac]
    mant = np.where(has_dot, (mant // (p * 10)) * p + mant % p, mant)
    values = mant.astype(np.float64)
    values /= _POW10_FLOAT[np.minimum(n_frac, 22)]
    values *= 1.0 - 2.0 * negative  # −0 stays −0, as float("-0")
    slow = np.flatnonzero(n_dig > 15)
    for t in slow:
        s = offset + int(starts[t])
        values[t] = float(data[s: s + int(lengths[t])])
    return values.reshape(n_rows, n_cols)
