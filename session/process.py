"""The training worker in a child process, so that drawing and training never share a GIL.

``TrainingWorker`` (session/worker.py) is plain Python. Run on a thread of the window's process,
every step it takes holds the interpreter lock the window also needs to draw, so on a small
network (where a step is almost all Python) a redraw costs the worker as much time as it
takes. ``ProcessWorker`` keeps the same interface (``post``, ``take_snapshot``,
``take_events``, ``run``) but runs the TrainingWorker in a child process
(``python -P -m session.child``, or the window's ``gui.training_child``):

    window process                                      training process
    TrainingController ─post()─► writer thread ─stdin──► reader thread ─► TrainingWorker.run()
    (GUI thread)      ◄─latest── QThread: ProcessWorker.run() ◄─stdout── (training thread) ◄┘

- Messages are session/wire.py's JSON + raw arrays (never pickle) on the child's stdin/stdout;
  anything the child prints goes to stderr.
- The child sends a snapshot whenever its worker publishes one (at most ~30 per second) and
  every event at once. Snapshots carry the loss history as a delta (the rows added since the
  last one, or the whole history after a truncation); ``ProcessWorker`` keeps the mirror.
- The training thread writes them itself (``_Sender``): while playing, a snapshot the pipe
  cannot take yet waits for the next publish, and a newer one takes its place (its history
  rows merged in), as the in-process worker drops snapshots the window did not take.
- "stop" ends the child; the child also ends when its stdin closes (the window died).
"""

from __future__ import annotations

import dataclasses
import os
import queue
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from engine.datasets import Dataset, DatasetSpec
from engine.spec import NetworkSpec
from engine.threads import set_blas_threads
from engine.translation import Translate, untranslated
from session.mailbox import Captured, WorkerMailbox
from session.snapshot import HistoryBuffer, Snapshot
from session.wire import frame, read_message, write_message
from session.worker import TrainingWorker

ROOT = Path(__file__).resolve().parents[1]
# seconds the window waits for the child to end after "stop" before it kills it
STOP_TIMEOUT = 10.0
# the training process's scheduling priority below the window's (POSIX)
CHILD_NICENESS = 5
# the child sends its whole trainer state at most this often while playing (and after each
# command while paused): a child that dies is restarted from it
CHECKPOINT_SECONDS = 2.0
# a child that dies more often than this within a minute is not restarted again
MAX_RESTARTS = 3
# the window's copy of the data holds at most this many training and test rows: it only draws
# them (a preview, a scatter of 2-D points), and MNIST's whole copy would double its memory
WINDOW_ROWS = 2000
_F_SETPIPE_SZ = 1031  # Linux: a 1 MiB pipe holds a whole snapshot, so the child rarely waits


def _history_delta(buffer: HistoryBuffer, sent: tuple) -> tuple[dict, tuple]:
    """The rows of ``buffer`` not yet sent (or all of them after a truncation or a new buffer).

    ``sent`` is what the previous call returned (``(None, 0)`` at first); so is the second value.
    """
    n = len(buffer)
    view = buffer.view()
    if buffer.generation == sent[0] and n >= sent[1]:
        start, mode = sent[1], "append"
    else:
        start, mode = 0, "replace"
    rows = {f: np.array(getattr(view, f)[start:]) for f in HistoryBuffer.FIELDS}
    return {"mode": mode, "rows": rows}, (buffer.generation, n)


