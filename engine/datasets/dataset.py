"""DatasetSpec (what a project stores), Dataset (arrays ready for training) and DatasetInfo."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from engine.datasets.features import DEFAULT_FEATURES, check_features
from engine.datasets.preprocessing import METHODS, Preprocessing, one_hot
from engine.errors import DataError

SYNTHETIC_NAMES = (
    "circle",
    "xor",
    "gauss",
    "spiral",
    "moons",
    "blobs",
    "spirals",
    "reg-plane",
    "reg-gauss",
)
NAMES = SYNTHETIC_NAMES + ("iris", "digits", "csv", "npz", "mnist", "fashion-mnist")
PATH_NAMES = ("csv", "npz", "mnist", "fashion-mnist")
TASKS = ("classification", "regression")
LOSSES = ("mse", "sse", "bce", "cce")
MAX_SAMPLES = 1_000_000
CLASSES_RANGE = (2, 5)


@dataclass(frozen=True)
class DatasetInfo:
    """What the GUI's dataset picker shows for a built-in dataset."""

    name: str
    title: str
    task: str
    is_2d: bool
    default_samples: int | None
    has_noise: bool
    has_classes: bool
    needs_path: bool = False  # mnist / fashion-mnist: the user picks the folder of IDX files


def _is_int(v) -> bool:
    return isinstance(v, int | np.integer) and not isinstance(v, bool)


def _is_num(v) -> bool:
    return isinstance(v, int | float | np.integer | np.floating) and not isinstance(v, bool)


@dataclass(frozen=True)
class DatasetSpec:
    """A dataset reference: plain values only, so that a project file can store it."""

    name: str = "circle"
    path: str | None = None
    target: tuple[str, ...] | None = None
    task: str | None = None
    samples: int | None = None
    noise: float = 0.0
    classes: int = 3
    test_ratio: float | None = None
    seed: int = 0
    features: tuple[str, ...] = DEFAULT_FEATURES
    normalize: str = "standard"
    sha256: str | None = None
    limit: int | None = None

    def validate(self) -> DatasetSpec:
        """Self, or DataError naming the first bad field (``dataset.noise: …``)."""
        f = "dataset."
        if self.name not in NAMES:
            raise DataError(f"{f}name: unknown dataset {self.name!r}; known: {', '.join(NAMES)}")
        if self.path is not None and not isinstance(self.path, str):
            raise DataError(f"{f}path: expected a string")
        if self.name in PATH_NAMES and not self.path:
            what = (
                "folder of IDX files"
                if self.name in ("mnist", "fashion-mnist")
                else f".{self.name} file"
            )
            raise DataError(f"{f}path: the {self.name} dataset needs a {what}")
        if self.target is not None:
            if (
                not isinstance(self.target, tuple)
                or not self.target
                or not all(isinstance(t, str) and t for t in self.target)
            ):
                raise DataError(f"{f}target: expected one or more column names or indices")
        if self.task is not None and self.task not in TASKS:
            raise DataError(f"{f}task: expected classification or regression, got {self.task!r}")
        if self.samples is not None and (
            not _is_int(self.samples) or not 2 <= self.samples <= MAX_SAMPLES
        ):
            raise DataError(
                f"{f}samples: expected a whole number from 2 to {MAX_SAMPLES}, got {self.samples!r}"
            )
        if not _is_num(self.noise) or not 0.0 <= float(self.noise) <= 0.5:
            raise DataError(
                f"{f}noise: expected a fraction from 0 to 0.5 (0–50 %), got {self.noise!r}"
            )
        lo, hi = CLASSES_RANGE
        if not _is_int(self.classes) or not lo <= self.classes <= hi:
            raise DataError(
                f"{f}classes: expected a whole number from {lo} to {hi}, got {self.classes!r}"
            )
        if self.test_ratio is not None and (
            not _is_num(self.test_ratio) or not 0.0 <= float(self.test_ratio) < 1.0
        ):
            raise DataError(
                f"{f}test_ratio: expected a fraction from 0 (no test split) to below 1, got {self.test_ratio!r}"
            )
        if not _is_int(self.seed) or not 0 <= self.seed < 2**63:
            raise DataError(f"{f}seed: expected a non-negative whole number, got {self.seed!r}")
        check_features(self.features, f + "features")
        if self.normalize not in METHODS:
            raise DataError(
                f"{f}normalize: expected one of {', '.join(METHODS)}, got {self.normalize!r}"
            )
        if self.sha256 is not None and (not isinstance(self.sha256, str) or len(self.sha256) != 64):
            raise DataError(f"{f}sha256: expected 64 hexadecimal digits")
        if self.limit is not None and (not _is_int(self.limit) or self.limit < 1):
            raise DataError(f"{f}limit: expected a positive whole number, got {self.limit!r}")
        return self

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        for k in ("target", "features"):
            if d[k] is not None:
                d[k] = list(d[k])
        return d

    @classmethod
    def from_dict(cls, d) -> DatasetSpec:
        if not isinstance(d, dict):
            raise DataError(f"dataset: expected an object, got {type(d).__name__}")
        known = {fl.name for fl in dataclasses.fields(cls)}
        for k in d:
            if k not in known:
                raise DataError(f"dataset.{k}: unknown field")
        kw = dict(d)
        for k in ("target", "features"):
            if k in kw and kw[k] is not None:
                if isinstance(kw[k], str) or not isinstance(kw[k], list | tuple):
                    raise DataError(f"dataset.{k}: expected a list")
                kw[k] = tuple(str(t) if k == "target" and _is_int(t) else t for t in kw[k])
        if "noise" in kw and _is_int(kw["noise"]):
            kw["noise"] = float(kw["noise"])
        if "test_ratio" in kw and _is_int(kw["test_ratio"]):
            kw["test_ratio"] = float(kw["test_ratio"])
        return cls(**kw).validate()

    @property
    def default_test_ratio(self) -> float:
        return 0.5 if self.name in SYNTHETIC_NAMES else 0.2

    @property
    def effective_test_ratio(self) -> float:
        return self.default_test_ratio if self.test_ratio is None else float(self.test_ratio)


