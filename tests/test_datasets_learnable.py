"""The engine learns the Playground datasets (issue 3's acceptance check).

Network: 2-8-8-1, tanh hidden layers, one sigmoid output with binary cross-entropy, Adam
lr 0.01, batch size 10, seed 0, inputs x1, x2 standardized, noise 0, the default 500 points
split 50/50.

- circle, XOR, Gaussian: ≥ 95 % train accuracy within 30 epochs (750 steps); they reach
  100 % by epoch 25.
- spiral, the stated budget: ≥ 90 % train accuracy within 400 epochs (10 000 steps) with the
  same 2-8-8-1 network and plain x1, x2 (observed 95.6 %, ~2 s).
"""

import pytest

from engine.datasets import DatasetSpec, load_dataset
from engine.spec import NetworkSpec
from engine.training import Trainer


def train(name: str, epochs: int):
    d = load_dataset(DatasetSpec(name=name))
    spec = NetworkSpec.simple(
        d.n_features,
        (8, 8),
        d.n_outputs_for("bce"),
        activation="tanh",
        loss="bce",
        optimizer="adam",
        lr=0.01,
        batch_size=10,
        seed=0,
    )
    t = Trainer(spec, d.X_train, d.y_train, d.X_test, d.y_test)
    for _ in range(epochs):
        t.run_epoch()
    return t.evaluate()


@pytest.mark.parametrize("name", ["circle", "xor", "gauss"])
def test_playground_sets_are_learned(name):
    m = train(name, 30)
    assert m.train_accuracy >= 0.95, m
    assert m.test_accuracy >= 0.9, m


@pytest.mark.slow
def test_spiral_is_learned_within_the_stated_budget():
    m = train("spiral", 400)
    assert m.train_accuracy >= 0.90, m
