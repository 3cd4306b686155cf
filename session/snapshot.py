"""Snapshots: immutable bundles of host copies that the worker sends to the window.

The worker thread owns the trainer; at most ~30 times a second it builds a Snapshot
(host NumPy copies only) and emits it. Views draw the latest snapshot and drop the
rest, so nothing they hold is ever touched by the worker again.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.health import STATS as HEALTH_STATS
from engine.health import HealthStats
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


class HealthBuffer:
    """A bounded record of the training-health statistics (engine/health.py): one row per
    measurement, one column per statistic and layer.

    ``view()`` gives read-only arrays: ``step`` and ``epoch`` (n,), and per statistic
    (``grad_rms``, ``update_ratio``, ``saturated``, ``dead``) an (n, L) array, column k − 1
    for layer k, L the most layers seen (NaN where a row's network had fewer, or where the
    statistic is absent). Appends never write into a view handed out. Past ``max_points``
    rows the older half is thinned to every other row (the first row stays), as
    HistoryBuffer thins the loss.
    """

    STATS = HEALTH_STATS
    # one row per measurement, at most ~10 a second: an hour of Play thinned to this many
    # rows is still a fine curve, and the whole record goes with every snapshot (~100 kB)
    MAX_POINTS = 1000

    def __init__(self, capacity: int = 64, max_points: int | None = None):
        self.max_points = max(16, int(max_points or self.MAX_POINTS))
        self._n = 0
        self._layers = 0
        self._alloc(capacity, 0)

    def _alloc(self, capacity: int, layers: int) -> None:
        """Fresh arrays of this size holding the rows so far (views handed out stay as they were)."""
        n, old = self._n, getattr(self, "_data", None)
        data = {"step": np.full(capacity, np.nan), "epoch": np.full(capacity, np.nan)}
        data.update({s: np.full((capacity, layers), np.nan) for s in self.STATS})
        if old is not None:
            for f, a in old.items():
                if a.ndim == 1:
                    data[f][:n] = a[:n]
                else:
                    data[f][:n, : a.shape[1]] = a[:n]
        self._data, self._layers = data, layers

    def __len__(self) -> int:
        return self._n

    @property
    def last_step(self) -> int | None:
        """The step of the newest row (None when empty)."""
        return int(self._data["step"][self._n - 1]) if self._n else None

    def append(self, step: int, epoch: int, stats: HealthStats) -> None:
        """Add a row: the statistics measured at ``step`` (during ``epoch``)."""
        if self._n >= self.max_points:
            self.decimate()
        cap = len(self._data["step"])
        if self._n + 1 > cap or stats.n_layers > self._layers:
            self._alloc(
                max(cap, 2 * cap if self._n + 1 > cap else cap), max(self._layers, stats.n_layers)
            )
        i, d = self._n, self._data
        d["step"][i], d["epoch"][i] = step, epoch
        for s in self.STATS:
            values = stats.column(s)
            d[s][i, : len(values)] = values
        self._n += 1

    def view(self) -> dict[str, np.ndarray]:
        """Read-only views of the rows (see the class)."""
        out = {}
        for f, a in self._data.items():
            v = a[: self._n].view()
            v.flags.writeable = False
            out[f] = v
        return out

    def _keep(self, rows: np.ndarray) -> None:
        """Only these rows, in new arrays (views handed out keep what they showed)."""
        old, self._n = self._data, 0
        self._data = {f: np.full_like(a, np.nan) for f, a in old.items()}
        for f, a in old.items():
            self._data[f][: len(rows)] = a[rows]
        self._n = len(rows)

    def truncate_after(self, step: int) -> None:
        """Drop the rows measured after ``step`` (after a timeline jump back)."""
        if self._n and self._data["step"][self._n - 1] > step:
            self._keep(np.flatnonzero(self._data["step"][: self._n] <= step))

    def decimate(self) -> None:
        """Thin the older half of the rows to every other row; the first and the newer half stay."""
        n = self._n
        half = n // 2
        if half < 4:
            return
        self._keep(np.concatenate([[0], np.arange(1, half, 2), np.arange(half, n)]))

    def to_dict(self) -> dict[str, list[float]]:
        """The rows as columns, one per statistic and layer: ``step``, ``epoch``,
        ``grad_rms_1``, ``update_ratio_1``, ``saturated_1``, ``dead_1``, ``grad_rms_2``, …"""
        n, d = self._n, self._data
        out = {"step": d["step"][:n].tolist(), "epoch": d["epoch"][:n].tolist()}
        for k in range(1, self._layers + 1):
            for s in self.STATS:
                out[f"{s}_{k}"] = d[s][:n, k - 1].tolist()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> HealthBuffer:
        """A buffer of columns as ``to_dict`` writes them (columns it does not know are ignored),
        thinned to ``MAX_POINTS``."""
        data = data or {}
        n = len(data.get("step", []))
        layers = 0
        for key in data:
            stat, _, number = key.rpartition("_")
            if stat in cls.STATS and number.isdigit() and int(number) >= 1:
                layers = max(layers, int(number))
        buf = cls(max(64, n))
        buf._alloc(max(64, n), layers)
        d = buf._data
        d["step"][:n] = np.asarray(data["step"], dtype=float) if n else []
        d["epoch"][:n] = np.asarray(data.get("epoch", [np.nan] * n), dtype=float)
        for k in range(1, layers + 1):
            for s in cls.STATS:
                column = data.get(f"{s}_{k}")
                if column is not None:
                    d[s][:n, k - 1] = np.asarray(column, dtype=float)
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
    # training health (engine/health.py, docs/engine.md): the latest statistics and their
    # histograms, as HealthStats.to_dict() plus "step" and "epoch"; None before the first
    health: dict | None = None
    # HealthBuffer.view(): the statistics over time (the whole bounded record, every snapshot)
    health_history: dict | None = None
    # the notes whose rules hold (engine/notes.py), as Note.to_dict(), warnings first
    notes: tuple[dict, ...] = ()
    # a race beside the main training (session/race_runner.py: the keys), or None
    race: dict | None = None
