"""Write the projects (and their small CSV files) of the shipped lessons that do not start
from an example: ``python assets/lessons/make_projects.py`` (from the repository root).

Each lesson folder gets ``project.bplab`` (and, where a page loads another, that one too),
made with the engine as ``backprop-lab new`` makes projects. Where a lesson's text names
the starting weights (a-neuron, forward-pass, loss), they are written into the project.
Running it again writes the same files.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from engine.datasets import DatasetSpec, load_dataset  # noqa: E402
from engine.project import Project, data_names, save_project  # noqa: E402
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec  # noqa: E402
from engine.training import Trainer  # noqa: E402


def write_csv(folder: Path, name: str, header: str, rows: list[tuple]) -> Path:
    path = folder / name
    lines = [header] + [",".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write(
    lesson: str,
    dataset: DatasetSpec,
    spec: NetworkSpec,
    params: dict | None = None,
    name: str = "project.bplab",
    title: str = "",
) -> None:
    """One project in the lesson's folder; a CSV dataset is stored by its file name."""
    folder = HERE / lesson
    data = load_dataset(dataset.validate())
    spec = spec.validated()
    if params is not None:
        params = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    trainer = Trainer(spec, data.X_train, data.y_train, data.X_test, data.y_test, params=params)
    stored = data.spec
    if stored.path:
        stored = dataclasses.replace(stored, path=Path(stored.path).name)
    project = Project.from_trainer(
        trainer,
        stored,
        view={"title": title} if title else {},
        preprocessing=data.preprocessing.to_dict(),
        names=data_names(data),
    )
    save_project(folder / name, project)
    print(f"wrote {folder.name}/{name}")


def net(inputs: int, hidden: tuple, out: LayerSpec, **kw) -> NetworkSpec:
    act = kw.pop("activation", "tanh")
    layers = tuple(LayerSpec(u, act) for u in hidden) + (out,)
    return NetworkSpec(n_inputs=inputs, layers=layers, **kw)


def main() -> int:
    sgd = OptimizerSpec("sgd", lr=0.1)

    # 1. a-neuron: one sigmoid neuron on two Gaussian clusters, w = (1, 0), b = 0
    write(
        "a-neuron",
        DatasetSpec(name="gauss", samples=40, test_ratio=0.5, seed=0),
        net(
            2,
            (),
            LayerSpec(1, "sigmoid"),
            loss="bce",
            optimizer=OptimizerSpec("sgd", lr=0.5),
            batch_size=20,
            dtype="float64",
        ),
        {"W1": [[1.0, 0.0]], "b1": [0.0]},
        title="A neuron",
    )

    # 2. forward-pass: a 2-2-2 network (ReLU hidden, linear output), one sample x = (1, 2)
    folder = HERE / "forward-pass"
    csv = write_csv(folder, "sample.csv", "x1,x2,y1,y2", [(1, 2, 1, 2)] * 2)
    write(
        "forward-pass",
        DatasetSpec(
            name="csv",
            path=str(csv),
            target=("y1", "y2"),
            task="regression",
            test_ratio=0.5,
            normalize="none",
        ),
        net(
            2,
            (2,),
            LayerSpec(2, "linear"),
            activation="relu",
            loss="mse",
            optimizer=sgd,
            batch_size=1,
            dtype="float64",
        ),
        {
            "W1": [[0.5, -1.0], [1.0, 0.5]],
            "b1": [0.5, 0.0],
            "W2": [[1.0, 0.5], [-1.0, 1.0]],
            "b2": [0.0, 1.0],
        },
        title="The forward pass",
    )

    # 3. loss: two networks that predict p = (0.1, 0.9) where the class is 0 and (0.9, 0.1)
    # where it is 1: sigmoid outputs scored by MSE, softmax outputs by cross-entropy
    folder = HERE / "loss"
    csv = write_csv(folder, "two-samples.csv", "x,class", [(1, 0), (-1, 1)])
    logit = float(np.log(9.0))  # σ(−ln 9) = 0.1; softmax of (−ln 9 / 2, ln 9 / 2) = (0.1, 0.9)
    for loss, out, w, name in (
        ("mse", "sigmoid", logit, "project.bplab"),
        ("cce", "softmax", logit / 2, "cce.bplab"),
    ):
        write(
            "loss",
            DatasetSpec(
                name="csv",
                path=str(csv),
                target=("class",),
                task="classification",
                test_ratio=0.0,
                normalize="none",
            ),
            net(
                1,
                (),
                LayerSpec(2, out),
                loss=loss,
                optimizer=OptimizerSpec("sgd", lr=0.5),
                batch_size=2,
                dtype="float64",
            ),
            {"W1": [[-w], [w]], "b1": [0.0, 0.0]},
            name=name,
            title=f"The loss ({loss})",
        )

    # 5. learning-rate: the classic 2-3-1 sigmoid XOR recipe: the 4 points, MSE, full batch
    folder = HERE / "learning-rate"
    csv = write_csv(folder, "xor.csv", "x1,x2,y", [(0, 0, 0), (0, 1, 1), (1, 0, 1), (1, 1, 0)])
    write(
        "learning-rate",
        DatasetSpec(
            name="csv",
            path=str(csv),
            target=("y",),
            task="regression",
            test_ratio=0.0,
            normalize="none",
        ),
        net(
            2,
            (3,),
            LayerSpec(1, "sigmoid"),
            activation="sigmoid",
            loss="mse",
            optimizer=sgd,
            batch_size=4,
            dtype="float64",
            seed=4,
        ),
        title="XOR, the classic recipe",
    )

    # 6. batch-size: the circle, 100 training points, a small tanh network, plain SGD
    write(
        "batch-size",
        DatasetSpec(name="circle", samples=200, seed=0),
        net(2, (4,), LayerSpec(1, "sigmoid"), loss="bce", optimizer=sgd, batch_size=10),
        title="Batch size",
    )

    # 7. optimizers: two moons, 50 training points, η = 0.03 for every optimizer
    write(
        "optimizers",
        DatasetSpec(name="moons", samples=100, noise=0.1, seed=0),
        net(
            2,
            (6,),
            LayerSpec(1, "sigmoid"),
            loss="bce",
            optimizer=OptimizerSpec("sgd", lr=0.03),
            batch_size=10,
        ),
        title="Optimizers",
    )

    # 8. activations: five sigmoid hidden layers of 8 on the circle
    write(
        "activations",
        DatasetSpec(name="circle", samples=200, seed=0),
        net(
            2,
            (8,) * 5,
            LayerSpec(1, "sigmoid"),
            activation="sigmoid",
            loss="bce",
            optimizer=sgd,
            batch_size=10,
            seed=2,
        ),
        title="Activations",
    )

    # 9. overfitting: 30 noisy XOR points for a 2-32-32-1 network
    write(
        "overfitting",
        DatasetSpec(name="xor", samples=60, noise=0.35, seed=0),
        net(
            2,
            (32, 32),
            LayerSpec(1, "sigmoid"),
            loss="bce",
            optimizer=OptimizerSpec("adam", lr=0.01),
            batch_size=10,
        ),
        title="Overfitting",
    )

    # 11. digits: the bundled 8×8 digits, one hidden layer of 32 ReLUs, Adam
    write(
        "digits",
        DatasetSpec(name="digits", test_ratio=0.2, seed=0),
        net(
            64,
            (32,),
            LayerSpec(10, "softmax"),
            activation="relu",
            init="he",
            loss="cce",
            optimizer=OptimizerSpec("adam", lr=0.003),
            batch_size=32,
        ),
        title="Digits",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
