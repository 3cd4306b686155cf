"""A race as it is kept and shown: each run's values and curves, without its trainer.

``RaceRecord`` is what a race leaves behind: it goes into a project's optional ``"race"``
section (``to_json`` / ``from_json``, arrays encoded as everywhere in a project), and into
every snapshot while a race runs (``to_plain`` / ``from_plain``: host arrays and plain
values, which session/wire.py carries). A reopened race shows its curves; it cannot go on
training (no trainer state is kept) and so cannot be promoted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.json_arrays import FormatProblem, encode_array, json_kind, read_array

#: the curves of each run, one point per evaluation: steps and epochs since the race began
CURVE_FIELDS = ("step", "epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
#: what became of a run
STATUSES = ("running", "done", "stopped", "diverged", "stopped early")


def empty_curves() -> dict[str, np.ndarray]:
    """Curves with no point yet."""
    return {f: np.zeros(0) for f in CURVE_FIELDS}


@dataclass
class RunRecord:
    """One run of a race: its values, its curves, how fast it got where, and how it ended."""

    label: str
    values: dict[str, Any]  # varied name → value (str, int or float)
    curves: dict[str, np.ndarray] = field(default_factory=empty_curves)  # float64, NaN = absent
    steps_to_target: int | None = None  # steps until the training loss reached the target
    wall_time: float = 0.0  # seconds spent training (evaluation not counted)
    status: str = "running"
    message: str | None = None  # why it ended, when it diverged

    @property
    def n_points(self) -> int:
        return int(self.curves["step"].shape[0])

    def final(self, name: str) -> float | None:
        """The last point's value of a curve (None when absent)."""
        if not self.n_points:
            return None
        v = float(self.curves[name][-1])
        return None if math.isnan(v) else v


