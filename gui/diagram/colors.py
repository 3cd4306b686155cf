"""The diagram's colour scales: a colour-blind-safe diverging scale (orange < 0 < blue) and a grey scale.

The diverging scale has a light neutral middle, or a dark one in a dark theme
(``use_dark_scale``); orange stays negative and blue positive in both.

Both are 256-entry lookup tables of premultiplied ARGB32 words, so a float array maps to
an image with one ``np.take`` into a preallocated buffer (no per-frame allocation), and a
single value maps to a cached QColor.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor

# Stops of the diverging scale, from −1 to +1: orange for negative, blue for positive,
# a light neutral at 0 (ColorBrewer PuOr/RdBu end colours, as TensorFlow Playground uses).
DIVERGING_STOPS = (
    (-1.0, (0xE6, 0x61, 0x01)),
    (-0.5, (0xFD, 0xB8, 0x63)),
    (0.0, (0xF2, 0xF2, 0xF2)),
    (0.5, (0x92, 0xC5, 0xDE)),
    (1.0, (0x05, 0x71, 0xB0)),
)
# The same scale for a dark theme: the same orange and blue ends (a little lighter, to stand
# out on a dark background), a dark neutral at 0, so that a weight near zero still fades into
# the background instead of shining
DARK_STOPS = (
    (-1.0, (0xF0, 0x7D, 0x1A)),
    (-0.5, (0x93, 0x55, 0x20)),
    (0.0, (0x42, 0x44, 0x48)),
    (0.5, (0x2A, 0x62, 0x8C)),
    (1.0, (0x4C, 0xA6, 0xE8)),
)
N_COLORS = 256


def _build_lut(stops) -> np.ndarray:
    """(256, 3) uint8 RGB interpolated linearly between the stops."""
    pos = np.array([s[0] for s in stops], dtype=np.float64)
    rgb = np.array([s[1] for s in stops], dtype=np.float64)
    t = np.linspace(pos[0], pos[-1], N_COLORS)
    return (
        np.stack([np.interp(t, pos, rgb[:, c]) for c in range(3)], axis=1).round().astype(np.uint8)
    )


def _argb32(rgb: np.ndarray) -> np.ndarray:
    """Pack (n, 3) uint8 RGB into opaque 0xAARRGGBB uint32 words (QImage.Format_RGB32)."""
    rgb = rgb.astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


DIVERGING_RGB = _build_lut(DIVERGING_STOPS)
DIVERGING_LUT = _argb32(DIVERGING_RGB)
GREY_RGB = np.repeat(np.linspace(255, 20, N_COLORS).round().astype(np.uint8)[:, None], 3, axis=1)
GREY_LUT = _argb32(GREY_RGB)

_QCOLORS = [QColor(int(r), int(g), int(b)) for r, g, b in DIVERGING_RGB]
_STOPS = [DIVERGING_STOPS]  # the stops in use (current_stops)


def use_dark_scale(dark: bool) -> None:
    """Switch the diverging scale to its dark-theme stops (or back), in place: the LUT arrays
    and the cached QColors keep their identity, so every module that imported them follows."""
    stops = DARK_STOPS if dark else DIVERGING_STOPS
    if stops is _STOPS[0]:
        return
    _STOPS[0] = stops
    rgb = _build_lut(stops)
    DIVERGING_RGB[:] = rgb
    DIVERGING_LUT[:] = _argb32(rgb)
    for color, (r, g, b) in zip(_QCOLORS, rgb.tolist(), strict=True):
        color.setRgb(r, g, b)


def current_stops() -> tuple:
    """The diverging scale's stops in use (the light theme's or the dark one's), for legends."""
    return _STOPS[0]


def lut_index(value: float, scale: float, center: float = 0.0) -> int:
    """Index into the diverging LUT for value, with ±scale around center at the ends."""
    if not math.isfinite(value) or scale <= 0:
        return N_COLORS // 2
    t = (value - center) / scale
    t = -1.0 if t < -1.0 else (1.0 if t > 1.0 else t)
    return int(round((t + 1.0) * 0.5 * (N_COLORS - 1)))


def diverging_color(value: float, scale: float, center: float = 0.0) -> QColor:
    """The cached QColor of value on the diverging scale (orange negative, blue positive)."""
    return _QCOLORS[lut_index(value, scale, center)]


def map_to_lut(
    values: np.ndarray,
    lo: float,
    hi: float,
    lut: np.ndarray,
    out: np.ndarray,
    scratch: np.ndarray,
) -> np.ndarray:
    """Write lut[values scaled from [lo, hi] to 0..255] into out (uint32), using float scratch."""
    span = hi - lo
    k = (N_COLORS - 1) / span if span > 0 else 0.0
    np.subtract(values, lo, out=scratch)
    np.multiply(scratch, k, out=scratch)
    np.nan_to_num(scratch, copy=False, nan=(N_COLORS - 1) / 2, posinf=N_COLORS - 1, neginf=0)
    np.clip(scratch, 0, N_COLORS - 1, out=scratch)
    np.rint(scratch, out=scratch)
    np.take(lut, scratch.astype(np.intp, copy=False), out=out)
    return out


def nice_ceiling(x: float) -> float:
    """The smallest 1, 2 or 5 × 10^n that is ≥ x (a legend range that rarely changes)."""
    if not math.isfinite(x) or x <= 0:
        return 1.0
    exp = math.floor(math.log10(x))
    for m in (1.0, 2.0, 5.0, 10.0):
        v = m * 10.0**exp
        if v >= x * (1 - 1e-12):
            return v
    return 10.0 ** (exp + 1)
