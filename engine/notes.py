"""Notes that name what the training curves show: vanishing gradients, dead ReLUs,
overfitting, a learning rate too large or too small, and the kind of gradient descent the
batch size makes.

Each rule is a pure function of the history (the loss curves and the health history of
engine/health.py) and of the run's set-up, so it can be tested on made-up curves. Every
threshold is a field of ``Thresholds``. ``active_notes`` runs them all; the training worker
calls it at evaluation time and puts the notes in the snapshot as ``Note.to_dict()``.

Text goes through ``translate("notes", "…")`` with literal strings (lupdate finds them; the
window passes Qt's translate), numbers put in for %1, %2, … afterwards.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from engine.translation import Translate, untranslated

INFO, WARNING = "info", "warning"


@dataclass(frozen=True)
class Thresholds:
    """Every threshold of the rules, in one place."""

    # vanishing gradients: the last layer's gradient RMS over the first's above this …
    vanishing_ratio: float = 100.0
    # … at every measurement of at least this many steps
    vanishing_steps: int = 50
    # dead ReLU: a layer with more than this share of its ReLU units dead
    dead_share: float = 0.5
    # overfitting: epochs without a better test loss, when the spec has no patience (as the
    # spec's patience: Trainer counts epochs) …
    patience: int = 5
    # … over at least this many evaluations after the best (one noisy point is no trend)
    overfit_evaluations: int = 5
    # … with the latest test loss this share above the best
    overfit_rise: float = 0.02
    # learning rate too large: the training loss growing this many times between evaluations …
    jump_factor: float = 10.0
    # … within this many of the latest evaluations
    recent_evaluations: int = 50
    # … or oscillating: over this many evaluations, …
    oscillation_window: int = 12
    # … this share of the turns changing direction, …
    oscillation_turns: float = 0.7
    # … by a mean step of this share of the mean loss
    oscillation_amplitude: float = 0.1
    # plateau: the training loss moved by less than this share …
    plateau_change: float = 0.01
    # … over at least this many steps and evaluations …
    plateau_steps: int = 2000
    plateau_evaluations: int = 5
    # … while the training accuracy is below this (else: solved, not stuck)
    solved_accuracy: float = 0.99
    # … or, without an accuracy, while the loss is above this share of its first value
    solved_loss_share: float = 0.01
    # a plateau names the gradients as its likely cause when the first layer's gradient RMS is
    # this many times smaller than the last layer's (the vanishing-gradients note wants more)
    plateau_gradient_ratio: float = 10.0


DEFAULT = Thresholds()


class LossCurves(Protocol):
    """The loss history as the rules read it (session.snapshot.History has it): parallel 1-D
    arrays, one entry per evaluation, NaN where a value is absent."""

    @property
    def step(self) -> np.ndarray: ...
    @property
    def epoch(self) -> np.ndarray: ...
    @property
    def train_loss(self) -> np.ndarray: ...
    @property
    def test_loss(self) -> np.ndarray: ...
    @property
    def train_accuracy(self) -> np.ndarray: ...


@dataclass(frozen=True)
class Setup:
    """What the rules need to know of the run besides its history."""

    batch_size: int
    n_train: int
    activations: tuple[str, ...] = ()  # layer 1..L (the output layer last)
    units: tuple[int, ...] = ()  # layer 1..L
    patience: int | None = None  # the spec's early stopping; None when off

    @classmethod
    def of(cls, trainer: Any) -> Setup:
        """The set-up of a Trainer."""
        spec = trainer.spec
        return cls(
            spec.batch_size,
            trainer.n_train,
            tuple(layer.activation for layer in spec.layers),
            tuple(layer.units for layer in spec.layers),
            spec.patience,
        )


@dataclass(frozen=True)
class Note:
    """One note: a stable ``id`` (the window turns notes off by it), a ``severity`` ("info" or
    "warning"), the translated ``text``, the ``glossary`` entry it links and the numbers the
    text names (``values``: e.g. ``best_epoch`` of overfitting)."""

    id: str
    severity: str
    text: str
    glossary: str
    values: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain values, for a snapshot (which crosses to the window's process)."""
        return {
            "id": self.id,
            "severity": self.severity,
            "text": self.text,
            "glossary": self.glossary,
            "values": dict(self.values),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Note:
        return cls(
            str(data["id"]),
            str(data["severity"]),
            str(data["text"]),
            str(data["glossary"]),
            dict(data.get("values", {})),
        )


def _fill(text: str, *values: Any) -> str:
    """``text`` with %1, %2, … replaced by ``values`` (from the highest, so %1 never eats %10)."""
    for i in range(len(values), 0, -1):
        text = text.replace(f"%{i}", str(values[i - 1]))
    return text


def _num(x: float) -> str:
    return f"{x:.3g}"


# ----- the rules ---------------------------------------------------------------------------
def vanishing_gradients(
    health: Mapping[str, np.ndarray] | None,
    setup: Setup,
    th: Thresholds = DEFAULT,
    translate: Translate = untranslated,
) -> Note | None:
    """The first layer's gradient RMS more than ``vanishing_ratio`` times smaller than the
    last layer's at every measurement over the latest ``vanishing_steps`` steps."""
    L = len(setup.activations)
    if health is None or L < 2 or len(health["step"]) == 0:
        return None
    g = np.asarray(health["grad_rms"], dtype=float)
    if g.shape[1] < L:
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = g[:, L - 1] / g[:, 0]
    held = ratio > th.vanishing_ratio  # NaN is not held
    steps = np.asarray(health["step"], dtype=float)
    i = len(held)
    while i > 0 and held[i - 1]:
        i -= 1
    if i == len(held) or steps[-1] - steps[i] < th.vanishing_steps:
        return None
    worst = float(ratio[-1])
    text = translate(
        "notes",
        "Vanishing gradients: the first layer's gradients are %1 times smaller than the last "
        "layer's, and have been for %2 steps, so the first layers barely learn. Each sigmoid "
        "or tanh layer on the way back multiplies the gradient by its slope f′ (at most 0.25 "
        "for the sigmoid). Try ReLU in the hidden layers, or Xavier (sigmoid, tanh) or He "
        "(ReLU) initialization.",
    )
    span = int(steps[-1] - steps[i])
    return Note(
        "vanishing-gradients",
        WARNING,
        _fill(text, _num(worst) if math.isfinite(worst) else "∞", span),
        "vanishing-gradients",
        {"ratio": worst, "steps": span},
    )


def dead_relu(
    health: Mapping[str, np.ndarray] | None,
    setup: Setup,
    th: Thresholds = DEFAULT,
    translate: Translate = untranslated,
) -> Note | None:
    """A ReLU layer with more than ``dead_share`` of its units dead at the latest measurement."""
    if health is None or len(health["step"]) == 0:
        return None
    dead = np.asarray(health["dead"], dtype=float)[-1]
    worst, share = 0, 0.0
    for k, name in enumerate(setup.activations, start=1):
        if name == "relu" and k <= dead.shape[0] and dead[k - 1] > max(th.dead_share, share):
            worst, share = k, float(dead[k - 1])
    if not worst:
        return None
    units = setup.units[worst - 1] if worst <= len(setup.units) else 0
    text = translate(
        "notes",
        "Dead ReLUs: %1 of the %2 units of layer %3 output 0 for every training example. A "
        "dead unit passes no gradient back, so it never learns again. Try a smaller learning "
        "rate, He initialization, or Leaky ReLU.",
    )
    return Note(
        "dead-relu",
        WARNING,
        _fill(text, round(share * units), units, worst),
        "dead-relu",
        {"layer": worst, "share": share},
    )


def overfitting(
    curves: LossCurves,
    setup: Setup,
    th: Thresholds = DEFAULT,
    translate: Translate = untranslated,
) -> Note | None:
    """No better test loss for ``patience`` epochs (the spec's, else ``th.patience``) and
    ``overfit_evaluations`` evaluations, the latest one ``overfit_rise`` above the best, while
    the training loss fell since.

    Patience counts epochs, as the Trainer's early stopping does (it checks the test loss at
    every epoch's end), however often the loss history was evaluated: early stopping with
    patience P stops at the best epoch + P and keeps the best epoch's weights."""
    test = np.asarray(curves.test_loss, dtype=float)
    rows = np.flatnonzero(np.isfinite(test))
    patience = setup.patience or th.patience
    if len(rows) <= th.overfit_evaluations:
        return None
    best = int(rows[np.argmin(test[rows])])
    after = int(np.count_nonzero(rows > best))
    last = int(rows[-1])
    train = np.asarray(curves.train_loss, dtype=float)
    best_epoch = int(curves.epoch[best])
    epochs = int(curves.epoch[last]) - best_epoch  # epochs since the best
    if (
        after < th.overfit_evaluations
        or epochs < patience
        or not test[last] > test[best] * (1.0 + th.overfit_rise)
        or not train[last] < train[best]
    ):
        return None
    stop_epoch = best_epoch + patience
    if setup.patience is None:
        text = translate(
            "notes",
            "Overfitting: the test loss has been rising for %1 epochs while the training loss "
            "fell. The network learns the training examples, noise included, instead of the "
            "rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping "
            "with patience %6 (epochs without a better test loss) would have stopped at epoch "
            "%5 and kept the weights of epoch %3. Try regularization (L2, dropout), more "
            "training data or a smaller network.",
        )
    else:
        text = translate(
            "notes",
            "Overfitting: the test loss has been rising for %1 epochs while the training loss "
            "fell. The network learns the training examples, noise included, instead of the "
            "rule behind them. The best test loss, %2, was at epoch %3 (now %4). Early stopping "
            "(patience %6 epochs) stops training at epoch %5 and restores the weights of epoch "
            "%3.",
        )
    return Note(
        "overfitting",
        WARNING,
        _fill(text, epochs, _num(test[best]), best_epoch, _num(test[last]), stop_epoch, patience),
        "overfitting",
        {
            "best_epoch": best_epoch,
            "best_step": int(curves.step[best]),
            "best_test_loss": float(test[best]),
            "test_loss": float(test[last]),
            "stop_epoch": stop_epoch,
            "patience": patience,
            "epochs_since_best": epochs,
        },
    )


def learning_rate_too_large(
    curves: LossCurves,
    setup: Setup,
    th: Thresholds = DEFAULT,
    translate: Translate = untranslated,
) -> Note | None:
    """The training loss grew ``jump_factor`` times or more between two of the latest
    ``recent_evaluations`` evaluations, or oscillates over the latest ``oscillation_window``."""
    loss = np.asarray(curves.train_loss, dtype=float)
    loss = loss[np.isfinite(loss)]
    if len(loss) < 2:
        return None
    # a loss near 0 (next to where it started) moves by large factors for no reason
    floor = th.solved_loss_share * loss[0]
    loss = loss[-th.recent_evaluations :]
    with np.errstate(divide="ignore", invalid="ignore"):
        growth = loss[1:] / loss[:-1]
    jumps = np.flatnonzero((growth >= th.jump_factor) & (loss[:-1] > 0) & (loss[1:] > floor))
    if len(jumps):
        factor = float(np.max(growth[jumps]))
        text = translate(
            "notes",
            "Learning rate too large: the training loss jumped up %1 times between two "
            "evaluations. The steps overshoot the valley of the loss and land higher up the "
            "other side. Try a learning rate 3 to 10 times smaller.",
        )
        return Note(
            "learning-rate-too-large",
            WARNING,
            _fill(text, _num(factor)),
            "learning-rate",
            {"jump": factor},
        )
    window = loss[-th.oscillation_window :]
    if len(window) < th.oscillation_window:
        return None
    diff = np.diff(window)
    diff = diff[diff != 0]
    if len(diff) < 3:
        return None
    turns = float(np.mean(np.sign(diff[1:]) != np.sign(diff[:-1])))
    amplitude = float(np.mean(np.abs(diff)) / max(float(np.mean(window)), 1e-300))
    if (
        turns < th.oscillation_turns
        or amplitude < th.oscillation_amplitude
        or np.mean(window) <= floor
    ):
        return None
    text = translate(
        "notes",
        "Learning rate too large: the training loss goes up and down instead of down (by %1 % "
        "of its size between evaluations). The steps jump from one side of the valley of the "
        "loss to the other. Try a learning rate 3 to 10 times smaller.",
    )
    return Note(
        "learning-rate-too-large",
        WARNING,
        _fill(text, _num(100 * amplitude)),
        "learning-rate",
        {"oscillation": amplitude},
    )


def plateau(
    curves: LossCurves,
    setup: Setup,
    th: Thresholds = DEFAULT,
    translate: Translate = untranslated,
    health: Mapping[str, np.ndarray] | None = None,
) -> Note | None:
    """The training loss moved by less than ``plateau_change`` of itself over the latest
    ``plateau_steps`` steps (at least ``plateau_evaluations`` evaluations), unsolved. With the
    first layer's gradient RMS ``plateau_gradient_ratio`` times smaller than the last layer's
    (``health``: the median over the flat stretch), the note names that as the likely cause (a
    deep sigmoid network's plateau) instead of the learning rate."""
    ok = np.isfinite(np.asarray(curves.train_loss, dtype=float))
    loss = np.asarray(curves.train_loss, dtype=float)[ok]
    steps = np.asarray(curves.step, dtype=float)[ok]
    if len(loss) < th.plateau_evaluations:
        return None
    before = np.flatnonzero(steps <= steps[-1] - th.plateau_steps)
    if len(before) == 0:
        return None
    window = loss[before[-1] :]
    if len(window) < th.plateau_evaluations:
        return None
    accuracy = np.asarray(curves.train_accuracy, dtype=float)[ok]
    if math.isfinite(accuracy[-1]):
        if accuracy[-1] >= th.solved_accuracy:
            return None
    elif loss[-1] <= th.solved_loss_share * loss[0]:
        return None
    change = float((np.max(window) - np.min(window)) / max(float(np.max(np.abs(window))), 1e-300))
    if change >= th.plateau_change:
        return None
    span = int(steps[-1] - steps[before[-1]])
    ratio = _gradient_ratio(health, setup, float(steps[before[-1]]))
    if ratio >= th.plateau_gradient_ratio:
        text = translate(
            "notes",
            "Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). The "
            "first layer's gradients are %3 times smaller than the last layer's (Gradient size "
            "in the Training health dock): the first layers barely learn. Try ReLU in the "
            "hidden layers, Xavier or He initialization, or Adam; a plateau can also end by "
            "itself.",
        )
        return Note(
            "plateau",
            INFO,
            _fill(text, span, _num(100 * th.plateau_change), _num(ratio)),
            "vanishing-gradients",
            {"steps": span, "change": change, "gradient_ratio": ratio},
        )
    text = translate(
        "notes",
        "Plateau: the training loss has hardly moved for %1 steps (by less than %2 %). If the "
        "learning rate is small, try one 3 to 10 times larger; a plateau can also end by "
        "itself, and momentum or Adam cross flat stretches faster.",
    )
    return Note(
        "plateau",
        INFO,
        _fill(text, span, _num(100 * th.plateau_change)),
        "learning-rate",
        {"steps": span, "change": change},
    )


def _gradient_ratio(health: Mapping[str, np.ndarray] | None, setup: Setup, since: float) -> float:
    """The median over the measurements from step ``since`` on (else the latest one) of the last
    layer's gradient RMS over the first's; 0 without one (a first layer with gradient 0 too)."""
    L = len(setup.activations)
    if health is None or L < 2 or len(health["step"]) == 0:
        return 0.0
    g = np.asarray(health["grad_rms"], dtype=float)
    if g.shape[1] < L:
        return 0.0
    rows = np.asarray(health["step"], dtype=float) >= since
    g = g[rows] if rows.any() else g[-1:]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratios = np.where(g[:, 0] > 0, g[:, L - 1] / g[:, 0], 0.0)
    ratio = float(np.median(ratios))
    return ratio if math.isfinite(ratio) else 0.0


def batch_kind(setup: Setup, th: Thresholds = DEFAULT, translate: Translate = untranslated) -> Note:
    """Names the gradient descent the batch size makes: SGD, batch or mini-batch."""
    b, n = setup.batch_size, setup.n_train
    if b == 1:
        text = translate(
            "notes",
            "Batch size 1: every step follows the gradient of a single example. This is "
            "stochastic gradient descent (SGD): cheap, noisy steps, %1 per epoch.",
        )
        return Note("sgd", INFO, _fill(text, n), "batch", {"batch_size": b})
    if b >= n:
        text = translate(
            "notes",
            "The batch is the whole training set (%1 examples): every step follows the exact "
            "gradient of the training loss. This is batch gradient descent: smooth steps, but "
            "only one per epoch.",
        )
        return Note("batch-gradient-descent", INFO, _fill(text, n), "batch", {"batch_size": b})
    text = translate(
        "notes",
        "Batch size %1 of %2 training examples: mini-batch gradient descent, %3 steps per "
        "epoch, each on the mean gradient of its batch; between SGD's noisy steps and batch "
        "gradient descent's exact ones.",
    )
    return Note("mini-batch", INFO, _fill(text, b, n, -(-n // b)), "batch", {"batch_size": b})


#: every note id, in the order ``active_notes`` lists them
NOTE_IDS = (
    "learning-rate-too-large",
    "vanishing-gradients",
    "dead-relu",
    "overfitting",
    "plateau",
    "sgd",
    "batch-gradient-descent",
    "mini-batch",
)


def active_notes(
    curves: LossCurves,
    health: Mapping[str, np.ndarray] | None,
    setup: Setup,
    translate: Translate = untranslated,
    th: Thresholds = DEFAULT,
) -> list[Note]:
    """Every note whose rule holds now, warnings first; a learning rate too large first of all,
    as it is often the cause of the others (its big steps saturate units, so that gradients
    vanish, and kill ReLUs): the learner reads the cause before its symptoms."""
    rules: list[Callable[[], Note | None]] = [
        lambda: learning_rate_too_large(curves, setup, th, translate),
        lambda: vanishing_gradients(health, setup, th, translate),
        lambda: dead_relu(health, setup, th, translate),
        lambda: overfitting(curves, setup, th, translate),
        lambda: plateau(curves, setup, th, translate, health),
        lambda: batch_kind(setup, th, translate),
    ]
    with np.errstate(all="ignore"):
        notes = [n for n in (rule() for rule in rules) if n is not None]
    return sorted(notes, key=lambda n: n.severity != WARNING)
