"""Generated Keras 3 code: the trained network as a ``keras.Sequential``, compiled to train on.

``keras_source(model, data_file)`` returns a module that builds ``Dense`` layers with the
app's activations, ``compile``s them with the matching loss and optimizer (every
hyper-parameter explicit: Keras's defaults differ from torch.optim's, which the app
follows), loads the app's weights with ``set_weights`` (kernels are in × out, the
transpose of nn.Linear's) and, run as a script, ``fit``s with the same epochs and batch
size. ``forward(X_raw)`` predicts what the app predicts, to the dtype's rounding, on any
Keras 3 backend. Where Keras cannot do exactly what the app does (its Adam's ε, the
ε of RMSprop and Adagrad inside the square root, the clipping in its cross-entropies, its
own shuffle and dropout), a comment in the code says so.

Names from the data reach the module only as ``repr()`` literals (``python_code``).
"""

from __future__ import annotations

import math
from pathlib import Path

from engine.export.model import TrainedModel
from engine.export.python_code import names_literal, preprocess_source
from engine.export.sequential import sequential_layout
from engine.export.training_run import TrainingRun, training_data_bytes
from engine.files import write_atomic
from engine.spec import NetworkSpec

#: engine activation → Keras's name for it (leaky_relu is a LeakyReLU layer instead)
_KERAS_ACTIVATIONS = {
    "sigmoid": "sigmoid",
    "tanh": "tanh",
    "relu": "relu",
    "linear": "linear",
    "softmax": "softmax",
}
_DTYPES = {"float32": "float32", "float64": "float64"}


def _float(v: float) -> str:
    """A finite float as Python source."""
    v = float(v)
    if not math.isfinite(v):
        raise ValueError(f"cannot write {v!r} as a hyper-parameter")
    return repr(v)


def _layers_source(spec: NetworkSpec) -> str:
    """The ``keras.Sequential`` layer list: Input, then Dense (+ LeakyReLU, Dropout) per layer."""
    reg = ""
    if spec.l1 or spec.l2:
        # the app adds l1·sign(w) + l2·w to a weight's gradient; Keras's L1L2 adds
        # l1·Σ|w| + l2·Σw² to the loss, whose gradient is l1·sign(w) + 2·l2·w: so l2 / 2
        reg = (
            f", kernel_regularizer=keras.regularizers.L1L2(l1={_float(spec.l1)}, "
            f"l2={_float(spec.l2 / 2)})"
        )
    lines = [f"            keras.Input(shape=({int(spec.n_inputs)},), dtype=DTYPE),"]
    last = len(spec.layers) - 1
    for k, layer in enumerate(spec.layers):
        if layer.activation == "leaky_relu":
            act = '"linear"'
        else:
            act = f'"{_KERAS_ACTIVATIONS[layer.activation]}"'
        trainable = ""
        if layer.freeze_weights and layer.freeze_biases:
            trainable = ", trainable=False"  # frozen in the app
        lines.append(
            f"            layers.Dense({int(layer.units)}, activation={act}{reg}{trainable}, "
            "dtype=DTYPE),"
        )
        if layer.freeze_weights != layer.freeze_biases:
            lines.append(
                "            # the app freezes only this layer's "
                + ("weights" if layer.freeze_weights else "biases")
                + "; Keras freezes a layer whole, so here both train"
            )
        if layer.activation == "leaky_relu":
            lines.append(
                f"            layers.LeakyReLU(negative_slope={_float(layer.leaky_slope)}, dtype=DTYPE),"
            )
        if spec.dropout and k != last:
            lines.append(
                f"            layers.Dropout({_float(spec.dropout)}),  # inverted, as the app's; "
                "Keras draws its own masks"
            )
    return "\n".join(lines) + "\n"


def _loss_source(spec: NetworkSpec) -> tuple[str, str]:
    """(a comment and any helper, the loss expression) for ``compile``."""
    if spec.loss == "cce":
        return (
            "# Categorical cross-entropy on the softmax output, as the app's. Not exact: Keras\n"
            "# clips the probabilities to [1e-7, 1 - 1e-7] before the log, where the app takes\n"
            "# log-softmax of the logits (the same until a probability nears 0 or 1).\n",
            "keras.losses.CategoricalCrossentropy(from_logits=False, label_smoothing=0.0)",
        )
    if spec.loss == "bce":
        return (
            "# Binary cross-entropy on the sigmoid output, mean over batch and outputs, as the\n"
            "# app's. Not exact: Keras clips the probabilities to [1e-7, 1 - 1e-7] before the\n"
            "# log, where the app computes it from the logits.\n",
            "keras.losses.BinaryCrossentropy(from_logits=False, label_smoothing=0.0)",
        )
    if spec.loss == "mse":
        return (
            "# Mean squared error over the batch and the outputs, exactly the app's mse.\n",
            "keras.losses.MeanSquaredError()",
        )
    return (
        "def sse(y_true, y_pred):\n"
        '    """The app\'s sse: half the sum of squared errors over the outputs, per sample\n'
        '    (Keras averages it over the batch); exact."""\n'
        "    return 0.5 * keras.ops.sum(keras.ops.square(y_pred - y_true), axis=-1)\n\n\n",
        "sse",
    )


