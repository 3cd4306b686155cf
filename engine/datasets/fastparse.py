"""Vectorised parsing of plain decimal tables (the CSV reader's fastest path).

Tokens are located with NumPy on the file's bytes and parsed two characters at a time across
all tokens at once. Every token must be ``[+-]digits[.digits]`` (no exponent, no spaces) of at
most 17 characters. A sign or a point is read as a 0 digit and taken out afterwards with exact
integer arithmetic, so each token becomes the exact integer of its digits; a token of at most
15 significant digits is then that integer divided by an exact power of ten: one correctly
rounded IEEE division, the same double as ``float()`` gives (Clinger's fast path). Longer
tokens are parsed with ``float()``. Anything else returns None and the caller takes a slower
path. Large temporaries are few: the work is bound by memory traffic.
"""

from __future__ import annotations

import numpy as np

_POW10_FLOAT = 10.0 ** np.arange(23)
_POW10_INT = 10 ** np.arange(19, dtype=np.int64)
_MAX_WIDTH = 17  # 18 digits (the span rounded up to even) fit in int64
_DIGIT_LUT = np.zeros(256, dtype=np.uint8)
_DIGIT_LUT[48:58] = np.arange(10, dtype=np.uint8)


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
    dch = delim.encode("latin-1")
    allowed = b"0123456789+-.\n" + dch
    # no copy of the body: a byte outside the allowed set shows up in what translate leaves
    if len(data.translate(None, allowed)) != len(data[:offset].translate(None, allowed)):
        return None  # a byte that is not a digit, sign, point or separator
    n_signs = data.count(b"-", offset, end) + data.count(b"+", offset, end)
    n_points = data.count(b".", offset, end)
    arr = np.frombuffer(data, dtype=np.uint8, count=end - offset, offset=offset)
    n = arr.size
    sep_lut = np.zeros(256, dtype=bool)
    sep_lut[[10, dch[0]]] = True
    seps = np.flatnonzero(sep_lut[arr])
    n_tokens = seps.size + 1
    if n_tokens % n_cols:
        return None
    n_rows = n_tokens // n_cols
    if n_tokens > 1:
        nl = np.flatnonzero(arr[seps] == 10)
        if not np.array_equal(nl, np.arange(n_cols - 1, n_tokens - 1, n_cols)):
            return None
    starts = np.empty(n_tokens, dtype=np.int64)
    starts[0] = 0
    starts[1:] = seps + 1
    del seps
    lengths = np.empty(n_tokens, dtype=np.int64)
    lengths[:-1] = starts[1:] - 1
    lengths[-1] = n
    lengths -= starts
    min_len = int(lengths.min())
    width = int(lengths.max())
    if min_len <= 0 or width > _MAX_WIDTH:
        return None
    first = arr[starts]
    negative = first == 45
    signed = negative | (first == 43)
    if n_signs != np.count_nonzero(signed):
        return None  # a sign that does not open its token
    # pairs[i] = 10·digit(c[i]) + digit(c[i+1]); signs, points and separators read as 0
    digits = _DIGIT_LUT[arr]
    pairs = np.zeros(n + width + 1, dtype=np.uint8)
    np.multiply(digits, np.uint8(10), out=pairs[:n])
    pairs[: n - 1] += digits[1:]
    del digits
    # the same for the point: dot_pairs[i] = 10·(c[i] == '.') + (c[i+1] == '.')
    dot_pairs = np.zeros(n + width + 1, dtype=np.uint8)
    if n_points:
        dots = arr == 46
        np.multiply(dots, np.uint8(10), out=dot_pairs[:n])
        dot_pairs[: n - 1] += dots[1:]
        del dots
    mant = np.zeros(n_tokens, dtype=np.int64)
    dot_mark = np.zeros(n_tokens, dtype=np.int64)  # 10^(span − 1 − position of the point)
    idx = starts.copy()
    span = width + (width & 1)
    for k in range(0, span, 2):
        d = pairs[idx]
        m = dot_pairs[idx] if n_points else None
        if k + 1 >= min_len:  # positions past a token's separator belong to the next token
            inside = lengths > k
            d *= inside
            if m is not None:
                m *= inside
        mant *= 100
        mant += d
        if m is not None:
            dot_mark *= 100
            dot_mark += m
        idx += 2
    del pairs, dot_pairs
    has_dot = dot_mark > 0
    if np.count_nonzero(has_dot) != n_points:
        return None  # two points in one token
    n_dig = lengths - has_dot - signed
    if n_dig.min() <= 0:
        return None
    if min_len < span:
        shift = np.subtract(span, lengths, out=idx)
        mant //= _POW10_INT[shift]  # drop the zero digits read past the token's end
    del idx
    if n_points:
        dot_from_end = np.searchsorted(_POW10_INT, dot_mark)  # = span − 1 − position of the point
        np.minimum(dot_from_end, 18, out=dot_from_end)
        if not np.array_equal(_POW10_INT[dot_from_end[has_dot]], dot_mark[has_dot]):
            return None
        del dot_mark
        n_frac = dot_from_end
        n_frac -= span
        n_frac += lengths
        n_frac *= has_dot
        # the point was read as a 0 digit: with hi the digits before it and f = n_frac,
        # read = hi·10^(f+1) + lo and true = hi·10^f + lo, so true = read − 9·hi·10^f
        p = _POW10_INT[n_frac]
        hi = mant // p
        hi //= 10
        hi *= 9
        hi *= p
        hi *= has_dot
        mant -= hi
        del hi, p
    else:
        n_frac = np.zeros(n_tokens, dtype=np.int64)
    values = mant.astype(np.float64)
    values /= _POW10_FLOAT[np.minimum(n_frac, 22)]
    np.negative(values, out=values, where=negative)  # −0 stays −0, as float("-0")
    for t in np.flatnonzero(n_dig > 15):
        s = int(starts[t])
        values[t] = float(data[offset + s : offset + s + int(lengths[t])])
    return values.reshape(n_rows, n_cols)
