"""``.safetensors`` weights: the nn.Sequential state_dict, with this app's metadata in the header.

The tensors are named as ``nn.Sequential``'s ``state_dict`` (``0.weight`` out × in,
``0.bias``, ``2.weight``, …), so PyTorch reads them with
``model.load_state_dict(safetensors.torch.load_file(path))``. The header's
``__metadata__`` (strings only, as the format wants) holds ``"format": "pt"`` (the
Hugging Face convention for PyTorch layouts) and, under ``META_FIELD``, the JSON metadata
of ``engine.export.npz_json`` (architecture, preprocessing, names), so the file is as
self-contained as the ``.npz``. Reading is ``engine.weights_io.load_weights``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from engine.export.model import TrainedModel
from engine.export.npz_json import weights_metadata
from engine.files import write_atomic

#: the key of the header's __metadata__ that holds this app's JSON metadata
META_FIELD = "backprop_lab"


def safetensors_bytes(model: TrainedModel) -> bytes:
    """The bytes of a ``.safetensors`` file holding the model's state_dict and metadata."""
    import safetensors.numpy

    tensors = {k: np.ascontiguousarray(v) for k, v in model.state_dict().items()}
    metadata = {"format": "pt", META_FIELD: json.dumps(weights_metadata(model), allow_nan=False)}
    return safetensors.numpy.save(tensors, metadata=metadata)


def export_safetensors(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of ``.safetensors`` files: the files written."""
    write_atomic(path, safetensors_bytes(model))
    return [path]
