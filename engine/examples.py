"""The built-in worked example: Matt Mazur's "A Step by Step Backpropagation Example".

A 2-2-2 sigmoid network with fixed weights, one training sample (inputs 0.05, 0.10;
targets 0.01, 0.99), the squared error ½·Σ(target − out)² and plain gradient descent
with learning rate 0.5; biases (0.35 into the hidden layer, 0.60 into the outputs) are
frozen, as in the post. Every number the post publishes can be checked against the
engine's trace of its first step (tests/test_worked_example.py does).

Run ``python -m engine.examples --write assets/examples/worked-example.bplab`` to
write the shipped example project and its data (worked-example.csv) beside it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

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


# ----- the post's names for the worked example's parameters and neurons ------------------
def is_worked_example(spec: NetworkSpec) -> bool:
    """Whether ``spec`` is the worked example's network (2-2-2 sigmoid, squared error): its
    parameters and neurons then have the post's names (w1…w8, b1, b2, h1, o1)."""
    layers = [(ly.units, ly.activation) for ly in spec.layers]
    return spec.n_inputs == 2 and layers == [(2, "sigmoid"), (2, "sigmoid")] and spec.loss == "sse"


def post_weight_name(layer: int, i: int, j: int) -> str:
    """The post's name of W_layer[i, j] (0-based i, j): W1[0,0] is w1, W2[0,0] is w5."""
    return f"w{4 * (layer - 1) + 2 * i + j + 1}"


def post_bias_name(layer: int) -> str:
    """The post's name of layer ``layer``'s bias: b1 into the hidden layer, b2 into the outputs."""
    return f"b{layer}"


def post_neuron_name(layer: int, unit: int) -> str:
    """The post's name of a neuron (0-based unit): i1, i2 (inputs), h1, h2, o1, o2."""
    return f"{'iho'[layer]}{unit + 1}"


def write_example_data(example: WorkedExample, path: str | Path, copies: int = 2) -> None:
    """Write the example's data as a CSV: input columns, then target columns.

    The sample is written ``copies`` times: the project holds out half of the rows as a
    test set (one identical row), and the training set is then exactly the one sample.
    """
    header = ",".join(example.input_names + example.output_names)
    table = np.tile(np.hstack([example.X, example.y]), (copies, 1))
    np.savetxt(path, table, delimiter=",", header=header, comments="", fmt="%.17g")


def dataset_spec_for(example: WorkedExample, csv_path: str | Path):
    """The DatasetSpec that reads the example's CSV back: no normalization, targets o1, o2."""
    from engine.datasets import DatasetSpec

    return DatasetSpec(
        name="csv",
        path=str(csv_path),
        target=example.output_names,
        task="regression",
        test_ratio=0.5,
        normalize="none",
    )


def write_project(example: WorkedExample, project_path: str | Path) -> Path:
    """Write ``NAME.bplab`` and its data ``NAME.csv`` beside it; returns the project path.

    The project stores the CSV by file name only, so the pair can be moved together
    (engine.project finds data beside the project file).
    """
    from engine.datasets import load_dataset
    from engine.project import Project, data_names, save_project
    from engine.training import Trainer

    project_path = Path(project_path)
    csv_path = project_path.with_suffix(".csv")
    write_example_data(example, csv_path)
    data = load_dataset(dataset_spec_for(example, csv_path))
    if not (np.array_equal(data.X_train, example.X) and np.array_equal(data.y_train, example.y)):
        raise RuntimeError("the example's CSV does not read back as the example's one sample")
    trainer = Trainer(
        example.spec, data.X_train, data.y_train, data.X_test, data.y_test, params=example.params
    )
    stored = dataclasses.replace(data.spec, path=csv_path.name)
    project = Project.from_trainer(
        trainer,
        stored,
        view={"title": example.title, "source": example.source},
        preprocessing=data.preprocessing.to_dict(),
        names=data_names(data),
    )
    save_project(project_path, project)
    return project_path


def main(argv: list[str] | None = None) -> int:
    """Command line: write the worked example as a project file (and its CSV beside it)."""
    parser = argparse.ArgumentParser(
        prog="python -m engine.examples", description="Write the built-in worked example."
    )
    parser.add_argument("--write", metavar="PROJECT", required=True, help="project file to write")
    args = parser.parse_args(argv)
    path = write_project(mazur_example(), args.write)
    print(f"wrote {path} and {path.with_suffix('.csv')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
