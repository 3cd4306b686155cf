"""The training worker's races: commands, training in turns, and the race in every snapshot.

``RaceCommands`` is mixed into ``TrainingWorker`` (session/worker.py), whose ``_apply``
finds its ``_cmd_*`` methods by name like the worker's own. A race (engine/race.py) has
its own trainers, started from the main trainer's state; the main trainer is not touched
until a run is promoted. Starting or resuming a race pauses Play, and Play takes priority
(the race waits while the main network plays).

Commands (``worker.post(name, *args)``):

- ``race_start(grid, epochs=None, steps=None, target_loss=None)``: ``grid`` maps each varied
  name to its values, ``{"optimizer": ["sgd", "momentum", "adam"]}`` (one name: 2–6 values;
  several: their product, up to 36 runs); values may be typed or text. Without ``epochs`` or
  ``steps`` the runs go on until stopped.
- ``race_pause``, ``race_resume``; ``race_stop`` (ends every run; the race stays to look at
  and promote from); ``race_close`` (forgets it).
- ``race_promote(i)``: run i's (0-based) spec and trainer state become the main network's;
  the main history keeps its points up to the race's start and takes the run's after it.
- ``race_target(loss)``: a new target loss (None: none).
- ``race_show(record)``: show a saved race's curves (``RaceRecord.to_plain()``, e.g. from a
  project's ``race``); it cannot train on or be promoted.
- ``landscape(request)``: the loss landscape through the main network's current weights,
  with the race's paths projected on it, sent as the event ``("landscape", id, result)``;
  see ``_cmd_landscape``.

The snapshot's ``race`` (``_race_view``) is None without a race, else a dict:
``RaceRecord.to_plain()``'s keys (``names``, ``runs`` with each run's ``label``, ``values``,
``curves``, ``steps_to_target``, ``wall_time``, ``status``, ``message``; ``epochs``, ``steps``,
``target_loss``, ``start_step``, ``start_epoch``) plus ``state`` ("running", "paused",
"finished" or "saved"), ``live`` (its runs can train on and be promoted), ``table`` (one
row per run, ``Race.table()``'s) and ``decision`` (for 2-D data, each run's decision map
(res × res) as the output view draws it, else None).
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.errors import BackpropLabError
from engine.heatmaps import decision_map, neuron_heatmaps
from engine.landscape import (
    flat_parameters,
    flatten,
    loss_landscape,
    path_directions,
    project,
    random_directions,
    weight_directions,
)
from engine.race import PATH_MAX_PARAMETERS, Race
from engine.race_record import CURVE_FIELDS, RaceRecord
from engine.race_values import check_count, check_value, parse_value, variable, variations
from engine.stepper import Stepper
from engine.training import Metrics

if TYPE_CHECKING:
    import queue

    from engine.datasets import Dataset
    from engine.training import Trainer
    from engine.translation import Translate
    from session.snapshot import HistoryBuffer
    from session.timeline import Timeline

#: a race trains in chunks of about this long between two looks at the command queue
RACE_CHUNK_SECONDS = 0.01
#: a racing worker publishes a snapshot at most this often
RACE_PUBLISH_SECONDS = 1.0 / 32
#: the runs' decision maps are drawn again at most this often (each is a pass over the grid)
DECISION_SECONDS = 0.125


class RaceError(BackpropLabError, ValueError):
    """A race command that cannot be applied (shown as a message)."""


class RaceCommands:
    """The race commands of the training worker (mixed into ``TrainingWorker``)."""

    # the worker's own, used here
    trainer: Trainer
    dataset: Dataset
    stepper: Stepper
    history: HistoryBuffer
    timeline: Timeline
    heatmap_resolution: int
    translate: Translate
    _events: queue.SimpleQueue
    _playing: bool
    _dirty: bool
    _message: str | None
    _last_publish: float

    if TYPE_CHECKING:

        def _cmd_pause(self) -> None: ...
        def _finish_partial_step(self) -> None: ...
        def _abort_partial_step(self) -> None: ...
        def _evaluate(self, append: bool = True) -> None: ...

    _race: Race | None = None
    _race_saved: RaceRecord | None = None  # a reopened race: curves only
    _race_running = False
    _race_dataset: Dataset | None = None
    _race_maps: dict[int, tuple[int, np.ndarray]] | None = None  # run → (step, decision map)
    _race_maps_at = 0.0  # when they were last drawn

    # ----- commands --------------------------------------------------------------------
    def _cmd_race_start(
        self,
        grid: dict[str, Any],
        epochs: int | None = None,
        steps: int | None = None,
        target_loss: float | None = None,
    ) -> None:
        try:
            typed = {
                variable(name).name: [_typed(name, v) for v in values]
                for name, values in dict(grid).items()
            }
            for name, values in typed.items():
                for i, v in enumerate(values):
                    check_value(name, v)
                    if v in values[:i]:
                        raise ValueError(f"{name}: the value {v} is given twice")
            runs = variations(typed)
            check_count(runs, single=len(typed) == 1)
        except (KeyError, ValueError) as exc:
            raise RaceError(str(exc.args[0]) if exc.args else str(exc)) from None
        for n, what in ((epochs, "epochs"), (steps, "steps")):
            if n is not None and int(n) < 1:
                raise RaceError(f"{what}: expected at least 1, got {n}")
        self._cmd_pause()
        self._finish_partial_step()
        self._race = Race(
            self.trainer,
            self.dataset,
            runs,
            epochs=None if epochs is None else int(epochs),
            steps=None if steps is None else int(steps),
            target_loss=target_loss,
        )
        self._race_saved = None
        self._race_dataset = self.dataset
        self._race_maps = {}
        self._race_running = not self._race.finished

    def _cmd_race_pause(self) -> None:
        self._race_running = False

    def _cmd_race_resume(self) -> None:
        if self._race is not None and not self._race.finished:
            self._cmd_pause()
            self._race_running = True

    def _cmd_race_stop(self) -> None:
        if self._race is not None:
            self._race.stop()
        self._race_running = False

    def _cmd_race_close(self) -> None:
        self._race = self._race_saved = self._race_dataset = None
        self._race_running = False

    def _cmd_race_target(self, target_loss: float | None) -> None:
        if self._race is not None:
            self._race.set_target(None if target_loss is None else float(target_loss))

    def _cmd_race_show(self, record: dict[str, Any]) -> None:
        try:
            saved = RaceRecord.from_plain(record)
        except ValueError as exc:
            raise RaceError(f"the saved race cannot be shown: {exc}") from None
        self._cmd_race_close()
        self._race_saved = saved

    def _cmd_race_promote(self, index: int) -> None:
        race = self._race
        if race is None:
            raise RaceError(self.translate("TrainingWorker", "There is no race to promote from."))
        if self._race_dataset is not self.dataset:
            raise RaceError(
                self.translate(
                    "TrainingWorker", "The data changed since the race began: start a new race."
                )
            )
        try:
            spec, state = race.promote(int(index))
        except IndexError as exc:
            raise RaceError(str(exc)) from None
        self._race_running = False
        self._cmd_pause()
        self._abort_partial_step()
        self.trainer.set_spec(spec)
        self.trainer.load_state_dict(state)
        self.stepper = Stepper(self.trainer)
        self._take_curves(race, int(index))
        self.timeline.truncate_after(race.start_step)
        self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        self._evaluate()
        self._events.put(("spec", self.trainer.spec))
        self._message = self.translate("TrainingWorker", "Run %1 is now the main network.").replace(
            "%1", str(int(index) + 1)
        )

    def _take_curves(self, race: Race, index: int) -> None:
        """The main history: its points up to the race's start, then the run's after it."""
        h = self.history.view()
        self.history.truncate(int(np.searchsorted(h.step, race.start_step, side="right")))
        c = race.runs[index].record.curves
        for i in range(1, c["step"].shape[0]):
            m = Metrics(
                float(c["train_loss"][i]),
                *(_none(c[f][i]) for f in ("test_loss", "train_accuracy", "test_accuracy")),
            )
            self.history.append(
                race.start_step + int(c["step"][i]), race.start_epoch + int(c["epoch"][i]), m
            )

    def _cmd_landscape(self, request: dict[str, Any]) -> None:
        """``request``: ``id`` (echoed), ``weights`` ([[name, [i, j]], [name, [i, j]]]: slice by
        two weights), or ``directions`` "paths" (the race's main directions, the principal
        directions of its paths; with ``fit`` each axis covers the paths from the centre and a
        little past them, on one side where they go one way: ``fitted_span``),
        else two random filter-normalised directions from ``seed``, with ``biases`` "zero" or
        "filter"; ``span`` (default 1), ``resolution`` (odd, default 41), ``rows`` (the first
        N training rows only; default all). The event carries ``alphas``, ``betas``, ``loss``
        (row i: betas[i]), ``origin_loss``, ``labels``, ``explained`` (the paths' slice: the
        share of their movement it holds), ``origin``, ``d1`` and ``d2`` (flat, for
        networks of up to PATH_MAX_PARAMETERS) and, with a race, ``paths``: per run
        {"steps", "coords" (k × 2), "off_plane" (k,)}. A slice on the paths that cannot be
        taken yet is answered with ``error`` (translated) alone."""
        tr = self.trainer
        net = tr.network
        race = self._race if self._race is not None and self._race.record_paths else None
        paths = race.paths() if race is not None else []
        explained = None
        span: Any = float(request.get("span", 1.0))
        try:
            weights = request.get("weights")
            if weights:
                (n1, i1), (n2, i2) = weights
                d1, d2, labels = weight_directions(net, (str(n1), i1), (str(n2), i2))
            elif request.get("directions") == "paths":
                if not any(len(pts) for _, pts in paths):
                    return self._landscape_error(
                        request,
                        self.translate(
                            "TrainingWorker", "Start a race (Compare…) to slice along its paths."
                        ),
                    )
                try:
                    d1, d2, labels, explained = path_directions(net, [p for _, p in paths])
                except ValueError:
                    return self._landscape_error(
                        request,
                        self.translate(
                            "TrainingWorker", "The race's paths are too short yet: let it run on."
                        ),
                    )
                if request.get("fit"):
                    span = fitted_span(flatten(d1), flatten(d2), flat_parameters(net), paths)
            else:
                d1, d2, labels = random_directions(
                    net, int(request.get("seed", 0)), str(request.get("biases", "zero"))
                )
            rows = request.get("rows")
            X, Y = (tr.X, tr.Y) if not rows else (tr.X[: int(rows)], tr.Y[: int(rows)])
            land = loss_landscape(
                net, X, Y, d1, d2, span, int(request.get("resolution", 41)), labels, explained
            )
        except (TypeError, ValueError) as exc:
            raise RaceError(f"landscape: {exc}") from None
        out = land.to_plain()
        if land.origin.shape[0] > PATH_MAX_PARAMETERS:  # too long to send for a "now" marker
            for key in ("origin", "d1", "d2"):
                del out[key]
        if race is not None:
            out["paths"] = []
            for steps, pts in paths:
                coords, off = project(land, pts)
                out["paths"].append({"steps": steps, "coords": coords, "off_plane": off})
        self._events.put(("landscape", request.get("id"), out))

    def _landscape_error(self, request: dict[str, Any], message: str) -> None:
        self._events.put(("landscape", request.get("id"), {"error": message}))

    # ----- training --------------------------------------------------------------------
    def _race_chunk(self) -> None:
        """Train the race for a chunk; mark the worker dirty when a snapshot is due."""
        race = self._race
        if race is None or race.finished:
            self._race_running = False
            self._dirty = True
            return
        now = time.perf_counter()
        race.run_until(min(now + RACE_CHUNK_SECONDS, self._last_publish + RACE_PUBLISH_SECONDS))
        if race.finished:
            self._race_running = False
            self._dirty = True
        elif time.perf_counter() - self._last_publish >= RACE_PUBLISH_SECONDS:
            self._dirty = True

    # ----- the snapshot ----------------------------------------------------------------
    def _race_view(self) -> dict[str, Any] | None:
        """The race for the snapshot (see the module's docstring), or None."""
        race = self._race
        if race is None:
            if self._race_saved is None:
                return None
            view = self._race_saved.to_plain()
            view.update(state="saved", live=False, decision=None)
            view["table"] = record_table(self._race_saved)
            return view
        view = race.record().to_plain()
        if race.finished:
            state = "finished"
        else:
            state = "running" if self._race_running and not self._playing else "paused"
        view.update(state=state, live=True, table=race.table(), decision=self._race_decisions())
        return view

    def _race_decisions(self) -> list[np.ndarray] | None:
        race, ds = self._race, self._race_dataset
        if race is None or ds is None or not ds.is_2d:
            return None
        maps = self._race_maps if self._race_maps is not None else {}
        now = time.perf_counter()
        due = now - self._race_maps_at >= DECISION_SECONDS or not self._race_running
        if due:
            self._race_maps_at = now
        out = []
        for run in race.runs:
            step = run.trainer.step_count
            cached = maps.get(run.index)
            if cached is None or (due and cached[0] != step):
                heat = neuron_heatmaps(
                    run.trainer.network, ds.preprocessing.transform, self.heatmap_resolution
                )
                cached = (step, decision_map(heat))
                maps[run.index] = cached
            out.append(cached[1])
        self._race_maps = maps
        return out


def record_table(record: RaceRecord) -> list[dict[str, Any]]:
    """``Race.table()``'s rows for a saved race (its curves' last points)."""
    rows = []
    for i, r in enumerate(record.runs):
        last = {f: r.final(f) for f in CURVE_FIELDS}
        rows.append(
            {
                "run": i + 1,
                "label": r.label,
                "values": dict(r.values),
                "step": None if last["step"] is None else int(last["step"]),
                "epoch": None if last["epoch"] is None else int(last["epoch"]),
                **{f: last[f] for f in CURVE_FIELDS[2:]},
                "steps_to_target": r.steps_to_target,
                "wall_time": r.wall_time,
                "status": r.status,
                "message": r.message,
            }
        )
    return rows


def fitted_span(
    d1: np.ndarray, d2: np.ndarray, origin: np.ndarray, paths: list[tuple[np.ndarray, np.ndarray]]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Each axis's (low, high) for a slice on orthonormal d1, d2: from the centre (the current
    weights) over the paths' reach along it, an eighth of the axis's length past them on
    either side (each axis at least a twentieth of the longer, so that it is not flat). The
    paths head mostly one way (path_directions points d1 at the farthest point): a symmetric
    grid left half the map empty."""
    low, high = np.zeros(2), np.zeros(2)
    for _, pts in paths:
        if len(pts):
            coords = (np.asarray(pts, dtype=np.float64) - origin) @ np.stack([d1, d2], axis=1)
            low = np.minimum(low, coords.min(axis=0))
            high = np.maximum(high, coords.max(axis=0))
    top = max(float((high - low).max()), 1e-6)
    out = []
    for lo, hi in zip(low, high, strict=True):
        length = max(float(hi - lo), top / 20)
        pad = (length - float(hi - lo)) / 2 + length / 8
        out.append((float(lo) - pad, float(hi) + pad))
    return out[0], out[1]


def _typed(name: str, value: Any) -> Any:
    """A value as the race wants it: text is read as the command line reads it."""
    return parse_value(name, value) if isinstance(value, str) else value


def _none(v: float) -> float | None:
    return None if math.isnan(v) else float(v)
