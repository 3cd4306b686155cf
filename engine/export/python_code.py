"""Generated Python code (NumPy or PyTorch) that reproduces a trained network's predictions.

``numpy_source(model, weights_file)`` and ``pytorch_source(model, weights_file)`` return
the text of a standalone module whose ``forward(X_raw)`` gives the same outputs as
``TrainedModel.predict``. The weights are not inlined: the module loads the ``.npz``
written beside it (``engine.export.npz_json``), whose keys are nn.Sequential's
(``0.weight``, ``0.bias``, …). The preprocessing constants are written into the code
at full precision (``repr`` of each float).

Names from the data (columns, classes, targets, the weights file) are never pasted
into the code, its comments or its docstring: each reaches the module only as the
``repr()`` of a ``str``, in ``INPUT_NAMES``, ``OUTPUT_NAMES`` and ``WEIGHTS``. Everything
else written is an int, a float's repr or an entry of a fixed table here.
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
_NORMALIZATIONS = {"standard", "minmax", "none"}
_NUMPY_DTYPES = {"float32": "np.float32", "float64": "np.float64"}
_TORCH_DTYPES = {"float32": "torch.float32", "float64": "torch.float64"}


def names_literal(names: list[str] | None) -> str:
    """A list of names as Python source: the repr of each, one a line when long."""
    if names is None:
        return "None"
    items = [repr(str(n)) for n in names]
    one_line = "[" + ", ".join(items) + "]"
    if len(one_line) <= 80:
        return one_line
    return "[\n" + "".join(f"    {item},\n" for item in items) + "]"


def _header(model: TrainedModel, weights_file: str, framework: str) -> str:
    """The module docstring (no names from the data in it) and the names as Python literals."""
    layout = " -> ".join(sequential_layout(model.spec))
    return (
        f'"""{framework} forward pass of a network trained in Backprop Lab (generated code).\n\n'
        f"Architecture: {layout}\n"
        "INPUT_NAMES are the raw input columns forward() takes, in order; OUTPUT_NAMES name\n"
        "its output columns; WEIGHTS is the .npz beside this module that holds the weights.\n"
        '"""\n\n'
        "from pathlib import Path\n\n"
        "import numpy as np\n"
        + ("import torch\nfrom torch import nn\n" if framework == "PyTorch" else "")
        + f"\nINPUT_NAMES = {names_literal(model.input_names)}\n"
        f"OUTPUT_NAMES = {names_literal(model.output_names)}\n"
        f"N_OUTPUTS = {int(model.spec.n_outputs)}\n"
        f"WEIGHTS = Path(__file__).with_name({str(weights_file)!r})\n"
    )


def preprocess_source(model: TrainedModel) -> str:
    """``preprocess(X_raw)``: the feature expansion and normalization, constants inlined."""
    pre = model.preprocessing
    lines = [
        "def preprocess(X_raw):",
        '    """Network inputs for raw inputs: feature expansion, then normalization (float64)."""',
        "    p = np.atleast_2d(np.asarray(X_raw, dtype=np.float64))  # one sample may be 1-D",
    ]
    features = list((pre or {}).get("features") or [])
    if features:
        cols = ", ".join(FEATURE_CODE[f] for f in features)  # KeyError for anything unknown
        lines.append(f"    p = np.column_stack([{cols}])  # {', '.join(features)}")
    if pre is not None:
        offset = ", ".join(repr(float(v)) for v in pre["offset"])
        scale = ", ".join(repr(float(v)) for v in pre["scale"])
        method = pre["method"]
        note = f"{method} normalization" if method in _NORMALIZATIONS else "normalization"
        lines.append(f"    offset = np.array([{offset}])")
        lines.append(f"    scale = np.array([{scale}])")
        lines.append(f"    p = (p - offset) / scale  # {note}")
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
            act, name = f"np.where(z > 0, z, {float(layer.leaky_slope)!r} * z)", "leaky_relu"
        else:
            act, name = _NUMPY_ACTIVATIONS[layer.activation], layer.activation  # a table key
        body.append(f"    a = {act}  # {name}")
    return (
        _header(model, weights_file, "NumPy")
        + f"DTYPE = {_NUMPY_DTYPES[spec.dtype]}\n"
        + "with np.load(WEIGHTS, allow_pickle=False) as _z:\n"
        + '    _W = {k: _z[k].astype(DTYPE) for k in _z.files if k != "__meta__"}\n\n\n'
        + preprocess_source(model)
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
        + f"DTYPE = {_TORCH_DTYPES[spec.dtype]}\n\n\n"
        + preprocess_source(model)
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
