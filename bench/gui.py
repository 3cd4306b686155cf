"""GUI benchmarks (JSON lines): training speed with the window open vs headless, GUI stalls, redraw rate,
the loss plot with a million points, and the window's memory with MNIST-sized data
(bench/window_memory.py).

Playground scale: 2-8-8-1 tanh, 500 points of the circle data, batch 10, SGD. The machine may be
shared, so each window round follows a headless round and the figure is the median of the
paired ratios (min and max beside it). The stall is the longest lateness of a 10 ms timer on the
GUI thread over all rounds. The worker runs where the app runs it (a training process unless
``BACKPROP_LAB_WORKER=thread``).
Run: ``QT_QPA_PLATFORM=offscreen python bench/gui.py [--rounds N] [--seconds S]``.
"""

from __future__ import annotations

import argparse
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

    def window_round(seconds: float) -> tuple[float, float, float]:
        """Train with the window open: (steps/s, redraws/s, longest stall in ms).

        The rate is measured between the first and the last snapshot drawn, from the steps
        they show and the times they were drawn.
        """
        controller.play()
        spin(250)  # the first chunks and redraws
        drawn.clear()
        worst[0] = 0.0
        clock.start()
        last[0] = 0
        timer.start()
        spin(seconds * 1000)
        timer.stop()
        controller.pause()
        spin(150)
        (t0, s0), (t1, s1) = drawn[0], drawn[-1]
        return (s1 - s0) / (t1 - t0), (len(drawn) - 1) / (t1 - t0), worst[0]

    window_round(1.0)  # warm-up: first paints, caches, the training process's imports
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
