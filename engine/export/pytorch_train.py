"""Generated PyTorch training script that reproduces the app's training, batch for batch.

``pytorch_train_source(model, data_file)`` returns a standalone script that trains the
model's ``nn.Sequential`` exactly as ``train PROJECT --epochs N`` would: the same
starting weights and optimizer state, the same loss and regularization, the same
optimizer with every hyper-parameter explicit, and the same batches: the app shuffles
with NumPy's PCG64 generator (``engine.backend.Random``, seed sequence ``[seed, 1]``),
one permutation per epoch drawn when the epoch starts, cut into batches in order, and
dropout masks drawn from the same generator after each batch; the script does the same
with the same generator. In float64 without dropout it ends with the app's weights to
rounding (tests/test_training_scripts.py). The data, already preprocessed and split,
and the state come from the ``.npz`` beside it (``engine.export.training_run``).

As in ``python_code``, names from the data reach the script only as ``repr()`` literals;
everything else written is an int, a float's repr or an entry of a fixed table here.
"""

from __future__ import annotations

import math
from pathlib import Path

from engine.backend import Random
from engine.export.model import TrainedModel
from engine.export.python_code import names_literal, preprocess_source
from engine.export.sequential import sequential_layout, state_dict_key
from engine.export.training_run import TrainingRun, training_data_bytes
from engine.files import write_atomic
from engine.optimizers import optimizer_class
from engine.spec import NetworkSpec
from engine.training import TRAIN_STREAM

_TORCH_DTYPES = {"float32": "torch.float32", "float64": "torch.float64"}

#: loss → (the loss module, the comment above it, how data_loss computes it)
_LOSSES = {
    "cce": (
        'nn.CrossEntropyLoss(reduction="mean")',
        "# Softmax + categorical cross-entropy, as the app computes it: CrossEntropyLoss takes\n"
        "# the logits (the last Linear's output) and applies log-softmax itself, stably. The\n"
        "# model's nn.Softmax is therefore left out here: applied first, softmax would be\n"
        "# applied twice. Same loss (mean over the batch), same gradient (p - y) / n.",
        "    return LOSS(run(model[:-1], x, masks), y)  # logits: every module but Softmax",
    ),
    "bce": (
        'nn.BCEWithLogitsLoss(reduction="mean")',
        "# Sigmoid + binary cross-entropy, as the app computes it: BCEWithLogitsLoss takes the\n"
        "# logits and computes max(z, 0) - z*y + log(1 + exp(-|z|)), stably; the model's\n"
        "# nn.Sigmoid is left out here (BCELoss on probabilities would lose precision near 0\n"
        "# and 1). Mean over batch and outputs, gradient (p - y) / (n k).",
        "    return LOSS(run(model[:-1], x, masks), y)  # logits: every module but Sigmoid",
    ),
    "mse": (
        'nn.MSELoss(reduction="mean")',
        "# Mean squared error over the batch and the outputs, as the app's mse.",
        "    return LOSS(run(model, x, masks), y)",
    ),
    "sse": (
        "None",
        "# The app's sse: half the sum of squared errors over the outputs, averaged over the\n"
        "# batch (torch has no module for it; MSELoss would divide by the outputs too).",
        "    a = run(model, x, masks)\n    return 0.5 * ((a - y) ** 2).sum() / len(x)",
    ),
}


def _float(v: float) -> str:
    """A float as Python source: its repr, or float('inf') / float('nan')."""
    v = float(v)
    return repr(v) if math.isfinite(v) else f"float({repr(v)!r})"


def _encode_source(spec: NetworkSpec, run: TrainingRun) -> str:
    """``encode(y)``: targets as the loss takes them, the way the app encodes them."""
    if not run.classification:
        body, what = "torch.from_numpy(y).to(DTYPE)", "float columns"
    elif spec.loss == "cce":
        body, what = "torch.from_numpy(y)", "class indices (CrossEntropyLoss's targets)"
    elif spec.n_outputs == 1:
        body, what = "torch.from_numpy(y).reshape(-1, 1).to(DTYPE)", "the label, 0 or 1"
    else:
        body = "nn.functional.one_hot(torch.from_numpy(y), N_OUTPUTS).to(DTYPE)"
        what = "one-hot rows, as the app's"
    return f'def encode(y):\n    """Targets as the loss takes them: {what}."""\n    return {body}\n'


