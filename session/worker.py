"""The training worker: owns the engine objects and runs them on the worker thread.

The worker is plain Python (no Qt widgets). By default it runs in a training process
(session/process.py) that the controller's QThread supervises; with
``BACKPROP_LAB_WORKER=thread``, ``TrainingController`` runs ``TrainingWorker.run`` on the
QThread itself. Either way the GUI thread only ever calls ``post`` (queue a command) and
``take_snapshot`` / ``take_events`` (collect what the worker produced). Commands are
applied between steps, so an edit never races a step. While playing, the worker runs
steps in chunks of about ``CHUNK_SECONDS`` and looks at its command queue between
chunks; it publishes a Snapshot (host copies only) at most ``SNAPSHOT_HZ`` times a
second and keeps only the latest one for the GUI to take, so training speed never
depends on drawing speed.
"""

from __future__ import annotations

import dataclasses
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.backend import select_backend
from engine.datasets import Dataset, DatasetSpec, load_dataset
from engine.errors import BackpropLabError, TrainingDiverged, message_of
from engine.heatmaps import decision_map, neuron_heatmaps
from engine.network import adapt_parameters
from engine.output_summary import output_summary
from engine.spec import NetworkSpec
from engine.spec_rules import (
    OutputChoices,
    changes_architecture,
    default_dataset_spec,
    default_spec,
    fit_spec_to_dataset,
    remap_input_columns,
)
from engine.stepper import Stepper
from engine.training import Metrics, Trainer
from engine.translation import Translate, untranslated
from session.health_monitor import HealthMonitor
from session.mailbox import Captured, WorkerMailbox
from session.pacing import PacedPlay
from session.parameter_edits import ParameterEdits, SpecErrorLike
from session.race_runner import RaceCommands
from session.snapshot import HistoryBuffer, Snapshot
from session.timeline import Timeline
from session.timeline_commands import TimelineCommands

# a little above 30, so that the jitter of the window's 10 ms poll does not take the rate it
# draws under 30 a second
SNAPSHOT_HZ = 32.0
CHUNK_SECONDS = 0.01
# share of the training time that evaluation (for the loss curves) may take
EVAL_SHARE = 0.03
# … and an evaluation cheaper than this (seconds) is done at least every epoch/100 epochs
CHEAP_EVALUATION = 0.01
# at most this many rows are predicted for the confusion matrix / predicted-vs-actual view
OUTPUT_SAMPLE = 2000
HEATMAP_RESOLUTION = 64
# while playing, the timeline keeps a state this often (every manual step is kept): enough to
# scrub back through a run, and the timeline's memory, and the list of its steps sent with
# every snapshot, grow 16x slower than a state per snapshot
TIMELINE_SECONDS = 0.5


