"""The training controller: the GUI thread's handle on the training worker.

Every method only queues a command for ``TrainingWorker`` (session/worker.py), which owns
the engine objects and applies commands between steps. A ~30 Hz QTimer collects what
the worker produced: the latest Snapshot (older ones are dropped) and events (spec or
dataset changed, errors), re-emitted as Qt signals on the GUI thread.

Where the worker runs: by default in a child process (``ProcessWorker``,
session/process.py), supervised by the controller's QThread, so that training and
drawing run on two cores without sharing a GIL. ``BACKPROP_LAB_WORKER=thread`` runs it on
the QThread itself, in this process (the worker then steps aside while a frame draws).
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from engine.datasets import Dataset, DatasetSpec
from engine.spec import NetworkSpec
from gui.training_child import translation_files
from session.mailbox import Captured
from session.process import ProcessWorker
from session.snapshot import Snapshot
from session.worker import TrainingWorker

# look for events and snapshots often (snapshots are paced below): polled every 10 ms, a
# snapshot that came within a poll of the one before was replaced unseen, ~1.5 a second of the
# worker's ~32 (issue #14: the window drew under 30 a second); a poll with nothing costs ~20 µs
POLL_MS = 5
MAX_FPS = 40.0  # above the worker's ~30 snapshots/s, so that pacing never halves the rate
MIN_FPS = 5.0  # the window keeps looking alive even when a redraw is slow
# with the worker on a thread of this process, drawing may take at most this share of the
# time while training runs: every redraw holds the GIL (pyqtgraph and the diagram paint from
# Python), so it is time the worker loses
GUI_SHARE = 0.2
# with the worker in its own process, drawing costs training nothing; this share only keeps
# the GUI thread free for input when a redraw is slow
GUI_SHARE_PROCESS = 0.75


def worker_kind() -> str:
    """Where the worker runs, from ``BACKPROP_LAB_WORKER``: "process" (the default) or "thread"."""
    kind = os.environ.get("BACKPROP_LAB_WORKER", "process").strip().lower()
    return kind if kind in ("process", "thread") else "process"


class _WorkerThread(QThread):
    """A QThread whose run() is the worker's loop."""

    def __init__(self, worker: TrainingWorker | ProcessWorker, parent: QObject | None = None):
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("TrainingWorkerThread")

    def run(self) -> None:
        self.worker.run()