@dataclass(frozen=True, eq=False)
class Dataset:
    """Arrays ready for training, with what is needed to explain and export them."""

    spec: DatasetSpec
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    raw_train: np.ndarray
    raw_test: np.ndarray
    task: str
    class_names: tuple[str, ...]
    input_names: tuple[str, ...]
    feature_names: tuple[str, ...]
    target_names: tuple[str, ...]
    preprocessing: Preprocessing
    is_2d: bool
    image_shape: tuple[int, int] | None = None
    # the real row counts where the arrays hold only a sample (the window's copy: ``capped``)
    train_rows: int | None = None
    test_rows: int | None = None

    @property
    def n_train(self) -> int:
        """Training rows of the real data (also when this copy holds only a sample)."""
        return int(self.X_train.shape[0]) if self.train_rows is None else self.train_rows

    @property
    def n_test(self) -> int:
        """Test rows of the real data (also when this copy holds only a sample)."""
        return int(self.X_test.shape[0]) if self.test_rows is None else self.test_rows

    @property
    def is_sample(self) -> bool:
        """Whether the arrays hold only some of the rows (see ``capped``)."""
        return self.train_rows is not None or self.test_rows is not None

    def capped(self, limit: int) -> Dataset:
        """This dataset with at most ``limit`` training and ``limit`` test rows, for the window,
        which only draws them (MNIST's 70 000 rows would double its memory); the real counts
        are kept in ``train_rows`` / ``test_rows``. Itself when both splits already fit.

        The rows are spread evenly over each split, in order, and (regression) include the
        smallest and the largest first target, so the colour scale spans the real range."""
        if self.X_train.shape[0] <= limit and self.X_test.shape[0] <= limit:
            return self
        train = _spread_rows(self.y_train, limit, self.task == "regression")
        test = _spread_rows(self.y_test, limit, self.task == "regression")
        return dataclasses.replace(
            self,
            X_train=self.X_train[train],
            y_train=self.y_train[train],
            raw_train=self.raw_train[train],
            X_test=self.X_test[test],
            y_test=self.y_test[test],
            raw_test=self.raw_test[test],
            train_rows=self.n_train,
            test_rows=self.n_test,
        )

    @property
    def n_features(self) -> int:
        return int(self.X_train.shape[1])

    @property
    def n_classes(self) -> int:
        return len(self.class_names) if self.task == "classification" else 0

    @property
    def n_targets(self) -> int:
        return 1 if self.task == "classification" else int(self.y_train.shape[1])

    def n_outputs_for(self, loss: str) -> int:
        """Output units the network needs for ``loss``."""
        self._check_loss(loss)
        if self.task == "regression":
            return self.n_targets
        if loss == "bce":
            return 1
        return self.n_classes

    def targets_for(self, loss: str, split: str = "train") -> np.ndarray:
        """y encoded for ``loss``: cce → int64 indices (n,); bce → float64 (n, 1) of 0/1;
        mse/sse → float64 one-hot (classification) or (n, t) (regression)."""
        self._check_loss(loss)
        if split not in ("train", "test"):
            raise DataError(f"split: expected train or test, got {split!r}")
        y = self.y_train if split == "train" else self.y_test
        if self.task == "regression":
            return y.astype(np.float64, copy=True)
        if loss == "cce":
            return y.astype(np.int64, copy=True)
        if loss == "bce":
            return y.astype(np.float64).reshape(-1, 1)
        return one_hot(y, self.n_classes)

    def _check_loss(self, loss: str) -> None:
        if loss not in LOSSES:
            raise DataError(f"loss: unknown loss {loss!r}; use one of {', '.join(LOSSES)}")
        if self.task == "regression" and loss in ("bce", "cce"):
            raise DataError(
                f"loss: {loss} is for classification; this dataset is regression (use mse or sse)"
            )
        if self.task == "classification" and loss == "bce" and self.n_classes != 2:
            raise DataError(
                f"loss: bce needs exactly 2 classes; this dataset has {self.n_classes} (use cce)"
            )


def _spread_rows(y: np.ndarray, limit: int, extremes: bool) -> np.ndarray:
    """At most ``limit`` row indices spread evenly over ``len(y)`` rows, in order; with
    ``extremes``, the rows of the smallest and largest first target among them."""
    n = len(y)
    if n <= limit:
        return np.arange(n)
    rows = np.unique(
        np.linspace(0, n - 1, limit - 2 if extremes else limit).round().astype(np.int64)
    )
    if extremes and n:
        first = np.asarray(y, dtype=np.float64).reshape(n, -1)[:, 0]
        rows = np.union1d(rows, [int(np.argmin(first)), int(np.argmax(first))])
    return rows
