"""Races: the same network trained several ways from the same start, side by side.

A race varies one hyper-parameter over 2–6 values (or, for the command line's ``compare``,
a product of several; the names are engine/race_values.py's). Every run starts from the
main trainer's state as it is: the same weights (an ``init`` race takes each initializer's
own draw from the spec's seed instead), the same optimizer state where the optimizer is the
same kind (a different one starts fresh, as ``Trainer.set_spec`` does), the same step,
epoch, shuffle and random-generator state. So every run sees the same batches in the same
order, and a run with the main run's own values continues it bit for bit.

**Dropout.** Masks come from the generator that also shuffles, so a run with dropout draws
numbers that a run without it does not, and their next shuffles would differ. Each run
therefore keeps the main trainer's way: where the main trainer has dropout, a run without
it skips, before each new shuffle, exactly the numbers the masks took (``_MaskShadow``);
where it has none, a run with dropout draws its masks from a stream of their own
(``_OwnMasks``). The batches stay the same; only the masks differ, as they must.

Runs advance interleaved, a few batches each in turn (``advance`` / ``run_until``), so they
progress together; being independent, their results do not depend on the interleaving.
Each run keeps loss curves (train and test loss and accuracy at the start, the shared
point 0, and at each epoch's end; steps and epochs counted from the race's start), the
step at which its training loss first reached the target, its training time, and its
path through weight space (for engine/landscape.py's projection). ``promote`` hands one
run's trainer state to whoever owns the main trainer.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.backend import Random
from engine.errors import TrainingDiverged
from engine.landscape import flat_parameters
from engine.network import initial_parameters
from engine.race_record import CURVE_FIELDS, RaceRecord, RunRecord
from engine.race_values import apply_values, run_label, variable
from engine.spec import NetworkSpec
from engine.training import Metrics, Trainer

#: each run trains this many of the first run's batches per turn (``run_until``)
TURN_BATCHES = 8
#: paths are kept for networks up to this many parameters, at most this many points a run
PATH_MAX_PARAMETERS = 200_000
PATH_MAX_POINTS = 1024
#: … and within this many bytes a run (a 200,000-weight path of 1024 points would hold
#: 1.6 GB), but never fewer than PATH_MIN_POINTS points
PATH_MAX_BYTES = 32 * 2**20
PATH_MIN_POINTS = 32
#: path points per epoch (besides every curve point)
PATH_POINTS_PER_EPOCH = 4


class _MaskShadow(Random):
    """The generator of a run without dropout racing a main run with it: before each new
    shuffle it skips the numbers the masks took in the epoch just ended, so its shuffles stay.
    """

    def __init__(self, state: dict, units: int, start_cursor: int):
        super().__init__(0)
        self.set_state(state)
        self.units = units  # mask numbers per row: the hidden units, all layers together
        self.trainer: Trainer | None = None
        self._from = start_cursor  # the row the epoch under way was at when the race began

    def permutation(self, n: int) -> np.ndarray:
        tr = self.trainer
        if tr is not None and tr.perm is not None:
            rows = max(0, tr.cursor - self._from)
            skip_doubles(self.generator, rows * self.units)
        self._from = 0
        return super().permutation(n)


class _OwnMasks(Random):
    """The generator of a run with dropout racing a main run without it: shuffles from the
    shared stream, masks from a stream of their own (the same for every such run)."""

    def __init__(self, state: dict):
        super().__init__(0)
        self.set_state(state)
        bits: Any = self.generator.bit_generator  # PCG64, whose jumped() is far along its stream
        self.masks = np.random.Generator(bits.jumped())

    def bernoulli_keep(self, keep: float, shape: tuple[int, ...]) -> np.ndarray:
        return (self.masks.random(size=shape) < keep).astype(np.float64)


def skip_doubles(generator: np.random.Generator, k: int) -> None:
    """Move the generator on as if it had drawn ``k`` uniform doubles (one 64-bit draw each)."""
    if k <= 0:
        return
    bg: Any = generator.bit_generator  # PCG64, whose advance() this is
    before = bg.state
    bg.advance(k)
    after = dict(bg.state)
    # doubles never touch the half-used 32-bit word that advance() clears
    after["has_uint32"], after["uinteger"] = before["has_uint32"], before["uinteger"]
    bg.state = after


@dataclass
class Run:
    """One trainer of a race, and what it has shown so far."""

    index: int  # 0-based
    values: dict[str, Any]
    trainer: Trainer
    record: RunRecord
    points: dict[str, list[float]] = field(default_factory=lambda: {f: [] for f in CURVE_FIELDS})
    path_steps: list[int] = field(default_factory=list)  # steps since the start
    path: list[np.ndarray] = field(default_factory=list)  # flat parameters, float64

    @property
    def running(self) -> bool:
        return self.record.status == "running"

    @property
    def spec(self) -> NetworkSpec:
        return self.trainer.spec


class Race:
    """Runs of one network with different hyper-parameters, trained side by side."""

    def __init__(
        self,
        base: Trainer,
        data: Any,
        variations: Sequence[Mapping[str, Any]],
        *,
        epochs: int | None = None,
        steps: int | None = None,
        target_loss: float | None = None,
        record_paths: bool = True,
        clock: Callable[[], float] = time.perf_counter,
    ):
        """``base`` is the main trainer (left untouched); ``data`` has its ``X_train``,
        ``y_train``, ``X_test``, ``y_test`` (a Dataset). ``epochs`` / ``steps`` end each run
        (an epoch under way counts as the first); neither: the runs go on until ``stop``."""
        if not variations:
            raise ValueError("a race needs at least one run")
        names = [variable(n).name for n in variations[0]]
        if any(sorted(variable(n).name for n in v) != sorted(names) for v in variations):
            raise ValueError(f"every run of a race needs a value for each of {', '.join(names)}")
        self.names = tuple(names)
        self.epochs, self.steps, self.target_loss = epochs, steps, target_loss
        self.clock = clock
        self.start_step, self.start_epoch = base.step_count, base.epoch
        self.n_train = base.n_train
        self._start_position = _position(base)
        self._goal = 0  # rows every run should have trained on by now
        state = base.state_dict()
        specs = [apply_values(base.spec, v) for v in variations]
        masks = base.spec.dropout > 0  # the main trainer's draws: shuffles and masks, or shuffles
        self.runs: list[Run] = []
        for i, (values, spec) in enumerate(zip(variations, specs, strict=True)):
            values = {variable(k).name: v for k, v in values.items()}
            tr = self._start_trainer(base, data, spec, state, values)
            if masks and spec.dropout == 0:
                shadow = _MaskShadow(state["rng"], sum(ly.units for ly in spec.hidden), base.cursor)
                shadow.trainer = tr
                tr.rng = shadow
            elif spec.dropout > 0 and not masks:
                tr.rng = _OwnMasks(state["rng"])
            if self.runs:  # one copy of the data on the device for all runs
                first = self.runs[0].trainer
                tr.X, tr.Y, tr.X_test, tr.Y_test = first.X, first.Y, first.X_test, first.Y_test
            self.runs.append(Run(i, values, tr, RunRecord(run_label(values), dict(values))))
        n_params = sum(int(np.prod(p.shape)) for p in state["params"].values())
        self.record_paths = record_paths and n_params <= PATH_MAX_PARAMETERS
        self.path_max_points = max(
            PATH_MIN_POINTS, min(PATH_MAX_POINTS, PATH_MAX_BYTES // (8 * max(n_params, 1)))
        )
        self._path_every = max(1, base.steps_per_epoch // PATH_POINTS_PER_EPOCH)
        for run in self.runs:
            self._add_point(run)
            self._check_limit(run)

    @staticmethod
    def _start_trainer(
        base: Trainer, data: Any, spec: NetworkSpec, state: dict, values: Mapping[str, Any]
    ) -> Trainer:
        """A trainer for one run: the base's state with the run's spec (see the module's docstring)."""
        st = dict(state)
        # early stopping starts over: a main run that stopped early must not stop every run
        st["stopped_early"], st["epochs_since_best"] = False, 0
        if "init" in values:  # the initializer's own draw; its optimizer state would not fit
            st["params"] = initial_parameters(spec)
            st["optimizer"] = {}
            st["best_params"] = None
        if spec.optimizer.name != base.spec.optimizer.name:
            st["optimizer"] = {}
        tr = Trainer(
            spec,
            data.X_train,
            data.y_train,
            data.X_test,
            data.y_test,
            backend=base.backend,
            params=st["params"],
        )
        tr.load_state_dict(st)
        return tr

    # ----- progress --------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """No run trains any more."""
        return not any(run.running for run in self.runs)

    def advance(self, rows: int | None = None) -> bool:
        """Each running run trains on ``rows`` more training rows (default: one batch of the
        first run); whether any run still trains. Runs with other batch sizes take as many
        steps as cover the same rows, so all stay at the same point of the epoch."""
        self._goal += rows if rows is not None else self.runs[0].spec.batch_size
        for run in self.runs:
            self._advance_run(run)
        return not self.finished

    def run_until(self, deadline: float, turn_batches: int = TURN_BATCHES) -> int:
        """Turns of ``turn_batches`` batches each until ``clock()`` reaches ``deadline`` or the
        race is finished (at least one turn); how many turns ran."""
        turns = 0
        rows = turn_batches * self.runs[0].spec.batch_size
        while not self.finished:
            self.advance(rows)
            turns += 1
            if self.clock() >= deadline:
                break
        return turns

    def run_to_end(self, epochs_per_turn: int = 1) -> None:
        """Train every run to the race's end (it must have one)."""
        if self.epochs is None and self.steps is None:
            raise ValueError("a race without an end cannot be run to its end")
        while not self.finished:
            self.advance(epochs_per_turn * self.n_train)

    def _advance_run(self, run: Run) -> None:
        tr = run.trainer
        bs = tr.spec.batch_size
        while run.running:
            done = _position(tr) - self._start_position
            if done >= self._goal:
                return
            k = -(-(self._goal - done) // bs)
            k = min(k, _steps_left_in_epoch(tr))
            if self.steps is not None:
                k = min(k, self.steps - (tr.step_count - self.start_step))
            if self.record_paths:
                since = tr.step_count - self.start_step
                k = min(k, self._path_every - since % self._path_every)
            epoch = tr.epoch
            t0 = self.clock()
            try:
                tr.run_steps(max(1, k))
            except TrainingDiverged as exc:
                run.record.wall_time += self.clock() - t0
                run.record.status, run.record.message = "diverged", str(exc)
                return
            run.record.wall_time += self.clock() - t0
            if tr.epoch != epoch:
                self._add_point(run)
            elif self.record_paths and (tr.step_count - self.start_step) % self._path_every == 0:
                self._add_path_point(run)
            self._check_limit(run)

    def _check_limit(self, run: Run) -> None:
        tr = run.trainer
        ended = (self.epochs is not None and tr.epoch - self.start_epoch >= self.epochs) or (
            self.steps is not None and tr.step_count - self.start_step >= self.steps
        )
        if tr.stopped_early:
            run.record.status = "stopped early"
        elif ended:
            run.record.status = "done"
        else:
            return
        self._close(run)

    def _close(self, run: Run) -> None:
        """The last point, where it is not the last curve point already."""
        steps = run.points["step"]
        if not steps or steps[-1] != run.trainer.step_count - self.start_step:
            self._add_point(run)

    def stop(self) -> None:
        """End every run that still trains (their curves end where they are)."""
        for run in self.runs:
            if run.running:
                run.record.status = "stopped"
                self._close(run)

    # ----- what the runs show ------------------------------------------------------------
    def _add_point(self, run: Run) -> None:
        tr = run.trainer
        m: Metrics = tr.evaluate()
        step = tr.step_count - self.start_step
        row = (
            step,
            tr.epoch - self.start_epoch,
            m.train_loss,
            _nan(m.test_loss),
            _nan(m.train_accuracy),
            _nan(m.test_accuracy),
        )
        for f, v in zip(CURVE_FIELDS, row, strict=True):
            run.points[f].append(float(v))
        run.record.curves = {f: np.asarray(run.points[f], dtype=np.float64) for f in CURVE_FIELDS}
        target = self.target_loss
        if target is not None and run.record.steps_to_target is None and m.train_loss <= target:
            run.record.steps_to_target = step
        self._add_path_point(run)

    def _add_path_point(self, run: Run) -> None:
        if not self.record_paths:
            return
        step = run.trainer.step_count - self.start_step
        if run.path_steps and run.path_steps[-1] == step:
            return
        run.path_steps.append(step)
        run.path.append(flat_parameters(run.trainer.network))
        if len(run.path) > self.path_max_points:  # thin the points, keep the first and last
            keep = list(range(0, len(run.path) - 1, 2)) + [len(run.path) - 1]
            run.path = [run.path[i] for i in keep]
            run.path_steps = [run.path_steps[i] for i in keep]

    def set_target(self, target_loss: float | None) -> None:
        """A new target loss: each run's steps to reach it, from its curve so far."""
        self.target_loss = target_loss
        for run in self.runs:
            run.record.steps_to_target = None
            if target_loss is None:
                continue
            for step, loss in zip(run.points["step"], run.points["train_loss"], strict=True):
                if loss <= target_loss:
                    run.record.steps_to_target = int(step)
                    break

    def table(self) -> list[dict[str, Any]]:
        """One row per run: its number (from 1), label, values, where it is, its last
        metrics, steps to the target, training time and status."""
        rows = []
        for run in self.runs:
            r = run.record
            rows.append(
                {
                    "run": run.index + 1,
                    "label": r.label,
                    "values": dict(run.values),
                    "step": run.trainer.step_count - self.start_step,
                    "epoch": run.trainer.epoch - self.start_epoch,
                    **{f: r.final(f) for f in CURVE_FIELDS[2:]},
                    "steps_to_target": r.steps_to_target,
                    "wall_time": r.wall_time,
                    "status": r.status,
                    "message": r.message,
                }
            )
        return rows

    def record(self) -> RaceRecord:
        """The race as it is kept: values and curves (engine/race_record.py)."""
        return RaceRecord(
            self.names,
            [run.record for run in self.runs],
            epochs=self.epochs,
            steps=self.steps,
            target_loss=self.target_loss,
            start_step=self.start_step,
            start_epoch=self.start_epoch,
        )

    def paths(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each run's (steps since the start, flat parameters (points × parameters))."""
        out = []
        for run in self.runs:
            pts = np.stack(run.path) if run.path else np.zeros((0, 0))
            out.append((np.asarray(run.path_steps, dtype=np.int64), pts))
        return out

    def promote(self, index: int) -> tuple[NetworkSpec, dict[str, Any]]:
        """Run ``index``'s (0-based) spec and whole trainer state, for the main trainer."""
        if not 0 <= index < len(self.runs):
            raise IndexError(f"there is no run {index + 1}; the race has {len(self.runs)}")
        tr = self.runs[index].trainer
        return tr.spec, tr.state_dict()


def _nan(v: float | None) -> float:
    return math.nan if v is None else float(v)


def _position(tr: Trainer) -> int:
    """Training rows taken since the trainer's first step: whole epochs, then this epoch's."""
    inside = tr.cursor if tr.perm is not None and tr.cursor < tr.n_train else 0
    return tr.epoch * tr.n_train + inside


def _steps_left_in_epoch(tr: Trainer) -> int:
    """Steps until the epoch under way (or the next, at an epoch's edge) ends."""
    if tr.perm is None or tr.cursor >= tr.n_train:
        return tr.steps_per_epoch
    return -(-(tr.n_train - tr.cursor) // tr.spec.batch_size)
