"""GUI benchmarks (JSON lines): training speed with the window open vs headless, GUI stalls, redraw rate.

Playground scale: 2-8-8-1 tanh, 500 points of the circle data, batch 10, SGD.
Run: ``QT_QPA_PLATFORM=offscreen python bench/gui.py [--seconds S]``.
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
        tr.run_steps(500)
        n += 500
    return n / (time.perf_counter() - t0)


def main() -> int:
    if os.environ.get("BENCH_SWITCH"):
        sys.setswitchinterval(float(os.environ["BENCH_SWITCH"]))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=10.0, help="training time measured in the window")
    args = parser.parse_args()
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gui.controller import TrainingController
    from gui.main_window import MainWindow

    headless = headless_rate(min(args.seconds, 5.0))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    controller = TrainingController(SPEC, DATA, start=False)
    window = MainWindow(controller, settings=settings, autosave=False)
    window.resize(1600, 1000)
    window.show()

    def spin(ms: int) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    while controller.latest is None:
        spin(50)
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
    controller.play()
    spin(1000)  # settle: the first chunks, the first redraws
    start_snap = controller.latest
    redraws[0] = 0
    clock.start()
    timer.start()
    t0 = time.perf_counter()
    spin(int(args.seconds * 1000))
    elapsed = time.perf_counter() - t0
    timer.stop()
    end_snap = controller.latest
    controller.pause()
    gui_rate = (end_snap.step - start_snap.step) / elapsed
    print(json.dumps({"case": "gui-training", "steps_per_second": round(gui_rate, 1),
                      "headless_steps_per_second": round(headless, 1),
                      "ratio": round(gui_rate / headless, 3)}))
    print(json.dumps({"case": "gui-stall", "max_stall_ms": round(worst[0], 1), "seconds": args.seconds}))
    print(json.dumps({"case": "gui-redraw", "redraws_per_second": round(redraws[0] / elapsed, 1),
                      "frame_ms": round(1000 * controller.frame_cost, 1)}))
    window.file_actions.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
