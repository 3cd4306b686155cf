"""Generated Python code (NumPy or PyTorch) that reproduces a trained network's predictions outside the app.

``numpy_source(model, weights_file)`` and ``pytorch_source(model, weights_file)`` return
the text of a standalone module whose ``forward(X_raw)`` gives the same outputs as
``TrainedModel.predict``. The weights are not inlined: the module loads the ``.npz``
written beside it (``engine.export.npz_json``), whose keys are nn.Sequential's
(``0.weight``, ``0.bias``, …). The preprocessing constants are written into the code
at full precision (``repr`` of each float).
"""

from __future__ import annotations

from pathlib import Path

from engine.export.model import TrainedModel
from engine.export.npz_json import weights_to_bytes
from engine.export.sequential import sequential_layout
from engine.files import write_atomic

#: NumPy source of each input feature of 2-D data (``p`` is the raw (n, 2) array)
FEATURE_CODE = {
    "x1": "p[:, 0]",
    "x2": "p[:, 1]",
    "x1^2": "p[:, 0] ** 2",
    "x2^2": "p[:, 1] ** 2",
    "x1*x2": "p[:, 0] * p[:, 1]",
    "sin(x1)": "np.sin(p[:, 0])",
    "sin(x2)": "np.sin(p[:, 1])",
}

_NUMPY_ACTIVATIONS = {
    "sigmoid": "0.5 * (np.tanh(0.5 * z) + 1.0)",
    "tanh": "np.tanh(z)",
    "relu": "np.where(z > 0, z, np.zeros_like(z))",
    "linear": "z",
    "softmax": "_softmax(z)",
}


def _header(model: TrainedModel, weights_file: str, framework: str) -> str:
    names = model.class_names if model.task == "classification" else model.target_names
    return (
        f'"""{framework} forward pass of a network trained in Backprop Lab (generated code).\n\n'
        f"Architecture: {' -> '.join(sequential_layout(model.spec))}\n"
        f"Inputs (raw columns): {', '.join(model.input_names or ['?'])}\n"
        f"Outputs: {', '.join(names or [str(model.spec.n_outputs) + ' units'])}\n"
        f"Weights: {weights_file}, loaded from this module's folder.\n"
        '"""\n'
    )


def _preprocess_source(model: TrainedModel) -> str:
    pre = model.preprocessing
    lines = [
        "def preprocess(X_raw):",
        '    """Network inputs for raw inputs: feature expansion, then normalization (float64)."""',
        "    p = np.atleast_2d(np.asarray(X_raw, dtype=np.float64))  # one sample may be 1-D",
    ]
    features = list((pre or {}).get("features") or [])
    if features:
        cols = ", ".join(FEATURE_CODE[f] for f in features)
        lines.append(f"    p = np.column_stack([{cols}])  # {', '.join(features)}")
    if pre is not None:
        offset = ", ".join(repr(float(v)) for v in pre["offset"])
        scale = ", ".join(repr(float(v)) for v in pre["scale"])
        lines.append(f"    offset = np.array([{offset}])")
        lines.append(f"    scale = np.array([{scale}])")
        lines.append(f"    p = (p - offset) / scale  # {pre['method']} normalization")
    lines.append("    return p")
    return "\n".join(lines) + "\n"


def numpy_source(model: TrainedModel, weights_file: str) -> str:
    """A NumPy module: ``forward(X_raw)`` → outputs, weights read from ``weights_file`` beside it."""
    spec = model.spec
    body = []
    for k, layer in enumerate(spec.layers, start=1):
        i = 2 * (k - 1)
        body.append(f'    z = a @ _W["{i}.weight"].T + _W["{i}.bias"]')
        if layer.activation == "leaky_relu":
            act = f"np.where(z > 0, z, {float(layer.leaky_slope)!r} * z)"
        else:
            act = _NUMPY_ACTIVATIONS[layer.activation]
        body.append(f"    a = {act}  # {layer.activation}")
    return (
        _header(model, weights_file, "NumPy")
        + "\nfrom pathlib import Path\n\nimport numpy as np\n\n"
        + f'WEIGHTS = Path(__file__).with_name("{weights_file}")\n'
        + f"DTYPE = np.{spec.dtype}\n"
        + "with np.load(WEIGHTS, allow_pickle=False) as _z:\n"
        + '    _W = {k: _z[k].astype(DTYPE) for k in _z.files if k != "__meta__"}\n\n\n'
        + _preprocess_source(model)
        + "\n\n"
        + "def _softmax(z):\n"
        + "    e = np.exp(z - z.max(axis=1, keepdims=True))\n"
        + "    return e / e.sum(axis=1, keepdims=True)\n\n\n"
        + "def forward(X_raw):\n"
        + '    """The network\'s outputs for raw inputs (class probabilities for classification)."""\n'
        + "    a = preprocess(X_raw).astype(DTYPE)\n"
        + "\n".join(body)
        + "\n    return a\n"
    )


def pytorch_source(model: TrainedModel, weights_file: str) -> str:
    """A PyTorch module: ``build_model()`` → the nn.Sequential with trained weights; ``forward(X_raw)``."""
    spec = model.spec
    modules = ",\n".join(f"        nn.{m}" for m in sequential_layout(spec))
    return (
        _header(model, weights_file, "PyTorch")
        + "\nfrom pathlib import Path\n\nimport numpy as np\nimport torch\nfrom torch import nn\n\n"
        + f'WEIGHTS = Path(__file__).with_name("{weights_file}")\n'
        + f"DTYPE = torch.{spec.dtype}\n\n\n"
        + _preprocess_source(model)
        + "\n\n"
        + "def build_model():\n"
        + '    """The nn.Sequential with the trained weights loaded through load_state_dict."""\n'
        + "    model = nn.Sequential(\n"
        + modules
        + ",\n    ).to(DTYPE)\n"
        + "    with np.load(WEIGHTS, allow_pickle=False) as z:\n"
        + '        state = {k: torch.from_numpy(z[k]).to(DTYPE) for k in z.files if k != "__meta__"}\n'
        + "    model.load_state_dict(state)\n"
        + "    return model.eval()\n\n\n"
        + "MODEL = build_model()\n\n\n"
        + "def forward(X_raw):\n"
        + '    """The network\'s outputs (a NumPy array) for raw inputs."""\n'
        + "    x = torch.from_numpy(preprocess(X_raw)).to(DTYPE)\n"
        + "    with torch.no_grad():\n"
        + "        return MODEL(x).numpy()\n"
    )


def _export_code(path: Path, model: TrainedModel, fmt: str) -> list[Path]:
    """Write ``NAME.py`` (``fmt`` code) and its weights ``NAME.npz`` beside it."""
    if path.suffix.lower() != ".py":
        raise ValueError(f"{path}: {fmt} code goes in a .py file")
    weights = path.with_suffix(".npz")
    source = (numpy_source if fmt == "numpy" else pytorch_source)(model, weights.name)
    write_atomic(weights, weights_to_bytes(model, "npz"))
    write_atomic(path, source.encode("utf-8"))
    return [path, weights]


def export_numpy(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of NumPy code: ``NAME.py`` and ``NAME.npz``; the files written."""
    return _export_code(path, model, "numpy")


def export_pytorch(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of PyTorch code: ``NAME.py`` and ``NAME.npz``; the files written."""
    return _export_code(path, model, "pytorch")
