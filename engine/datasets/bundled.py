"""The datasets shipped in assets/datasets/ (see its README.md): Iris and the UCI digits.

Read with NumPy only; both files come from the scikit-learn wheel, unchanged.
"""

from __future__ import annotations

import gzip

import numpy as np

from assets import asset_path
from engine.errors import DataError

ASSETS = asset_path("datasets")
IRIS_FEATURES = ("sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)")


def load_iris():
    """(X (150, 4), y (150,), feature names, class names)."""
    path = ASSETS / "iris.csv"
    try:
        lines = path.read_text(encoding="ascii").strip().splitlines()
        header = lines[0].split(",")
        n, d = int(header[0]), int(header[1])
        class_names = tuple(header[2:])
        table = np.array([[float(v) for v in ln.split(",")] for ln in lines[1:]], dtype=np.float64)
    except (OSError, ValueError, IndexError) as e:
        raise DataError(f"the bundled Iris file is unreadable: {e}", path=path) from None
    if table.shape != (n, d + 1):
        raise DataError(
            f"the bundled Iris file has shape {table.shape}, expected {(n, d + 1)}", path=path
        )
    return table[:, :d], table[:, d].astype(np.int64), IRIS_FEATURES, class_names


def load_digits():
    """(X (1797, 64) pixel counts 0..16, y (1797,) digits 0..9)."""
    path = ASSETS / "digits.csv.gz"
    try:
        with gzip.open(path, "rb") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.float64, ndmin=2)
    except (OSError, ValueError, EOFError) as e:
        raise DataError(f"the bundled digits file is unreadable: {e}", path=path) from None
    if table.shape != (1797, 65):
        raise DataError(
            f"the bundled digits file has shape {table.shape}, expected (1797, 65)", path=path
        )
    return table[:, :64], table[:, 64].astype(np.int64)
