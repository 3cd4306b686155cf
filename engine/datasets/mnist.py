"""MNIST and Fashion-MNIST from the standard IDX files in a folder the user picks."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine.datasets.idx import read_idx
from engine.errors import DataError

PARTS = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
FASHION_CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)


def find_part(folder: Path, base: str) -> Path | None:
    """The file for ``base`` in the folder: ``base``, ``base.gz``, or the ``.idx3-ubyte``
    spelling some mirrors use (``train-images.idx3-ubyte``)."""
    alt = base.replace("-idx", ".idx")
    for name in (base, base + ".gz", alt, alt + ".gz"):
        p = folder / name
        if p.is_file():
            return p
    return None


def load_mnist_folder(folder, limit: int | None = None):
    """(train images uint8 (n, 28, 28), train labels int64, test images, test labels).

    ``limit`` keeps the first ``limit`` training images and the first ``limit`` test images."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError("no such folder (it should hold the four MNIST IDX files)", path=folder)
    arrays = {}
    for key, base in PARTS.items():
        p = find_part(folder, base)
        if p is None:
            raise DataError(f"missing {base} (or {base}.gz) in the folder", path=folder)
        arrays[key] = (p, read_idx(p))
    for split in ("train", "test"):
        ip, images = arrays[f"{split}_images"]
        lp, labels = arrays[f"{split}_labels"]
        if images.ndim != 3:
            raise DataError(
                f"expected images of shape (n, rows, cols), got {images.shape}", path=ip
            )
        if images.dtype != np.uint8:
            raise DataError(f"expected unsigned bytes, got {images.dtype}", path=ip)
        if labels.ndim != 1 or labels.shape[0] != images.shape[0]:
            raise DataError(
                f"expected {images.shape[0]} labels (one per image), got shape {labels.shape}",
                path=lp,
            )
        if labels.size and (labels.min() < 0 or labels.max() > 9):
            raise DataError(
                f"labels must be 0..9, found {int(labels.min())}..{int(labels.max())}", path=lp
            )
    if arrays["train_images"][1].shape[1:] != arrays["test_images"][1].shape[1:]:
        raise DataError("training and test images differ in size", path=arrays["test_images"][0])
    out = [arrays[k][1] for k in PARTS]
    if limit is not None:
        out = [a[:limit] for a in out]
    return out[0], out[1].astype(np.int64), out[2], out[3].astype(np.int64)