# ----- the window's side ---------------------------------------------------------------
class ProcessWorker(WorkerMailbox):
    """A TrainingWorker in a child process, behind the TrainingWorker interface.

    ``run`` is the body of the controller's QThread: it starts the child, then reads its
    messages until the child ends. ``post`` may be called from any thread at any time,
    before ``run`` too (commands wait until the child is up).
    """

    def __init__(
        self,
        spec: NetworkSpec | None = None,
        dataset_spec: DatasetSpec | None = None,
        backend: str = "numpy",
        heatmap_resolution: int | None = None,
        translate: Translate = untranslated,
        child_module: str = "session.child",
        child_options: dict | None = None,
    ):
        """``translate`` translates this side's messages; ``child_module`` is the module run as
        the training process (``session.child``, or the window's, which installs its
        translators), and ``child_options`` reach it with the initial settings."""
        super().__init__()
        self.translate = translate
        self._child_module = child_module
        self._child_options: dict = dict(child_options or {})
        self._initial = {
            "spec": spec,
            "dataset_spec": dataset_spec,
            "backend": backend,
            "heatmap_resolution": heatmap_resolution,
            "options": self._child_options,
        }
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._history = HistoryBuffer()
        self._proc: subprocess.Popen | None = None
        self._stopping = False
        self._checkpoint: dict | None = None  # the child's last whole state (for a restart)
        self._restarts: list[float] = []
        self._last_snapshot: Snapshot | None = None
        self._dataset: Dataset | None = None  # the last one the child sent

    # ----- any thread ------------------------------------------------------------------
    def post(self, command: str, *args: Any) -> None:
        """Queue a command for the training process (never blocks)."""
        if command == "stop":
            self._stopping = True
        if command == "set_translations":  # a restarted process loads them too
            self._child_options["translations"] = list(args[0])
        self._outbox.put(("cmd", command, args))

    def kill(self) -> None:
        """End the child at once (when it did not stop in time)."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()

    @property
    def pid(self) -> int | None:
        """The training process's id, once started."""
        return None if self._proc is None else self._proc.pid

    # ----- the controller's QThread ----------------------------------------------------
    def run(self) -> None:
        """Run the child until "stop"; restart it from its last checkpoint if it dies.

        A child that dies more than ``MAX_RESTARTS`` times within a minute stays down: the
        session shows as stopped, Save and Export are answered from the last checkpoint
        (``_serve_stopped``), and a "restart" command starts a child from it again.
        """
        init = dict(self._initial)
        while True:
            code = self._run_child(init)
            if code is None or self._stopping:
                return
            now = time.monotonic()
            self._restarts = [t for t in self._restarts if now - t < 60.0] + [now]
            ck = self._checkpoint
            if ck is None or len(self._restarts) > MAX_RESTARTS:
                message = self.translate(
                    "TrainingWorker",
                    "The training process ended unexpectedly (exit code %1) and was not "
                    "restarted again. Save and Export still work, from the last state it "
                    "saved; Training → Restart training starts it again from there.",
                ).replace("%1", str(code))
                if not self._serve_stopped(message):
                    return
                self._restarts = []
            else:
                message = self.translate(
                    "TrainingWorker",
                    "The training process ended unexpectedly (exit code %1). It was restarted "
                    "from step %2, the last state it had saved.",
                )
                step = str(ck["state"]["step"])
                self._events.put(("error", message.replace("%1", str(code)).replace("%2", step)))
            init = self._init_from_checkpoint()

    def _init_from_checkpoint(self) -> dict:
        """The initial settings of a child that goes on from the last checkpoint."""
        history = self._history.view()
        return {
            **self._initial,
            **(self._checkpoint or {}),  # spec, dataset_spec, backend, state
            "history": {f: getattr(history, f) for f in HistoryBuffer.FIELDS},
        }

    def _serve_stopped(self, message: str) -> bool:
        """With no training process: show the session stopped and answer captures from the
        last checkpoint, until "restart" (True) or "stop" (False)."""
        self._events.put(("error", message))
        self._events.put(("stopped", message))
        last = self._last_snapshot
        if last is not None:
            self._leave_snapshot(
                dataclasses.replace(last, running=False, steps_per_second=0.0, message=message)
            )
        while True:
            item = self._outbox.get()
            if not isinstance(item, tuple):
                continue  # a dead child's end marker
            _, name, args = item
            if name == "stop":
                return False
            if name == "restart":
                if self._checkpoint is not None:
                    return True
                continue
            if name == "capture":
                self._capture_from_checkpoint(args[0], message)

    def _capture_from_checkpoint(self, request_id: int, message: str) -> None:
        ck, dataset = self._checkpoint, self._dataset
        if ck is None or dataset is None:
            self._events.put(("error", message))
            return
        cap = Captured(
            ck["spec"],
            ck["dataset_spec"],
            _without_rows(dataset),  # the window's copy is a sample: an export loads the data
            ck["state"],
            self._history.to_dict(),
            ck["backend"],
        )
        self._events.put(("captured", request_id, cap))

    def _run_child(self, init: dict) -> int | None:
        """Start a child, feed it commands and read its messages until it ends: its exit code
        (None when it could not start)."""
        try:
            proc = subprocess.Popen(
                child_command(self._child_module),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=child_environment(),
            )
        except OSError as exc:
            message = self.translate("TrainingWorker", "The training process could not start: %1")
            self._events.put(("error", message.replace("%1", str(exc))))
            return None
        self._proc = proc
        assert proc.stdin is not None and proc.stdout is not None  # both are pipes
        if sys.platform.startswith("linux"):
            import fcntl

            for f in (proc.stdin, proc.stdout):
                try:
                    fcntl.fcntl(f.fileno(), _F_SETPIPE_SZ, 1 << 20)
                except OSError:
                    pass  # a smaller pipe only means the child waits more often
        done = object()  # this child's writer ends on this, and only on this
        writer = threading.Thread(
            target=self._write, args=(proc.stdin, init, done), name="TrainingProcessWriter"
        )
        writer.daemon = True
        writer.start()
        try:
            while True:
                try:
                    msg = read_message(proc.stdout)
                except EOFError:
                    break
                self._receive(msg)
        finally:
            self._outbox.put(done)
            try:
                code = proc.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                code = proc.wait()
            writer.join(STOP_TIMEOUT)
            for f in (proc.stdin, proc.stdout):
                try:
                    f.close()
                except OSError:
                    pass
        return code

    def _write(self, stdin, init: dict, done: object) -> None:
        """A child's writer thread: the initial settings, then commands, in order."""
        try:
            write_message(stdin, ("init", init))
            while True:
                item = self._outbox.get()
                if item is done:
                    return
                if not isinstance(item, tuple):
                    continue  # an earlier child's end marker
                write_message(stdin, item)
                if item[:2] == ("cmd", "stop"):
                    stdin.close()
                    return
        except (BrokenPipeError, OSError, ValueError):
            return  # the child is gone; run() sees it end

    def _receive(self, msg: tuple) -> None:
        kind = msg[0]
        if kind == "snapshot":
            _, snap, delta = msg
            rows = delta["rows"]
            if delta["mode"] == "replace":
                self._history = HistoryBuffer.from_columns(rows)
            else:
                self._history.extend(rows)
            snap = dataclasses.replace(
                snap, history=self._history.view(), timeline=tuple(snap.timeline.tolist())
            )
            self._last_snapshot = snap
            self._leave_snapshot(snap)
        elif kind == "event":
            if msg[1][0] == "dataset":
                self._dataset = msg[1][1]  # for captures while no child runs
            self._events.put(msg[1])
        elif kind == "checkpoint":
            self._checkpoint = msg[1]


