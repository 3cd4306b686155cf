"""A lesson's actions (engine/lessons/actions.py) as the worker's commands, and carried out.

``commands_for(action, spec, dataset_spec, folder)`` gives the commands to post, in order,
for one action in the current session. ``ActionRunner`` carries out a list of actions one
after another: it posts an action's commands, waits until the worker's snapshots show them
done (the phase, step or epoch reached, the setting in the spec, the new data loaded, the
race finished), and only then builds the next action's commands on the state they left.
The window's lesson dock and the lesson walk-through tests both run actions this way.
``select`` is the window's alone (it points the diagram at an item) and gives no command.
"""

from __future__ import annotations

import dataclasses
import math
import os
import time
from collections.abc import Callable
from typing import Any

from engine.datasets import DatasetSpec
from engine.lessons.actions import Action, item_index
from engine.spec import LayerSpec, NetworkSpec
from engine.trace import phase_names
from session.snapshot import Snapshot

Command = tuple[str, tuple[Any, ...]]
#: seconds one action may take before the runner gives up
TIMEOUT = 180.0
#: a worker that sends nothing new for this long, paused, has done all it will do (an
#: "epochs" cut short by early stopping, a "previous_phase" with nothing to go back to)
STALL = 3.0


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


def parameter_of(item: str) -> tuple[str, tuple[int, ...]]:
    """A weight or bias item ("W2[1,3]", "b2[1]") as the worker names it: ("W2", (0, 2))."""
    kind, layer, index = item_index(item)
    return f"{'W' if kind == 'weight' else 'b'}{layer}", tuple(i - 1 for i in index)


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
    if verb == "set" and args[0][:1] in ("W", "b") and "[" in args[0]:
        name, index = parameter_of(args[0])
        return [("set_weight", (name, index, float(args[1])))]
    if verb == "set":
        return [("set_spec", (with_setting(spec, args[0], args[1]).validated(),))]
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
        return [("race_close", ()), ("race_start", ({name: list(values)}, int(epochs)))]
    return []  # select: the window's


# ----- carrying actions out ---------------------------------------------------------------
def position(snap: Snapshot) -> int:
    """Phases run since training began: the step count times the phases of a step, plus the
    phases of the step under way (Next phase adds one, Previous phase takes one away)."""
    per_step = len(phase_names(len(snap.spec.layers)))
    return snap.step * per_step + (len(snap.trace) if snap.next_phase else 0)


Check = Callable[[Snapshot], bool]


@dataclasses.dataclass
class _Stage:
    """Commands to post (made from the state when the stage begins) and when they are done."""

    action: Action
    commands: Callable[[Snapshot, DatasetSpec], list[Command]]
    done: Callable[[Snapshot], Check]  # (state before) → check on later snapshots
    new_data: bool = False  # done only after the worker reports a new dataset


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _stages(action: Action, folder: str) -> list[_Stage]:
    """How ``action`` is carried out: its commands and the state that shows each done."""
    verb, args = action.verb, action.args

    def cmds(snap: Snapshot, data: DatasetSpec) -> list[Command]:
        return commands_for(action, snap.spec, data, folder)

    def stage(done, commands=cmds, new_data=False) -> _Stage:
        return _Stage(action, commands, done, new_data)

    if verb in ("next_phase", "previous_phase"):
        n = args[0] if verb == "next_phase" else -args[0]
        return [stage(lambda b: lambda s: position(s) == position(b) + n)]
    if verb in ("finish_step", "steps"):
        n = 1 if verb == "finish_step" else args[0]
        return [stage(lambda b: lambda s: s.step == b.step + n and not s.next_phase)]
    if verb == "epochs":
        return [stage(lambda b: lambda s: s.epoch >= b.epoch + args[0] and not s.next_phase)]
    if verb == "reset":
        return [stage(lambda b: lambda s: s.step == 0 and s.epoch == 0 and not s.running)]
    if verb == "play":  # playing, or it has played (early stopping may end it at once)
        return [stage(lambda b: lambda s: s.running or s.step > b.step)]
    if verb == "pause":
        return [stage(lambda b: lambda s: not s.running)]
    if verb == "set" and args[0][:1] in ("W", "b") and "[" in args[0]:
        name, index = parameter_of(args[0])
        value = float(args[1])
        return [stage(lambda b: lambda s: _close(float(s.params[name][index]), value))]
    if verb == "set":

        def spec_done(b: Snapshot) -> Check:
            want = with_setting(b.spec, args[0], args[1]).validated()
            return lambda s: s.spec == want

        return [stage(spec_done)]
    if verb in ("dataset", "data", "load"):
        return [stage(lambda b: lambda s: True, new_data=True)]
    if verb == "race":
        name, values, _epochs = args
        close = [("race_close", ())]

        def finished(b: Snapshot) -> Check:
            def check(s: Snapshot) -> bool:
                race = s.race
                if not isinstance(race, dict) or race.get("state") != "finished":
                    return False
                runs = race.get("runs", [])
                return list(race.get("names", [])) == [name] and len(runs) == len(values)

            return check

        return [
            stage(lambda b: lambda s: s.race is None, commands=lambda s, d: close),
            stage(finished, commands=lambda s, d: commands_for(action, s.spec, d, folder)[1:]),
        ]
    return [stage(lambda b: lambda s: True, commands=lambda s, d: [])]  # select


