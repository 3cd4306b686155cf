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
    sign_pos = np.flatnonzero(digits == 10)
    if sign_pos.size:
        if sign_pos[0] == 0:
            sign_pos = sign_pos[1:]
        if not is_sep[sign_pos - 1].all():
            return None  # a sign that does not open its token
    dot_pos = np.flatnonzero(digits == 11)
    dot_tok = np.searchsorted(starts, dot_pos, side="right") - 1
    if dot_tok.size > 1 and not (np.diff(dot_tok) > 0).all():
        return None  # two points in one token
    n_frac = np.zeros(n_tokens, dtype=np.int64)
    n_frac[dot_tok] = starts[dot_tok] + lengths[dot_tok] - dot_pos - 1
    has_dot = np.zeros(n_tokens, dtype=bool)
    has_dot[dot_tok] = True
    padded = np.zeros(arr.size + width + 2, dtype=np.uint8)
    np.multiply(digits, digits <= 9, out=padded[: arr.size])  # signs, points, separators → 0
    # two characters at a time: pairs[i] = 10·c[i] + c[i+1]; a token's separator reads as 0
    pairs = padded[:-1] * np.uint8(10)
    pairs += padded[1:]
    first = arr[starts]
    negative = first == 45
    signed = negative | (first == 43)
    n_dig = lengths - has_dot - signed
    if n_dig.min() <= 0:
        return None
    mant = np.zeros(n_tokens, dtype=np.int64)
    idx = starts.copy()
    span = width + (width & 1)
    for k in range(0, span, 2):
        d = pairs[idx]
        if k + 1 >= min_len:  # positions past a token's separator belong to the next token
            d *= lengths > k
        mant *= 100
        mant += d
        idx += 2
    mant //= _POW10_INT[span - lengths]
    if dot_tok.size:
        p = _POW10_INT[n_frac[dot_tok]]
        m = mant[dot_tok]
        mant[dot_tok] = (m // (p * 10)) * p + m % p
    values = mant.astype(np.float64)
    values /= _POW10_FLOAT[np.minimum(n_frac, 22)]
    values *= 1.0 - 2.0 * negative  # −0 stays −0, as float("-0")
    slow = np.flatnonzero(n_dig > 15)
    for t in slow:
        s = offset + int(starts[t])
        values[t] = float(data[s: s + int(lengths[t])])
    return values.reshape(n_rows, n_cols)
