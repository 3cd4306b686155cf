"""The example projects shipped in assets/examples open, build a trainer and train."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from engine.project import load_project

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "assets" / "examples").glob("*.bplab"))


def test_there_are_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_opens_and_trains(path):
    project = load_project(path)
    trainer, data = project.make_trainer()
    assert trainer.spec.n_inputs == data.n_features
    if project.preprocessing is not None:
        assert project.preprocessing == data.preprocessing.to_dict()
    before = trainer.evaluate().train_loss
    trainer.run_steps(3 * trainer.steps_per_epoch)
    after = trainer.evaluate().train_loss
    assert math.isfinite(after) and after < before
    assert all(np.all(np.isfinite(v)) for v in trainer.network.get_parameters().values())
