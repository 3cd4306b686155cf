"""GUI benchmarks (JSON lines): training speed with the window open vs headless, GUI stalls, redraw rate,
the loss plot with a million points, and the window's memory with MNIST-sized data
(bench/window_memory.py).

Playground scale: 2-8-8-1 tanh, 500 points of the circle data, batch 10, SGD. The machine may be
shared, so each window round follows a headless round and the figure is the median of the
paired ratios (min and max beside it). The stall is the longest lateness of a 10 ms timer on the
GUI thread over all rounds. The worker runs where the app runs it (a training process unless
``BACKPROP_LAB_WORKER=thread``).

Issue #14's bars, on a quiet host: ``gui-training`` ratio >= 0.8 (the window's steps a second over
its peer's, ``headless_steps_per_second``: the bare Trainer in this process), ``gui-stall``
max_stall_ms < 50, ``gui-redraw`` redraws_per_second >= 30. ``gui-views`` says where the GUI
thread's time goes: milliseconds per snapshot in each view's show_snapshot (the views' own work;
their painting comes after, in ``paint_ms``), the GUI thread's CPU share, and how many snapshots a
second arrived from the worker and how many of those the window never drew (replaced by a
newer one before it was taken). Run: ``QT_QPA_PLATFORM=offscreen python bench/gui.py
[--rounds N] [--seconds S]``; ``BENCH_VERBOSE=1`` prints every round.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402

from engine.datasets import DatasetSpec, load_dataset  # noqa: E402
from engine.spec import NetworkSpec  # noqa: E402
from engine.training import Trainer  # noqa: E402

SPEC = NetworkSpec.simple(2, (8, 8), 1, activation="tanh", loss="bce", lr=0.03, batch_size=10)
DATA = DatasetSpec(name="circle", samples=500)


def cpu_steal() -> tuple[int, int]:
    """(steal ticks, all ticks) from /proc/stat: time the host gave our virtual CPUs to others."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except OSError:
        return 0, 0
    return (fields[7] if len(fields) > 7 else 0), sum(fields)


def steal_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    total = after[1] - before[1]
    return (after[0] - before[0]) / total if total > 0 else 0.0


