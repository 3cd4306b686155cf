"""Training: batches, optimizer steps, epochs, evaluation, early stopping, divergence.

A *step* is one optimizer update on one batch; an *epoch* is one pass over the
shuffled training set. ``Trainer.step`` is the fast path (Play): whole steps, no
traces, no copies. ``engine.stepper.Stepper`` runs the same step phase by phase.
Both draw the batch and the dropout masks through ``begin_step``, run the network's
``forward_pass`` / ``backward_pass`` (the stepper one layer per phase) and move the
parameters with the optimizer's ``update``, so they produce bit-identical parameters.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.backend import Backend, Random, get_backend
from engine.errors import DataError, TrainingDiverged
from engine.losses import loss_value
from engine.network import Network, adapt_parameters, param_names
from engine.optimizers import Optimizer, make_optimizer
from engine.spec import NetworkSpec
from engine.threads import ThreadPolicy, step_work

#: random stream for shuffling and dropout (initial weights use stream 0)
TRAIN_STREAM = 1


@dataclass(frozen=True)
class Metrics:
    """Losses (data loss, without regularization) and accuracies; accuracy is None for regression."""

    train_loss: float
    test_loss: float | None
    train_accuracy: float | None
    test_accuracy: float | None


@dataclass
class Batch:
    """One step's inputs: the rows, their targets, and the dropout masks (None when off)."""

    X: Any
    Y: Any
    indices: np.ndarray  # rows of the training set, in batch order
    masks: list[Any] = field(default_factory=list)


def encode_targets(spec: NetworkSpec, y: np.ndarray, backend: Backend) -> Any:
    """Targets as the loss wants them: one-hot rows for class indices, else float columns."""
    y = np.asarray(y)
    n_out = spec.n_outputs
    if y.ndim == 1 and np.issubdtype(y.dtype, np.integer):
        if n_out == 1:  # one unit for two classes: the target is the label, 0 or 1
            return backend.asarray(y.reshape(-1, 1), spec.dtype)
        if y.size and (y.min() < 0 or y.max() >= n_out):
            raise DataError(
                f"class labels run from {y.min()} to {y.max()} but the output layer has {n_out} units"
            )
        return backend.one_hot(y, n_out, spec.dtype)
    y = y.reshape(y.shape[0], -1)
    if y.shape[1] != n_out:
        raise DataError(f"targets have {y.shape[1]} columns but the output layer has {n_out} units")
    return backend.asarray(y, spec.dtype)


# divergence that is not (yet) NaN: a batch loss this many times what a constant guess gives
# (classification; regression data may hold outliers, so it gets more room), or a weight
# beyond this size, checked every WEIGHT_CHECK_STEPS steps (inputs are normalised, so such
# a weight saturates every unit it feeds)
DIVERGED_LOSS_FACTOR = {"cce": 100.0, "bce": 100.0, "mse": 1e4, "sse": 1e4}
EXPLODED_WEIGHT = 1e3
WEIGHT_CHECK_STEPS = 32


def guess_loss(loss: str, Y: np.ndarray) -> float:
    """The loss of the best constant guess on targets ``Y`` (one-hot or values): the scale
    against which a loss that jumped by orders of magnitude is told from noise."""
    if loss == "cce":
        return math.log(max(2, Y.shape[1]))
    if loss == "bce":
        return math.log(2.0)
    var = np.var(np.asarray(Y, dtype=np.float64), axis=0) if len(Y) else np.ones(1)
    var = np.where(var > 0, var, 1.0)  # a constant target still has a scale of 1
    return float(np.mean(var)) if loss == "mse" else float(0.5 * np.sum(var))