def _optimizer_source(spec: NetworkSpec) -> str:
    """``make_optimizer(model)``: torch.optim's optimizer, every hyper-parameter explicit."""
    opt = spec.optimizer
    lr, eps = _float(opt.lr), _float(opt.effective_eps)
    name = opt.name
    if name in ("sgd", "momentum", "nesterov"):
        mu = _float(opt.momentum) if name != "sgd" else "0.0"
        call = (
            f"torch.optim.SGD(groups, lr={lr}, momentum={mu}, dampening=0.0, "
            f"nesterov={name == 'nesterov'}, weight_decay=0.0, maximize=False)"
        )
    elif name == "adagrad":
        call = (
            f"torch.optim.Adagrad(groups, lr={lr}, lr_decay=0.0, weight_decay=0.0, "
            f"initial_accumulator_value=0.0, eps={eps}, maximize=False)"
        )
    elif name == "rmsprop":
        call = (
            f"torch.optim.RMSprop(groups, lr={lr}, alpha={_float(opt.alpha)}, eps={eps}, "
            "weight_decay=0.0, momentum=0.0, centered=False, maximize=False)"
        )
    elif name == "adam":
        call = (
            f"torch.optim.Adam(groups, lr={lr}, betas=({_float(opt.beta1)}, "
            f"{_float(opt.beta2)}), eps={eps}, weight_decay=0.0, amsgrad=False, maximize=False)"
        )
    else:  # a new optimizer needs its torch counterpart here
        raise ValueError(f"no PyTorch training script for the optimizer {name!r} yet")
    frozen = []
    for k, layer in enumerate(spec.layers):
        for flag, param in ((layer.freeze_weights, "weight"), (layer.freeze_biases, "bias")):
            if flag:
                frozen.append(
                    f"    model[{2 * k}].{param}.requires_grad_(False)  # frozen in the app"
                )
    return (
        "def make_optimizer(model):\n"
        '    """The app\'s optimizer; L2 is weight decay on the weights only (biases are not\n'
        '    regularized), so the parameters go in two groups. Frozen parameters stay out."""\n'
        + "".join(line + "\n" for line in frozen)
        + "    linears = [m for m in model if isinstance(m, nn.Linear)]\n"
        "    groups = [\n"
        '        {"params": [m.weight for m in linears if m.weight.requires_grad], '
        '"weight_decay": L2},\n'
        '        {"params": [m.bias for m in linears if m.bias.requires_grad], '
        '"weight_decay": 0.0},\n'
        "    ]\n"
        '    groups = [g for g in groups if g["params"]]\n'
        f"    return {call}\n"
    )


def _optimizer_state_source(spec: NetworkSpec, run: TrainingRun) -> str:
    """``load_optimizer_state``: the app's optimizer buffers and step counts, into torch's."""
    cls = optimizer_class(spec.optimizer.name)
    steps = (run.state.get("optimizer") or {}).get("steps") or {}
    counts = ", ".join(f"{state_dict_key(str(n))!r}: {int(t)}" for n, t in steps.items())
    with_step = spec.optimizer.name in ("adagrad", "rmsprop", "adam")  # torch keeps "step"
    return (
        f"#: updates each parameter has had in the app (torch keeps a per-parameter count)\n"
        f"OPTIMIZER_STEPS = {{{counts}}}\n"
        f"BUFFERS = {tuple(cls.buffers)!r}\n\n\n"
        "def load_optimizer_state(optimizer, model):\n"
        '    """The app\'s optimizer state at export (buffers, step counts), as torch names it."""\n'
        "    params = dict(model.named_parameters())\n"
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        "        for key, steps in OPTIMIZER_STEPS.items():\n"
        "            state = {}\n"
        "            for buf in BUFFERS:\n"
        '                if f"optimizer.{key}.{buf}" in z.files:\n'
        '                    state[buf] = torch.from_numpy(z[f"optimizer.{key}.{buf}"]).to(DTYPE)\n'
        + (
            '            state["step"] = torch.tensor(float(steps))\n'
            if with_step
            else "            del steps  # SGD keeps no count\n"
        )
        + "            optimizer.state[params[key]] = state\n"
    )


