"""Snapshots: immutable bundles of host copies that the worker sends to the window.

The worker thread owns the trainer; at most ~30 times a second it builds a Snapshot
(host NumPy copies only) and emits it. Views draw the latest snapshot and drop the
rest, so nothing they hold is ever touched by the worker again.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from engine.spec import NetworkSpec
from engine.trace import TraceRecord
from engine.training import Metrics


@dataclass(frozen=True)
class History:
    """Loss and accuracy curves: parallel 1-D arrays (NaN where a value is absent)."""

    step: np.ndarray
    epoch: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_accuracy: np.ndarray
    test_accuracy: np.ndarray

    def __len__(self) -> int:
        return int(self.step.shape[0])


_BUFFER_IDS = itertools.count()


class HistoryBuffer:
    """A growing record of History points with amortised O(1) appends (capacity doubles),
    bounded: past ``max_points`` the older points are thinned (``decimate``).

    ``view()`` returns read-only views of the filled prefix; appends never write into
    that prefix, so a view handed to another thread stays valid and unchanged.
    """

    FIELDS = ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
    # a night of Play adds millions of points; this many (4.8 MB) draw, save and load at once
    MAX_POINTS = 100_000

    def __init__(self, capacity: int = 1024, max_points: int | None = None):
        self.max_points = max(16, int(max_points or self.MAX_POINTS))
        self._n = 0
        self._data = {f: np.full(capacity, np.nan) for f in self.FIELDS}
        #: (this buffer, its truncations): rows below len() change only when this changes;
        #: a counter, not id(), because a new buffer may reuse a freed one's address
        self.generation = (next(_BUFFER_IDS), 0)

    def __len__(self) -> int:
        return self._n

    def _reserve(self, n: int) -> None:
        cap = len(self._data["step"])
        if n > cap:
            cap = max(n, 2 * cap)
            self._data = {
                f: np.concatenate([a, np.full(cap - len(a), np.nan)]) for f, a in self._data.items()
            }

    def append(self, step: int, epoch: int, m: Metrics) -> None:
        if self._n >= self.max_points:
            self.decimate()
        self._reserve(self._n + 1)
        i, d = self._n, self._data
        d["step"][i], d["epoch"][i] = step, epoch
        d["train_loss"][i] = m.train_loss
        d["test_loss"][i] = np.nan if m.test_loss is None else m.test_loss
        d["train_accuracy"][i] = np.nan if m.train_accuracy is None else m.train_accuracy
        d["test_accuracy"][i] = np.nan if m.test_accuracy is None else m.test_accuracy
        self._n += 1

    def view(self) -> History:
        views = {}
        for f, a in self._data.items():
            v = a[: self._n]
            v = v.view()
            v.flags.writeable = False
            views[f] = v
        return History(**views)

    def truncate(self, n: int) -> None:
        """Keep the first n points (after a timeline restore or reset)."""
        n = max(0, min(n, self._n))
        # copy, so earlier views (held elsewhere) never see the overwritten tail
        self._data = {f: a.copy() for f, a in self._data.items()}
        for a in self._data.values():
            a[n:] = np.nan
        self._n = n
        self.generation = (self.generation[0], self.generation[1] + 1)

    def decimate(self) -> None:
        """Thin the older three quarters of the points to half, keeping the curve's shape.

        The first point and the newest quarter stay as they are; the rest is cut into blocks
        of four, and each block keeps its lowest and its highest training loss (in order),
        as pyqtgraph's 'peak' downsampling draws a curve: every spike and every minimum
        survives. Repeated decimations thin the oldest points most, as long plots do.
        Counts as a truncation for anyone mirroring the rows (``generation`` changes).
        """
        n = self._n
        old = (n * 3 // 4 - 1) // 4 * 4  # rows 1..old are thinned, in whole blocks of four
        if old < 4:
            return
        loss = self._data["train_loss"][1 : 1 + old].reshape(-1, 4)
        nan = np.isnan(loss)
        lo = np.where(nan, np.inf, loss).argmin(axis=1)
        hi = np.where(nan, -np.inf, loss).argmax(axis=1)
        base = 1 + 4 * np.arange(loss.shape[0])
        keep_old = np.unique(np.concatenate([base + lo, base + hi]))
        keep = np.concatenate([[0], keep_old, np.arange(1 + old, n)])
        self._data = {
            f: np.concatenate([a[keep], np.full(len(a) - len(keep), np.nan)])
            for f, a in self._data.items()
        }
        self._n = len(keep)
        self.generation = (self.generation[0], self.generation[1] + 1)

    def extend(self, columns: dict[str, np.ndarray]) -> None:
        """Append rows given as one array per field (all of the same length)."""
        k = len(columns["step"])
        self._reserve(self._n + k)
        for f in self.FIELDS:
            self._data[f][self._n : self._n + k] = columns[f]
        self._n += k

    @classmethod
    def from_columns(cls, columns: dict[str, np.ndarray]) -> HistoryBuffer:
        """A buffer holding these rows (one array per field)."""
        buf = cls(max(1024, len(columns["step"])))
        buf.extend(columns)
        return buf

    def to_dict(self) -> dict[str, list[float]]:
        return {f: self._data[f][: self._n].tolist() for f in self.FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, list[float]]) -> HistoryBuffer:
        """A buffer of these columns, thinned to ``MAX_POINTS`` (an older, unbounded save)."""
        n = len(data.get("step", []))
        buf = cls(max(1024, n))
        for f in cls.FIELDS:
            values = np.asarray(data.get(f, [np.nan] * n), dtype=float)
            buf._data[f][:n] = values
        buf._n = n
        while buf._n > buf.max_points:
            buf.decimate()
        return buf


@dataclass(frozen=True)
class Snapshot:
    """What the window shows at one moment. Every array is a host copy owned by the snapshot."""

    spec: NetworkSpec
    params: dict[str, np.ndarray]  # W1 (out×in), b1, … host copies
    step: int  # optimizer steps done
    epoch: int  # whole epochs done
    metrics: Metrics | None
    history: History | None
    running: bool  # Play is on
    steps_per_second: float = 0.0
    backend: str = "numpy"
    message: str | None = None  # e.g. why training stopped (divergence, early stopping)
    # 2-D data: each layer's neuron outputs over the input plane, shape (units, res, res),
    # layer 0 being the input features; the last layer's first array is the decision map
    heatmaps: tuple[np.ndarray, ...] | None = None
    # step-through: the records of the step being stepped (or just completed) and the next phase
    trace: tuple[TraceRecord, ...] = ()
    next_phase: str | None = None
    traced_sample: int = 0
    # step numbers the timeline can return to (an int64 array on the wire, a tuple in the window)
    timeline: tuple[int, ...] | np.ndarray = ()
    extra: dict = field(default_factory=dict)