class TrainingWorker(PacedPlay, TimelineCommands, RaceCommands, ParameterEdits, WorkerMailbox):
    """Owns the Trainer, Stepper, Timeline, HistoryBuffer and Dataset; runs commands from a queue."""

    # loads new catalogues when the window switches language (the training process's entry)
    on_translations: Callable[[list[str]], None] | None = None

    def __init__(
        self,
        spec: NetworkSpec | None = None,
        dataset_spec: DatasetSpec | None = None,
        backend: str = "numpy",
        heatmap_resolution: int = HEATMAP_RESOLUTION,
        state: dict | None = None,
        history: dict | None = None,
        translate: Translate = untranslated,
    ):
        """``state`` and ``history`` (a Trainer.state_dict() and history columns) resume a session;
        ``translate`` translates the messages it shows (the window passes Qt's)."""
        super().__init__()
        self.translate = translate
        self._initial = (spec or default_spec(), dataset_spec or default_dataset_spec(), backend)
        self._resume = (state, history)
        self.heatmap_resolution = heatmap_resolution
        self._commands: queue.SimpleQueue = queue.SimpleQueue()
        # set by the GUI thread while it draws a snapshot: the worker then steps aside (sleeps
        # between steps) so the frame gets the GIL at once instead of waiting for each switch
        self.gui_busy = threading.Event()
        self._stop = False
        # engine objects (worker thread only)
        # set by run()'s first load, before any command is applied
        self.dataset: Dataset
        self.trainer: Trainer
        self.stepper: Stepper
        self.timeline = Timeline()
        self.history = HistoryBuffer()
        self.health = HealthMonitor(translate)  # training-health statistics and notes
        # the loss and output activation the user chose, per dataset (for dataset switches)
        self.output_choices = OutputChoices()
        self.backend_name = "numpy"
        self._playing = False
        self._message: str | None = None
        self._metrics: Metrics | None = None
        self._outputs: dict[str, Any] = {}
        self._traced_sample = 0
        self._dirty = True
        self._last_publish = 0.0
        self._timeline_at = 0.0  # when playing last recorded a timeline state
        self._eval_time = 0.0
        self._train_time = 0.0
        self._last_eval_wall = 0.0
        self._last_eval_cost, self._last_eval_epoch = float("inf"), 0  # the latest evaluation's
        self._last_eval_step = -1
        self._rate_steps = 0
        self._rate_t0 = time.perf_counter()
        self._steps_per_second = 0.0

    # ----- any thread ------------------------------------------------------------------
    def post(self, command: str, *args: Any) -> None:
        """Queue a command for the worker thread (any thread); "taken" is answered at once."""
        if not self._pace_answers(command, args):
            self._commands.put((command, args))

    # ----- the worker thread -----------------------------------------------------------
    def run(self) -> None:
        """The worker thread's loop: apply commands; while playing, train in chunks and publish."""
        spec, dspec, backend = self._initial
        try:
            self._load(spec, dspec, backend, *self._resume)
        except BackpropLabError as exc:
            self._error(message_of(exc, self.translate))
            self._load(default_spec(), default_dataset_spec(), "numpy", None, None)
        while not self._stop:
            try:
                timeout = 0.0 if self._playing or self._race_running else 0.05
                cmd = (
                    self._commands.get(timeout=timeout) if timeout else self._commands.get_nowait()
                )
            except queue.Empty:
                cmd = None
            while cmd is not None and not self._stop:
                self._apply(cmd)
                try:
                    cmd = self._commands.get_nowait()
                except queue.Empty:
                    cmd = None
            if self._stop:
                break
            if self._playing:  # at full speed, or at the speed set (session/pacing.py)
                self._paced_chunk() if self.pace.speed else self._play_chunk()
            elif self._race_running:  # session/race_runner.py: a race beside the main training
                self._race_chunk()
            now = time.perf_counter()
            if self._dirty and now - self._last_publish >= 1.0 / SNAPSHOT_HZ:
                self._publish()
            elif self._dirty and not self._playing:
                # a paused worker answers a command at once (the GUI's timer still throttles)
                self._publish()

    def _apply(self, cmd: tuple[str, tuple]) -> None:
        name, args = cmd
        try:
            getattr(self, "_cmd_" + name)(*args)
        except TrainingDiverged as exc:
            self._diverged(exc)
        except BackpropLabError as exc:
            self._error(message_of(exc, self.translate))
        except KeyError as exc:  # e.g. a timeline step that was dropped
            self._error(str(exc.args[0]) if exc.args else str(exc))
        except Exception as exc:  # a bug: say so, keep the worker alive
            traceback.print_exc(file=sys.stderr)
            self._error(
                self.translate("TrainingWorker", "Internal error while applying %1: %2")
                .replace("%1", name)
                .replace("%2", repr(exc))
            )
        self._dirty = True

    # ----- commands --------------------------------------------------------------------
    def _cmd_stop(self) -> None:
        self._stop = True

    def _cmd_play(self) -> None:
        if self.trainer.stopped_early:
            self._message = self.translate(
                "TrainingWorker", "Training stopped early; press Reset to start again."
            )
            return
        self._finish_partial_step()
        # a fresh stepper: "previous phase" must not jump back over the fast steps to come
        self.stepper = Stepper(self.trainer)
        self._playing = True
        self._message = None
        self._drop_future()
        self._rate_steps, self._rate_t0 = 0, time.perf_counter()

    def _cmd_pause(self) -> None:
        if self._playing and self.trainer.step_count not in self.timeline:
            # where Play stopped is on the timeline (Play records only every half second)
            self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        was_playing, self._playing = self._playing, False
        self._steps_per_second = 0.0
        if was_playing:  # the curves, the health record and the notes end where Play stopped
            self._evaluate()

    def _cmd_toggle_play(self) -> None:
        if self._playing:
            self._cmd_pause()
        else:
            self._cmd_play()

    def _cmd_step_phase(self) -> None:
        self._cmd_pause()
        self._message = None
        self._drop_future()
        self.stepper.next_phase()
        if not self.stepper.mid_step:
            self._after_manual_step()

    def _cmd_step_back(self) -> None:
        self._cmd_pause()
        if self.stepper.previous_phase() is None:
            self._message = self.translate(
                "TrainingWorker", "Nothing to step back to: go back further with the timeline."
            )

    def _cmd_step_batch(self) -> None:
        self._cmd_pause()
        self._message = None
        self._drop_future()
        self.stepper.finish_step()
        self._after_manual_step()

    def _cmd_step_epoch(self) -> None:
        self._cmd_pause()
        self._message = None
        self._drop_future()
        self.stepper.step_epoch()
        # a fresh stepper: "previous phase" must not jump back over the epoch's fast steps
        self.stepper = Stepper(self.trainer)
        self._after_manual_step()

    def _cmd_reset(self) -> None:
        self._playing = False
        self.trainer.reset()
        self.stepper = Stepper(self.trainer)
        self.history = HistoryBuffer()
        self.health.clear()
        self.timeline.clear()
        self._message = None
        self._outputs = {}
        self._evaluate()
        self.timeline.record(0, self.trainer.state_dict())

    def _cmd_regenerate(self) -> None:
        ds = self.dataset.spec
        self._cmd_set_dataset(dataclasses.replace(ds, seed=ds.seed + 1), keep_weights=True)

    def _cmd_set_spec(self, spec: NetworkSpec) -> None:
        spec = spec.validated()
        ds = self.dataset
        if spec.n_inputs != ds.n_features:
            raise SpecErrorLike(
                self.translate(
                    "TrainingWorker", "The network has %1 inputs but the data has %2 features."
                )
                .replace("%1", str(spec.n_inputs))
                .replace("%2", str(ds.n_features))
            )
        need = ds.n_outputs_for(spec.loss)
        if spec.n_outputs != need:
            raise SpecErrorLike(
                self.translate(
                    "TrainingWorker", "The output layer has %1 units but %2 on this data needs %3."
                )
                .replace("%1", str(spec.n_outputs))
                .replace("%2", spec.loss)
                .replace("%3", str(need))
            )
        old = self.trainer.spec
        self._abort_partial_step()
        self._drop_future()
        self.trainer.set_spec(spec)
        self.output_choices.note_edit(ds, old, spec)
        if changes_architecture(old, spec):
            self.timeline.clear()
            self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        self._events.put(("spec", self.trainer.spec))

    def _cmd_set_backend(self, name: str) -> None:
        backend, why = select_backend(name)
        self._abort_partial_step()
        state = self.trainer.state_dict()
        ds = self.dataset
        tr = Trainer(self.trainer.spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test, backend)
        tr.load_state_dict(state)
        self.trainer, self.stepper = tr, Stepper(tr)
        self.backend_name = backend.name
        if why:
            self._message = why
            self._events.put(("error", why))

    def _cmd_set_dataset(self, dataset_spec: DatasetSpec, keep_weights: bool = False) -> None:
        was_playing = self._playing
        self._playing = False
        ds = load_dataset(dataset_spec.validate())
        if keep_weights:  # the same data drawn again: the same loss and outputs
            spec = fit_spec_to_dataset(self.trainer.spec, ds)
        else:  # this dataset's own loss and outputs, or those the user chose on it
            spec = self.output_choices.spec_for(self.trainer.spec, ds)
        params = None  # a new dataset starts a new experiment from the seed's initial weights
        if keep_weights:  # the same data drawn again: training goes on with the weights it has
            params = adapt_parameters(
                self.trainer.spec, self.trainer.network.get_parameters(), spec
            )
        tr = Trainer(
            spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test, self.trainer.backend, params
        )
        if keep_weights:
            tr.step_count, tr.epoch = self.trainer.step_count, self.trainer.epoch
        else:
            self.history = HistoryBuffer()
            self.health.clear()
        self._install(tr, ds)
        self._playing = was_playing and keep_weights

    def _cmd_set_features(self, features: tuple[str, ...]) -> None:
        ds = self.dataset
        if not ds.is_2d:
            raise SpecErrorLike(
                self.translate("TrainingWorker", "Input features can only be chosen for 2-D data.")
            )
        old_features = ds.spec.features
        new_ds = load_dataset(dataclasses.replace(ds.spec, features=tuple(features)).validate())
        spec = self.trainer.spec.replace(n_inputs=new_ds.n_features)
        params = remap_input_columns(
            spec, self.trainer.network.get_parameters(), tuple(old_features), tuple(features)
        )
        self._abort_partial_step()
        tr = Trainer(
            spec,
            new_ds.X_train,
            new_ds.y_train,
            new_ds.X_test,
            new_ds.y_test,
            self.trainer.backend,
            params,
        )
        tr.step_count, tr.epoch = self.trainer.step_count, self.trainer.epoch
        self._install(tr, new_ds)

    def _cmd_set_translations(self, files: list[str]) -> None:
        """The window changed language: its training process loads the same catalogues
        (``on_translations``, set by the process's entry; a thread shares the window's)."""
        if self.on_translations is not None:
            self.on_translations(list(files))
        self.health.renote(self.trainer, self.history.view())  # the notes in the new words
        self._dirty = True

    def _cmd_set_traced_sample(self, row: int) -> None:
        self._traced_sample = max(0, int(row))

    def _cmd_load(self, spec, dataset_spec, backend, state, history) -> None:
        self._playing = False
        self._load(spec, dataset_spec, backend, state, history)

    def _cmd_capture(self, request_id: int) -> None:
        self._finish_partial_step()
        cap = Captured(
            self.trainer.spec,
            self.dataset.spec,
            self.dataset,
            self.trainer.state_dict(),
            self.health.with_columns(self.history.to_dict()),
            self.backend_name,
        )
        self._events.put(("captured", request_id, cap))

    # ----- set-up ----------------------------------------------------------------------
    def _load(self, spec, dataset_spec, backend_name, state, history) -> None:
        ds = load_dataset(dataset_spec.validate())
        spec = fit_spec_to_dataset(spec, ds)
        self.output_choices.note_loaded(ds, spec)
        backend, why = select_backend(backend_name)
        params = state["params"] if state else None
        tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test, backend, params)
        if state:
            tr.load_state_dict(state)
        self.backend_name = backend.name
        self.history = HistoryBuffer.from_dict(history) if history else HistoryBuffer()
        self.health.load(history)
        self._install(tr, ds)
        if why:
            self._message = why
            self._events.put(("error", why))

    def _install(self, trainer: Trainer, dataset: Dataset) -> None:
        """Use a new trainer and dataset; tell the GUI; start a fresh timeline."""
        self.trainer, self.dataset = trainer, dataset
        self.stepper = Stepper(trainer)
        self.timeline.clear()
        self.timeline.record(trainer.step_count, trainer.state_dict())
        self._outputs = {}
        self._evaluate(append=len(self.history) == 0)
        self._events.put(("dataset", dataset))
        self._events.put(("spec", trainer.spec))

    # ----- training --------------------------------------------------------------------
    def _play_chunk(self) -> None:
        tr = self.trainer
        t0 = time.perf_counter()
        # end the chunk in time for the next snapshot, so that snapshots keep their rate
        deadline = min(t0 + CHUNK_SECONDS, self._last_publish + 1.0 / SNAPSHOT_HZ)
        epoch = tr.epoch
        n = 0
        busy = self.gui_busy
        try:
            while True:
                if busy.is_set():
                    t1 = time.perf_counter()
                    while busy.is_set() and time.perf_counter() - t1 < 0.05:
                        time.sleep(0.0002)
                    deadline += time.perf_counter() - t1
                # up to the epoch's end or the deadline; a frame starting interrupts at once
                k = tr.run_until(deadline, interrupt=busy.is_set)
                n += k
                if k == 0:  # stopped early
                    break
                if tr.epoch != epoch:
                    epoch = tr.epoch
                    self._train_time += time.perf_counter() - t0
                    self._maybe_evaluate()
                    t0 = time.perf_counter()
                    if tr.stopped_early:
                        break
                if time.perf_counter() >= deadline:
                    break
        except TrainingDiverged as exc:
            self._diverged(exc)
        self._train_time += time.perf_counter() - t0
        self._rate_steps += n
        now = time.perf_counter()
        if now - self._rate_t0 >= 0.5:
            self._steps_per_second = self._rate_steps / (now - self._rate_t0)
            self._rate_steps, self._rate_t0 = 0, now
        if tr.stopped_early and self._playing:
            self._playing = False
            self._evaluate()
            self._message = self.translate(
                "TrainingWorker",
                "Early stopping: the test loss did not improve for %1 epochs; the best weights are restored.",
            ).replace("%1", str(tr.spec.patience))
        self._dirty = True

    def _finish_partial_step(self) -> None:
        if self.stepper.mid_step:
            self.stepper.finish_step()
            self._after_manual_step()

    def _abort_partial_step(self) -> None:
        if self.stepper.mid_step:
            self.stepper.abort_step()

    def _after_manual_step(self) -> None:
        self.timeline.record(self.trainer.step_count, self.trainer.state_dict())
        self._evaluate()

    def _maybe_evaluate(self) -> None:
        """Evaluate for the history when it fits the time budget, when none has been done for
        1 s, or, while an evaluation is cheap (CHEAP_EVALUATION), at least every epoch/100
        epochs: a whole run of 200 steps on small data (early stopping ends it in a blink) then
        has its curve, not a line from its first point to its last."""
        now, epoch = time.perf_counter(), self.trainer.epoch
        if (
            self._eval_time <= EVAL_SHARE * self._train_time
            or now - self._last_eval_wall > 1.0
            or self._last_eval_cost < CHEAP_EVALUATION
            and epoch - self._last_eval_epoch >= max(1, epoch // 100)
        ):
            self._evaluate()

    def _evaluate(self, append: bool = True) -> None:
        tr = self.trainer
        t0 = time.perf_counter()
        m = tr.evaluate()
        self._metrics = m
        if append and tr.step_count != self._last_eval_step or len(self.history) == 0:
            if len(self.history) and self.history.view().step[-1] >= tr.step_count:
                self.history.truncate(
                    int(np.searchsorted(self.history.view().step, tr.step_count, side="left"))
                )
            self.history.append(tr.step_count, tr.epoch, m)
            self._last_eval_step = tr.step_count
        self._outputs = output_summary(self.trainer, self.dataset, OUTPUT_SAMPLE)
        t1 = time.perf_counter()
        self._eval_time += t1 - t0
        self._last_eval_wall, self._last_eval_cost, self._last_eval_epoch = t1, t1 - t0, tr.epoch
        self.health.measure(tr, self.history.view(), append, self._playing, self._train_time)

    def _diverged(self, exc: TrainingDiverged) -> None:
        self._playing = False
        self._steps_per_second = 0.0
        self._message = message_of(exc, self.translate)
        self._dirty = True

    def _error(self, message: str) -> None:
        self._events.put(("error", message))

    # ----- snapshots -------------------------------------------------------------------
    def _publish(self) -> None:
        """Build a Snapshot of host copies and make it the latest."""
        # the interval runs from the start of a publish, so that building and sending the
        # snapshot (a millisecond or two) does not stretch it
        started = time.perf_counter()
        tr, st, ds = self.trainer, self.stepper, self.dataset
        if (
            self._playing
            and started - self._timeline_at >= TIMELINE_SECONDS
            and tr.step_count not in self.timeline
        ):
            self.timeline.record(tr.step_count, tr.state_dict())
            self._timeline_at = started
        if (
            self._playing
            and tr.step_count != self._last_eval_step
            and ds.n_features
            and tr.steps_per_epoch > 1
        ):
            # big data: an epoch spans many snapshots, so evaluate between epochs too
            self._maybe_evaluate()
        heatmaps = None
        extra: dict[str, Any] = {
            "task": ds.task,
            "n_train": tr.n_train,
            "stopped_early": tr.stopped_early,
            "timeline_bytes": self.timeline.nbytes,
        }
        if ds.is_2d:
            heatmaps = neuron_heatmaps(
                tr.network, ds.preprocessing.transform, self.heatmap_resolution
            )
            extra["decision"] = decision_map(heatmaps)
        extra.update(self._outputs)
        records = tuple(st.records) if not self._playing else ()
        batch = st.batch_indices
        if batch is not None:
            extra["batch_indices"] = np.array(batch)
        n_rows = (
            records[0].arrays["a_prev"].shape[0]
            if records and "a_prev" in records[0].arrays
            else tr.spec.batch_size
        )
        snap = Snapshot(
            spec=tr.spec,
            params=tr.network.get_parameters(),
            step=tr.step_count,
            epoch=tr.epoch,
            metrics=self._metrics,
            history=self.history.view(),
            running=self._playing,
            steps_per_second=self._steps_per_second,
            backend=self.backend_name,
            message=self._message,
            heatmaps=heatmaps,
            trace=records,
            next_phase=st.next_phase_name if st.mid_step else None,
            traced_sample=min(self._traced_sample, max(0, n_rows - 1)),
            timeline=self.timeline.steps(),
            extra=extra,
            **self.health.snapshot_fields(),
            race=self._race_view(),
        )
        self._leave_snapshot(snap)
        self._dirty = False
        self._last_publish = started
