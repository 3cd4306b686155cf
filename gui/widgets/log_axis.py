"""An axis for a logarithmic scale whose tick labels never overlap and read as plain values.

pyqtgraph's own log axis labels every 2…9 × 10^k between the decades when fewer than three
decades show: 0.8 and 0.9 sit a few pixels apart and their labels print over each other.
This axis labels the decades first, then 2× and 5× of them, then the other multiples, each
only where it keeps a label's height of space to every label already placed; the other
multiples keep an unlabelled tick.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

# label candidates within a decade, most important first: the decade itself, then 2 and 5
_MULTIPLES = (1, 2, 5, 3, 4, 6, 7, 8, 9)
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def log_label(exponent: float) -> str:
    """10**exponent as a reader writes it: 0.02, 5, 300; 10⁻⁵ and 2·10⁶ beyond 0.001–10 000."""
    value = 10.0**exponent
    k = math.floor(exponent + 1e-9)
    mantissa = round(value / 10.0**k, 6)
    if -3 <= k <= 4:
        return f"{value:.{max(0, -k)}f}"
    power = "10" + str(k).translate(_SUPERSCRIPT)
    return power if mantissa == 1 else f"{mantissa:g}·{power}"


class LogAxis(pg.AxisItem):
    """An AxisItem whose log-mode labels keep apart (linear mode is pyqtgraph's own)."""

    #: the least distance between two labels' centres, in label heights
    GAP = 1.6

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._labelled: np.ndarray = np.empty(0)

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (pyqtgraph's name)
        """Labelled ticks (decades, then 2× and 5×, where there is room) and unlabelled ones."""
        lo, hi = sorted((float(minVal), float(maxVal)))
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size <= 0:
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        per_unit = size / (hi - lo)  # pixels per decade
        gap = self.GAP * self._label_height() / per_unit  # in decades
        # a label must fit on the axis whole (pyqtgraph drops one that would stick out, and
        # it would have kept others away for nothing)
        inner = (lo + 0.5 * gap / self.GAP, hi - 0.5 * gap / self.GAP)
        first, last = math.floor(lo), math.ceil(hi)
        if last - first > 400:  # a range no view asks for: leave it to pyqtgraph
            return super().logTickValues(minVal, maxVal, size, stdTicks)
        labelled: list[float] = []
        minor: list[float] = []
        step = 1  # decades labelled: every 1st, 2nd, 5th, 10th, 20th, … so that they keep apart
        while step < gap:
            step = step * 5 // 2 if str(step).startswith("2") else step * 2
        for m in _MULTIPLES:
            for d in range(first, last + 1):
                v = d + math.log10(m)
                if not lo <= v <= hi:
                    continue
                fits = inner[0] <= v <= inner[1]
                if fits and (m > 1 or d % step == 0) and all(abs(v - u) >= gap for u in labelled):
                    labelled.append(v)
                elif m == 1 or per_unit >= 40:  # minor ticks only where they do not blur
                    minor.append(v)
        self._labelled = np.array(sorted(labelled))
        return [(None, sorted(labelled)), (None, sorted(minor))]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        """The labelled ticks' values (None for a tick left unlabelled)."""
        out: list[str | None] = []
        for v in values:
            near = self._labelled.size and np.min(np.abs(self._labelled - v)) < 1e-9
            out.append(log_label(float(v)) if near else None)
        return out

    def _label_height(self) -> float:
        font = self.style.get("tickFont") or self.font()
        return float(QFontMetricsF(font).height())