def headless_rate(seconds: float) -> float:
    """Steps per second of the bare Trainer on the same problem."""
    ds = load_dataset(DATA)
    tr = Trainer(SPEC, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    tr.run_steps(200)  # warm-up
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        tr.run_steps(250)
        n += 250
    return n / (time.perf_counter() - t0)


def time_views(window, controller) -> dict[str, float]:
    """Seconds spent in each view's show_snapshot, summed by name (cleared by the caller): the
    views the window hands each snapshot to, the compare docks, and the two handlers whole."""
    spent: dict[str, float] = collections.defaultdict(float)

    def timed(name: str, method):
        def run(snap) -> None:
            t0 = time.perf_counter()
            try:
                method(snap)
            finally:
                spent[name] += time.perf_counter() - t0

        return run

    for name in (
        "diagram",
        "notes_bar",
        "health_panel",
        "inspector",
        "step_panel",
        "loss_plot",
        "output_view",
    ):
        view = getattr(window, name)
        view.show_snapshot = timed(name, view.show_snapshot)
    compare = window.compare
    compare.race_dock.show_snapshot = timed("race_dock", compare.race_dock.show_snapshot)
    compare.landscape.show_snapshot = timed("landscape", compare.landscape.show_snapshot)
    handlers = [compare.show_snapshot]
    if not os.environ.get("BENCH_NO_DRAW"):  # else the window's is off already
        handlers.insert(0, window.show_snapshot)
    for handler in handlers:  # the whole of each, as the signal calls it
        controller.snapshotReady.disconnect(handler)
        controller.snapshotReady.connect(timed("window", handler))
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=16, help="paired headless/window rounds")
    parser.add_argument(
        "--seconds", type=float, default=1.0, help="seconds of training per window round"
    )
    args = parser.parse_args()
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gui.controller import TrainingController
    from gui.main_window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    controller = TrainingController(SPEC, DATA, start=False)
    window = MainWindow(controller, settings=settings, autosave=False)
    window.resize(1400, 900)
    window.show()

    from PySide6.QtCore import QEventLoop

    def spin(ms: float) -> None:
        """Run the event loop for ``ms`` milliseconds, as the app's own loop runs (blocking in Qt)."""
        loop = QEventLoop()
        QTimer.singleShot(int(ms), loop.quit)
        loop.exec()

    while controller.latest is None:
        spin(50)
    if os.environ.get("BENCH_NO_DRAW"):  # diagnostic: the window open but not drawing snapshots
        controller.snapshotReady.disconnect(window.show_snapshot)
    view_time = time_views(window, controller)
    # every snapshot the worker left for the window while playing (the window takes the newest)
    arrived: list[int] = []
    mailbox = controller._worker
    leave = mailbox._leave_snapshot

    def counted_leave(snap) -> None:
        if snap.running:
            arrived.append(snap.step)
        leave(snap)

    mailbox._leave_snapshot = counted_leave  # type: ignore[method-assign]
    # every snapshot drawn while playing, with the time it was drawn: (time, step)
    drawn: list[tuple[float, int]] = []
    controller.snapshotReady.connect(
        lambda s: drawn.append((time.perf_counter(), s.step)) if s.running else None
    )
    # a 10 ms timer on the GUI thread: its lateness is how long the GUI stalls
    clock = QElapsedTimer()
    last = [0]
    worst = [0.0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0] - 10)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)

    busy = {"cpu": 0.0, "wall": 0.0, "arrived": 0, "lost": 0, "drawn": 0}

    def window_round(seconds: float) -> tuple[float, float, float]:
        """Train with the window open: (steps/s, redraws/s, longest stall in ms).

        The rate is measured between the first and the last snapshot drawn, from the steps
        they show and the times they were drawn.
        """
        controller.play()
        spin(250)  # the first chunks and redraws
        drawn.clear()
        arrived.clear()
        view_time.clear()
        worst[0] = 0.0
        clock.start()
        last[0] = 0
        timer.start()
        cpu0, wall0 = time.thread_time(), time.perf_counter()
        spin(seconds * 1000)
        busy["cpu"] += time.thread_time() - cpu0
        busy["wall"] += time.perf_counter() - wall0
        timer.stop()
        controller.pause()
        spin(150)
        (t0, s0), (t1, s1) = drawn[0], drawn[-1]
        shown = {s for _t, s in drawn}
        between = [s for s in arrived if s0 <= s <= s1]
        busy["arrived"] += len(between)
        busy["lost"] += sum(1 for s in between if s not in shown)
        busy["drawn"] += len(drawn)
        for name, spent in view_time.items():
            view_ms[name] += spent
        return (s1 - s0) / (t1 - t0), (len(drawn) - 1) / (t1 - t0), worst[0]

    view_ms: dict[str, float] = collections.defaultdict(float)

    window_round(1.0)  # warm-up: first paints, caches, the training process's imports
    view_ms.clear()
    busy.update(cpu=0.0, wall=0.0, arrived=0, lost=0, drawn=0)
    headless, gui, fps, stalls, steal = [], [], [], [], []
    for _ in range(args.rounds):
        # each window round is paired with a headless round just before it, and the ratio of
        # each pair counts: this machine's speed jumps by up to 1.5x from one second to the
        # next, so many short pairs and their median are needed
        s0 = cpu_steal()
        headless.append(headless_rate(args.seconds * 0.6))
        rate, redraw_rate, stall = window_round(args.seconds)
        steal.append(steal_share(s0, cpu_steal()))
        gui.append(rate)
        fps.append(redraw_rate)
        stalls.append(stall)
    if os.environ.get("BENCH_VERBOSE"):
        print(
            "headless",
            [round(h) for h in headless],
            "window",
            [round(g) for g in gui],
            "fps",
            [round(f, 1) for f in fps],
            "stalls",
            stalls,
            "steal",
            [round(x, 2) for x in steal],
        )
    ratios = np.array(gui) / np.array(headless)
    q1, q3 = np.percentile(ratios, [25, 75])
    print(
        json.dumps(
            {
                "case": "gui-training",
                "worker": controller.worker_kind,
                "ratio": round(float(np.median(ratios)), 3),
                "ratio_q1": round(float(q1), 3),
                "ratio_q3": round(float(q3), 3),
                "steps_per_second": round(float(np.median(gui)), 1),
                "headless_steps_per_second": round(float(np.median(headless)), 1),
                "rounds": args.rounds,
                # the share of CPU time the host took from this machine (virtual CPUs)
                "cpu_steal": round(float(np.mean(steal)), 3),
            }
        )
    )
    print(
        json.dumps(
            {
                "case": "gui-stall",
                "max_stall_ms": round(max(stalls), 1),
                "median_round_stall_ms": round(float(np.median(stalls)), 1),
                "seconds": round(args.seconds * args.rounds, 1),
            }
        )
    )
    print(
        json.dumps(
            {
                "case": "gui-redraw",
                "redraws_per_second": round(float(np.median(fps)), 1),
                "min_redraws_per_second": round(min(fps), 1),
                "frame_ms": round(1000 * controller.frame_cost, 1),
            }
        )
    )
    n_drawn = max(busy["drawn"], 1)
    views = {k: round(1000 * v / n_drawn, 3) for k, v in view_ms.items() if k != "window"}
    total = 1000 * view_ms["window"] / n_drawn
    print(
        json.dumps(
            {
                "case": "gui-views",
                # ms of the GUI thread per snapshot drawn, in each view's show_snapshot
                "ms_per_snapshot": dict(sorted(views.items(), key=lambda kv: -kv[1])),
                # MainWindow.show_snapshot and CompareTools.show_snapshot whole (the views above
                # included; the rest is the status bar and the window's own work)
                "show_snapshot_ms": round(total, 3),
                # frame_ms (poll to after the paint events) less show_snapshot: painting, and
                # waiting for the GIL or a core
                "paint_ms": round(1000 * controller.frame_cost - total, 1),
                "gui_thread_cpu": round(busy["cpu"] / max(busy["wall"], 1e-9), 3),
                "arrived_per_second": round(busy["arrived"] / max(busy["wall"], 1e-9), 1),
                "not_drawn_per_second": round(busy["lost"] / max(busy["wall"], 1e-9), 1),
            }
        )
    )
    # the loss plot with a million history points: one setData and the repaint it causes
    from session.snapshot import HistoryBuffer

    n = 1_000_000
    rng = np.random.default_rng(0)
    loss = np.exp(-np.linspace(0, 8, n)) + 0.01 * rng.random(n)
    hist = HistoryBuffer.from_dict(
        {"step": list(range(n)), "train_loss": loss.tolist(), "test_loss": (loss * 1.1).tolist()}
    ).view()
    plot = window.loss_plot
    times = []
    for k in range(5):
        h = HistoryBuffer.from_dict(
            {f: getattr(hist, f)[: n - k].tolist() for f in ("step", "train_loss", "test_loss")}
        ).view()
        t0 = time.perf_counter()
        plot.show_history(h)
        plot.loss_widget.repaint()
        times.append(time.perf_counter() - t0)
    print(
        json.dumps({"case": "loss-plot-1M", "points": n, "redraw_ms": round(1000 * min(times), 1)})
    )
    window.file_actions.modified = False
    window.close()
    # the window's memory with MNIST-sized data, in a fresh window of its own
    import subprocess

    memory = subprocess.run(
        [sys.executable, "-m", "bench.window_memory"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    lines = memory.stdout.strip().splitlines()
    print(lines[-1] if lines else json.dumps({"case": "window-memory", "error": memory.stderr}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
