"""Training-health statistics per layer: gradient size, update-to-weight ratio, saturation,
dead units, and histograms of weights and activations with fixed bin edges.

For layer k (1..L), on a sample of at most ``SAMPLE_ROWS`` training rows
(``sample_rows``: all of them when there are fewer, else evenly spread over the set):

- ``grad_rms``: RMS of ∂L/∂W_k, √(mean of its squared entries), of the total loss (data +
  regularization, no dropout) over the sample, at the current weights;
- ``update_ratio``: ‖ΔW_k‖ / ‖W_k‖ (Frobenius norms) of the optimizer's last update and
  the weights it left; NaN when no update was made since the optimizer was (re)made, or
  the layer's weights are frozen;
- ``saturated``: for sigmoid and tanh layers, the share of (unit, row) pairs of the
  sample where |f′(z)| < ``SATURATION_SLOPE``; NaN for other activations;
- ``dead``: for ReLU layers, the share of units whose output is 0 for every row of the
  sample; NaN for other activations.

Everything is computed on the backend (``xp``) with one forward and one backward pass;
only the few numbers and histogram counts come to the host. The thresholds of the notes
that read these numbers are in engine/notes.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.backend import Backend
from engine.network import Network

if TYPE_CHECKING:
    from engine.training import Trainer

#: at most this many training rows are used for the statistics
SAMPLE_ROWS = 256
#: a sigmoid or tanh unit is saturated where its slope |f′(z)| is below this
SATURATION_SLOPE = 0.05
#: bins of every histogram
HISTOGRAM_BINS = 32
#: the statistics, in the order of the history's columns (``grad_rms_1``, …)
STATS = ("grad_rms", "update_ratio", "saturated", "dead")
# activations with a fixed output range: (low, high) of their histogram
_FIXED_RANGE = {"sigmoid": (0.0, 1.0), "softmax": (0.0, 1.0), "tanh": (-1.0, 1.0)}


@dataclass(frozen=True)
class Histogram:
    """Counts of values in ``len(edges) − 1`` bins [e_i, e_i+1) (the last one closed)."""

    edges: np.ndarray
    counts: np.ndarray


@dataclass(frozen=True)
class HealthStats:
    """The health statistics at one moment: one entry per layer 1..L (NaN where absent)."""

    grad_rms: tuple[float, ...]
    update_ratio: tuple[float, ...]
    saturated: tuple[float, ...]
    dead: tuple[float, ...]
    # histograms of each layer's activations (a_k) on the sample and of its weights W_k;
    # None where a value was not finite; empty when measured without HistogramRanges
    activations: tuple[Histogram | None, ...] = ()
    weights: tuple[Histogram | None, ...] = ()

    @property
    def n_layers(self) -> int:
        return len(self.grad_rms)

    def column(self, stat: str) -> tuple[float, ...]:
        """One statistic's values, layer by layer (``stat`` one of ``STATS``)."""
        return tuple(getattr(self, stat))

    def to_dict(self) -> dict[str, Any]:
        """Plain values (tuples of floats, arrays) for a snapshot or the wire."""
        out: dict[str, Any] = {s: self.column(s) for s in STATS}
        for name, histograms in (("activation", self.activations), ("weight", self.weights)):
            out[f"{name}_histograms"] = tuple(
                None if h is None else (h.edges, h.counts) for h in histograms
            )
        return out


def sample_rows(n: int, limit: int = SAMPLE_ROWS) -> np.ndarray:
    """Row numbers of the sample: all ``n`` rows up to ``limit``, else ``limit`` rows evenly
    spread (data files are often sorted by class, so the first rows would not do)."""
    if n <= limit:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, limit).round().astype(np.int64))