class Trainer:
    """Owns a network, its optimizer and the data; runs steps and epochs."""

    def __init__(
        self,
        spec: NetworkSpec,
        X_train: np.ndarray,
        y_train: np.ndarray,
        X_test: np.ndarray | None = None,
        y_test: np.ndarray | None = None,
        backend: Backend | str = "numpy",
        params: dict[str, np.ndarray] | None = None,
    ):
        self.backend = get_backend(backend) if isinstance(backend, str) else backend
        self.xp = self.backend.xp
        spec = spec.validated()
        # BLAS threads for its matrix products (engine/threads.py): a first look at the
        # machine now, while the data loads, when the network is big enough to split them
        self.thread_policy = ThreadPolicy()
        self.thread_policy.prepare(step_work(spec.sizes, spec.batch_size))
        X_train = np.asarray(X_train)
        if X_train.ndim != 2 or X_train.shape[1] != spec.n_inputs:
            raise DataError(
                f"the data has {X_train.shape[-1] if X_train.ndim else 0} input columns "
                f"but the network has {spec.n_inputs} inputs"
            )
        if X_train.shape[0] == 0:
            raise DataError("the training set is empty")
        self._host_data = (X_train, np.asarray(y_train), X_test, y_test)
        self.network = Network(spec, self.backend, params)
        self.optimizer: Optimizer = make_optimizer(spec.optimizer, self.xp)
        self._load_data(spec)
        self.rng = Random(spec.seed, TRAIN_STREAM)
        self.step_count = 0  # optimizer steps done
        self.epoch = 0  # whole epochs done
        self.cursor = 0  # next row of the current permutation
        self.perm: np.ndarray | None = None
        self.best_test_loss = math.inf
        self.epochs_since_best = 0
        self.best_params: dict[str, np.ndarray] | None = None
        self.stopped_early = False
        self.last_loss = math.nan

    # ----- set-up ------------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec:
        return self.network.spec

    @property
    def n_train(self) -> int:
        return int(self.X.shape[0])

    @property
    def is_classification(self) -> bool:
        y = self._host_data[1]
        return y.ndim == 1 and np.issubdtype(y.dtype, np.integer)

    @property
    def steps_per_epoch(self) -> int:
        return -(-self.n_train // self.spec.batch_size)

    def _load_data(self, spec: NetworkSpec) -> None:
        X_train, y_train, X_test, y_test = self._host_data
        be = self.backend
        self.X = be.asarray(X_train, spec.dtype)
        self.Y = encode_targets(spec, y_train, be)
        if X_test is not None and len(X_test):
            assert y_test is not None, "a test set needs its targets"
            self.X_test = be.asarray(X_test, spec.dtype)
            self.Y_test = encode_targets(spec, y_test, be)
        else:
            self.X_test = self.Y_test = None
        self._labels_train = np.asarray(y_train)
        self._labels_test = None if X_test is None else np.asarray(y_test)
        self._set_divergence_limit(spec)

    def _set_divergence_limit(self, spec: NetworkSpec) -> None:
        """The batch loss beyond which training counts as diverged, for this loss and data."""
        self._guess = guess_loss(spec.loss, np.asarray(self.backend.to_host(self.Y)))
        self._loss_factor = DIVERGED_LOSS_FACTOR[spec.loss]
        self._loss_limit = self._loss_factor * self._guess

    def set_spec(self, spec: NetworkSpec) -> None:
        """Apply an edited spec between steps.

        Hyper-parameters (learning rate, regularization, batch size…) change in place and
        the optimizer keeps its state; a new optimizer starts fresh; an architecture change
        keeps every weight of the parts that did not change.
        """
        spec = spec.validated()
        old = self.spec
        arch_changed = (
            old.sizes != spec.sizes
            or [(ly.activation, ly.leaky_slope) for ly in old.layers]
            != [(ly.activation, ly.leaky_slope) for ly in spec.layers]
            or old.dtype != spec.dtype
        )
        if arch_changed:
            params = adapt_parameters(old, self.network.get_parameters(), spec)
            self.network = Network(spec, self.backend, params)
            self.optimizer = make_optimizer(spec.optimizer, self.xp)
        else:
            self.network.spec = spec
            freeze = [(ly.freeze_weights, ly.freeze_biases) for ly in spec.layers]
            if freeze != [(ly.freeze_weights, ly.freeze_biases) for ly in old.layers]:
                self.network.repack()
            if spec.optimizer.name != old.optimizer.name:
                self.optimizer = make_optimizer(spec.optimizer, self.xp)
            else:
                self.optimizer.set_spec(spec.optimizer)
        if old.loss != spec.loss or old.n_outputs != spec.n_outputs or old.dtype != spec.dtype:
            self._load_data(spec)
        if old.batch_size != spec.batch_size and self.cursor:
            pass  # the rest of this epoch's permutation is simply cut in the new size

    # ----- one step, in pieces shared with the stepper ----------------------------------
    def begin_step(self) -> Batch:
        """Draw the next batch (reshuffling at each epoch start) and its dropout masks."""
        if self.perm is None or self.cursor >= self.n_train:
            self.perm = self.rng.permutation(self.n_train)
            self.cursor = 0
        idx = self.perm[self.cursor : self.cursor + self.spec.batch_size]
        self.cursor += len(idx)
        xp, be = self.xp, self.backend
        index = idx if be.name == "numpy" else be.asarray(idx)
        X = xp.take(self.X, index, axis=0)
        Y = xp.take(self.Y, index, axis=0)
        masks: list[Any] = []
        p = self.spec.dropout
        if p > 0:
            keep = 1.0 - p
            for layer in self.spec.hidden:
                m = self.rng.bernoulli_keep(keep, (len(idx), layer.units)) / keep
                masks.append(be.asarray(m, self.spec.dtype))
            masks.append(None)  # never on the output layer
        return Batch(X, Y, idx, masks)

    def apply_update(self, grads: dict[str, Any]) -> dict[str, Any]:
        """Move every unfrozen parameter by its optimizer step; returns the steps taken."""
        net = self.network
        self.optimizer.update(net.flat_names, net.params, grads, net.flat)
        return self.optimizer.last_steps()

    def set_weight(self, name: str, index: tuple[int, ...], value: float) -> None:
        """Set one parameter entry (a weight typed or dragged in the diagram), in place."""
        param = self.network.params[name]
        param[tuple(int(i) for i in index)] = float(value)

    def end_step(self, loss: float) -> None:
        """Count the step; stop on a NaN or infinite loss; close the epoch when the data runs out."""
        self.step_count += 1
        self.last_loss = loss
        if not math.isfinite(loss):
            raise TrainingDiverged(self.step_count, loss)
        if loss > self._loss_limit:
            raise TrainingDiverged(
                self.step_count,
                loss,
                f"the loss jumped to {loss:.4g}, over {self._loss_factor:g} times what a constant "
                f"guess gives ({self._guess:.4g})",
            )
        if self.step_count % WEIGHT_CHECK_STEPS == 0:
            self._check_weights(loss)
        if self.cursor >= self.n_train:
            self._end_epoch()

    def _check_weights(self, loss: float) -> None:
        """TrainingDiverged when a weight has grown beyond ``EXPLODED_WEIGHT``."""
        xp, net = self.xp, self.network
        biggest = max(float(xp.max(xp.abs(net.params[n]))) for n in net.params)
        if biggest > EXPLODED_WEIGHT:
            raise TrainingDiverged(
                self.step_count,
                loss,
                f"the weights exploded (the largest is {biggest:.4g} in size; "
                f"above {EXPLODED_WEIGHT:g} every unit it feeds saturates)",
            )

    def _end_epoch(self) -> None:
        self.epoch += 1
        if self.spec.patience is None or self.X_test is None:
            return
        test_loss = self.evaluate().test_loss
        if test_loss is not None and test_loss < self.best_test_loss:
            self.best_test_loss = test_loss
            self.epochs_since_best = 0
            self.best_params = self.network.get_parameters()
        else:
            self.epochs_since_best += 1
            if self.epochs_since_best >= self.spec.patience:
                self.stopped_early = True
                if self.best_params is not None:
                    self.network.set_parameters(self.best_params)

    # ----- the fast path -------------------------------------------------------------
    def use_threads(self, rows: int | None = None) -> int:
        """Set the BLAS threads for steps (or for a pass over ``rows`` rows) by the thread
        policy; the number. The training calls below do it themselves."""
        spec = self.spec
        return self.thread_policy.apply(step_work(spec.sizes, rows or spec.batch_size))

    def step(self) -> float:
        """One optimizer step on the next batch; returns the batch's total loss."""
        self.use_threads()
        with self.backend.quiet():
            return self._step()

    def _step(self) -> float:
        net = self.network
        batch = self.begin_step()
        loss, grads = net.loss_and_gradients(batch.X, batch.Y, batch.masks, net.grad_views)
        self.optimizer.update(net.flat_names, net.params, grads, net.flat, net.flat_grad)
        self.end_step(loss)
        return loss

    def run_steps(self, n: int) -> float:
        """``n`` steps (fewer if early stopping ends training); the last batch loss."""
        loss = self.last_loss
        self.use_threads()
        with self.backend.quiet():
            for _ in range(n):
                if self.stopped_early:
                    break
                loss = self._step()
        return loss

    def run_until(
        self,
        deadline: float,
        clock: Callable[[], float] = time.perf_counter,
        interrupt: Callable[[], bool] | None = None,
    ) -> int:
        """Steps until the epoch ends, early stopping ends training, ``clock()`` reaches
        ``deadline`` or ``interrupt()`` is true (each checked after every step); how many ran.

        At least one step runs unless training has stopped early. The errstate guard is
        entered once for all of them (entering it per step costs ~3 % on small networks).
        """
        start, n = self.epoch, 0
        self.use_threads()
        with self.backend.quiet():
            while not self.stopped_early:
                self._step()
                n += 1
                if self.epoch != start or clock() >= deadline:
                    break
                if interrupt is not None and interrupt():
                    break
        return n

    def run_epoch(self) -> float:
        """Steps until the current epoch ends; the last batch loss."""
        start = self.epoch
        loss = self.last_loss
        self.use_threads()
        with self.backend.quiet():
            while self.epoch == start and not self.stopped_early:
                loss = self._step()
        return loss

    # ----- evaluation ----------------------------------------------------------------
    def evaluate(self) -> Metrics:
        """Data loss and accuracy on the whole training and test sets (no dropout)."""
        self.use_threads(self.n_train)
        with self.backend.quiet():
            train_loss, train_acc = self._evaluate(self.X, self.Y, self._labels_train)
            test_loss = test_acc = None
            if self.X_test is not None:
                test_loss, test_acc = self._evaluate(self.X_test, self.Y_test, self._labels_test)
        return Metrics(train_loss, test_loss, train_acc, test_acc)

    def _evaluate(self, X: Any, Y: Any, labels: np.ndarray | None) -> tuple[float, float | None]:
        """Data loss and (for classification) accuracy of inputs X against targets Y."""
        last = self.network.forward_pass(X, keep_all=False)[-1]
        loss = loss_value(self.xp, self.spec.loss, last.z, last.a, Y, last.parts)
        loss = self.backend.to_scalar(loss)
        if labels is None or not self.is_classification:
            return loss, None
        out = self.backend.to_host(last.a)
        pred = predicted_classes(out, self.spec.loss)
        return loss, float(np.mean(pred == labels))

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.network.predict(X)

    # ----- state, for projects, the timeline and reset ----------------------------------
    def state_dict(self) -> dict[str, Any]:
        """Everything needed to continue exactly: parameters, optimizer state, counters, RNG."""
        return {
            "params": self.network.get_parameters(),
            "optimizer": self.optimizer.state_dict(self.backend.to_host),
            "step": self.step_count,
            "epoch": self.epoch,
            "cursor": self.cursor,
            "perm": None if self.perm is None else self.perm.copy(),
            "rng": _copy_state(self.rng.get_state()),
            "best_test_loss": self.best_test_loss,
            "epochs_since_best": self.epochs_since_best,
            "stopped_early": self.stopped_early,
            "last_loss": self.last_loss,
            "best_params": None
            if self.best_params is None
            else {k: v.copy() for k, v in self.best_params.items()},
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.network.set_parameters(state["params"])
        self.optimizer = make_optimizer(self.spec.optimizer, self.xp)
        self.optimizer.load_state_dict(
            state.get("optimizer", {}), lambda v: self.backend.asarray(v, self.spec.dtype)
        )
        self.step_count = int(state.get("step", 0))
        self.epoch = int(state.get("epoch", 0))
        self.cursor = int(state.get("cursor", 0))
        perm = state.get("perm")
        self.perm = None if perm is None else np.asarray(perm, dtype=np.int64).copy()
        if state.get("rng") is not None:
            self.rng.set_state(_copy_state(state["rng"]))
        self.best_test_loss = float(state.get("best_test_loss", math.inf))
        self.epochs_since_best = int(state.get("epochs_since_best", 0))
        self.stopped_early = bool(state.get("stopped_early", False))
        self.last_loss = float(state.get("last_loss", math.nan))
        best = state.get("best_params")
        self.best_params = None if best is None else {k: np.array(v) for k, v in best.items()}

    def reset(self) -> None:
        """Back to the initial weights of the spec's seed, a fresh optimizer and a fresh shuffle."""
        self.network = Network(self.spec, self.backend)
        self.optimizer = make_optimizer(self.spec.optimizer, self.xp)
        self.rng = Random(self.spec.seed, TRAIN_STREAM)
        self.step_count = self.epoch = self.cursor = 0
        self.perm = None
        self.best_test_loss = math.inf
        self.epochs_since_best = 0
        self.best_params = None
        self.stopped_early = False
        self.last_loss = math.nan

    def parameter_names(self) -> list[str]:
        return param_names(self.network.n_layers)


def predicted_classes(outputs: np.ndarray, loss: str) -> np.ndarray:
    """Class indices from output rows: threshold 0.5 for one sigmoid unit, else argmax."""
    if outputs.shape[1] == 1:
        return (outputs[:, 0] >= 0.5).astype(np.int64)
    return np.argmax(outputs, axis=1)


def _copy_state(state: dict) -> dict:
    return {k: (_copy_state(v) if isinstance(v, dict) else v) for k, v in state.items()}