def child_command(module: str) -> list[str]:
    """The command line of a training process that runs ``module``.

    ``-P`` keeps the working directory off ``sys.path``: a ``queue.py`` or ``json.py`` in the
    folder the app was started from must never be imported (nor run) by the training
    process. The process still starts in that folder, where relative data paths resolve.
    """
    return [sys.executable, "-P", "-m", module]


def child_environment() -> dict[str, str]:
    """The training process's environment: only this app's own folder joins ``sys.path``.

    Relative entries of an inherited ``PYTHONPATH`` (``""``, ``.``) would put the working
    directory back on the path, so only absolute ones are kept.
    """
    env = dict(os.environ)
    inherited = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if os.path.isabs(p)]
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *inherited])
    env.pop("QT_QPA_PLATFORM", None)
    return env


# ----- the child's side ----------------------------------------------------------------
def serve(
    make_translate: Callable[[dict], Translate] | None = None,
    on_translations: Callable[[list[str]], None] | None = None,
) -> int:
    """The training process's main: read the initial settings, then run a TrainingWorker that
    sends its snapshots and events on stdout until "stop" or until stdin closes.

    ``make_translate`` receives the ``child_options`` the window passed and returns the
    translate function for the worker's messages (the default: untranslated).
    """
    if hasattr(os, "nice"):
        # when the window and training want the same core, the window wins: it never stutters,
        # and training loses only the little time drawing takes
        os.nice(CHILD_NICENESS)
    # one BLAS thread for what is not training (heatmaps, outputs); the trainer's thread
    # policy (engine/threads.py) raises it for products worth splitting, while the cores it
    # needs are free: this process and the window's share the cores
    set_blas_threads(1)
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt the channel
    commands = sys.stdin.buffer
    try:
        kind, init = read_message(commands)
    except EOFError:
        return 0
    if kind != "init":
        raise SystemExit(f"training process: expected the initial settings, got {kind!r}")
    options = init.pop("options", {})
    translate = make_translate(options) if make_translate else untranslated

    sender = _Sender(channel)

    class ChildWorker(TrainingWorker):
        """Publishes snapshots and events to the window instead of keeping them."""

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self._events = _EventPipe(sender)
            self._sent_history = (None, 0)
            self._checkpoint_at = 0.0

        def _publish(self) -> None:
            super()._publish()
            snap = self.take_snapshot()
            assert snap is not None  # the publish just left it
            delta, self._sent_history = _history_delta(self.history, self._sent_history)
            snap = dataclasses.replace(
                snap, history=None, timeline=np.asarray(snap.timeline, dtype=np.int64)
            )
            sender.snapshot(("snapshot", snap, delta), wait=not self._playing)
            # paused, a publish follows a command (a step, an edit): keep each such state
            now, tr = time.monotonic(), self.trainer
            if not self._playing or now - self._checkpoint_at >= CHECKPOINT_SECONDS:
                self._checkpoint_at = now
                checkpoint = {
                    "spec": tr.spec,
                    "dataset_spec": self.dataset.spec,
                    "backend": self.backend_name,
                    "state": tr.state_dict(),
                }
                sender.event_message(("checkpoint", checkpoint))

    kwargs = {k: v for k, v in init.items() if v is not None}
    worker = ChildWorker(translate=translate, **kwargs)
    worker.on_translations = on_translations  # the window switched language

    def read_commands() -> None:
        try:
            while True:
                kind, name, args = read_message(commands)
                worker.post(name, *args)
                if name == "stop":
                    return
        except EOFError:
            worker.post("stop")  # the window is gone

    reader = threading.Thread(target=read_commands, name="TrainingCommandReader", daemon=True)
    reader.start()
    worker.run()
    sender.close()
    return 0