def measure(
    network: Network,
    X: Any,
    Y: Any,
    last_steps: dict[str, Any] | None = None,
    ranges: HistogramRanges | None = None,
) -> HealthStats:
    """The statistics of ``network`` on inputs X with targets Y (backend arrays).

    ``last_steps`` are the optimizer's last steps by parameter name (``Optimizer.last_steps``);
    ``ranges`` keeps the histograms' bin edges from call to call (none: no histograms).
    """
    xp, be = network.xp, network.backend
    caches = network.forward_pass(X)
    _, _, delta = network.output_delta(caches[-1], Y)
    grads, _, _ = network.backward_pass(delta, caches)
    last_steps = last_steps or {}
    L = network.n_layers
    values: list[Any] = []  # 0-d backend arrays, brought to the host at once
    where: list[tuple[str, int]] = []
    for k in range(1, L + 1):
        w_name = network.layer_names[k - 1][0]
        cache, act = caches[k - 1], network.activations[k - 1]
        g, w = grads[w_name], network.W(k)
        values.append(xp.sqrt(xp.mean(g * g)))
        where.append(("grad_rms", k))
        step = last_steps.get(w_name)
        if step is not None:
            values.append(xp.sqrt(xp.sum(step * step)) / xp.sqrt(xp.sum(w * w)))
            where.append(("update_ratio", k))
        if act.name in ("sigmoid", "tanh") and act.derivative is not None:
            slope = xp.abs(act.derivative(xp, cache.z, cache.a))
            # counts, exact in any float type below 2**24, divided on the host
            values.append(xp.sum(xp.astype(slope < SATURATION_SLOPE, cache.z.dtype)))
            where.append(("saturated", k))
        if act.name == "relu":
            silent = xp.all(cache.a == 0, axis=0)
            values.append(xp.sum(xp.astype(silent, cache.z.dtype)))
            where.append(("dead", k))
    host = be.to_host(xp.stack([xp.astype(v, cache.z.dtype) for v in values])).tolist()
    n_rows = int(X.shape[0])
    table = {s: [math.nan] * L for s in STATS}
    for (stat, k), v in zip(where, host, strict=True):
        units = int(caches[k - 1].a.shape[1])
        share = {"saturated": n_rows * units, "dead": units}.get(stat)
        table[stat][k - 1] = float(v) / share if share else float(v)
    activations: tuple[Histogram | None, ...] = ()
    weights: tuple[Histogram | None, ...] = ()
    if ranges is not None:
        names = [act.name for act in network.activations]
        activations = tuple(
            ranges.histogram(be, ("a", k, names[k - 1]), caches[k - 1].a) for k in range(1, L + 1)
        )
        weights = tuple(
            ranges.histogram(be, ("W", k, names[k - 1]), network.W(k)) for k in range(1, L + 1)
        )
    return HealthStats(
        tuple(table["grad_rms"]),
        tuple(table["update_ratio"]),
        tuple(table["saturated"]),
        tuple(table["dead"]),
        activations,
        weights,
    )


def measure_trainer(
    trainer: Trainer, ranges: HistogramRanges | None = None, limit: int = SAMPLE_ROWS
) -> HealthStats:
    """The statistics of a Trainer's network on its sample of training rows, with its
    optimizer's last update."""
    be, xp = trainer.backend, trainer.xp
    rows = sample_rows(trainer.n_train, limit)
    if len(rows) == trainer.n_train:
        X, Y = trainer.X, trainer.Y
    else:
        index = rows if be.name == "numpy" else be.asarray(rows)
        X, Y = xp.take(trainer.X, index, axis=0), xp.take(trainer.Y, index, axis=0)
    with be.quiet():
        return measure(trainer.network, X, Y, trainer.optimizer.last_steps(), ranges)


