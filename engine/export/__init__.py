"""Exporting a trained model: each format's writer, and ``export_model`` to pick one by name.

``model`` (``TrainedModel``), ``sequential`` (the nn.Sequential layout and state_dict
names), and one module per kind of file written: ``npz_json`` (weights files),
``onnx``, ``python_code`` (NumPy/PyTorch code). Reading weights files back is
``engine.weights_io``. Submodules import each other directly, never this package.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from engine.export.model import TrainedModel
from engine.export.npz_json import export_json, export_npz
from engine.export.onnx import export_onnx
from engine.export.python_code import export_numpy, export_pytorch

#: export format → its writer: (path, model) → the files written (atomically)
WRITERS: dict[str, Callable[[Path, TrainedModel], list[Path]]] = {
    "npz": export_npz,
    "json": export_json,
    "onnx": export_onnx,
    "numpy": export_numpy,
    "pytorch": export_pytorch,
}
EXPORT_FORMATS = tuple(WRITERS)


def export_model(path: str | os.PathLike, model: TrainedModel, fmt: str) -> list[Path]:
    """Write the model in any export format (atomically); returns the files written.

    ``numpy``/``pytorch`` write ``NAME.py`` and its weights ``NAME.npz`` beside it.
    """
    writer = WRITERS.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return writer(Path(path), model)
