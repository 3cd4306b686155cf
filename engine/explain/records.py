"""Reading a step's trace records: one sample's values or the batch mean."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.trace import TraceRecord


def batch_size(records: Sequence[TraceRecord]) -> int:
    """Rows in the traced batch (0 if there are no records)."""
    for r in records:
        if r.kind == "forward":
            return int(r.arrays["a_prev"].shape[0])
    return 0


class Reader:
    """Per-sample or batch-mean values of the arrays of a step's records, found by phase."""

    def __init__(self, records: Sequence[TraceRecord], row: int | None):
        self.rec = {r.phase: r for r in records}
        self.n = batch_size(records)
        # the traced sample's row (clamped into the batch), or None for the batch mean
        self.row = None if row is None else min(max(int(row), 0), max(self.n - 1, 0))

    def get(self, phase: str) -> TraceRecord | None:
        """The record of a phase, or None if that phase has not run yet."""
        return self.rec.get(phase)

    def v(self, record: TraceRecord, key: str, *index: int) -> float:
        """One entry of a per-sample array: the traced sample's, or its batch mean."""
        arr = record.arrays[key]
        if self.row is None:
            return float(np.asarray(arr, dtype=np.float64).mean(axis=0)[index])
        return float(arr[(self.row, *index)])

    def vec(self, record: TraceRecord, key: str) -> np.ndarray:
        """A whole row of a per-sample array: the traced sample's, or the batch mean."""
        arr = np.asarray(record.arrays[key], dtype=np.float64)
        return arr.mean(axis=0) if self.row is None else arr[self.row]
