"""``export``: write a project's trained network as weights, ONNX, code, or a training script."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import CommandError, positive_int, say

HELP = "export the trained network (npz, json, safetensors, onnx, code, a training script)"
FORMATS = ("npz", "json", "safetensors", "onnx", "numpy", "pytorch", "pytorch-train", "keras")
#: formats that write a training script and so need the data (and the epochs)
TRAINING_FORMATS = ("pytorch-train", "keras")
EXTENSIONS = {
    ".npz": "npz",
    ".json": "json",
    ".safetensors": "safetensors",
    ".onnx": "onnx",
    ".py": "numpy",
}
DESCRIPTION = """\
Export the project's network with its preprocessing, so that it runs on raw inputs.

  npz, json      the architecture plus the dense layers named as nn.Sequential's state_dict:
                 0.weight (out × in), 0.bias, 2.weight, … (one activation module after
                 each Linear, the output's included)
  safetensors    the same state_dict for model.load_state_dict(safetensors.torch.load_file(…)),
                 with the architecture in the header's metadata
  onnx           input "input" float32 [batch, raw inputs] (feature expansion and
                 normalization inside the model), output "output" (class probabilities
                 for classification); opset 17
  numpy          FILE.py with forward(X_raw), plus its weights FILE.npz beside it
  pytorch        FILE.py building the nn.Sequential (load_state_dict), plus FILE.npz
  pytorch-train  FILE.py, a PyTorch script that trains --epochs N epochs exactly as
                 `train --epochs N` would (same weights, optimizer, loss, batches), then
                 saves trained.safetensors; FILE.npz beside it holds the weights and data
  keras          FILE.py, a Keras 3 Sequential with the trained weights, compiled with the
                 app's loss and optimizer; run, it fits --epochs N epochs (default: the
                 epochs the project has trained, at least 1); FILE.npz holds weights and data

The format comes from the extension (.npz, .json, .safetensors, .onnx; .py means numpy)
unless --format is given.

examples:
  backprop-lab export spiral.bplab -o spiral.onnx
  backprop-lab export spiral.bplab -o spiral_torch.py --format pytorch
  backprop-lab export spiral.bplab -o train_spiral.py --format pytorch-train --epochs 200
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``export``."""
    p.add_argument("project", metavar="PROJECT", help="project file (.bplab)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.add_argument("--format", choices=FORMATS, default=None, help="default: from FILE's extension")
    p.add_argument(
        "--epochs",
        type=positive_int,
        default=None,
        metavar="N",
        help="pytorch-train (required) and keras: the epochs the script trains",
    )


def export_format(output: str, given: str | None) -> str:
    """The format asked for, or the one the extension implies."""
    if given:
        return given
    ext = Path(output).suffix.lower()
    if ext not in EXTENSIONS:
        raise CommandError(
            f"-o {output}: cannot tell the format from {ext or 'a name without extension'}; "
            "use .npz, .json, .safetensors, .onnx or .py, or give --format"
        )
    return EXTENSIONS[ext]


def run(args: argparse.Namespace) -> int:
    """Load the project's model (and, for a training script, its data) and write the format."""
    from cli.common import model_from_project
    from engine.export import export_model
    from engine.project import load_project

    fmt = export_format(args.output, args.format)
    code = fmt in ("numpy", "pytorch", *TRAINING_FORMATS)
    if code and Path(args.output).suffix.lower() != ".py":
        raise CommandError(f"-o {args.output}: {fmt} code goes in a .py file")
    if fmt == "pytorch-train" and args.epochs is None:
        raise CommandError("--format pytorch-train needs --epochs N: the epochs the script trains")
    if args.epochs is not None and fmt not in TRAINING_FORMATS:
        raise CommandError(
            f"--epochs is for the training scripts (pytorch-train, keras), not {fmt}"
        )
    project = load_project(args.project)
    if fmt in TRAINING_FORMATS:
        model = training_model(project, args.epochs)
    else:
        model = model_from_project(project)
    try:
        written = export_model(args.output, model, fmt)
    except ValueError as exc:
        raise CommandError(f"-o {args.output}: {exc}") from None
    say(args, f"wrote {' and '.join(str(w) for w in written)} ({fmt})")
    return 0


def training_model(project, epochs: int | None):
    """The project's TrainedModel with its TrainingRun: the data as the trainer sees it and
    the trainer's state. ``epochs`` None: the epochs trained so far (at least 1)."""
    from engine.export.model import TrainedModel
    from engine.export.training_run import TrainingRun

    trainer, data = project.make_trainer()
    state = trainer.state_dict()
    model = TrainedModel.from_dataset(trainer.spec, state["params"], data)
    model.training = TrainingRun.from_dataset(data, state, epochs or max(1, trainer.epoch))
    return model
