"""The training worker's health monitor: when to measure the training-health statistics, their
history, the latest statistics and notes, and what a snapshot carries of them.

The statistics are engine/health.py's, the notes engine/notes.py's; this module only decides
when to compute them (at evaluation time: always while paused, i.e. after every manual step;
while playing within ``HEALTH_SHARE`` of the training time and at most ``HEALTH_HZ`` times a
second) and keeps the results for the snapshots. docs/engine.md describes the fields.
"""

from __future__ import annotations

import time
from typing import Any

from engine.health import Budget, HistogramRanges, measure_trainer
from engine.notes import Setup, active_notes
from engine.training import Trainer
from engine.translation import Translate, untranslated
from session.snapshot import HealthBuffer, History

HEALTH_HZ = 5.0
HEALTH_SHARE = 0.01


class HealthMonitor:
    """Measures a trainer's health at evaluation time within a budget; keeps the bounded history,
    the latest statistics and the active notes."""

    def __init__(self, translate: Translate = untranslated):
        self.translate = translate
        self.history = HealthBuffer()
        self.latest: dict | None = None  # HealthStats.to_dict() with "step" and "epoch"
        self.notes: tuple[dict, ...] = ()  # Note.to_dict() of the active notes
        self.budget = Budget(HEALTH_SHARE, HEALTH_HZ)
        self.ranges = HistogramRanges()
        self._arch: tuple = ()  # the architecture the histogram edges are for

    def clear(self) -> None:
        """A new run (Reset, another dataset): no history."""
        self.history = HealthBuffer()

    def load(self, history: dict | None) -> None:
        """The health rows of a saved history (its ``"health"`` columns), or none."""
        self.history = HealthBuffer.from_dict((history or {}).get("health"))

    def with_columns(self, history: dict[str, Any]) -> dict[str, Any]:
        """The loss history's columns with the health history's under ``"health"``
        (``HealthBuffer.to_dict``): what a capture and a project keep."""
        return {**history, "health": self.history.to_dict()}

    def measure(
        self, trainer: Trainer, curves: History, append: bool, playing: bool, train_time: float
    ) -> None:
        """At evaluation time: drop the rows the loss history ``curves`` no longer has; then,
        unless playing and over budget (``train_time``: seconds trained so far), measure,
        append a row (with ``append``, once per step) and evaluate the notes."""
        if len(curves):  # training went on from an earlier step: the later rows go
            self.history.truncate_after(int(curves.step[-1]))
        t0 = time.perf_counter()
        if playing and not self.budget.due(t0, train_time):
            return
        spec = trainer.spec
        arch = (spec.sizes, tuple(layer.activation for layer in spec.layers))
        if arch != self._arch:  # histogram edges are per layer of one architecture
            self.ranges.clear()
            self._arch = arch
        stats = measure_trainer(trainer, self.ranges)
        step = trainer.step_count
        if append and self.history.last_step != step:
            self.history.append(step, trainer.epoch, stats)
        self.latest = {"step": step, "epoch": trainer.epoch, **stats.to_dict()}
        notes = active_notes(curves, self.history.view(), Setup.of(trainer), self.translate)
        self.notes = tuple(note.to_dict() for note in notes)
        self.budget.spend(t0, time.perf_counter())

    def renote(self, trainer: Trainer, curves: History) -> None:
        """Evaluate the notes again (their words: the language changed), nothing measured."""
        notes = active_notes(curves, self.history.view(), Setup.of(trainer), self.translate)
        self.notes = tuple(note.to_dict() for note in notes)

    def snapshot_fields(self) -> dict[str, Any]:
        """The snapshot's ``health`` (the latest statistics with their histograms),
        ``health_history`` and ``notes``."""
        return {"health": self.latest, "health_history": self.history.view(), "notes": self.notes}