class TrainingController(QObject):
    """Queues commands for the training worker and re-emits its snapshots and events as signals."""

    snapshotReady = Signal(object)
    errorOccurred = Signal(str)
    specChanged = Signal(object)
    datasetChanged = Signal(object)
    # the backend the worker uses, whenever it differs from what the window shows: after a
    # fallback (CuPy asked for, NumPy in use) as much as after a switch the window did not ask for
    backendChanged = Signal(str)
    # the training process died for good (the message says so; the session shows as stopped,
    # Save and Export still work), and training resumed after ``restart_training``
    trainingStopped = Signal(str)
    trainingResumed = Signal()
    # a loss landscape the worker computed (``landscape``): the request's id and the result
    landscapeReady = Signal(int, object)

    def __init__(
        self,
        spec: NetworkSpec | None = None,
        dataset_spec: DatasetSpec | None = None,
        backend: str = "numpy",
        parent: QObject | None = None,
        heatmap_resolution: int | None = None,
        start: bool = True,
        worker: str | None = None,
    ):
        super().__init__(parent)
        kwargs: dict = {"translate": QCoreApplication.translate}
        if heatmap_resolution is not None:
            kwargs["heatmap_resolution"] = heatmap_resolution
        kind = worker or worker_kind()
        if kind == "process":
            self._worker: TrainingWorker | ProcessWorker = ProcessWorker(
                spec,
                dataset_spec,
                backend,
                child_module="gui.training_child",
                child_options={"translations": translation_files()},
                **kwargs,
            )
        else:
            self._worker = TrainingWorker(spec, dataset_spec, backend, **kwargs)
        self._gui_share = GUI_SHARE_PROCESS if kind == "process" else GUI_SHARE
        self.worker_kind = kind
        # a worker on a thread of this process steps aside while a frame draws (the GIL);
        # a training process needs no such thing
        self._step_aside = self._worker.gui_busy if kind == "thread" else None
        self._latest: Snapshot | None = None
        self._spec: NetworkSpec | None = spec
        self._dataset: Dataset | None = None
        self._backend = backend  # in use, as the worker's latest snapshot says
        self._backend_shown: str | None = None  # what the window shows (told or asked for)
        self._backend_asked = False  # a backend was asked for and the worker has not answered
        self._callbacks: dict[int, Callable[[Captured], None]] = {}
        self._stopped: str | None = None  # the message, while the training process is down
        self._restart_posted = False
        self._frame_cost = 0.0  # smoothed seconds a redraw takes (views + paint)
        self._speed: float | None = None  # Play's steps a second; None: full speed
        self._next_frame_at = 0.0
        self.frames = 0  # snapshots emitted
        self._ids = itertools.count(1)
        self._thread = _WorkerThread(self._worker)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        if start:
            self.start()

    def start(self) -> None:
        """Start the worker thread and the 30 Hz poll (once)."""
        if not self._thread.isRunning() and not self._thread.isFinished():
            self._thread.start()
            self._timer.start()

    # ----- state the views may read -----------------------------------------------------
    @property
    def latest(self) -> Snapshot | None:
        """The last snapshot emitted, or None before the first."""
        return self._latest

    @property
    def spec(self) -> NetworkSpec | None:
        """The last spec sent or accepted by the worker."""
        return self._spec

    @property
    def dataset(self) -> Dataset | None:
        """The dataset the worker uses now (host arrays, read-only for the GUI)."""
        return self._dataset

    @property
    def backend(self) -> str:
        """The array backend the worker uses (the one asked for until its first snapshot)."""
        return self._backend

    @property
    def worker_pid(self) -> int | None:
        """The training process's id (None while it starts, or with the worker on a thread)."""
        return getattr(self._worker, "pid", None)

    @property
    def stopped(self) -> bool:
        """Whether the training process died for good (until ``restart_training`` resumes it)."""
        return self._stopped is not None

    @property
    def running(self) -> bool:
        """Whether the worker thread is alive."""
        return self._thread.isRunning()

    # ----- commands ---------------------------------------------------------------------
    def play(self) -> None:
        self._worker.post("play")

    def pause(self) -> None:
        self._worker.post("pause")

    def toggle_play(self) -> None:
        self._worker.post("toggle_play")

    def step_phase(self) -> None:
        self._worker.post("step_phase")

    def step_back(self) -> None:
        self._worker.post("step_back")

    def step_batch(self) -> None:
        self._worker.post("step_batch")

    def step_epoch(self) -> None:
        self._worker.post("step_epoch")

    def reset(self) -> None:
        self._worker.post("reset")

    def set_speed(self, steps_per_second: float | None) -> None:
        """Play at this many steps a second, every snapshot drawn (session/pacing.py); None:
        full speed, the newest state drawn ~30 times a second."""
        self._speed = None if steps_per_second is None else float(steps_per_second)
        self._worker.post("set_speed", self._speed)

    @property
    def speed(self) -> float | None:
        """Play's speed in steps a second, as set (None: full speed)."""
        return self._speed

    def regenerate(self) -> None:
        self._worker.post("regenerate")

    def set_spec(self, spec: NetworkSpec) -> None:
        self._spec = spec
        self._worker.post("set_spec", spec)

    def set_dataset(self, dataset_spec: DatasetSpec) -> None:
        self._worker.post("set_dataset", dataset_spec)

    def set_features(self, features: tuple[str, ...]) -> None:
        self._worker.post("set_features", tuple(features))

    def set_weight(self, name: str, index: tuple[int, ...], value: float) -> None:
        self._worker.post("set_weight", name, tuple(int(i) for i in index), float(value))

    def set_parameters(self, params: dict) -> None:
        """Replace every parameter (imported weights; shapes already checked against the spec)."""
        self._worker.post("set_params", {k: v.copy() for k, v in params.items()})

    def set_traced_sample(self, row: int) -> None:
        self._worker.post("set_traced_sample", int(row))

    def restore_timeline(self, step: int) -> None:
        self._worker.post("restore_timeline", int(step))

    def set_translations(self, files: list[str]) -> None:
        """The window changed language: the training process's messages follow it."""
        self._worker.post("set_translations", list(files))

    def post(self, name: str, *args) -> None:
        """Queue any worker command by name (``TrainingWorker._cmd_<name>``): how a lesson's
        actions reach the worker (session/lesson_actions.py gives the commands)."""
        if name in ("set_spec", "load") and args:
            self._spec = args[0]  # as set_spec and load keep it
        self._worker.post(name, *args)

    def set_backend(self, name: str) -> None:
        """Move training to another array backend (falls back to NumPy with a message).

        The window shows ``name`` until the worker answers: a snapshot on ``name``, or an
        error (the fallback's reason); ``backendChanged`` then says what is really in use."""
        self._ask_backend(name)
        self._worker.post("set_backend", name)

    def _ask_backend(self, name: str) -> None:
        self._backend_shown = name
        self._backend_asked = True

    def _follow_backend(self, name: str) -> None:
        """A snapshot's backend: the one in use. Tell the window when it shows another."""
        self._backend = name
        if self._backend_asked and name == self._backend_shown:
            self._backend_asked = False  # the switch asked for is done
        if not self._backend_asked and name != self._backend_shown:
            self._backend_shown = name
            self.backendChanged.emit(name)

    def load(
        self,
        spec: NetworkSpec,
        dataset_spec: DatasetSpec,
        state: dict | None,
        history: dict | None,
        backend: str | None = None,
    ) -> None:
        """Replace the whole session (an opened project): spec, data, trainer state and history."""
        self._spec = spec
        if backend is not None:
            self._ask_backend(backend)
        self._worker.post("load", spec, dataset_spec, backend or self._backend, state, history)

    def restart_training(self) -> None:
        """Start a new training process from the last state the stopped one saved."""
        if self._stopped is not None:
            self._restart_posted = True
            self._worker.post("restart")

    def capture(self, callback: Callable[[Captured], None]) -> None:
        """Ask the worker for everything a project file needs; ``callback`` runs on the GUI thread."""
        rid = next(self._ids)
        self._callbacks[rid] = callback
        self._worker.post("capture", rid)

    # ----- races and loss landscapes (session/race_runner.py) ------------------------------
    def race_start(
        self,
        grid: dict,
        epochs: int | None = None,
        steps: int | None = None,
        target_loss: float | None = None,
    ) -> None:
        """Race the main network's values of one hyper-parameter: ``{"lr": [0.01, 0.1]}``."""
        grid = {str(k): list(v) for k, v in grid.items()}
        self._worker.post("race_start", grid, epochs, steps, target_loss)

    def race_pause(self) -> None:
        self._worker.post("race_pause")

    def race_resume(self) -> None:
        self._worker.post("race_resume")

    def race_stop(self) -> None:
        self._worker.post("race_stop")

    def race_close(self) -> None:
        self._worker.post("race_close")

    def race_promote(self, index: int) -> None:
        """Run ``index`` (0-based) becomes the main network."""
        self._worker.post("race_promote", int(index))

    def race_target(self, target_loss: float | None) -> None:
        self._worker.post("race_target", None if target_loss is None else float(target_loss))

    def race_show(self, record: dict) -> None:
        """Show a saved race's curves (``RaceRecord.to_plain()``)."""
        self._worker.post("race_show", record)

    def landscape(self, request: dict) -> int:
        """Ask for the loss landscape through the current weights (the worker's ``landscape``
        command); ``landscapeReady`` brings it with the id returned here."""
        rid = next(self._ids)
        self._worker.post("landscape", {**request, "id": rid})
        return rid

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Stop the worker and wait for its thread to end; True when it ended."""
        self._timer.stop()
        if not self._thread.isRunning():
            return True
        self._worker.post("stop")
        ended = self._thread.wait(timeout_ms)
        if not ended and isinstance(self._worker, ProcessWorker):
            self._worker.kill()  # a training process that does not answer
            ended = self._thread.wait(timeout_ms)
        return bool(ended)

    # ----- the 30 Hz poll ---------------------------------------------------------------
    def poll(self) -> None:
        """Collect the worker's events and newest snapshot now (also run by the timer)."""
        self._poll()

    def _poll(self) -> None:
        for event in self._worker.take_events():
            kind = event[0]
            if kind == "spec":
                self._spec = event[1]
                self.specChanged.emit(event[1])
            elif kind == "dataset":
                self._dataset = event[1]
                self.datasetChanged.emit(event[1])
                if self._speed is not None:  # a restarted training process starts at full speed
                    self._worker.post("set_speed", self._speed)
            elif kind == "error":
                # the worker's answer to a backend it could not use is an error saying why
                # (its snapshots then name the one it fell back to)
                self._backend_asked = False
                self.errorOccurred.emit(event[1])
            elif kind == "stopped":
                self._stopped, self._restart_posted = event[1], False
                self.trainingStopped.emit(event[1])
            elif kind == "captured":
                callback = self._callbacks.pop(event[1], None)
                if callback is not None:
                    callback(event[2])
            elif kind == "landscape":
                self.landscapeReady.emit(int(event[1]), event[2])
        now = time.perf_counter()
        if self._latest is not None and self._latest.running and now < self._next_frame_at:
            return  # pacing: the worker keeps only the newest snapshot meanwhile
        snap = self._worker.take_snapshot()
        if snap is not None:
            if self._restart_posted and snap.message != self._stopped:
                # a snapshot of the new training process (the stopped one carries its message)
                self._stopped, self._restart_posted = None, False
                self.trainingResumed.emit()
            self._latest = snap
            self.frames += 1
            if self._speed is not None:  # a paced worker publishes the next one only now
                self._worker.post("taken", snap.step)
            self._follow_backend(snap.backend)
            if self._step_aside is not None:  # see TrainingWorker.gui_busy
                self._step_aside.set()
            try:
                self.snapshotReady.emit(snap)
            finally:
                QTimer.singleShot(0, lambda t0=now: self._frame_done(t0))

    def _frame_done(self, t0: float) -> None:
        """After a redraw (the views' updates and their paint events): pace the next one."""
        if self._step_aside is not None:
            self._step_aside.clear()
        cost = time.perf_counter() - t0
        self._frame_cost = cost if self._frame_cost == 0.0 else 0.8 * self._frame_cost + 0.2 * cost
        interval = min(max(1.0 / MAX_FPS, self._frame_cost / self._gui_share), 1.0 / MIN_FPS)
        self._next_frame_at = t0 + interval

    @property
    def frame_cost(self) -> float:
        """Smoothed seconds one redraw takes on the GUI thread."""
        return self._frame_cost
