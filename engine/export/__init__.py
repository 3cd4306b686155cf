"""Exporting a trained model: each format's writer, and ``export_model`` to pick one by name.

``model`` (``TrainedModel``), ``sequential`` (the nn.Sequential layout and state_dict
names), ``training_run`` (what a training script needs besides the model), and one module
per kind of file written: ``npz_json`` (weights files), ``safetensors_file``, ``onnx``,
``python_code`` (NumPy/PyTorch forward code), ``pytorch_train`` (a PyTorch script that
trains as the app does) and ``keras_code`` (a Keras 3 model). Reading weights files back
is ``engine.weights_io``. Submodules import each other directly, never this package.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from engine.export.keras_code import export_keras
from engine.export.model import TrainedModel
from engine.export.npz_json import export_json, export_npz
from engine.export.onnx import export_onnx
from engine.export.python_code import export_numpy, export_pytorch
from engine.export.pytorch_train import export_pytorch_train
from engine.export.safetensors_file import export_safetensors

#: export format → its writer: (path, model) → the files written (atomically)
WRITERS: dict[str, Callable[[Path, TrainedModel], list[Path]]] = {
    "npz": export_npz,
    "json": export_json,
    "safetensors": export_safetensors,
    "onnx": export_onnx,
    "numpy": export_numpy,
    "pytorch": export_pytorch,
    "pytorch-train": export_pytorch_train,
    "keras": export_keras,
}
EXPORT_FORMATS = tuple(WRITERS)
#: the formats that write a training script: the model needs its ``training`` (a TrainingRun)
TRAINING_FORMATS = ("pytorch-train", "keras")


def export_model(path: str | os.PathLike, model: TrainedModel, fmt: str) -> list[Path]:
    """Write the model in any export format (atomically); returns the files written.

    ``numpy``/``pytorch`` write ``NAME.py`` and its weights ``NAME.npz`` beside it;
    ``pytorch-train``/``keras`` write ``NAME.py`` and ``NAME.npz`` with the weights and the
    training data, and need ``model.training``.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return writer(Path(path), model)