def _optimizer_source(spec: NetworkSpec) -> tuple[str, str]:
    """(a comment, the optimizer expression) for ``compile``."""
    opt = spec.optimizer
    lr, eps = _float(opt.lr), opt.effective_eps
    no_decay = "weight_decay=None"  # L2 is the kernels' regularizer (a loss term), as the app's
    if opt.name in ("sgd", "momentum", "nesterov"):
        mu = _float(opt.momentum) if opt.name != "sgd" else "0.0"
        return (
            "# Keras's momentum keeps v = mu*v - lr*g and adds it: for a constant learning rate\n"
            "# that is torch.optim.SGD's rule (the app's), step for step; exact.\n",
            f"keras.optimizers.SGD(learning_rate={lr}, momentum={mu}, "
            f"nesterov={opt.name == 'nesterov'}, {no_decay})",
        )
    if opt.name == "adagrad":
        return (
            "# Keras adds epsilon inside the square root (lr*g / sqrt(G + epsilon)), the app\n"
            "# outside (lr*g / (sqrt(G) + eps)): epsilon = eps**2 agrees when G is 0 and when it\n"
            "# is large, not in between. Keras starts G at 0.1 by default; the app at 0.\n",
            f"keras.optimizers.Adagrad(learning_rate={lr}, initial_accumulator_value=0.0, "
            f"epsilon={_float(eps * eps)}, {no_decay})",
        )
    if opt.name == "rmsprop":
        return (
            "# Keras's rho is the app's (torch's) alpha; Keras's default 0.9 differs from 0.99.\n"
            "# Keras adds epsilon inside the square root (lr*g / sqrt(v + epsilon)), the app\n"
            "# outside (lr*g / (sqrt(v) + eps)): epsilon = eps**2 agrees when v is 0 and when\n"
            "# it is large, not in between.\n",
            f"keras.optimizers.RMSprop(learning_rate={lr}, rho={_float(opt.alpha)}, "
            f"momentum=0.0, epsilon={_float(eps * eps)}, centered=False, {no_decay})",
        )
    if opt.name == "adam":
        return (
            "# Keras's Adam adds epsilon to sqrt(v) before the bias correction, the app (as\n"
            "# torch) to sqrt(v_hat) after it: the app's eps is Keras's epsilon divided by\n"
            "# sqrt(1 - beta_2**t), which changes every step. The same number is the closest\n"
            "# constant (exact once beta_2**t is small); they differ while sqrt(v) is near eps.\n",
            f"keras.optimizers.Adam(learning_rate={lr}, beta_1={_float(opt.beta1)}, "
            f"beta_2={_float(opt.beta2)}, epsilon={_float(eps)}, amsgrad=False, {no_decay})",
        )
    raise ValueError(f"no Keras optimizer for {opt.name!r} yet")


def _encode_source(spec: NetworkSpec, run: TrainingRun) -> str:
    """``encode(y)``: targets as the Keras loss takes them (one-hot rows for classes)."""
    if not run.classification:
        body, what = "y.astype(DTYPE)", "float columns"
    elif spec.n_outputs == 1:
        body, what = "y.reshape(-1, 1).astype(DTYPE)", "the label, 0 or 1"
    else:
        body, what = "np.eye(N_OUTPUTS, dtype=DTYPE)[y]", "one-hot rows"
    return f'def encode(y):\n    """Targets as the loss takes them: {what}."""\n    return {body}\n'


