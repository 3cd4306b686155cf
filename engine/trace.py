"""Trace records: what each phase of a training step leaves for the window to show.

Every array is a host NumPy copy for the whole batch (samples in rows), so a record
can cross threads and be kept in a timeline; the view picks the traced sample's row
or the batch mean. Keys by kind:

* forward[k]:  ``a_prev`` (n×in), ``W`` (out×in), ``b``, ``z`` (n×out), ``a`` (f(z)),
  ``out`` (what the next layer sees: ``a`` after dropout), ``mask`` (dropout, if on)
* loss:        ``output``, ``target``, ``per_sample`` (n,), ``dL_da`` (None when fused),
  ``delta`` (δ_L); values ``data_loss``, ``regularization``, ``loss``
* backward[k]: ``delta`` (δ_k, n×out), ``dW`` (out×in), ``db`` (out,), ``a_prev``,
  ``W``, and for k > 1 ``dL_da_prev`` (∂L/∂a_{k−1}), ``da_dz_prev`` (f'(z_{k−1}), absent
  for softmax) and ``delta_prev`` (δ_{k−1})
* update:      for each parameter P (``W1``, ``b1``, …): ``P.old``, ``P.grad``, ``P.step``,
  ``P.new``; frozen parameters appear with a zero step. The optimizer's state per
  buffer B (as ``torch.optim`` names it: ``momentum_buffer``, ``sum``, ``square_avg``,
  ``exp_avg``, ``exp_avg_sq``): ``P.state.B.old`` (absent before the optimizer's first
  step) and ``P.state.B.new``; values ``loss`` and ``P.t`` (the optimizer's updates of P,
  this one included; absent for a frozen P)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.translation import Translate, untranslated


@dataclass(frozen=True)
class TraceRecord:
    """What one phase of a training step left: host arrays and numbers, keyed as above."""

    phase: str  # "forward[1]", …, "loss", "backward[L]", …, "update"
    kind: str  # "forward" | "loss" | "backward" | "update"
    layer: int | None  # 1-based layer for forward/backward, None otherwise
    step: int  # the optimizer step this phase belongs to (1-based)
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    values: dict[str, float] = field(default_factory=dict)

    def sample(self, key: str, row: int) -> np.ndarray:
        """One sample's row of a per-sample array."""
        return self.arrays[key][row]

    def batch_mean(self, key: str) -> np.ndarray:
        """The batch mean of a per-sample array."""
        return self.arrays[key].mean(axis=0)


def phase_names(n_layers: int) -> list[str]:
    """The phases of one training step, in order."""
    return (
        [f"forward[{k}]" for k in range(1, n_layers + 1)]
        + ["loss"]
        + [f"backward[{k}]" for k in range(n_layers, 0, -1)]
        + ["update"]
    )


def describe_phase(phase: str, translate: Translate = untranslated) -> str:
    """A plain-words name for a phase, for the window's phase label.

    ``translate`` is (context, text) → text; the window passes QCoreApplication.translate
    (lupdate finds the strings below under the context "phase").
    """
    if phase.startswith("forward["):
        return translate("phase", "Forward pass, layer {k}").format(k=phase[8:-1])
    if phase.startswith("backward["):
        return translate("phase", "Backward pass, layer {k}").format(k=phase[9:-1])
    if phase == "loss":
        return translate("phase", "Loss")
    if phase == "update":
        return translate("phase", "Weight update")
    return phase


def host_copy(to_host: Any, value: Any) -> Any:
    """A host NumPy copy of a backend array (None stays None), for a record to keep."""
    return None if value is None else np.array(to_host(value))