# ----- histograms ------------------------------------------------------------------------
def bin_counts(backend: Backend, values: Any, edges: np.ndarray) -> np.ndarray:
    """Host counts of ``values`` (a backend array of any shape, all within [edges[0],
    edges[-1]]) in the bins between the host ``edges``: [e_i, e_i+1), the last one closed.

    Sorting and ``searchsorted`` on the backend keep it within the array API (there is no
    bincount); only the bins − 1 positions of the inner edges come to the host."""
    if backend.name == "numpy":  # straight to NumPy, without the namespace's dispatch
        flat = np.sort(values, axis=None)
        below = np.searchsorted(flat, edges[1:-1], side="left")
    else:
        xp = backend.xp
        flat = xp.sort(xp.reshape(values, (-1,)))
        inner = backend.asarray(edges[1:-1], str(values.dtype).split(".")[-1])
        below = np.asarray(backend.to_host(xp.searchsorted(flat, inner, side="left")), np.int64)
    return np.diff(np.concatenate([[0], below, [int(flat.shape[0])]]))


class HistogramRanges:
    """Fixed bin edges per layer, kept from snapshot to snapshot so histograms compare.

    sigmoid, softmax and tanh activations have their output range; other values get
    [−R, R] (ReLU activations [0, R]), R the smallest power of two that holds them; when a
    value falls outside later, R doubles (the edges change then, and only then).
    """

    def __init__(self, bins: int = HISTOGRAM_BINS):
        self.bins = bins
        self._ranges: dict[tuple, tuple[float, float]] = {}
        self._edges: dict[tuple[float, float], np.ndarray] = {}

    def clear(self) -> None:
        self._ranges.clear()

    def edges(self, key: tuple, low: float, high: float) -> np.ndarray:
        """The edges for ``key`` (("a" or "W", layer, activation)) that hold [low, high]."""
        kind, _, activation = key
        if kind == "a" and activation in _FIXED_RANGE:
            lo, hi = _FIXED_RANGE[activation]
        else:
            nonneg = kind == "a" and activation == "relu"
            lo, hi = self._ranges.get(key, (0.0, 0.0))
            reach = max(abs(low), abs(high), 2.0**-10)
            if reach > hi:
                r = max(hi, 2.0 ** math.ceil(math.log2(reach)))
                while r < reach:
                    r *= 2.0
                lo, hi = (0.0 if nonneg else -r), r
            self._ranges[key] = (lo, hi)
        edges = self._edges.get((lo, hi))
        if edges is None:  # one array per range, shared by every call (never written)
            edges = self._edges[(lo, hi)] = np.linspace(lo, hi, self.bins + 1)
            edges.flags.writeable = False
        return edges

    def histogram(self, backend: Backend, key: tuple, values: Any) -> Histogram | None:
        """The histogram of ``values`` (an array of ``backend``) on ``key``'s edges; None
        when a value is not finite."""
        xp = backend.xp
        if backend.name == "numpy":
            low, high = float(values.min()), float(values.max())
        else:
            low, high = backend.to_host(xp.stack([xp.min(values), xp.max(values)])).tolist()
        if not (math.isfinite(low) and math.isfinite(high)):
            return None
        edges = self.edges(key, low, high)
        if low < edges[0] or high > edges[-1]:  # rounding at a fixed range's ends
            values = xp.clip(values, float(edges[0]), float(edges[-1]))
        return Histogram(edges, bin_counts(backend, values, edges))


class Budget:
    """When to measure while training runs: at most ``hz`` times a second and within ``share``
    of the training time, but at least once a second."""

    def __init__(self, share: float, hz: float):
        self.share, self.interval = share, 1.0 / hz
        self.spent = 0.0  # seconds measuring so far
        self.last = -math.inf  # when the last measurement ended

    def due(self, now: float, train_time: float) -> bool:
        """Whether to measure at ``now`` (perf_counter), ``train_time`` seconds trained so far."""
        since = now - self.last
        return since >= 1.0 or (since >= self.interval and self.spent <= self.share * train_time)

    def spend(self, start: float, end: float) -> None:
        """A measurement ran from ``start`` to ``end``."""
        self.spent += end - start
        self.last = end
