"""Benchmark cases for the data layer (the lead wires them into bench/engine.py).

python -c "import bench.data_cases as b; print(b.mnist_idx_load()); print(b.csv_load())"
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from engine.datasets.csv_reader import read_csv
from engine.datasets.idx import write_idx
from engine.datasets.mnist import load_mnist_folder


def _mnist_like(rng: np.random.Generator, n: int) -> np.ndarray:
    """28×28 uint8 images that compress like MNIST's: ~80 % background zeros."""
    ink = rng.integers(1, 256, size=(n, 28, 28), dtype=np.uint8)
    return np.where(rng.random((n, 28, 28)) < 0.2, ink, 0).astype(np.uint8)


def mnist_idx_load() -> dict:
    """60 000 training + 10 000 test synthetic 28×28 images written as .gz IDX files, then the
    timed load of the folder (all four files read and checked). Bar: 1 s."""
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        write_idx(folder / "train-images-idx3-ubyte.gz", _mnist_like(rng, 60000))
        write_idx(folder / "train-labels-idx1-ubyte.gz", rng.integers(0, 10, 60000, dtype=np.uint8))
        write_idx(folder / "t10k-images-idx3-ubyte.gz", _mnist_like(rng, 10000))
        write_idx(folder / "t10k-labels-idx1-ubyte.gz", rng.integers(0, 10, 10000, dtype=np.uint8))
        t0 = time.perf_counter()
        train_x, train_y, test_x, test_y = load_mnist_folder(folder)
        seconds = time.perf_counter() - t0
    assert train_x.shape == (60000, 28, 28) and test_y.shape == (10000,)
    return {"case": "mnist-idx-load", "seconds": seconds}


def csv_load() -> dict:
    """100 000 rows × 20 numeric columns (19 inputs + an integer class column; header line;
    numbers as ``%.6f``) read by ``read_csv``, and by ``numpy.loadtxt`` on the same file in the
    same run. Bar: no slower than numpy.loadtxt. Best of 3 for each."""
    rng = np.random.default_rng(0)
    table = rng.normal(size=(100000, 20))
    table[:, -1] = rng.integers(0, 3, 100000)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.csv"
        header = ",".join(f"f{j}" for j in range(19)) + ",label"
        np.savetxt(
            path, table, delimiter=",", fmt=["%.6f"] * 19 + ["%d"], header=header, comments=""
        )
        ours, theirs = [], []
        for _ in range(3):
            t0 = time.perf_counter()
            X, y, *_ = read_csv(path)
            ours.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            ref = np.loadtxt(path, delimiter=",", skiprows=1)
            theirs.append(time.perf_counter() - t0)
    assert X.shape == (100000, 19) and np.array_equal(X, ref[:, :19])
    return {"case": "csv-load", "seconds": min(ours), "numpy_loadtxt_seconds": min(theirs)}