def _rng_source(spec: NetworkSpec, run: TrainingRun) -> str:
    """``make_rng()``: the app's shuffling generator, where it stood at export."""
    doc = (
        "def make_rng():\n"
        '    """The app\'s generator for shuffling and dropout: NumPy\'s PCG64 seeded with\n'
        "    SeedSequence([SEED, 1]) (stream 1; stream 0 drew the initial weights). Each epoch\n"
        "    draws a permutation of the training rows when it starts and takes the batches from\n"
        '    it in order; the same generator here gives the same batches."""\n'
    )
    seeded = f"np.random.Generator(np.random.PCG64(np.random.SeedSequence([SEED, {TRAIN_STREAM}])))"
    state = run.state.get("rng")
    if state is None or state == Random(spec.seed, TRAIN_STREAM).get_state():
        return doc + f"    return {seeded}\n"
    inner = state["state"]
    literal = (
        "{'bit_generator': 'PCG64', "
        f"'state': {{'state': {int(inner['state'])}, 'inc': {int(inner['inc'])}}}, "
        f"'has_uint32': {int(state['has_uint32'])}, 'uinteger': {int(state['uinteger'])}}}"
    )
    return (
        doc
        + f"    rng = {seeded}\n"
        + "    # where the app's generator stood at export (it has shuffled before)\n"
        + f"    rng.bit_generator.state = {literal}\n"
        + "    return rng\n"
    )


def _loop_source(spec: NetworkSpec, run: TrainingRun) -> str:
    """``train(epochs)``: the app's steps and epochs, with early stopping when it has some."""
    early = spec.patience is not None and run.has_test
    dropout = spec.dropout > 0
    reg = " + penalty(model)" if spec.l1 else ""
    masks = ", masks" if dropout else ""
    lines = [
        "def train(epochs=EPOCHS):",
        '    """Train as the app\'s `train --epochs N` does (an epoch under way counts as the',
        '    first); returns the trained model."""',
        "    model = build_model()",
        "    X_train, y_train, X_test, y_test = load_data()",
        "    optimizer = make_optimizer(model)",
    ]
    if not run.fresh_optimizer:
        lines.append("    load_optimizer_state(optimizer, model)")
    lines += [
        "    rng = make_rng()",
        "    n = len(X_train)",
        "    perm, cursor = load_perm(), CURSOR",
        "    step, done = START_STEP, 0",
    ]
    if early:
        lines += [
            "    best_loss, since_best, best = BEST_TEST_LOSS, EPOCHS_SINCE_BEST, load_best()",
            "    stopped = STOPPED_EARLY",
            "    while done < epochs and not stopped:",
        ]
    else:
        lines.append("    while done < epochs:")
    lines += [
        "        if perm is None or cursor >= n:  # an epoch starts: a new permutation",
        "            perm = rng.permutation(n)",
        "            cursor = 0",
        "        idx = torch.from_numpy(perm[cursor : cursor + BATCH_SIZE])",
        "        cursor += len(idx)",
    ]
    if dropout:
        lines.append("        masks = dropout_masks(rng, len(idx))")
    lines += [
        "        optimizer.zero_grad()",
        f"        loss = data_loss(model, X_train[idx], y_train[idx]{masks}){reg}",
        "        loss.backward()",
        "        optimizer.step()",
        "        step += 1",
        "        if not math.isfinite(loss.item()):",
        '            raise SystemExit(f"training diverged at step {step}: the loss became {loss.item()!r}")',
        "        if cursor >= n:  # the epoch ends",
        "            done += 1",
    ]
    if early:
        lines += [
            "            test_loss = evaluate(model, X_test, y_test)",
            "            if test_loss < best_loss:  # early stopping, as the app's",
            "                best_loss, since_best = test_loss, 0",
            "                best = {k: v.clone() for k, v in model.state_dict().items()}",
            "            else:",
            "                since_best += 1",
            "                if since_best >= PATIENCE:",
            "                    stopped = True",
            "                    if best is not None:  # back to the best weights",
            "                        model.load_state_dict(best)",
        ]
    lines.append("    return model")
    return "\n".join(lines) + "\n"