@dataclass
class RaceRecord:
    """A race's runs, what was varied, how long it ran and its target loss."""

    names: tuple[str, ...]  # the varied names, in column order
    runs: list[RunRecord]
    epochs: int | None = None  # the race's length, in epochs or steps; both None: until stopped
    steps: int | None = None
    target_loss: float | None = None
    start_step: int = 0  # the main network's step and epoch when the race began
    start_epoch: int = 0

    # ----- host form (snapshots, the wire) -----------------------------------------------
    def to_plain(self) -> dict[str, Any]:
        """Plain values and host arrays only (what a snapshot and a message can carry)."""
        return {
            "names": list(self.names),
            "epochs": self.epochs,
            "steps": self.steps,
            "target_loss": self.target_loss,
            "start_step": self.start_step,
            "start_epoch": self.start_epoch,
            "runs": [
                {
                    "label": r.label,
                    "values": dict(r.values),
                    "curves": {f: np.asarray(r.curves[f], dtype=np.float64) for f in CURVE_FIELDS},
                    "steps_to_target": r.steps_to_target,
                    "wall_time": float(r.wall_time),
                    "status": r.status,
                    "message": r.message,
                }
                for r in self.runs
            ],
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> RaceRecord:
        """The record ``to_plain`` gave (checked as a file's would be: FormatProblem says where)."""
        return _decode(data, lambda v, where: _plain_curve(v, where))

    # ----- project form -------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The project's ``"race"`` section (strict JSON: arrays encoded, no NaN literals)."""
        plain = self.to_plain()
        for run in plain["runs"]:
            run["curves"] = {f: encode_array(a) for f, a in run["curves"].items()}
            run["wall_time"] = _json_float(run["wall_time"])
        plain["target_loss"] = (
            None if self.target_loss is None else _json_float(float(self.target_loss))
        )
        return plain

    @classmethod
    def from_json(cls, data: Any) -> RaceRecord:
        """A record from a project's ``"race"`` section; FormatProblem naming the place."""
        return _decode(data, lambda v, where: read_array(v, where))


def _json_float(v: float) -> Any:
    return v if math.isfinite(v) else ("nan" if math.isnan(v) else ("inf" if v > 0 else "-inf"))


def _plain_curve(v: Any, where: str) -> np.ndarray:
    if not isinstance(v, np.ndarray):
        raise FormatProblem(where, f"expected an array, got {json_kind(v)}")
    return v


def _number(v: Any, where: str, *, whole: bool = False, optional: bool = True) -> Any:
    if v is None and optional:
        return None
    if isinstance(v, str) and not whole and v in ("nan", "inf", "-inf"):
        return float(v)
    ok = isinstance(v, int) if whole else isinstance(v, int | float)
    if not ok or isinstance(v, bool):
        kind = "a whole number" if whole else "a number"
        raise FormatProblem(where, f"expected {kind}, got {json_kind(v)}")
    if whole and v < 0:
        raise FormatProblem(where, f"must be at least 0, got {v}")
    return int(v) if whole else float(v)


def _decode(data: Any, curve: Any) -> RaceRecord:
    if not isinstance(data, dict):
        raise FormatProblem("race", f"expected an object, got {json_kind(data)}")
    names = data.get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise FormatProblem("race.names", "expected a list of the varied names")
    runs_raw = data.get("runs")
    if not isinstance(runs_raw, list) or not runs_raw:
        raise FormatProblem("race.runs", "expected a list of runs")
    runs = [_decode_run(raw, f"race.runs[{i}]", names, curve) for i, raw in enumerate(runs_raw)]
    return RaceRecord(
        tuple(names),
        runs,
        epochs=_number(data.get("epochs"), "race.epochs", whole=True),
        steps=_number(data.get("steps"), "race.steps", whole=True),
        target_loss=_number(data.get("target_loss"), "race.target_loss"),
        start_step=_number(data.get("start_step", 0), "race.start_step", whole=True) or 0,
        start_epoch=_number(data.get("start_epoch", 0), "race.start_epoch", whole=True) or 0,
    )


def _decode_run(raw: Any, where: str, names: list[str], curve: Any) -> RunRecord:
    if not isinstance(raw, dict):
        raise FormatProblem(where, f"expected an object, got {json_kind(raw)}")
    label = raw.get("label")
    if not isinstance(label, str):
        raise FormatProblem(f"{where}.label", "expected text")
    values = raw.get("values")
    if not isinstance(values, dict) or sorted(values) != sorted(names):
        raise FormatProblem(f"{where}.values", f"expected a value for each of {', '.join(names)}")
    for k, v in values.items():
        if isinstance(v, bool) or not isinstance(v, str | int | float):
            raise FormatProblem(f"{where}.values.{k}", f"expected text or a number, got {v!r}")
    curves_raw = raw.get("curves")
    if not isinstance(curves_raw, dict):
        raise FormatProblem(f"{where}.curves", "expected an object of curves")
    curves: dict[str, np.ndarray] = {}
    n = None
    for f in CURVE_FIELDS:
        if f not in curves_raw:
            raise FormatProblem(f"{where}.curves", f"the curve {f!r} is missing")
        a = curve(curves_raw[f], f"{where}.curves.{f}")
        if a.ndim != 1 or a.dtype.kind not in "fiu":
            raise FormatProblem(f"{where}.curves.{f}", "expected a 1-D array of numbers")
        if n is not None and a.shape[0] != n:
            raise FormatProblem(f"{where}.curves.{f}", f"has {a.shape[0]} points, the others {n}")
        n = a.shape[0]
        curves[f] = np.array(a, dtype=np.float64)
    status = raw.get("status", "done")
    if status not in STATUSES:
        raise FormatProblem(f"{where}.status", f"expected one of {', '.join(STATUSES)}")
    message = raw.get("message")
    if message is not None and not isinstance(message, str):
        raise FormatProblem(f"{where}.message", "expected text or null")
    return RunRecord(
        label,
        dict(values),
        curves,
        steps_to_target=_number(raw.get("steps_to_target"), f"{where}.steps_to_target", whole=True),
        wall_time=_number(raw.get("wall_time", 0.0), f"{where}.wall_time") or 0.0,
        status=status,
        message=message,
    )