class _Sender:
    """The child's messages to the window, written by the training thread itself, in order.

    While playing, a snapshot is written without waiting: what the pipe cannot take now goes
    at the next publish, and a snapshot not yet begun gives way to a newer one (its history
    rows merged in). Everything else (events, checkpoints, a snapshot while paused) is
    written whole, waiting for room. A sender thread cost training 12–15 % of its speed at
    32 snapshots a second on 2 cores: it took the interpreter lock from training two or
    three times a snapshot (bench/gui.py).
    """

    def __init__(self, channel):
        self._channel = channel
        self._fd = channel.fileno()
        os.set_blocking(self._fd, False)
        self._out = bytearray()  # encoded messages; the first perhaps partly written
        self._pending: tuple | None = None  # a snapshot not yet encoded
        self._gone = False  # the window closed its end

    def snapshot(self, msg: tuple, wait: bool = False) -> None:
        """Send a snapshot (``wait``: all of it now, as when paused)."""
        if self._pending is not None:  # never begun: this one replaces it
            msg = ("snapshot", msg[1], _merge_deltas(self._pending[2], msg[2]))
        self._pending = msg
        self._push(wait)

    def event(self, event: tuple) -> None:
        self.event_message(("event", event))

    def event_message(self, msg: tuple) -> None:
        """A message that is never dropped (an event, a checkpoint), sent now."""
        self._encode_pending()  # a snapshot published before it goes first
        if not self._gone:
            self._out += frame(msg)
        self._push(True)

    def close(self) -> None:
        self._push(True)
        try:
            self._channel.close()
        except OSError:
            pass

    def _encode_pending(self) -> None:
        if self._pending is not None:
            if not self._gone:
                self._out += frame(self._pending)
            self._pending = None

    def _push(self, wait: bool) -> None:
        while not self._gone:
            if not self._out:
                if self._pending is None:
                    return
                self._encode_pending()
            try:
                n = os.write(self._fd, self._out)
            except BlockingIOError:
                if not wait:
                    return  # the rest at the next publish
                select.select([], [self._fd], [], 1.0)
                continue
            except OSError:  # BrokenPipeError: the window is gone
                self._gone = True
                self._out.clear()
                self._pending = None
                return
            del self._out[:n]


def _merge_deltas(old: dict, new: dict) -> dict:
    if new["mode"] == "replace":
        return new
    rows = {f: np.concatenate([old["rows"][f], new["rows"][f]]) for f in new["rows"]}
    return {"mode": old["mode"], "rows": rows}


class _EventPipe:
    """Stands in for TrainingWorker's event queue: each event goes to the window at once."""

    def __init__(self, sender: _Sender):
        self._sender = sender

    def put(self, event: tuple) -> None:
        if event[0] == "dataset":
            # the window draws the data, it never trains on it: a capped sample, real counts
            event = ("dataset", event[1].capped(WINDOW_ROWS))
        elif event[0] == "captured":
            # a capture needs the data's description, not its rows (MNIST's are 190 MB)
            cap = event[2]
            event = (*event[:2], dataclasses.replace(cap, dataset=_without_rows(cap.dataset)))
        self._sender.event(event)


def _without_rows(ds: Dataset) -> Dataset:
    """The dataset with every array cut to no rows (columns, names, preprocessing and the row
    counts kept)."""
    rows = ("X_train", "y_train", "X_test", "y_test", "raw_train", "raw_test")
    cut = {f: getattr(ds, f)[:0] for f in rows}
    return dataclasses.replace(ds, **cut, train_rows=ds.n_train, test_rows=ds.n_test)
