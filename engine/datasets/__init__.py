"""The data layer: synthetic 2-D datasets (TensorFlow Playground's), bundled Iris and digits,
MNIST / Fashion-MNIST from IDX files, the user's CSV and .npz files, features and preprocessing.

No Qt here. Every bad input raises :class:`engine.errors.DataError`.
"""

from engine.datasets.csv_reader import read_csv
from engine.datasets.dataset import NAMES, Dataset, DatasetInfo, DatasetSpec
from engine.datasets.features import FEATURE_NAMES, expand
from engine.datasets.idx import read_idx, write_idx
from engine.datasets.npz_reader import read_npz
from engine.datasets.preprocessing import Preprocessing, one_hot
from engine.datasets.registry import BUILTIN, grid, load_dataset
from engine.datasets.split import split_indices

__all__ = [
    "BUILTIN",
    "FEATURE_NAMES",
    "NAMES",
    "Dataset",
    "DatasetInfo",
    "DatasetSpec",
    "Preprocessing",
    "expand",
    "grid",
    "load_dataset",
    "one_hot",
    "read_csv",
    "read_idx",
    "read_npz",
    "split_indices",
    "write_idx",
]