def pytorch_train_source(model: TrainedModel, data_file: str) -> str:
    """A PyTorch script that trains like the app, from the ``.npz`` ``data_file`` beside it."""
    run = model.training
    if run is None:
        raise ValueError("a training script needs the training data: export it from a project")
    spec = model.spec
    state = run.state
    layout = " -> ".join(sequential_layout(spec))
    modules = "".join(f"        nn.{m},\n" for m in sequential_layout(spec))
    module_doc, comment, body = _LOSSES[spec.loss]
    early = spec.patience is not None and run.has_test
    parts = [
        '"""PyTorch script that trains a network the way Backprop Lab did (generated code).\n\n'
        f"Architecture: {layout}\n"
        "Run it (python THIS_FILE): it trains EPOCHS epochs from the weights, optimizer state\n"
        "and shuffle the app had at export, as the app's `train --epochs N` would (in float64\n"
        "without dropout the weights agree to rounding), prints the final loss and saves the\n"
        "trained weights in the working folder as trained.safetensors (trained.npz without the\n"
        "safetensors package) under nn.Sequential's names. DATA, the .npz beside this script,\n"
        "holds the starting weights, the data (preprocessed and split as in the app) and the\n"
        "optimizer's state; INPUT_NAMES are the raw input columns preprocess() takes and\n"
        "OUTPUT_NAMES name the outputs.\n"
        '"""\n\n'
        "import math\n"
        "from pathlib import Path\n\n"
        "import numpy as np\n"
        "import torch\n"
        "from torch import nn\n\n"
        f"INPUT_NAMES = {names_literal(model.input_names)}\n"
        f"OUTPUT_NAMES = {names_literal(model.output_names)}\n"
        f"DATA = Path(__file__).with_name({str(data_file)!r})\n"
        f"DTYPE = {_TORCH_DTYPES[spec.dtype]}\n"
        f"N_OUTPUTS = {int(spec.n_outputs)}\n"
        f"EPOCHS = {int(run.epochs)}\n"
        f"BATCH_SIZE = {int(spec.batch_size)}\n"
        f"L2 = {_float(spec.l2)}  # weight decay: adds L2 * w to each weight's gradient\n"
        + (
            f"L1 = {_float(spec.l1)}  # adds L1 * sign(w) to each weight's gradient\n"
            if spec.l1
            else ""
        )
        + (f"DROPOUT = {_float(spec.dropout)}\n" if spec.dropout else "")
        + (
            f"PATIENCE = {int(spec.patience)}  # early stopping: epochs without a better test loss\n"
            if early and spec.patience is not None
            else ""
        )
        + f"SEED = {int(spec.seed)}\n"
        f"START_STEP = {int(state.get('step', 0))}  # optimizer steps the app had taken\n"
        f"CURSOR = {int(state.get('cursor', 0))}  # rows of the epoch under way already used\n",
        preprocess_source(model),
        "def build_model():\n"
        '    """The nn.Sequential with the weights training starts from (the app\'s at export)."""\n'
        "    model = nn.Sequential(\n" + modules + "    ).to(DTYPE)\n"
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        "        state = {k: torch.from_numpy(z[k]).to(DTYPE) for k in model.state_dict()}\n"
        "    model.load_state_dict(state)\n"
        "    return model\n",
        _encode_source(spec, run),
        "def load_data():\n"
        '    """Training (and test) inputs and targets, preprocessed and split as in the app."""\n'
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        '        X_train, y_train = torch.from_numpy(z["X_train"]).to(DTYPE), encode(z["y_train"])\n'
        '        if "X_test" not in z.files:\n'
        "            return X_train, y_train, None, None\n"
        '        return X_train, y_train, torch.from_numpy(z["X_test"]).to(DTYPE), encode(z["y_test"])\n',
        "def load_perm():\n"
        '    """The permutation of the epoch under way at export, or None."""\n'
        "    with np.load(DATA, allow_pickle=False) as z:\n"
        '        return z["perm"] if "perm" in z.files else None\n',
        _rng_source(spec, run),
        "def run(layers, x, masks=None):\n"
        '    """x through the modules of ``layers``; dropout\'s mask after each hidden activation."""\n'
        "    for i, module in enumerate(layers):\n"
        "        x = module(x)\n"
        "        if masks is not None and i % 2 == 1 and i // 2 < len(masks):\n"
        "            x = x * masks[i // 2]\n"
        "    return x\n",
        f"{comment}\nLOSS = {module_doc}\n\n\n"
        "def data_loss(model, x, y, masks=None):\n"
        '    """The app\'s data loss for inputs x and targets y (a mean over the batch)."""\n'
        f"{body}\n",
        "def evaluate(model, X, y):\n"
        '    """The data loss on a whole set, without dropout, as the app\'s loss curves show it."""\n'
        "    with torch.no_grad():\n"
        "        return data_loss(model, X, y).item()\n",
    ]
    if spec.l1:
        parts.append(
            "def penalty(model):\n"
            '    """L1 as a term of the loss: L1 * sum |w| over the weights, never the biases\n'
            '    (its gradient L1 * sign(w) is the app\'s; torch\'s weight decay is L2 only)."""\n'
            "    return L1 * sum(m.weight.abs().sum() for m in model if isinstance(m, nn.Linear))\n"
        )
    if spec.dropout:
        units = [int(layer.units) for layer in spec.hidden]
        parts.append(
            f"HIDDEN_UNITS = {units!r}\n"
            "KEEP = 1.0 - DROPOUT\n\n\n"
            "def dropout_masks(rng, n):\n"
            '    """The app\'s inverted-dropout masks for a batch of n rows, drawn from the same\n'
            "    generator right after the batch (nn.Dropout would draw from torch's generator\n"
            '    and could not match; it would also shift the nn.Sequential names)."""\n'
            "    return [\n"
            "        torch.from_numpy((rng.random(size=(n, units)) < KEEP).astype(np.float64) / KEEP).to(DTYPE)\n"
            "        for units in HIDDEN_UNITS\n"
            "    ]\n"
        )
    parts.append(_optimizer_source(spec))
    if not run.fresh_optimizer:
        parts.append(_optimizer_state_source(spec, run))
    if early:
        best = state.get("best_params") is not None
        parts.append(
            f"BEST_TEST_LOSS = {_float(state.get('best_test_loss', math.inf))}\n"
            f"EPOCHS_SINCE_BEST = {int(state.get('epochs_since_best', 0))}\n"
            f"STOPPED_EARLY = {bool(state.get('stopped_early', False))}\n\n\n"
            "def load_best():\n"
            '    """Early stopping\'s best weights so far at export, or None."""\n'
            + (
                "    with np.load(DATA, allow_pickle=False) as z:\n"
                '        return {k[5:]: torch.from_numpy(z[k]).to(DTYPE) for k in z.files if k.startswith("best.")}\n'
                if best
                else "    return None\n"
            )
        )
    parts += [
        _loop_source(spec, run),
        "def forward(X_raw, model=None):\n"
        '    """Outputs (a NumPy array) for raw inputs: of ``model``, else of the starting weights."""\n'
        "    model = build_model() if model is None else model\n"
        "    x = torch.from_numpy(preprocess(X_raw)).to(DTYPE)\n"
        "    with torch.no_grad():\n"
        "        return model(x).numpy()\n",
        "def save_trained(model):\n"
        '    """The weights under nn.Sequential\'s names in trained.safetensors (else trained.npz)."""\n'
        "    state = {k: v.detach().cpu().contiguous().numpy() for k, v in model.state_dict().items()}\n"
        "    try:\n"
        "        from safetensors.numpy import save_file\n"
        "    except ImportError:\n"
        '        np.savez("trained.npz", **state)\n'
        '        return "trained.npz"\n'
        '    save_file(state, "trained.safetensors")\n'
        '    return "trained.safetensors"\n',
    ]
    main = (
        'if __name__ == "__main__":\n'
        "    trained = train()\n"
        "    X_train, y_train, X_test, y_test = load_data()\n"
        '    line = f"final loss: train {evaluate(trained, X_train, y_train):.6g}"\n'
        "    if X_test is not None:\n"
        '        line += f", test {evaluate(trained, X_test, y_test):.6g}"\n'
        "    print(line)\n"
        '    print(f"saved the trained weights to {save_trained(trained)}")\n'
    )
    return "\n\n".join(p.rstrip("\n") + "\n" for p in parts) + "\n\n" + main


def export_pytorch_train(path: Path, model: TrainedModel) -> list[Path]:
    """The export writer of PyTorch training scripts: ``NAME.py`` and its data ``NAME.npz``."""
    if path.suffix.lower() != ".py":
        raise ValueError(f"{path}: a PyTorch training script goes in a .py file")
    if model.training is None:
        raise ValueError("a training script needs the training data: export it from a project")
    data = path.with_suffix(".npz")
    source = pytorch_train_source(model, data.name)
    write_atomic(data, training_data_bytes(model.training, model.spec, model.state_dict()))
    write_atomic(path, source.encode("utf-8"))
    return [path, data]