def keras_source(model: TrainedModel, data_file: str) -> str:
    """A Keras 3 module: ``MODEL`` (compiled, the app's weights), ``forward``, ``train``."""
    run = model.training
    if run is None:
        raise ValueError("a Keras script needs the training data: export it from a project")
    spec = model.spec
    loss_doc, loss = _loss_source(spec)
    opt_doc, optimizer = _optimizer_source(spec)
    early = spec.patience is not None and run.has_test
    layout = " -> ".join(sequential_layout(spec))
    weights = "".join(
        f'            z["{2 * k}.weight"].T, z["{2 * k}.bias"],\n' for k in range(len(spec.layers))
    )
    callbacks = (
        "[\n"
        "            # the app stops after PATIENCE epochs without a better test loss (without\n"
        "            # regularization); Keras's val_loss includes the regularizer's term\n"
        '            keras.callbacks.EarlyStopping(monitor="val_loss", patience=PATIENCE, '
        "restore_best_weights=True)\n"
        "        ]"
        if early
        else "[]"
    )
    parts = [
        '"""Keras 3 model of a network trained in Backprop Lab (generated code).\n\n'
        f"nn.Sequential layout in the app: {layout}\n"
        "MODEL holds the app's weights (forward() predicts what the app predicts) and is\n"
        "compiled with the app's loss and optimizer; run this file to fit it further with the\n"
        "app's epochs and batch size on the app's data (DATA, the .npz beside this module,\n"
        "preprocessed and split as in the app). Works with any Keras 3 backend (KERAS_BACKEND).\n"
        "INPUT_NAMES are the raw input columns forward() takes; OUTPUT_NAMES name its outputs.\n"
        '"""\n\n'
        "from pathlib import Path\n\n"
        "import keras\n"
        "import numpy as np\n"
        "from keras import layers\n\n"
        f"INPUT_NAMES = {names_literal(model.input_names)}\n"
        f"OUTPUT_NAMES = {names_literal(model.output_names)}\n"
        f"DATA = Path(__file__).with_name({str(data_file)!r})\n"
        f'DTYPE = "{_DTYPES[spec.dtype]}"'
        + (
            "  # Keras 3 multiplies matrices in float32 on backends other than\n"
            "# TensorFlow even for float64 variables (as JAX does by default): predictions\n"
            "# agree with the app's to float32 rounding\n"
            if spec.dtype == "float64"
            else "\n"
        )
        + f"N_OUTPUTS = {int(spec.n_outputs)}\n"
        f"EPOCHS = {int(run.epochs)}\n"
        f"BATCH_SIZE = {int(spec.batch_size)}\n"
        + (f"PATIENCE = {int(spec.patience)}\n" if early and spec.patience is not None else ""),
        preprocess_source(model),
        loss_doc.rstrip("\n") + "\n" + f"LOSS = {loss}\n",
        opt_doc.rstrip("\n") + "\n" + "def make_optimizer():\n"
        '    """The app\'s optimizer in Keras, every hyper-parameter explicit."""\n'
        f"    return {optimizer}\n",
        "def build_model():\n"
        '    """The app\'s network with its weights, compiled with its loss and optimizer."""\n'
        "    model = keras.Sequential(\n"
        "        [\n" + _layers_source(spec) + "        ]\n"
        "    )\n"
        "    model.compile(optimizer=make_optimizer(), loss=LOSS)\n"
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        "        # Dense kernels are in × out: the transpose of nn.Linear's weight\n"
        "        model.set_weights([\n" + weights + "        ])\n"
        "    return model\n",
        "MODEL = build_model()\n",
        "def forward(X_raw):\n"
        '    """The network\'s outputs for raw inputs (class probabilities for classification)."""\n'
        "    return MODEL.predict(preprocess(X_raw).astype(DTYPE), verbose=0)\n",
        _encode_source(spec, run),
        "def train(model=MODEL, epochs=EPOCHS):\n"
        '    """Fit on the app\'s data with its epochs and batch size. Keras shuffles with its own\n'
        '    generator, so the batches (and any dropout masks) are not the app\'s."""\n'
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        '        X_train, y_train = z["X_train"].astype(DTYPE), encode(z["y_train"])\n'
        "        validation = None\n"
        '        if "X_test" in z.files:\n'
        '            validation = (z["X_test"].astype(DTYPE), encode(z["y_test"]))\n'
        "    return model.fit(\n"
        "        X_train,\n"
        "        y_train,\n"
        "        epochs=epochs,\n"
        "        batch_size=BATCH_SIZE,\n"
        "        shuffle=True,\n"
        "        validation_data=validation,\n"
        f"        callbacks={callbacks},\n"
        "        verbose=2,\n"
        "    )\n",
        "def state_dict(model=MODEL):\n"
        '    """The weights under nn.Sequential\'s names (0.weight out × in, 0.bias, 2.weight, …)."""\n'
        "    dense = [layer for layer in model.layers if isinstance(layer, layers.Dense)]\n"
        "    out = {}\n"
        "    for i, layer in enumerate(dense):\n"
        "        kernel, bias = layer.get_weights()\n"
        '        out[f"{2 * i}.weight"] = np.ascontiguousarray(kernel.T)\n'
        '        out[f"{2 * i}.bias"] = bias\n'
        "    return out\n",
    ]
    main = (
        'if __name__ == "__main__":\n'
        "    history = train()\n"
        "    print(f\"final loss: train {history.history['loss'][-1]:.6g}\")\n"
        "    # the fitted weights under nn.Sequential's names, beside the PyTorch script's\n"
        "    try:\n"
        "        from safetensors.numpy import save_file\n"
        "    except ImportError:\n"
        '        np.savez("trained_keras.npz", **state_dict())\n'
        "    else:\n"
        '        save_file(state_dict(), "trained_keras.safetensors")\n'
    )
    return "\n\n".join(p.rstrip("\n") + "\n" for p in parts) + "\n\n" + main


def export_keras(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of Keras code: ``NAME.py`` and its weights and data ``NAME.npz``."""
    if path.suffix.lower() != ".py":
        raise ValueError(f"{path}: Keras code goes in a .py file")
    if model.training is None:
        raise ValueError("a Keras script needs the training data: export it from a project")
    data = path.with_suffix(".npz")
    source = keras_source(model, data.name)
    write_atomic(data, training_data_bytes(model.training, model.spec, model.state_dict()))
    write_atomic(path, source.encode("utf-8"))
    return [path, data]
