"""What the diagram shows for the step being stepped through: values per node and per edge.

``phase_view(trace, row)`` folds a step's trace records (in phase order; the last is the
current phase) into the numbers to draw. ``row`` is the traced sample's row in the batch,
or None for the batch mean. Pure NumPy, no Qt, so the numbers can be tested directly.

* forward[k]: layer k's nodes show a = f(z); edges of W_k carry w·a_prev
* loss:       the outputs show prediction against target, and the loss
* backward[k]: layer k's nodes show δ_k; edges of W_k show ∂L/∂w (for one sample its own
  term δ_i·a_j; for the batch mean the batch gradient dW)
* update:     edges show Δw = −(the optimizer's step), nodes Δb likewise

With dropout, each forward record's mask says which neurons were switched off: for the
traced sample ``dropped`` marks them (from their forward phase to the end of the step);
for the batch mean ``dropped_count`` says for how many samples each one was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from engine.trace import TraceRecord

# what the edge colours mean, by record kind
EDGE_QUANTITY = {"forward": "w·a", "backward": "∂L/∂w", "update": "Δw"}
NODE_QUANTITY = {"forward": "a", "backward": "δ", "update": "Δb"}


@dataclass
class PhaseView:
    """The numbers one moment of a step puts on the diagram."""

    phase: str | None = None  # the current (last) phase
    kind: str | None = None
    layer: int | None = None
    step: int | None = None
    node_values: dict[int, np.ndarray] = field(default_factory=dict)  # layer → (units,)
    node_quantity: dict[int, str] = field(default_factory=dict)  # layer → "a" | "δ" | "Δb"
    edge_values: dict[int, np.ndarray] = field(default_factory=dict)  # layer k → (out, in)
    edge_quantity: str | None = None  # quantity of the current phase's edges
    backward: bool = False  # values flow right to left
    loss: float | None = None  # batch loss (with regularization)
    sample_loss: float | None = None  # the traced sample's own loss
    prediction: np.ndarray | None = None
    target: np.ndarray | None = None
    dropped: dict[int, np.ndarray] = field(default_factory=dict)  # layer → bool per unit
    dropped_count: dict[int, np.ndarray] = field(default_factory=dict)  # layer → count per unit
    batch_size: int = 0

    @property
    def active(self) -> bool:
        return self.phase is not None


def _pick(a: np.ndarray, row: int | None) -> np.ndarray:
    """One sample's row, or the batch mean, of a per-sample (n × m) array."""
    a = np.asarray(a, dtype=np.float64)
    if row is None:
        return a.mean(axis=0)
    return a[min(max(row, 0), a.shape[0] - 1)]


def phase_view(trace: tuple[TraceRecord, ...] | list[TraceRecord], row: int | None) -> PhaseView:
    """The values to draw after the records of one step (empty trace: nothing to draw)."""
    view = PhaseView()
    for rec in trace:
        view.phase, view.kind, view.layer, view.step = rec.phase, rec.kind, rec.layer, rec.step
        view.backward = rec.kind == "backward"
        if rec.kind in EDGE_QUANTITY:
            view.edge_quantity = EDGE_QUANTITY[rec.kind]
        if rec.kind == "forward":
            k = rec.layer
            a_prev = _pick(rec.arrays["a_prev"], row)
            if k == 1:
                view.node_values[0], view.node_quantity[0] = a_prev, "x"
            view.node_values[k], view.node_quantity[k] = _pick(rec.arrays["a"], row), "a"
            view.edge_values[k] = np.asarray(rec.arrays["W"], dtype=np.float64) * a_prev[None, :]
            view.batch_size = int(np.shape(rec.arrays["a_prev"])[0])
            mask = rec.arrays.get("mask")
            if mask is not None:
                off = np.asarray(mask) == 0
                if row is None:
                    view.dropped_count[k] = off.sum(axis=0)
                else:
                    view.dropped[k] = off[min(max(row, 0), off.shape[0] - 1)]
        elif rec.kind == "loss":
            view.prediction = _pick(rec.arrays["output"], row)
            view.target = _pick(rec.arrays["target"], row)
            view.loss = float(rec.values["loss"])
            per = np.asarray(rec.arrays["per_sample"], dtype=np.float64)
            view.sample_loss = float(per.mean() if row is None else _pick(per[:, None], row)[0])
        elif rec.kind == "backward":
            k = rec.layer
            delta = rec.arrays["delta"]
            view.node_values[k], view.node_quantity[k] = _pick(delta, row), "δ"
            if row is None:
                view.edge_values[k] = np.asarray(rec.arrays["dW"], dtype=np.float64)
            else:
                view.edge_values[k] = np.outer(_pick(delta, row), _pick(rec.arrays["a_prev"], row))
        elif rec.kind == "update":
            k = 1
            while f"W{k}.new" in rec.arrays:
                a = rec.arrays
                view.edge_values[k] = -np.asarray(a[f"W{k}.step"], dtype=np.float64)
                view.node_values[k] = -np.asarray(a[f"b{k}.step"], dtype=np.float64)
                view.node_quantity[k] = "Δb"
                k += 1
            view.node_values.pop(0, None)
    return view


def trace_fits(trace: tuple[TraceRecord, ...] | list[TraceRecord], sizes: tuple[int, ...]) -> bool:
    """Whether a step's records were taken on a network of these layer sizes.

    A finished step's records stay on show until the next step begins; after an edit of
    the architecture they describe a network that is no longer drawn, and are not drawn.
    """
    L = len(sizes) - 1

    def fits(a, k: int) -> bool:
        return a is None or (1 <= k <= L and np.shape(a) == (sizes[k], sizes[k - 1]))

    for rec in trace:
        if rec.kind in ("forward", "backward"):
            if not fits(rec.arrays.get("W"), rec.layer if rec.layer is not None else 0):
                return False
        elif rec.kind == "loss":
            out = rec.arrays.get("output")
            if out is not None and np.shape(out)[-1] != sizes[-1]:
                return False
        elif rec.kind == "update":
            # "W2.new", not "W2.state.exp_avg.new" (the optimizer's state)
            names = [
                n for n in rec.arrays if n[:1] == "W" and n.endswith(".new") and n[1:-4].isdigit()
            ]
            if len(names) != L or not all(fits(rec.arrays[n], int(n[1:-4])) for n in names):
                return False
    return True
