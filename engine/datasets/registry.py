"""The list of built-in datasets and ``load_dataset``: from a DatasetSpec to a Dataset."""

from __future__ import annotations

import dataclasses

import numpy as np

from engine.datasets import bundled, synthetic
from engine.datasets.csv_reader import read_csv
from engine.datasets.dataset import SYNTHETIC_NAMES, Dataset, DatasetInfo, DatasetSpec
from engine.datasets.mnist import FASHION_CLASSES, load_mnist_folder
from engine.datasets.mnist_download import sha256_of
from engine.datasets.npz_reader import read_npz
from engine.datasets.preprocessing import Preprocessing
from engine.datasets.split import split_indices
from engine.errors import DataError
from engine.translation import QT_TRANSLATE_NOOP

CLASSIFICATION_SAMPLES = 500
REGRESSION_SAMPLES = 1200

# titles are shown translated by the data panel (context "DatasetPanel")
BUILTIN: dict[str, DatasetInfo] = {
    info.name: info
    for info in (
        DatasetInfo(
            "circle",
            QT_TRANSLATE_NOOP("DatasetPanel", "Circle"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "xor",
            QT_TRANSLATE_NOOP("DatasetPanel", "Exclusive or"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "gauss",
            QT_TRANSLATE_NOOP("DatasetPanel", "Two Gaussians"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "spiral",
            QT_TRANSLATE_NOOP("DatasetPanel", "Spiral"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "moons",
            QT_TRANSLATE_NOOP("DatasetPanel", "Two moons"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "blobs",
            QT_TRANSLATE_NOOP("DatasetPanel", "Blobs (3–5 classes)"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            True,
        ),
        DatasetInfo(
            "spirals",
            QT_TRANSLATE_NOOP("DatasetPanel", "Spirals (3–5 arms)"),
            "classification",
            True,
            CLASSIFICATION_SAMPLES,
            True,
            True,
        ),
        DatasetInfo(
            "reg-plane",
            QT_TRANSLATE_NOOP("DatasetPanel", "Plane (regression)"),
            "regression",
            True,
            REGRESSION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "reg-gauss",
            QT_TRANSLATE_NOOP("DatasetPanel", "Multi-Gaussian (regression)"),
            "regression",
            True,
            REGRESSION_SAMPLES,
            True,
            False,
        ),
        DatasetInfo(
            "iris",
            QT_TRANSLATE_NOOP("DatasetPanel", "Iris (150 flowers, 4 measurements)"),
            "classification",
            False,
            150,
            False,
            False,
        ),
        DatasetInfo(
            "digits",
            QT_TRANSLATE_NOOP("DatasetPanel", "Digits (1797 images 8×8)"),
            "classification",
            False,
            1797,
            False,
            False,
        ),
        DatasetInfo(
            "mnist",
            QT_TRANSLATE_NOOP("DatasetPanel", "MNIST (IDX files)"),
            "classification",
            False,
            60000,
            False,
            False,
            True,
        ),
        DatasetInfo(
            "fashion-mnist",
            QT_TRANSLATE_NOOP("DatasetPanel", "Fashion-MNIST (IDX files)"),
            "classification",
            False,
            60000,
            False,
            False,
            True,
        ),
    )
}


def grid(resolution: int = 100, domain=(-6.0, 6.0)) -> tuple[np.ndarray, np.ndarray]:
    """(xs, points): ``xs`` the ``resolution`` coordinates spanning ``domain`` and ``points``
    (resolution², 2) in row-major order, ``points[i * resolution + j] == (xs[j], xs[i])``, so
    outputs reshaped to (resolution, resolution) are an image whose row i is x2 = xs[i]."""
    if not isinstance(resolution, int) or resolution < 2:
        raise DataError(f"resolution: expected a whole number of at least 2, got {resolution!r}")
    lo, hi = float(domain[0]), float(domain[1])
    xs = np.linspace(lo, hi, resolution)
    gx, gy = np.meshgrid(xs, xs)
    return xs, np.column_stack([gx.ravel(), gy.ravel()])


def load_dataset(spec: DatasetSpec) -> Dataset:
    """Build the dataset the spec describes; DataError for anything wrong with it or its file."""
    if not isinstance(spec, DatasetSpec):
        raise DataError(f"dataset: expected a DatasetSpec, got {type(spec).__name__}")
    spec.validate()
    name = spec.name
    image_shape = None
    if name in SYNTHETIC_NAMES:
        task = synthetic.GENERATORS[name][1]
        n = spec.samples or (
            CLASSIFICATION_SAMPLES if task == "classification" else REGRESSION_SAMPLES
        )
        X, y = synthetic.generate(name, n, float(spec.noise), spec.seed, spec.classes)
        if task == "classification":
            n_cls = spec.classes if synthetic.GENERATORS[name][2] else 2
            class_names = tuple(str(k) for k in range(n_cls))
            target_names = ("label",)
        else:
            class_names, target_names = (), ("label",)
        return _assemble(
            spec,
            X,
            y,
            task,
            class_names,
            ("x1", "x2"),
            target_names,
            True,
            None,
            tuple(spec.features),
        )
    if name == "iris":
        X, y, input_names, class_names = bundled.load_iris()
        task, target_names = "classification", ("species",)
    elif name == "digits":
        X, y = bundled.load_digits()
        input_names = tuple(f"pixel_{r}_{c}" for r in range(8) for c in range(8))
        class_names = tuple(str(k) for k in range(10))
        task, target_names, image_shape = "classification", ("digit",), (8, 8)
    elif name == "csv":
        X, y, input_names, target_names, class_names, task = read_csv(
            spec.path, spec.target, spec.task
        )
        spec = dataclasses.replace(spec, sha256=_hash(spec.path))
    elif name == "npz":
        X, y, input_names, target_names, class_names, task, image_shape = read_npz(
            spec.path, spec.task
        )
        spec = dataclasses.replace(spec, sha256=_hash(spec.path))
    else:  # mnist, fashion-mnist: the files' own train/test split
        tr_img, tr_lab, te_img, te_lab = load_mnist_folder(spec.path, spec.limit)
        image_shape = (int(tr_img.shape[1]), int(tr_img.shape[2]))
        raw_train = tr_img.reshape(tr_img.shape[0], -1)
        raw_test = te_img.reshape(te_img.shape[0], -1)
        if spec.test_ratio == 0:
            raw_test, te_lab = raw_test[:0], te_lab[:0]
        class_names = (
            FASHION_CLASSES if name == "fashion-mnist" else tuple(str(k) for k in range(10))
        )
        present = np.unique(tr_lab)
        if present.size < 2:
            raise DataError("the training labels hold a single class", path=spec.path)
        input_names = tuple(
            f"pixel_{r}_{c}" for r in range(image_shape[0]) for c in range(image_shape[1])
        )
        return _dataset(
            spec,
            (raw_train, tr_lab, raw_test, te_lab),
            "classification",
            class_names,
            input_names,
            ("label",),
            False,
            image_shape,
            (),
        )
    if spec.task is not None and spec.task != task and name in ("iris", "digits"):
        raise DataError(f"dataset.task: {name} is a classification dataset")
    return _assemble(
        spec,
        X,
        y,
        task,
        class_names,
        tuple(input_names),
        tuple(target_names),
        False,
        image_shape,
        (),
    )


def _hash(path) -> str:
    try:
        return sha256_of(path)
    except OSError as e:
        raise DataError(f"cannot read the file: {e.strerror or e}", path=path) from None


def _assemble(
    spec, X, y, task, class_names, input_names, target_names, is_2d, image_shape, features
):
    ratio = spec.effective_test_ratio
    train, test = split_indices(
        X.shape[0], ratio, spec.seed, y if task == "classification" else None
    )
    raw_train, raw_test = X[train], X[test]
    y_train, y_test = y[train], y[test]
    if task == "classification":
        if np.unique(y_train).size < 2:
            raise DataError(
                "the training split holds a single class; classification needs at least two",
                path=spec.path,
            )
        y_train = y_train.astype(np.int64)
        y_test = y_test.astype(np.int64)
    else:
        n_targets = 1 if y.ndim == 1 else y.shape[1]  # not -1: the test split may be empty
        y_train = y_train.astype(np.float64).reshape(len(train), n_targets)
        y_test = y_test.astype(np.float64).reshape(len(test), n_targets)
    return _dataset(
        spec,
        (raw_train, y_train, raw_test, y_test),
        task,
        class_names,
        input_names,
        target_names,
        is_2d,
        image_shape,
        features,
    )


def _dataset(
    spec, split, task, class_names, input_names, target_names, is_2d, image_shape, features
) -> Dataset:
    """The Dataset of a split (raw_train, y_train, raw_test, y_test), its preprocessing fitted
    on the training part."""
    raw_train, y_train, raw_test, y_test = split
    pre = Preprocessing.fit(raw_train, features, spec.normalize)
    feature_names = features if features else input_names
    return Dataset(
        spec=spec,
        X_train=pre.transform(raw_train),
        y_train=y_train,
        X_test=pre.transform(raw_test),
        y_test=y_test,
        raw_train=raw_train,
        raw_test=raw_test,
        task=task,
        class_names=tuple(class_names),
        input_names=tuple(input_names),
        feature_names=tuple(feature_names),
        target_names=tuple(target_names),
        preprocessing=pre,
        is_2d=is_2d,
        image_shape=image_shape,
    )
