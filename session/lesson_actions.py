"""A lesson's actions (engine/lessons/actions.py) as the worker's commands.

``commands_for(action, spec, dataset_spec, folder)`` gives the commands to post, in order,
for one action in the current session; the window posts them through its controller, and
the lesson walk-through tests post them to a worker directly. ``select`` is the window's
alone (it points the diagram at an item) and gives no command.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from engine.datasets import DatasetSpec
from engine.lessons.actions import Action
from engine.spec import LayerSpec, NetworkSpec

Command = tuple[str, tuple[Any, ...]]


def with_setting(spec: NetworkSpec, name: str, value: Any) -> NetworkSpec:
    """The spec with one lesson setting changed (``set NAME VALUE``)."""
    if name in ("lr", "momentum"):
        return spec.with_optimizer(**{name: float(value)})
    if name == "optimizer":
        return spec.with_optimizer(name=value)
    if name == "activation":
        hidden = tuple(dataclasses.replace(ly, activation=value) for ly in spec.hidden)
        return spec.replace(layers=(*hidden, spec.layers[-1]))
    if name == "hidden":
        act = spec.hidden[0].activation if spec.hidden else "tanh"
        hidden = tuple(LayerSpec(int(u), act) for u in value)
        return spec.replace(layers=(*hidden, spec.layers[-1]))
    if name == "loss":
        return spec.replace(loss=value)
    return spec.replace(**{name: value})


def commands_for(
    action: Action, spec: NetworkSpec, dataset_spec: DatasetSpec, folder: str
) -> list[Command]:
    """The worker commands that carry out ``action``."""
    verb, args = action.verb, action.args
    if verb == "next_phase":
        return [("step_phase", ())] * args[0]
    if verb == "previous_phase":
        return [("step_back", ())] * args[0]
    if verb == "finish_step":
        return [("step_batch", ())]
    if verb == "steps":
        return [("step_batch", ())] * args[0]
    if verb == "epochs":
        return [("step_epoch", ())] * args[0]
    if verb in ("reset", "play", "pause"):
        return [(verb, ())]
    if verb == "set":
        return [("set_spec", (with_setting(spec, args[0], args[1]),))]
    if verb == "dataset":
        return [("set_dataset", (DatasetSpec(name=args[0]),))]
    if verb == "data":
        return [("set_dataset", (dataclasses.replace(dataset_spec, **{args[0]: args[1]}),))]
    if verb == "load":
        from engine.project import load_project

        p = load_project(os.path.join(folder, args[0]))
        return [("load", (p.spec, p.dataset, "numpy", p.state, p.history))]
    if verb == "race":
        name, values, epochs = args
        return [("race_start", (name, tuple(values), int(epochs)))]
    return []  # select: the window's
