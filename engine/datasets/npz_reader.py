"""The user's own ``.npz`` files: arrays ``X`` (n, d) or images (n, h, w) and ``y`` (n,) or (n, t).

Loaded with ``allow_pickle=False``: an object array is refused, never unpickled.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from engine.errors import DataError


def read_npz(path, task=None):
    """``(X, y, input_names, target_names, class_names, task, image_shape)`` from an .npz file."""
    if task not in (None, "classification", "regression"):
        raise DataError(f"task: unknown task {task!r}; use classification or regression")
    p = Path(path)
    if not p.is_file():
        raise DataError("no such file" if not p.exists() else "is a folder, not a file", path=path)
    try:
        with open(p, "rb") as fh:
            npz = np.load(fh, allow_pickle=False)
            if not isinstance(npz, np.lib.npyio.NpzFile):
                raise DataError(
                    "a single .npy array, not an .npz archive holding X and y", path=path
                )
            names = set(npz.files)
            missing = [k for k in ("X", "y") if k not in names]
            if missing:
                raise DataError(
                    f"missing array {missing[0]!r} (the file has: "
                    f"{', '.join(sorted(names)) or 'no arrays'}); it needs X and y",
                    path=path,
                )
            X = npz["X"]
            y = npz["y"]
            npz.close()
    except DataError:
        raise
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, KeyError) as e:
        msg = str(e)
        if "allow_pickle" in msg or "pickle" in msg.lower():
            msg = "an array holds Python objects; only plain numeric (or text label) arrays are accepted"
        raise DataError(f"cannot read as .npz: {msg}", path=path) from None
    image_shape = None
    if X.ndim == 3:
        image_shape = (int(X.shape[1]), int(X.shape[2]))
        X = X.reshape(X.shape[0], -1)
    elif X.ndim == 1:
        X = X.reshape(-1, 1)
    if X.ndim != 2:
        raise DataError(f"X: expected shape (n, d) or (n, h, w), got {X.shape}", path=path)
    if X.dtype.kind not in "biuf":
        raise DataError(f"X: expected numbers, got dtype {X.dtype}", path=path)
    X = X.astype(np.float64)
    if X.shape[0] == 0 or X.shape[1] == 0:
        raise DataError(f"X: no data (shape {X.shape})", path=path)
    bad = ~np.isfinite(X)
    if bad.any():
        r, c = np.argwhere(bad)[0]
        raise DataError(f"X[{r}, {c}]: NaN or infinite value", path=path)
    if y.ndim == 0 or y.ndim > 2 or y.shape[0] != X.shape[0]:
        raise DataError(f"y: expected {X.shape[0]} rows (as X), got shape {y.shape}", path=path)
    input_names = tuple(f"x{j + 1}" for j in range(X.shape[1]))
    if y.dtype.kind in "USb" or (y.dtype.kind in "iu" and (y.ndim == 1 or y.shape[1] == 1)):
        y1 = y.reshape(-1) if y.ndim == 2 and y.shape[1] == 1 else y
        if y1.ndim != 1:
            raise DataError(f"y: class labels must be one column, got shape {y.shape}", path=path)
        if task == "regression" and y.dtype.kind in "USb":
            raise DataError("y: text labels cannot be a regression target", path=path)
        if task != "regression":
            values, idx = np.unique(y1, return_inverse=True)
            if values.size < 2:
                raise DataError(
                    f"y: a single class ({values[0]!r}); classification needs at least two",
                    path=path,
                )
            names = tuple(
                v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                for v in values.tolist()
            )
            return (
                X,
                idx.astype(np.int64).reshape(-1),
                input_names,
                ("y",),
                names,
                "classification",
                image_shape,
            )
    if y.dtype.kind not in "biuf":
        raise DataError(f"y: expected numbers or text labels, got dtype {y.dtype}", path=path)
    yv = y.astype(np.float64)
    if not np.all(np.isfinite(yv)):
        raise DataError("y: NaN or infinite value", path=path)
    yv = yv.reshape(X.shape[0], -1)
    integer_like = bool(np.all(yv == np.round(yv)))
    if task is None:
        task = "classification" if (integer_like and yv.shape[1] == 1) else "regression"
    if task == "classification":
        if yv.shape[1] != 1:
            raise DataError(
                f"y: classification needs one target column, got {yv.shape[1]}", path=path
            )
        values, idx = np.unique(yv[:, 0], return_inverse=True)
        if values.size < 2:
            raise DataError("y: a single class; classification needs at least two", path=path)
        names = tuple(str(int(v)) if integer_like else repr(float(v)) for v in values)
        return X, idx.astype(np.int64).reshape(-1), input_names, ("y",), names, task, image_shape
    target_names = ("y",) if yv.shape[1] == 1 else tuple(f"y{j + 1}" for j in range(yv.shape[1]))
    return X, yv, input_names, target_names, (), task, image_shape