class ActionRunner:
    """Carries out actions one at a time against a worker, each until the worker shows it done.

    ``post(name, *args)`` queues a worker command; ``select(kind, item)`` points the window at
    an item (a ``select`` action). Feed it every snapshot (``snapshot``) and the worker's
    events (``dataset``, ``error``) as they come, and call ``poll()`` now and then (for the
    time limits). ``finished`` tells when all is done, ``error`` why it stopped short;
    ``stalls`` counts the actions accepted because the worker went quiet, not seen done.
    """

    def __init__(
        self,
        actions: tuple[Action, ...] | list[Action],
        post: Callable[..., None],
        folder: str,
        snapshot: Snapshot,
        dataset_spec: DatasetSpec,
        select: Callable[[str, str], None] | None = None,
        timeout: float = TIMEOUT,
        stall: float = STALL,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._post, self._select = post, select
        self.timeout, self.stall, self.clock = timeout, stall, clock
        self.snap, self.dataset_spec = snapshot, dataset_spec
        self._stages = [st for a in actions for st in _stages(a, folder)]
        self._index = -1
        self._check: Check | None = None
        self._fresh = False
        self._new_data = False
        self._began = self._heard = clock()
        self.finished = False
        self.error: str | None = None
        self.stalls = 0
        self._next()

    def retarget(self, select: Callable[[str, str], None] | None) -> None:
        """Select items through ``select`` from now on (a window rebuilt in another language)."""
        self._select = select

    @property
    def busy(self) -> bool:
        """Still carrying out actions."""
        return not self.finished and self.error is None

    def snapshot(self, snap: Snapshot) -> None:
        """A snapshot from the worker (in the order they come)."""
        self.snap = snap
        self._fresh = True
        self._heard = self.clock()
        self._try()

    def dataset(self, dataset_spec: DatasetSpec) -> None:
        """The worker's "dataset" event: new data (a dataset switch, a loaded project)."""
        self.dataset_spec = dataset_spec
        self._new_data = True
        self._fresh = False  # the snapshot that shows it comes after the event
        self._heard = self.clock()

    def fail(self, message: str) -> None:
        """The worker reported an error: stop here (the message says why)."""
        if self.busy:
            self.error = message

    def poll(self) -> None:
        """Give up after the time limit; accept a stage when the worker has gone quiet."""
        if not self.busy:
            return
        now = self.clock()
        stage = self._stages[self._index]
        if now - self._began > self.timeout:
            self.error = f"'{stage.action}' did not finish within {self.timeout:.0f} s"
        elif (
            self._fresh
            and now - self._heard > self.stall
            and not self.snap.running
            and not (isinstance(self.snap.race, dict) and self.snap.race.get("state") == "running")
            and (self._new_data or not stage.new_data)
        ):
            self.stalls += 1
            self._next()

    # ----- stages ------------------------------------------------------------------------
    def _try(self) -> None:
        if not self.busy or self._check is None:
            return
        stage = self._stages[self._index]
        if self._fresh and (self._new_data or not stage.new_data) and self._check(self.snap):
            self._next()

    def _next(self) -> None:
        self._index += 1
        if self._index >= len(self._stages):
            self.finished, self._check = True, None
            return
        stage = self._stages[self._index]
        before = self.snap
        self._fresh = self._new_data = False
        self._began = self._heard = self.clock()
        if stage.action.verb == "select" and self._select is not None:
            self._select(*stage.action.args)
        try:
            commands = stage.commands(before, self.dataset_spec)
        except Exception as exc:  # noqa: BLE001 - a load or a spec the lesson cannot use
            self.error = f"'{stage.action}': {exc}"
            return
        self._check = stage.done(before)
        if not commands:
            self._next()
            return
        for name, args in commands:
            self._post(name, *args)
