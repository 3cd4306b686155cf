"""GUI benchmarks (JSON lines): training speed with the window open vs headless, GUI stalls, redraw rate,
and the loss plot with a million points.

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
    parser.add_argument("--rounds", type=int, default=6, help="paired headless/window rounds")
    parser.add_argument(
        "--seconds", type=float, default=2.0, help="seconds of training per window round"
    )
    args = parser.parse_args()
    if os.environ.get("BENCH_SWITCH"):
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH"]))
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
    if os.environ.get("BENCH_GUI_SHARE"):  # diagnostic: another redraw budget
        import gui.controller as gc

        gc.GUI_SHARE = float(os.environ["BENCH_GUI_SHARE"])
    redraws = [0]
    controller.snapshotReady.connect(lambda _s: redraws.__setitem__(0, redraws[0] + 1))
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
        """Train with the window open: (steps/s, redraws/s, longest stall in ms)."""
        controller.play()
        spin(400)  # the first chunks and redraws
        start = controller.latest
        redraws[0] = 0
        worst[0] = 0.0
        clock.start()
        last[0] = 0
        timer.start()
        t0 = time.perf_counter()
        spin(seconds * 1000)
        elapsed = time.perf_counter() - t0
        timer.stop()
        end = controller.latest
        controller.pause()
        spin(200)
        return (end.step - start.step) / elapsed, redraws[0] / elapsed, worst[0]

    window_round(1.0)  # warm-up: first paints, caches, the training process's imports
    headless, gui, fps, stalls = [], [], [], []
    for _ in range(args.rounds):
        # each window round is paired with a headless round just before it, and the ratio of
        # each pair is what counts: on a shared machine the speed drifts between rounds
        headless.append(headless_rate(args.seconds * 0.6))
        rate, redraw_rate, stall = window_round(args.seconds)
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
        )
    ratios = [g / h for g, h in zip(gui, headless, strict=True)]
    print(
        json.dumps(
            {
                "case": "gui-training",
                "worker": controller.worker_kind,
                "ratio": round(float(np.median(ratios)), 3),
                "ratio_min": round(min(ratios), 3),
                "ratio_max": round(max(ratios), 3),
                "steps_per_second": round(float(np.median(gui)), 1),
                "headless_steps_per_second": round(float(np.median(headless)), 1),
                "rounds": args.rounds,
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
    from engine.snapshot import HistoryBuffer

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
