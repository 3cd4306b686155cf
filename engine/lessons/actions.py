"""What a lesson can make the app do: a "Do" page's "Show me" and a "Predict" page's reveal.

An action is one line of words, checked against ``VERBS`` when the lesson is read::

    next_phase 4        previous_phase      finish_step       steps 10        epochs 200
    reset               play                pause
    set lr 3            set optimizer adam  set hidden 8,8    set activation relu
    set W1[1,2] 0.5     set b1[1] -1        (a weight or a bias, counted from 1)
    dataset xor         data samples 200    load other.bplab
    race optimizer sgd,momentum,adam 50     select weight W2[1,1]

The session turns them into worker commands (session/lesson_actions.py); nothing else runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: settings ``set NAME VALUE`` may change, and the kind of value each takes
SETTINGS = {
    "lr": "number",
    "momentum": "number",
    "batch_size": "whole",
    "optimizer": ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"),
    "loss": ("mse", "sse", "bce", "cce"),
    "activation": ("sigmoid", "tanh", "relu", "leaky_relu", "linear"),
    "init": ("xavier", "xavier-normal", "he", "uniform", "zeros"),
    "hidden": "sizes",
    "l1": "number",
    "l2": "number",
    "dropout": "number",
    "patience": "whole_or_none",
    "seed": "whole",
    "dtype": ("float32", "float64"),
}
#: data settings ``data NAME VALUE`` may change
DATA_SETTINGS = {"samples": "whole", "noise": "number", "test_ratio": "number", "seed": "whole"}
DATASETS = ("circle", "xor", "gauss", "spiral", "moons", "blobs", "reg-plane", "reg-gauss", "iris",
            "digits")  # fmt: skip
RACE_NAMES = ("optimizer", "lr", "batch_size", "activation", "l1", "l2", "dropout", "init")
VERBS = ("next_phase", "previous_phase", "finish_step", "steps", "epochs", "reset", "play", "pause",
         "set", "dataset", "data", "load", "race", "select")  # fmt: skip
MAX_COUNT = 100_000
_NUMBER = re.compile(r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")
_ITEM = re.compile(r"^(L\d+N\d+|W\d+\[\d+,\d+\]|b\d+\[\d+\])$")
_PARAM = re.compile(r"^(W\d+\[\d+,\d+\]|b\d+\[\d+\])$")


@dataclass(frozen=True)
class Action:
    """A checked action: its verb and arguments (numbers already converted)."""

    verb: str
    args: tuple = ()

    def __str__(self) -> str:
        return " ".join([self.verb, *(str(a) for a in self.args)])


class ActionError(ValueError):
    """An action a lesson cannot ask for."""


def _value(kind, text: str, what: str):
    if isinstance(kind, tuple):
        if text not in kind:
            raise ActionError(f"{what}: {text!r} is not one of {', '.join(kind)}")
        return text
    if kind == "sizes":
        if text in ("none", '""'):
            return ()
        parts = text.split(",")
        if not all(p.isdigit() and 0 < int(p) <= 4096 for p in parts):
            raise ActionError(f"{what}: expected layer sizes such as 8,8, got {text!r}")
        return tuple(int(p) for p in parts)
    if kind == "whole_or_none" and text == "none":
        return None
    if kind in ("whole", "whole_or_none"):
        if not text.isdigit() or int(text) > MAX_COUNT:
            raise ActionError(f"{what}: expected a whole number up to {MAX_COUNT}, got {text!r}")
        return int(text)
    if not _NUMBER.match(text):
        raise ActionError(f"{what}: expected a number, got {text!r}")
    return float(text)


def item_index(item: str) -> tuple[str, int, tuple[int, ...]]:
    """What an item names, counted from 1 as the window shows it: ("neuron", 2, (1,)) for
    "L2N1", ("weight", 2, (1, 3)) for "W2[1,3]", ("bias", 2, (1,)) for "b2[1]"; ActionError
    for anything else (layer 0, the inputs, has neurons only)."""
    if not isinstance(item, str) or not _ITEM.match(item):
        raise ActionError(f"{item!r} is not a neuron L2N1, a weight W2[1,1] or a bias b2[1]")
    numbers = tuple(int(n) for n in re.findall(r"\d+", item))
    kind = {"L": "neuron", "W": "weight", "b": "bias"}[item[0]]
    layer, index = numbers[0], numbers[1:]
    if (layer < 1 and kind != "neuron") or min(index) < 1:
        raise ActionError(f"{item}: layers with weights and indexes count from 1")
    return kind, layer, index


def parse_action(line: str) -> Action:
    """An Action from one line; ActionError says what is wrong."""
    if not isinstance(line, str) or not line.strip():
        raise ActionError("an action is a line of words, such as 'next_phase 4'")
    words = line.split()
    verb, rest = words[0], words[1:]
    if verb not in VERBS:
        raise ActionError(f"unknown action {verb!r}; the actions are {', '.join(VERBS)}")
    if verb in ("next_phase", "previous_phase", "steps", "epochs"):
        if len(rest) > 1:
            raise ActionError(f"{verb} takes at most one count")
        count = _value("whole", rest[0], verb) if rest else 1
        if count < 1:
            raise ActionError(f"{verb}: the count must be at least 1")
        return Action(verb, (count,))
    if verb in ("finish_step", "reset", "play", "pause"):
        if rest:
            raise ActionError(f"{verb} takes nothing after it")
        return Action(verb)
    if verb == "set":
        if len(rest) == 2 and _PARAM.match(rest[0]):  # a weight or a bias: set W1[1,2] 0.5
            item_index(rest[0])
            return Action(verb, (rest[0], _value("number", rest[1], f"set {rest[0]}")))
        if len(rest) != 2 or rest[0] not in SETTINGS:
            raise ActionError(
                f"set NAME VALUE, NAME one of {', '.join(SETTINGS)}, or a weight W2[1,1] "
                "or a bias b2[1]"
            )
        return Action(verb, (rest[0], _value(SETTINGS[rest[0]], rest[1], f"set {rest[0]}")))
    if verb == "data":
        if len(rest) != 2 or rest[0] not in DATA_SETTINGS:
            raise ActionError(f"data NAME VALUE, NAME one of {', '.join(DATA_SETTINGS)}")
        name = rest[0]
        return Action(verb, (name, _value(DATA_SETTINGS[name], rest[1], f"data {name}")))
    if verb == "dataset":
        if len(rest) != 1 or rest[0] not in DATASETS:
            raise ActionError(f"dataset NAME, NAME one of {', '.join(DATASETS)}")
        return Action(verb, (rest[0],))
    if verb == "load":
        if len(rest) != 1 or not rest[0].endswith(".bplab") or "/" in rest[0] or "\\" in rest[0]:
            raise ActionError("load NAME.bplab, a project in the lesson's folder")
        return Action(verb, (rest[0],))
    if verb == "race":
        if len(rest) != 3 or rest[0] not in RACE_NAMES:
            raise ActionError(f"race NAME V1,V2,… EPOCHS, NAME one of {', '.join(RACE_NAMES)}")
        name, values, epochs = rest
        kind = SETTINGS[name]
        vals = tuple(_value(kind, v, f"race {name}") for v in values.split(","))
        if not 2 <= len(vals) <= 6:
            raise ActionError("a race compares 2 to 6 values")
        return Action(verb, (name, vals, _value("whole", epochs, "race epochs")))
    # select
    if len(rest) != 2 or rest[0] not in ("neuron", "weight", "bias") or not _ITEM.match(rest[1]):
        raise ActionError("select neuron L2N1 | weight W2[1,1] | bias b2[1]")
    if item_index(rest[1])[0] != rest[0]:
        raise ActionError(f"select {rest[0]}: {rest[1]} is not a {rest[0]}")
    return Action(verb, (rest[0], rest[1]))


def parse_actions(value) -> tuple[Action, ...]:
    """Actions from a line or a list of lines."""
    lines = [value] if isinstance(value, str) else value
    if not isinstance(lines, list) or not lines:
        raise ActionError("expected an action or a list of actions")
    return tuple(parse_action(line) for line in lines)
