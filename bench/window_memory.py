"""The window process's memory with MNIST-sized data: what its copy of the data costs (JSON line).

The window is opened on the circle data (the training process, as the app runs it), then
switched to 60 000 + 10 000 synthetic 28 × 28 images written as IDX files in a temporary
folder. The figure is the window process's resident memory once MNIST is shown, less what
it was on circle. Bar: 50 MB (the window gets a capped sample of the rows; the whole
dataset, as the training process holds it, is ``full_dataset_mb``).

Run: ``QT_QPA_PLATFORM=offscreen python -m bench.window_memory`` (bench/gui.py runs it too).
"""

from __future__ import annotations

import gc
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

from bench.data_cases import _mnist_like  # noqa: E402
from engine.datasets import DatasetSpec, write_idx  # noqa: E402

BAR_MB = 50.0


def rss_mb() -> float:
    """This process's resident memory (VmRSS) in MB."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def write_mnist_like(folder: Path, n_train: int = 60_000, n_test: int = 10_000) -> None:
    """MNIST's four IDX files of synthetic images and labels."""
    rng = np.random.default_rng(0)
    write_idx(folder / "train-images-idx3-ubyte", _mnist_like(rng, n_train))
    write_idx(folder / "train-labels-idx1-ubyte", rng.integers(0, 10, n_train, dtype=np.uint8))
    write_idx(folder / "t10k-images-idx3-ubyte", _mnist_like(rng, n_test))
    write_idx(folder / "t10k-labels-idx1-ubyte", rng.integers(0, 10, n_test, dtype=np.uint8))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.main_window import MainWindow

    def spin(ms: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(ms), loop.quit)
        loop.exec()

    def wait(cond, seconds: float = 120.0) -> None:
        end = time.monotonic() + seconds
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            spin(50)

    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        write_mnist_like(folder)
        settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, autosave=False)
        window.resize(1400, 900)
        window.show()
        c = window.controller
        wait(lambda: c.latest is not None and c.dataset is not None)
        spin(1500)  # every view drawn once
        gc.collect()
        before = rss_mb()
        c.set_dataset(DatasetSpec(name="mnist", path=str(folder)))
        wait(lambda: c.dataset is not None and c.dataset.spec.name == "mnist")
        wait(lambda: c.latest is not None and c.latest.spec.n_inputs == 784)
        spin(3000)  # the diagram, the previews and a few snapshots
        gc.collect()
        after = rss_mb()
        ds = c.dataset
        shown = (len(ds.X_train), len(ds.X_test))
        real = (ds.n_train, ds.n_test)
        window.file_actions.modified = False
        window.close()
        app.processEvents()
        from engine.datasets import load_dataset

        full = load_dataset(DatasetSpec(name="mnist", path=str(folder)))
        full_mb = sum(
            getattr(full, f).nbytes
            for f in ("X_train", "y_train", "X_test", "y_test", "raw_train", "raw_test")
        )
    print(
        json.dumps(
            {
                "case": "window-memory",
                "extra_mb": round(after - before, 1),
                "bar_mb": BAR_MB,
                "circle_rss_mb": round(before, 1),
                "mnist_rss_mb": round(after, 1),
                "window_rows": shown,
                "real_rows": real,
                "full_dataset_mb": round(full_mb / 2**20, 1),
                "worker": c.worker_kind,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
