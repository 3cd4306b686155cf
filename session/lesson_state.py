"""The app's state as a lesson reads it: the vocabulary of engine/lessons/expressions.py,
filled from the snapshot the window last drew.

``lesson_state(snapshot, dataset_name)`` gives the State a lesson's expressions evaluate in;
indexes are 1-based, as the window and the docs show them.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from engine.lessons.expressions import ExpressionError, State
from session.snapshot import Snapshot


def lesson_state(snap: Snapshot, dataset_name: str = "", before: State | None = None) -> State:
    """The lesson vocabulary's values and functions for ``snap``."""
    spec, m = snap.spec, snap.metrics
    opt = spec.optimizer
    race = snap.race if isinstance(snap.race, dict) else None
    runs = list(race.get("runs", [])) if race is not None else []
    values: dict[str, Any] = {
        "phase": snap.trace[-1].phase if snap.trace else "",
        "next_phase": snap.next_phase or "",
        "step": snap.step,
        "epoch": snap.epoch,
        "playing": snap.running,
        "lr": opt.lr,
        "optimizer": opt.name,
        "loss_function": spec.loss,
        "batch_size": spec.batch_size,
        "l1": spec.l1,
        "l2": spec.l2,
        "dropout": spec.dropout,
        "layers": len(spec.layers),
        "dataset": dataset_name,
        "race_runs": len(runs),
    }
    if m is not None:
        values.update(train_loss=m.train_loss, train_accuracy=m.train_accuracy)
        values.update(test_loss=m.test_loss, test_accuracy=m.test_accuracy)
    finals = [_final(r, "train_loss") for r in runs]
    if finals and all(math.isfinite(f) for f in finals):
        values["race_best"] = int(np.argmin(finals)) + 1
    values = {k: v for k, v in values.items() if v is not None}
    return State(values, _Calls(snap, runs, finals).table(), before)


def _final(run: Any, curve: str) -> float:
    """A race run's last value of ``curve`` (NaN when it has none)."""
    try:
        return float(np.asarray(run["curves"][curve])[-1])
    except (KeyError, IndexError, TypeError, ValueError):
        return math.nan


def _text(value: Any) -> str:
    """A race value as a lesson writes it: 0.1, 10, adam (a whole float without ".0")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class _Calls:
    """The vocabulary's functions over one snapshot."""

    def __init__(self, snap: Snapshot, runs: list, finals: list[float]):
        self.snap, self.runs, self.finals = snap, runs, finals
        self.records = {r.phase: r for r in snap.trace}

    def table(self) -> dict[str, Any]:
        return {
            "param": self.param,
            "grad": self.grad,
            "z": lambda k, i: self._neuron("forward", k, i, "z"),
            "a": self.a,
            "delta": lambda k, i: self._neuron("backward", k, i, "delta"),
            "units": self.units,
            "activation": lambda k: self.snap.spec.layers[self._layer(k) - 1].activation,
            "grad_rms": self.grad_rms,
            "dead": lambda k: self._health("dead", k),
            "saturated": lambda k: self._health("saturated", k),
            "race_loss": lambda i: self._race_final(i, "train_loss"),
            "race_test_loss": lambda i: self._race_final(i, "test_loss"),
            "race_value": self.race_value,
        }

    def _layer(self, k: Any, allow_inputs: bool = False) -> int:
        n = len(self.snap.spec.layers)
        low = 0 if allow_inputs else 1
        if not isinstance(k, int) or isinstance(k, bool) or not low <= k <= n:
            raise ExpressionError(f"layer {k!r} does not exist (the layers are {low}–{n})")
        return k

    def _run(self, i: Any) -> int:
        if not isinstance(i, int) or isinstance(i, bool) or not 1 <= i <= len(self.runs):
            raise ExpressionError(f"run {i!r} does not exist (the race has {len(self.runs)})")
        return i - 1

    def _race_final(self, i: Any, curve: str) -> float:
        value = _final(self.runs[self._run(i)], curve)
        if not math.isfinite(value):
            raise ExpressionError(f"run {i} of the race has no {curve.replace('_', ' ')}")
        return value

    def race_value(self, i: Any) -> str:
        values = self.runs[self._run(i)].get("values") or {}
        return ",".join(_text(v) for v in values.values())

    def _entry(self, array: np.ndarray, name: str, idx: tuple) -> float:
        if len(idx) != array.ndim or not all(
            isinstance(v, int) and 1 <= v <= s for v, s in zip(idx, array.shape, strict=False)
        ):
            shape = "×".join(str(s) for s in array.shape)
            raise ExpressionError(f"{name}{list(idx)} is outside {name} ({shape}; 1-based)")
        return float(array[tuple(v - 1 for v in idx)])

    def param(self, name: str, *idx: int) -> float:
        if name not in self.snap.params:
            raise ExpressionError(f"no parameter {name!r}; they are {', '.join(self.snap.params)}")
        return self._entry(self.snap.params[name], name, idx)

    def grad(self, name: str, *idx: int) -> float:
        if not isinstance(name, str) or name[:1] not in ("W", "b") or not name[1:].isdigit():
            raise ExpressionError(f"no parameter {name!r}")
        rec = self.records.get(f"backward[{int(name[1:])}]")
        if rec is None:
            raise ExpressionError(f"∂L/∂{name} is not known yet: step to backward[{name[1:]}]")
        return self._entry(rec.arrays["dW" if name[0] == "W" else "db"], name, idx)

    def _health(self, stat: str, k: int) -> float:
        health = self.snap.health
        k = self._layer(k)
        if not isinstance(health, dict) or stat not in health:
            raise ExpressionError(f"{stat}({k}) is not measured yet: train a step")
        value = float(health[stat][k - 1])
        if math.isnan(value):
            act = self.snap.spec.layers[k - 1].activation
            raise ExpressionError(f"{stat}({k}) is not measured for a {act} layer")
        return value

    def grad_rms(self, k: int) -> float:
        health = self.snap.health
        if isinstance(health, dict) and "grad_rms" in health:
            return self._health("grad_rms", k)
        rec = self.records.get(f"backward[{self._layer(k)}]")
        if rec is None:
            raise ExpressionError(f"layer {k}'s gradient is not known yet: step to backward[{k}]")
        dW = rec.arrays["dW"]
        return float(np.sqrt(np.mean(dW * dW)))

    def units(self, k: int) -> int:
        return int(self.snap.spec.sizes[self._layer(k, allow_inputs=True)])

    def a(self, k: int, i: int) -> float:
        if self._layer(k, allow_inputs=True) == 0:
            return self._row("forward[1]", "a_prev", i, "a(0, …)")
        return self._neuron("forward", k, i, "a")

    def _neuron(self, kind: str, k: int, i: int, key: str) -> float:
        return self._row(f"{kind}[{self._layer(k)}]", key, i, f"{key}({k}, …)")

    def _row(self, phase: str, key: str, i: int, what: str) -> float:
        rec = self.records.get(phase)
        if rec is None or key not in rec.arrays:
            raise ExpressionError(f"{what} is not known yet: step to {phase}")
        row = rec.arrays[key][min(self.snap.traced_sample, rec.arrays[key].shape[0] - 1)]
        return self._entry(row, what, (i,))
