"""``export``: write a project's trained network as .npz, .json, .onnx or Python code."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import CommandError, say

HELP = "export the trained network (npz, json, onnx, numpy or pytorch code)"
FORMATS = ("npz", "json", "onnx", "numpy", "pytorch")
EXTENSIONS = {".npz": "npz", ".json": "json", ".onnx": "onnx", ".py": "numpy"}
DESCRIPTION = """\
Export the project's network with its preprocessing, so that it runs on raw inputs.

  npz, json   the architecture plus the dense layers named as nn.Sequential's state_dict:
              0.weight (out × in), 0.bias, 2.weight, … (one activation module after each
              Linear, the output's included)
  onnx        input "input" float32 [batch, raw inputs] (feature expansion and
              normalization inside the model), output "output" (class probabilities for
              classification); opset 17
  numpy       FILE.py with forward(X_raw), plus its weights FILE.npz beside it
  pytorch     FILE.py building the nn.Sequential (load_state_dict), plus FILE.npz beside it

The format comes from the extension (.npz, .json, .onnx; .py means numpy) unless
--format is given.

examples:
  backprop-lab export spiral.bplab -o spiral.onnx
  backprop-lab export spiral.bplab -o spiral_torch.py --format pytorch
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``export``."""
    p.add_argument("project", metavar="PROJECT", help="project file (.bplab)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    p.add_argument("--format", choices=FORMATS, default=None, help="default: from FILE's extension")


def export_format(output: str, given: str | None) -> str:
    """The format asked for, or the one the extension implies."""
    if given:
        return given
    ext = Path(output).suffix.lower()
    if ext not in EXTENSIONS:
        raise CommandError(
            f"-o {output}: cannot tell the format from {ext or 'a name without extension'}; "
            "use .npz, .json, .onnx or .py, or give --format"
        )
    return EXTENSIONS[ext]


def run(args: argparse.Namespace) -> int:
    """Load the project's model and write it in the chosen format."""
    from cli.common import model_from_project
    from engine.export import export_model
    from engine.project import load_project

    fmt = export_format(args.output, args.format)
    if fmt in ("numpy", "pytorch") and Path(args.output).suffix.lower() != ".py":
        raise CommandError(f"-o {args.output}: {fmt} code goes in a .py file")
    model = model_from_project(load_project(args.project))
    written = export_model(args.output, model, fmt)
    say(args, f"wrote {' and '.join(str(w) for w in written)} ({fmt})")
    return 0
