"""The built-in worked example: Matt Mazur's "A Step by Step Backpropagation Example".

A 2-2-2 sigmoid network with fixed weights, one training sample (inputs 0.05, 0.10;
targets 0.01, 0.99), the squared error ½·Σ(target − out)² and plain gradient descent
with learning rate 0.5; biases (0.35 into the hidden layer, 0.60 into the outputs) are
frozen, as in the post. Every number the post publishes can be checked against the
engine's trace of its first step (tests/test_worked_example.py does).

Run ``python -m engine.examples --write assets/examples/worked-example.bplab`` to
write the shipped example project (needs engine.project).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import numpy as np

from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec

SOURCE_URL = "https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/"


@dataclass(frozen=True)
class WorkedExample:
    """A network spec, its starting parameters and its data, ready for a Trainer."""

    title: str
    source: str
    spec: NetworkSpec
    params: dict[str, np.ndarray]
    X: np.ndarray  # (n, n_inputs) float64
    y: np.ndarray  # (n, n_outputs) float64 regression targets
    input_names: tuple[str, ...]
    output_names: tuple[str, ...]


def mazur_example() -> WorkedExample:
    """Mazur's 2-2-2 network: w1..w8, b1 = 0.35, b2 = 0.60, i = (0.05, 0.10), target (0.01, 0.99)."""
    spec = NetworkSpec(
        n_inputs=2,
        layers=(
            LayerSpec(2, "sigmoid", freeze_biases=True),
            LayerSpec(2, "sigmoid", freeze_biases=True),
        ),
        loss="sse",
        init="xavier",  # irrelevant: the parameters below replace the initial ones
        optimizer=OptimizerSpec("sgd", lr=0.5),
        batch_size=1,
        dtype="float64",
        seed=0,
    ).validated()
    params = {
        # W is out × in: row i holds the weights into unit i (h1 = w1·i1 + w2·i2 + b1)
        "W1": np.array([[0.15, 0.20], [0.25, 0.30]]),
        "b1": np.array([0.35, 0.35]),
        "W2": np.array([[0.40, 0.45], [0.50, 0.55]]),
        "b2": np.array([0.60, 0.60]),
    }
    return WorkedExample(
        title="A Step by Step Backpropagation Example (Matt Mazur)",
        source=SOURCE_URL,
        spec=spec,
        params=params,
        X=np.array([[0.05, 0.10]]),
        y=np.array([[0.01, 0.99]]),
        input_names=("i1", "i2"),
        output_names=("o1", "o2"),
    )


def write_example_data(example: WorkedExample, path: str) -> None:
    """Write the example's data as a CSV (input columns, then target columns)."""
    header = ",".join(example.input_names + example.output_names)
    table = np.hstack([example.X, example.y])
    np.savetxt(path, table, delimiter=",", header=header, comments="", fmt="%.17g")


def main(argv: list[str] | None = None) -> int:
    """Command line: write the worked example as a project file."""
    parser = argparse.ArgumentParser(
        prog="python -m engine.examples", description="Write the built-in worked example."
    )
    parser.add_argument("--write", metavar="PROJECT", required=True, help="project file to write")
    args = parser.parse_args(argv)
    try:
        from engine.project import save_worked_example
    except ImportError as exc:
        print(
            f"cannot write {args.write}: engine.project is not available ({exc})", file=sys.stderr
        )
        return 2
    save_worked_example(mazur_example(), args.write)
    print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
