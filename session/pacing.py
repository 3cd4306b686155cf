"""Paced Play: training at a chosen number of steps a second, every snapshot reaching the window.

At full speed (the default) the worker trains as fast as it can and publishes the newest state
about 30 times a second, dropping what the window had no time to draw. With a speed set
(``set_speed(steps_per_second)``), Play instead runs exactly ``steps_per_snapshot(speed)``
steps, evaluates, publishes that state, and waits until the window has taken the snapshot
(the controller answers every snapshot it takes with ``taken(step)``) and until the interval
``steps / speed`` is over. So at "one step per frame" (30 steps a second) each step is a
snapshot of its own, its loss a point of the curve, and none is dropped on the way: the
worker never publishes a snapshot while the previous one waits to be taken. A window that
draws slower than the speed asked for slows training down instead of skipping steps.

``PacedPlay`` is mixed into ``TrainingWorker`` (session/worker.py), whose ``_apply`` finds
``_cmd_set_speed`` by name, and whose ``post`` hands every command to ``_pace_answers`` first:
``taken`` is answered at once, on the caller's thread, and never queued (queued, it would
mark the worker dirty and make it publish the same state again).
"""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING, Any

from engine.errors import TrainingDiverged

if TYPE_CHECKING:
    from engine.training import Trainer

#: the speeds the window offers, in steps a second; None is full speed. From one step per
#: frame (about 30 frames a second) up, about ×3 a notch: 1, 3, 10, 30, … steps per frame.
SPEEDS: tuple[float | None, ...] = (30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0, 30000.0, None)
#: the snapshots a second a paced Play aims at (one step per snapshot at the slowest speed)
FRAME_HZ = 30.0
#: seconds a paced worker waits for the window to take a snapshot before it goes on anyway
#: (a window that stopped polling must not stop training for good)
TAKE_TIMEOUT = 1.0
#: a gap this long between two calls of ``_paced_chunk`` means Play was off meanwhile
RESUME_GAP = 0.25


def steps_per_snapshot(speed: float) -> int:
    """How many steps each snapshot of a paced Play brings: 1 up to ~30 steps a second."""
    return max(1, round(speed / FRAME_HZ))


def valid_speed(speed: Any) -> float | None:
    """A speed as the worker keeps it: None (full speed), or a positive number of steps a second."""
    if speed is None:
        return None
    value = float(speed)
    return value if math.isfinite(value) and value > 0 else None


class Pace:
    """When the next paced chunk may run: its interval is over and the window took the last
    snapshot (or ``TAKE_TIMEOUT`` passed). Thread-safe where it must be: ``taken`` runs on the
    thread that posts commands, everything else on the worker's."""

    def __init__(self) -> None:
        self.speed: float | None = None  # steps a second; None: full speed
        self.wake = threading.Event()  # set by every posted command and every "taken"
        self._taken = -1  # the step of the last snapshot the window took
        self._pending: int | None = None  # the step of the paced snapshot not yet taken
        self._published_at = 0.0
        self._next_at = 0.0  # when the next chunk may run
        self._last_call = -math.inf

    @property
    def steps(self) -> int:
        """Steps per snapshot at this speed (1 at full speed, where it does not apply)."""
        return 1 if self.speed is None else steps_per_snapshot(self.speed)

    @property
    def interval(self) -> float:
        """Seconds between two paced snapshots."""
        return 0.0 if self.speed is None else self.steps / self.speed

    def set_speed(self, speed: Any) -> None:
        self.speed = valid_speed(speed)
        self._pending = None
        self._next_at = 0.0

    def taken(self, step: int) -> None:
        """The window took the snapshot of ``step`` (any thread)."""
        self._taken = int(step)
        self.wake.set()

    def wait(self, now: float) -> float:
        """Seconds until the next chunk may run (0: now). After a gap (Play was off) it starts
        afresh: nothing pending, due at once."""
        if now - self._last_call > RESUME_GAP:
            self._pending, self._next_at = None, now
        self._last_call = now
        if self._pending is not None and self._taken != self._pending:
            waited = now - self._published_at
            if waited < TAKE_TIMEOUT:
                return min(TAKE_TIMEOUT - waited, 0.05)
        self._pending = None
        return max(0.0, self._next_at - now)

    def ran(self, start: float) -> None:
        """A chunk started at ``start``: the next is due one interval later (never in a burst
        to catch up after a wait)."""
        self._next_at = max(self._next_at + self.interval, start)

    def published(self, step: int, now: float) -> None:
        """The chunk's snapshot (of ``step``) is out: the next waits until the window takes it."""
        self._pending, self._published_at = int(step), now


class PacedPlay:
    """The ``set_speed`` command and Play at that speed (mixed into ``TrainingWorker``)."""

    # the worker's own, used here
    trainer: Trainer
    _playing: bool
    _dirty: bool
    _train_time: float
    _rate_steps: int
    _rate_t0: float
    _steps_per_second: float

    if TYPE_CHECKING:

        def _evaluate(self, append: bool = True) -> None: ...
        def _maybe_evaluate(self) -> None: ...
        def _publish(self) -> None: ...
        def _play_chunk(self) -> None: ...
        def _diverged(self, exc: TrainingDiverged) -> None: ...

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pace = Pace()
        self._eval_cost = 0.0  # seconds the last paced evaluation took

    def _pace_answers(self, command: str, args: tuple) -> bool:
        """Whether ``command`` was answered here, at once (``taken``); any command wakes a
        paced worker that waits."""
        if command == "taken":
            self.pace.taken(args[0])
            return True
        self.pace.wake.set()
        return False

    def _cmd_set_speed(self, speed: float | None) -> None:
        self.pace.set_speed(speed)
        self._rate_steps, self._rate_t0 = 0, time.perf_counter()

    def _paced_chunk(self) -> None:
        """Play at the chosen speed: when due, exactly ``pace.steps`` steps, an evaluation
        (the loss curve gets this state's point) and a snapshot; else wait a little."""
        pace, tr = self.pace, self.trainer
        pace.wake.clear()
        start = time.perf_counter()
        wait = pace.wait(start)
        if wait > 0:
            pace.wake.wait(wait)  # until due, or until a command or "taken" comes
            return
        pace.ran(start)
        try:
            tr.run_steps(pace.steps)
        except TrainingDiverged as exc:
            self._diverged(exc)
            return
        if tr.stopped_early:  # the full-speed chunk says so and stops
            self._play_chunk()
            return
        # the health budget (a share of the training time) counts the paced interval: the
        # worker has all of it, and the health curves then follow at their usual rate
        self._train_time += pace.interval
        t0 = time.perf_counter()
        if self._eval_cost <= 0.5 * pace.interval:
            self._evaluate()
            self._eval_cost = time.perf_counter() - t0
        else:  # evaluating every snapshot would slow the speed asked for: within the budget
            self._maybe_evaluate()
            self._eval_cost *= 0.9  # try again now and then (the data or network may change)
        self._rate_steps += pace.steps
        now = time.perf_counter()
        if now - self._rate_t0 >= 0.5:
            self._steps_per_second = self._rate_steps / (now - self._rate_t0)
            self._rate_steps, self._rate_t0 = 0, now
        self._dirty = True
        self._publish()
        pace.published(tr.step_count, now)
