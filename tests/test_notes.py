"""The notes (engine/notes.py): each rule holds on the history that shows its phenomenon and not
on one that does not; overfitting on real training names the epoch of the lowest test loss."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pytest

from engine.datasets import DatasetSpec, load_dataset
from engine.health import HealthStats
from engine.notes import (
    NOTE_IDS,
    Note,
    Setup,
    Thresholds,
    active_notes,
    batch_kind,
    learning_rate_too_large,
    overfitting,
    plateau,
    vanishing_gradients,
)
from engine.spec import NetworkSpec
from engine.training import Trainer
from session.snapshot import HealthBuffer, HistoryBuffer

SETUP = Setup(10, 250, ("tanh", "tanh", "sigmoid"), (8, 8, 1))


@dataclass
class Curves:
    step: np.ndarray
    epoch: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_accuracy: np.ndarray


def curves(train, test=None, accuracy=None, every: int = 100) -> Curves:
    train = np.asarray(train, dtype=float)
    n = len(train)
    nan = np.full(n, np.nan)
    return Curves(
        np.arange(n) * every,
        np.arange(n),
        train,
        nan if test is None else np.asarray(test, dtype=float),
        nan if accuracy is None else np.asarray(accuracy, dtype=float),
    )


def test_overfitting_on_2_percent_of_noisy_data_names_the_best_epoch():
    ds = load_dataset(DatasetSpec(name="circle", noise=0.5, test_ratio=0.98, samples=500))
    assert len(ds.X_train) == 10
    spec = NetworkSpec.simple(2, (8, 8), 1, activation="tanh", loss="bce", batch_size=10)
    spec = spec.replace(dtype="float64").with_optimizer(name="adam", lr=0.01)
    assert spec.l1 == spec.l2 == spec.dropout == 0  # no regularization
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    history = HistoryBuffer()
    history.append(0, 0, tr.evaluate())
    note = None
    while note is None and tr.epoch < 300:
        tr.run_epoch()
        history.append(tr.step_count, tr.epoch, tr.evaluate())
        notes = active_notes(history.view(), None, Setup.of(tr))
        note = next((n for n in notes if n.id == "overfitting"), None)
    assert note is not None, "no overfitting note in 300 epochs"
    h = history.view()
    best = int(np.nanargmin(h.test_loss))
    assert note.values["best_epoch"] == h.epoch[best]
    assert note.values["best_test_loss"] == h.test_loss[best] < h.test_loss[-1]
    assert h.train_loss[-1] < h.train_loss[best]  # while the training loss fell
    assert note.values["stop_epoch"] == h.epoch[best] + Thresholds().patience
    assert f"epoch {int(h.epoch[best])}" in note.text and "Early stopping" in note.text
    assert note.severity == "warning" and note.glossary == "overfitting"


def test_no_overfitting_while_the_test_loss_still_falls_or_without_a_test_set():
    falling = np.linspace(1.0, 0.1, 30)
    assert overfitting(curves(falling, falling + 0.05), SETUP) is None
    assert overfitting(curves(falling), SETUP) is None
    rising_test = np.concatenate([falling[:20], falling[19] + np.linspace(0.01, 0.3, 10)])
    note = overfitting(curves(falling, rising_test), SETUP)
    assert note is not None and note.values["best_epoch"] == 19
    # the spec's patience counts: 12 evaluations of patience are not over yet
    assert overfitting(curves(falling, rising_test), Setup(10, 250, patience=12)) is None


def _stop_epoch_of_early_stopping(test_per_epoch: np.ndarray, patience: int) -> int | None:
    """Where the Trainer's early stopping stops on these per-epoch test losses (epoch e's loss at
    index e): after ``patience`` epochs in a row without a better test loss."""
    best, since = np.inf, 0
    for epoch, loss in enumerate(test_per_epoch):
        if loss < best:
            best, since = loss, 0
        else:
            since += 1
            if since >= patience:
                return epoch
    return None


def test_overfitting_names_the_patience_and_counts_epochs_when_evaluations_are_2_epochs_apart():
    # per-epoch losses: the test loss is lowest at epoch 20, then rises; the history evaluated
    # every 2nd epoch only, and 8 of its evaluations (16 epochs) came after the best
    epochs = np.arange(37)
    train_per_epoch = np.linspace(1.0, 0.1, 37)
    test_per_epoch = 0.5 + 0.002 * (epochs - 20.0) ** 2 + 0.001 * (epochs > 20)
    kept = epochs[::2]
    h = Curves(kept * 5, kept, train_per_epoch[kept], test_per_epoch[kept], np.full(19, np.nan))
    note = overfitting(h, SETUP)
    assert note is not None
    patience = Thresholds().patience
    assert int(np.count_nonzero(kept > 20)) > patience  # more evaluations after the best
    assert f"patience {patience} " in note.text  # the patience, not the count since the best
    assert note.values["best_epoch"] == 20 and note.values["patience"] == patience
    assert note.values["epochs_since_best"] == 36 - 20
    # where early stopping with that patience, run on every epoch, would have stopped
    assert note.values["stop_epoch"] == _stop_epoch_of_early_stopping(test_per_epoch, patience)
    assert "rising for 16 epochs" in note.text and "stopped at epoch 25 " in note.text
    # the spec's patience is said as it is
    spec_note = overfitting(h, Setup(10, 250, patience=7))
    assert spec_note is not None and "(patience 7 epochs)" in spec_note.text
    assert spec_note.values["stop_epoch"] == _stop_epoch_of_early_stopping(test_per_epoch, 7)
    # 16 epochs are within a patience of 20 epochs: no note yet
    assert overfitting(h, Setup(10, 250, patience=20)) is None


def test_a_learning_rate_too_large_shows_as_a_jump_or_as_oscillation():
    steady = np.linspace(0.7, 0.2, 40)
    assert learning_rate_too_large(curves(steady), SETUP) is None
    jump = steady.copy()
    jump[30:] = 5.0  # ×25
    note = learning_rate_too_large(curves(jump), SETUP)
    assert note is not None and note.id == "learning-rate-too-large"
    assert note.values["jump"] == pytest.approx(5.0 / steady[29])
    zigzag = 0.5 + 0.2 * (-1.0) ** np.arange(40)
    note = learning_rate_too_large(curves(zigzag), SETUP)
    assert note is not None and "up and down" in note.text
    # a converged loss near 0 wobbling by large factors is not a learning-rate problem
    tiny = np.concatenate([steady, 1e-6 * (2 + (-1.0) ** np.arange(20))])
    assert learning_rate_too_large(curves(tiny), SETUP) is None


def test_a_plateau_is_a_long_flat_unsolved_loss():
    flat = np.concatenate([np.linspace(0.9, 0.69, 10), np.full(30, 0.69)])
    note = plateau(curves(flat), SETUP)  # 30 evaluations 100 steps apart: 2 900 flat steps
    assert note is not None and note.values["steps"] >= 2000 and note.severity == "info"
    assert plateau(curves(flat, every=10), SETUP) is None  # 290 steps: not long enough
    assert plateau(curves(flat, accuracy=np.full(40, 1.0)), SETUP) is None  # solved
    assert plateau(curves(np.linspace(0.9, 0.2, 40)), SETUP) is None  # still learning


def _health(ratios: list[float], every: int) -> dict:
    buf = HealthBuffer()
    for i, r in enumerate(ratios):
        buf.append(i * every, 0, HealthStats((1.0, 1.0, r), (0.0,) * 3, (0.0,) * 3, (np.nan,) * 3))
    return buf.view()


def test_a_plateau_with_a_first_layer_gradient_10_times_smaller_names_the_gradients():
    flat = np.concatenate([np.linspace(0.9, 0.69, 10), np.full(30, 0.69)])
    # over the flat stretch (from step 900 on) the last layer's gradient RMS is mostly 30 times
    # the first's (the median: one measurement at 5 times does not change the words)
    ratios = [500.0] * 9 + [30.0] * 25 + [5.0] + [30.0] * 5
    note = plateau(curves(flat), SETUP, health=_health(ratios, every=100))
    assert note is not None and note.glossary == "vanishing-gradients"
    assert "30 times smaller" in note.text and "ReLU" in note.text
    assert note.values["gradient_ratio"] == pytest.approx(30.0)
    # 5 times: the learning rate's words, as without a health history
    for health in (_health([500.0] * 9 + [5.0] * 31, every=100), None):
        note = plateau(curves(flat), SETUP, health=health)
        assert note is not None and note.glossary == "learning-rate"
        assert "times smaller" not in note.text
    # active_notes passes the health history on
    notes = active_notes(curves(flat), _health([30.0], every=10), SETUP)
    assert next(n for n in notes if n.id == "plateau").glossary == "vanishing-gradients"


def test_vanishing_gradients_must_hold_for_50_steps():
    assert vanishing_gradients(_health([500.0] * 6, every=10), SETUP) is not None  # 50 steps
    assert vanishing_gradients(_health([500.0] * 5, every=10), SETUP) is None  # 40 steps
    assert vanishing_gradients(_health([500.0, 50.0, 500.0, 500.0], every=20), SETUP) is None
    assert vanishing_gradients(_health([50.0] * 10, every=100), SETUP) is None  # only 50x
    assert vanishing_gradients(None, SETUP) is None


def test_the_batch_size_names_the_kind_of_gradient_descent():
    assert batch_kind(Setup(1, 250)).id == "sgd"
    assert batch_kind(Setup(250, 250)).id == "batch-gradient-descent"
    assert batch_kind(Setup(300, 250)).id == "batch-gradient-descent"
    note = batch_kind(Setup(10, 250))
    assert note.id == "mini-batch" and "25 steps per epoch" in note.text


def test_notes_are_translated_under_notes_and_cross_as_plain_dicts():
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return "«" + text + "»"

    zigzag = 0.5 + 0.2 * (-1.0) ** np.arange(40)
    notes = active_notes(curves(zigzag), _health([500.0] * 6, every=10), SETUP, translate)
    # warnings first, the learning rate (often the cause of vanishing gradients) first of all
    assert [n.id for n in notes] == ["learning-rate-too-large", "vanishing-gradients", "mini-batch"]
    assert set(seen) == {"notes"} and all(n.text.startswith("«") for n in notes)
    assert all(n.id in NOTE_IDS for n in notes)
    for n in notes:
        assert Note.from_dict(n.to_dict()) == n
        assert not re.search(r"%\d", n.text)  # every number was put in


def test_the_note_bar_folds_a_chinese_note_to_its_first_two_sentences():
    from gui.notes_bar import summary

    zh = "过拟合：测试损失上升了 5 轮。网络记住的是噪声。试试正则化。"
    assert summary(zh) == "过拟合：测试损失上升了 5 轮。网络记住的是噪声。"
    en = "Dead ReLUs: 8 of 8 units. A dead unit passes no gradient (none). Try Leaky ReLU."
    assert summary(en) == "Dead ReLUs: 8 of 8 units. A dead unit passes no gradient (none)."
