"""What a race may vary: the hyper-parameters, how a typed value is read, and how it changes a spec.

A race (engine/race.py) trains one network several ways; each way is a dict of values,
``{"optimizer": "adam"}`` or ``{"optimizer": "adam", "lr": 0.01}``, keyed by the names
below (the spec's own field names; ``batch-size`` and a few other spellings are accepted
too). ``apply_values`` turns a spec and such a dict into the run's spec, validated, so a
value out of range is a ``SpecError`` naming the field.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from engine.errors import SpecError
from engine.optimizers import hyperparameter_fields
from engine.spec import HIDDEN_ACTIVATIONS, INITIALIZERS, OPTIMIZERS, NetworkSpec

#: a race compares 2 to 6 values of one hyper-parameter
MIN_VALUES, MAX_VALUES = 2, 6
#: a product of several varied names (the command line's compare) has at most this many runs
MAX_RUNS = 36


@dataclass(frozen=True)
class Variable:
    """One hyper-parameter a race can vary: its name, what its values are, and its spec field."""

    name: str  # as in a spec and in a CSV column: "lr", "batch_size"
    label: str  # a few words: "learning rate"
    kind: str  # "choice", "float" or "int"
    field: str  # the spec field its errors name: "optimizer.lr"
    choices: tuple[str, ...] = ()


def _variables() -> dict[str, Variable]:
    out = [
        Variable("optimizer", "optimizer", "choice", "optimizer.name", OPTIMIZERS),
        *(
            Variable(f, "learning rate" if f == "lr" else f, "float", f"optimizer.{f}")
            for f in hyperparameter_fields()
        ),
        Variable("batch_size", "batch size", "int", "batch_size"),
        Variable("activation", "hidden activation", "choice", "layers", HIDDEN_ACTIVATIONS),
        Variable("l1", "L1 regularization", "float", "l1"),
        Variable("l2", "L2 regularization", "float", "l2"),
        Variable("dropout", "dropout", "float", "dropout"),
        Variable("init", "initializer", "choice", "init", INITIALIZERS),
    ]
    return {v.name: v for v in out}


#: every name a race may vary, in the order they are offered
VARIABLES: dict[str, Variable] = _variables()
#: other spellings of the names (the command line's option names, the words)
ALIASES = {
    "batch-size": "batch_size",
    "learning-rate": "lr",
    "learning_rate": "lr",
    "initializer": "init",
    "initialization": "init",
    "weight-decay": "l2",
    "weight_decay": "l2",
}


def variable(name: str) -> Variable:
    """The variable called ``name`` (or one of its aliases); KeyError naming the choices."""
    key = name.strip().lower()
    key = ALIASES.get(key, key)
    if key not in VARIABLES:
        raise KeyError(
            f"cannot vary {name!r}; choose one of {', '.join(VARIABLES)}"
            if name.strip()
            else f"a name to vary is missing; choose one of {', '.join(VARIABLES)}"
        )
    return VARIABLES[key]


def parse_value(name: str, text: str) -> Any:
    """A typed value of the variable ``name`` read from text; ValueError saying what was wrong."""
    var = variable(name)
    text = text.strip()
    if var.kind == "choice":
        value = text.lower()
        if value not in var.choices:
            raise ValueError(
                f"unknown {var.label} {text!r}; choose one of {', '.join(var.choices)}"
            )
        return value
    if var.kind == "int":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{var.name}: expected a whole number, got {text!r}") from None
    try:
        number = float(text)
    except ValueError:
        raise ValueError(f"{var.name}: expected a number, got {text!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{var.name}: expected a finite number, got {text!r}")
    return number


def parse_values(name: str, texts: Sequence[str]) -> tuple[Any, ...]:
    """Typed values, each checked against a spec (its range) and none given twice."""
    var = variable(name)
    values = tuple(parse_value(var.name, t) for t in texts)
    seen: list[Any] = []
    for v in values:
        if v in seen:
            raise ValueError(f"{var.name}: the value {format_value(v)} is given twice")
        seen.append(v)
        check_value(var.name, v)
    return values


def check_value(name: str, value: Any) -> None:
    """Raise ValueError when the value is out of its range (checked on a small spec)."""
    probe = NetworkSpec.simple(2, (2,), 1, loss="bce")
    try:
        apply_values(probe, {name: value})
    except SpecError as exc:
        text = str(exc)
        reason = text[len(exc.field) + 2 :] if text.startswith(f"{exc.field}: ") else text
        raise ValueError(f"{variable(name).name}: {reason}") from None


def apply_values(spec: NetworkSpec, values: Mapping[str, Any]) -> NetworkSpec:
    """The spec with these values set (hidden activations all at once), validated: SpecError names the field."""
    opt: dict[str, Any] = {}
    changes: dict[str, Any] = {}
    for name, value in values.items():
        var = variable(name)
        if var.name == "optimizer":
            opt["name"] = value
        elif var.field.startswith("optimizer."):
            opt[var.name] = float(value)
        elif var.name == "activation":
            hidden = tuple(dataclasses.replace(ly, activation=value) for ly in spec.hidden)
            changes["layers"] = hidden + (spec.layers[-1],)
        elif var.kind == "int":
            changes[var.name] = int(value)
        elif var.kind == "float":
            changes[var.name] = float(value)
        else:
            changes[var.name] = value
    if opt:
        changes["optimizer"] = dataclasses.replace(spec.optimizer, **opt)
    return spec.replace(**changes) if changes else spec


def variations(grid: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """Every combination of the values (the first name varies slowest), as one dict per run."""
    names = [variable(n).name for n in grid]
    if len(set(names)) != len(names):
        raise ValueError("a name is varied twice")
    combos = itertools.product(*(tuple(v) for v in grid.values()))
    return [dict(zip(names, combo, strict=True)) for combo in combos]


def check_count(runs: Sequence[Mapping[str, Any]], *, single: bool) -> None:
    """ValueError unless there are 2–6 runs (one varied name) or 2–36 (a product)."""
    most = MAX_VALUES if single else MAX_RUNS
    if not MIN_VALUES <= len(runs) <= most:
        raise ValueError(f"a race compares {MIN_VALUES} to {most} runs, got {len(runs)}")


def format_value(value: Any) -> str:
    """A value as the user typed it: ``adam``, ``0.01``, ``32``."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def run_label(values: Mapping[str, Any]) -> str:
    """A run's name in a legend: ``adam`` for one value, ``optimizer=adam, lr=0.01`` for several."""
    if len(values) == 1:
        return format_value(next(iter(values.values())))
    return ", ".join(f"{k}={format_value(v)}" for k, v in values.items())
