"""Project files (``.bplab``): one versioned JSON file holding a whole training session.

A project holds the network spec, the dataset spec, the fitted preprocessing, the
trainer's state (parameters, optimizer state, counters, random-generator state), the
loss history and the window's view settings. Arrays are stored as
``{"dtype": "float32", "shape": [4, 2], "data": "<base64 of little-endian bytes>"}``
so that they round-trip bit for bit (NaN and infinities included); special floats
outside arrays are the strings ``"nan"``, ``"inf"`` and ``"-inf"``. The schema is
described in docs/project-format.md.

Saves are atomic (engine/files.py); loads validate everything and raise
``FileFormatError`` naming the file and the problem. The array codec is engine/json_arrays.py.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from engine.errors import BackpropLabError, DataError, FileFormatError
from engine.files import file_format_errors, write_atomic
from engine.json_arrays import (
    FormatProblem,
    encode_array,
    encode_float,
    is_int,
    json_kind,
    read_array,
    read_float,
    read_int,
)
from engine.network import param_names
from engine.race_record import RaceRecord
from engine.spec import NetworkSpec
from engine.training import Trainer

if TYPE_CHECKING:  # the data layer is only needed when a project's data is loaded
    from engine.datasets import Dataset, DatasetSpec

FORMAT = "backprop-lab-project"
VERSION = 1
EXTENSION = ".bplab"


#: version → function turning a file dict of that version into one of the next version.
#: Version 1 is the first version; when version 2 comes, add ``1: _v1_to_v2`` here.
MIGRATIONS: dict[int, Any] = {}


def check_preprocessing(data: Any, spec: NetworkSpec) -> None:
    """A stored preprocessing (or None) must be valid and feed exactly the network's inputs."""
    if data is None:
        return
    from engine.datasets.preprocessing import Preprocessing

    try:
        pre = Preprocessing.from_dict(data)
    except BackpropLabError as exc:
        raise FormatProblem("", str(exc)) from None
    if pre.n_features != spec.n_inputs:
        raise FormatProblem(
            "preprocessing", f"gives {pre.n_features} inputs but the network has {spec.n_inputs}"
        )


# ----- the project ------------------------------------------------------------------------
@dataclass
class Project:
    """A saved session: network spec, dataset spec, preprocessing, trainer state, history, view."""

    spec: NetworkSpec
    dataset: DatasetSpec
    state: dict | None = None  # Trainer.state_dict() (plus "best_params"), None = untrained
    # HistoryBuffer.to_dict(), and under "health" HealthBuffer.to_dict() (the training-health
    # statistics; the file keeps them in their own "health" section)
    history: dict | None = None
    view: dict = field(default_factory=dict)  # free-form, filled by the window
    preprocessing: dict | None = None  # Preprocessing.to_dict()
    # the data's column and class names and its task (``data_names``), so that export and
    # predict work without the training data; None in files written before they were kept
    names: dict | None = None
    # a race of runs from this network (engine/race_record.py): values and curves, or None
    race: RaceRecord | None = None

    @classmethod
    def from_trainer(
        cls,
        trainer: Trainer,
        dataset_spec: DatasetSpec,
        history: dict | None = None,
        view: dict | None = None,
        preprocessing: dict | None = None,
        names: dict | None = None,
    ) -> Project:
        """A project capturing the trainer as it is now (host copies of everything)."""
        state = trainer.state_dict()
        if trainer.best_params is not None:
            state["best_params"] = {k: np.array(v) for k, v in trainer.best_params.items()}
        return cls(
            trainer.spec,
            dataset_spec,
            state,
            None if history is None else _copy_history(history),
            dict(view or {}),
            preprocessing,
            names,
        )

    def make_trainer(self, backend: str = "numpy") -> tuple[Trainer, Dataset]:
        """Load the dataset, build the Trainer and restore the saved state into it."""
        from engine.datasets import load_dataset

        data = load_dataset(self.dataset)
        saved_hash, hash_now = self.dataset.sha256, data.spec.sha256
        if saved_hash and hash_now and saved_hash != hash_now:
            raise DataError(
                "the file changed since the project was saved (its SHA-256 differs); "
                "create a new project for the new data",
                path=self.dataset.path,
            )
        if data.n_features != self.spec.n_inputs:
            raise DataError(
                f"the dataset gives {data.n_features} inputs but the project's network has "
                f"{self.spec.n_inputs}"
            )
        trainer = self.build_trainer(
            data.X_train, data.y_train, data.X_test, data.y_test, backend=backend
        )
        return trainer, data

    def build_trainer(self, X_train, y_train, X_test=None, y_test=None, backend="numpy") -> Trainer:
        """A Trainer on the given (already preprocessed) data with the saved state restored."""
        trainer = Trainer(self.spec, X_train, y_train, X_test, y_test, backend=backend)
        if self.state is not None:
            perm = self.state.get("perm")
            if perm is not None and len(perm) != trainer.n_train:
                raise DataError(
                    f"the project was trained on {len(perm)} training rows but the data now has "
                    f"{trainer.n_train}; the dataset changed"
                )
            trainer.load_state_dict(self.state)
            best = self.state.get("best_params")
            trainer.best_params = (
                None if best is None else {k: np.array(v) for k, v in best.items()}
            )
        return trainer

    def with_state_of(self, trainer: Trainer, history: dict | None = None) -> Project:
        """The same project with the trainer's current spec and state (and history, if given)."""
        new = Project.from_trainer(
            trainer,
            self.dataset,
            self.history if history is None else history,
            self.view,
            self.preprocessing,
            self.names,
        )
        new.race = self.race
        return new

    # ----- JSON ----------------------------------------------------------------------
    def to_json_dict(self) -> dict[str, Any]:
        """The whole file as a JSON-ready dict (strict JSON: no NaN literals)."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "spec": self.spec.to_dict(),
            "dataset": self.dataset.to_dict(),
            "preprocessing": self.preprocessing,
            "state": None if self.state is None else _encode_state(self.state),
            "history": None if self.history is None else _encode_history(self.history),
            **_health_section(self.history),
            "view": self.view,
            **({} if self.names is None else {"names": self.names}),
            **({} if self.race is None else {"race": self.race.to_json()}),
        }


def data_names(dataset: Dataset) -> dict:
    """What a project keeps of its data's names: task, input columns, targets, classes."""
    return {
        "task": dataset.task,
        "inputs": list(dataset.input_names),
        "targets": list(dataset.target_names),
        "classes": list(dataset.class_names) if dataset.task == "classification" else None,
    }


def _decode_names(obj: Any, spec: NetworkSpec) -> dict | None:
    if obj is None:
        return None
    names = _section(obj, "names")
    if names.get("task") not in ("classification", "regression"):
        raise FormatProblem("names.task", 'expected "classification" or "regression"')
    out: dict[str, Any] = {"task": names["task"]}
    for key in ("inputs", "targets", "classes"):
        value = names.get(key)
        if value is None and key == "classes" and names["task"] == "regression":
            out[key] = None
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise FormatProblem(f"names.{key}", "expected a list of strings")
        out[key] = list(value)
    if names["task"] == "classification" and len(out["classes"]) < 2:
        raise FormatProblem("names.classes", "a classifier needs at least two class names")
    return out


def _encode_state(state: dict[str, Any]) -> dict[str, Any]:
    opt = state.get("optimizer") or {}
    best = state.get("best_params")
    rng = state.get("rng")
    return {
        "params": {k: encode_array(v) for k, v in state["params"].items()},
        "optimizer": {
            "name": opt.get("name"),
            "steps": {k: int(v) for k, v in opt.get("steps", {}).items()},
            "state": {
                n: {k: encode_array(v) for k, v in st.items()}
                for n, st in opt.get("state", {}).items()
            },
        },
        "step": int(state.get("step", 0)),
        "epoch": int(state.get("epoch", 0)),
        "cursor": int(state.get("cursor", 0)),
        "perm": None
        if state.get("perm") is None
        else encode_array(np.asarray(state["perm"], np.int64)),
        "rng": None if rng is None else _plain(rng),
        "best_test_loss": encode_float(state.get("best_test_loss", math.inf)),
        "epochs_since_best": int(state.get("epochs_since_best", 0)),
        "stopped_early": bool(state.get("stopped_early", False)),
        "last_loss": encode_float(state.get("last_loss", math.nan)),
        "best_params": None if best is None else {k: encode_array(v) for k, v in best.items()},
    }


def _plain(v: Any) -> Any:
    """NumPy scalars inside a random-generator state as plain Python values."""
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, np.integer):
        return int(v)
    return v


def _copy_history(history: dict[str, Any]) -> dict[str, Any]:
    """A copy of the history's columns (and of its health columns)."""
    return {k: _copy_history(v) if isinstance(v, dict) else list(v) for k, v in history.items()}


def _encode_history(history: dict[str, Any]) -> dict[str, Any]:
    """The loss columns (the health columns go into their own section, ``_health_section``)."""
    return {
        k: encode_array(np.asarray(v, dtype=np.float64))
        for k, v in history.items()
        if not isinstance(v, dict)
    }


def _health_section(history: dict[str, Any] | None) -> dict[str, Any]:
    """``{"health": columns}`` when the history holds health statistics, else nothing: a
    section of its own, which versions that do not know it pass over."""
    health = (history or {}).get("health")
    if not isinstance(health, dict):
        return {}
    return {"health": {k: encode_array(np.asarray(v, dtype=np.float64)) for k, v in health.items()}}


# ----- save and load -----------------------------------------------------------------------
def save_project(path: str | os.PathLike, project: Project) -> None:
    """Write the project atomically: a temporary file in the same folder, fsync, os.replace."""
    try:
        text = json.dumps(project.to_json_dict(), indent=1, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError) as exc:  # e.g. a NaN or an object in the view settings
        raise ValueError(
            f"{path}: the project cannot be stored as JSON ({exc}); nothing was written"
        ) from None
    write_atomic(path, (text + "\n").encode("utf-8"))


def load_project(path: str | os.PathLike) -> Project:
    """Read and validate a project file; FileFormatError names the file and the problem."""
    path = str(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as exc:
        raise FileFormatError(path, f"cannot be read ({exc.strerror or exc})") from None
    project = parse_project(raw, path)
    return _find_moved_data(project, Path(path).parent)


def _find_moved_data(project: Project, folder: Path) -> Project:
    """Point the dataset at a file of the same name beside the project when the stored path
    is gone (a project sent with its CSV); the SHA-256 check still guards it is the same data."""
    import dataclasses

    stored = project.dataset.path
    if not stored or os.path.exists(stored):
        return project
    name = stored.replace("\\", "/").rsplit("/", 1)[-1]
    beside = folder / name
    if name and beside.exists():
        project.dataset = dataclasses.replace(project.dataset, path=str(beside.resolve()))
    return project


def parse_project(raw: bytes, path: str = "<project>") -> Project:
    """A Project from the bytes of a project file; ``path`` is used in error messages."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(
            path, f"is not a Backprop Lab project (not UTF-8 text at byte {exc.start})"
        ) from None
    if not text.lstrip().startswith("{"):
        raise FileFormatError(path, "is not a Backprop Lab project (it is not a JSON object)")
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        # a whole project ends with its closing brace; a file cut short does not
        ended = text.rstrip().endswith("}")
        where = "corrupt" if ended and exc.pos < len(text.rstrip()) else "truncated"
        raise FileFormatError(
            path, f"is {where}: invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from None
    except (FormatProblem, RecursionError, ValueError) as exc:
        # ValueError: e.g. an integer literal beyond Python's 4,300 digits
        raise FileFormatError(path, f"is corrupt: {exc}") from None
    except MemoryError:
        raise FileFormatError(path, "needs more memory to read than is available") from None
    with file_format_errors(path):
        return _project_from_doc(doc, path)


def _reject_constant(name: str) -> Any:
    raise FormatProblem("", f'{name} is not allowed in a project file (write "nan"/"inf" as text)')


def _project_from_doc(doc: Any, path: str) -> Project:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FormatProblem(
            "", 'is not a Backprop Lab project (no "format": "backprop-lab-project")'
        )
    version = doc.get("version")
    if not isinstance(version, int) or not is_int(version):
        raise FormatProblem("version", f"expected a whole number, got {json_kind(version)}")
    if version > VERSION:
        raise FormatProblem(
            "",
            f"was written by a newer Backprop Lab (project format version {version}); "
            f"this version reads versions up to {VERSION}. Update Backprop Lab to open it",
        )
    if version < 1:
        raise FormatProblem("version", f"{version} is not a version Backprop Lab ever wrote")
    while version < VERSION:
        try:
            doc = MIGRATIONS[version](doc)
        except (KeyError, TypeError, ValueError) as exc:
            raise FormatProblem(
                "", f"cannot be upgraded from project format version {version}: {exc}"
            ) from None
        version += 1

    for key in ("spec", "dataset"):
        if key not in doc:
            raise FormatProblem("", f"has no {key!r} section")
    try:
        spec = NetworkSpec.from_dict(doc["spec"])
    except BackpropLabError as exc:
        raise FormatProblem("spec", str(exc)) from None
    from engine.datasets import DatasetSpec

    try:
        dataset = DatasetSpec.from_dict(doc["dataset"])
    except (BackpropLabError, TypeError, KeyError) as exc:
        raise FormatProblem("dataset", str(exc)) from None

    preprocessing = doc.get("preprocessing")
    check_preprocessing(preprocessing, spec)
    state = None if doc.get("state") is None else _decode_state(doc["state"], spec)
    history = None if doc.get("history") is None else _decode_history(doc["history"])
    if doc.get("health") is not None:  # the health statistics' columns, kept with the loss
        history = {**(history or {}), "health": _decode_history(doc["health"], "health")}
    view = doc.get("view", {})
    if view is None:
        view = {}
    if not isinstance(view, dict):
        raise FormatProblem("view", f"expected an object, got {json_kind(view)}")
    names = _decode_names(doc.get("names"), spec)
    race = None if doc.get("race") is None else RaceRecord.from_json(doc["race"])
    return Project(spec, dataset, state, history, view, preprocessing, names, race)


def _section(obj: Any, where: str) -> dict:
    if not isinstance(obj, dict):
        raise FormatProblem(where, f"expected an object, got {json_kind(obj)}")
    return obj


def _decode_params(obj: Any, spec: NetworkSpec, where: str) -> dict[str, np.ndarray]:
    obj = _section(obj, where)
    shapes = parameter_shapes(spec)
    out = {}
    for name in param_names(len(spec.layers)):
        if name not in obj:
            raise FormatProblem(where, f"parameter {name} is missing")
        a = read_array(obj[name], f"{where}.{name}")
        if a.shape != shapes[name]:
            raise FormatProblem(
                f"{where}.{name}",
                f"has shape {a.shape}, the network expects {shapes[name]}",
            )
        if a.dtype.kind != "f":
            raise FormatProblem(
                f"{where}.{name}", f"expected floating-point numbers, got {a.dtype}"
            )
        if not np.all(np.isfinite(a)):
            bad = tuple(int(i) + 1 for i in np.argwhere(~np.isfinite(a))[0])
            raise FormatProblem(
                f"{where}.{name}",
                f"holds {float(a[tuple(i - 1 for i in bad)])!r} at {list(bad)} (1-based): weights must "
                "be finite numbers (a network that diverged cannot be exported or used)",
            )
        out[name] = a
    extra = sorted(set(obj) - set(shapes))
    if extra:
        raise FormatProblem(
            where, f"unexpected parameter {extra[0]!r} (the network has {len(shapes)})"
        )
    return out


def parameter_shapes(spec: NetworkSpec) -> dict[str, tuple[int, ...]]:
    """Each parameter's shape: W_k is (out, in), b_k is (out,)."""
    sizes = spec.sizes
    shapes: dict[str, tuple[int, ...]] = {}
    for k in range(1, len(sizes)):
        shapes[f"W{k}"] = (sizes[k], sizes[k - 1])
        shapes[f"b{k}"] = (sizes[k],)
    return shapes


def _decode_state(obj: Any, spec: NetworkSpec) -> dict[str, Any]:
    s = _section(obj, "state")
    if "params" not in s:
        raise FormatProblem("state", "has no 'params'")
    params = _decode_params(s["params"], spec, "state.params")
    shapes = parameter_shapes(spec)

    opt = _section(s.get("optimizer") or {}, "state.optimizer")
    name = opt.get("name", spec.optimizer.name)
    if name != spec.optimizer.name:
        raise FormatProblem(
            "state.optimizer.name",
            f"the state is for {name!r} but the spec says {spec.optimizer.name!r}",
        )
    steps = _section(opt.get("steps", {}), "state.optimizer.steps")
    for k, v in steps.items():
        if k not in shapes:
            raise FormatProblem("state.optimizer.steps", f"unknown parameter {k!r}")
        read_int(v, f"state.optimizer.steps.{k}")
    buffers = _section(opt.get("state", {}), "state.optimizer.state")
    opt_state: dict[str, dict[str, np.ndarray]] = {}
    for pname, bufs in buffers.items():
        if pname not in shapes:
            raise FormatProblem("state.optimizer.state", f"unknown parameter {pname!r}")
        bufs = _section(bufs, f"state.optimizer.state.{pname}")
        opt_state[pname] = {}
        for bname, enc in bufs.items():
            where = f"state.optimizer.state.{pname}.{bname}"
            a = read_array(enc, where)
            if a.shape != shapes[pname] or a.dtype.kind != "f":
                raise FormatProblem(
                    where, f"has shape {a.shape}, the parameter has {shapes[pname]}"
                )
            opt_state[pname][str(bname)] = a

    perm = None
    if s.get("perm") is not None:
        perm = read_array(s["perm"], "state.perm")
        if perm.ndim != 1 or perm.dtype.kind not in "iu":
            raise FormatProblem("state.perm", "expected a 1-D array of row numbers")
        perm = perm.astype(np.int64)
        if perm.size and (
            perm.min() < 0 or not np.array_equal(np.sort(perm), np.arange(perm.size))
        ):
            raise FormatProblem("state.perm", "is not a permutation of the training rows")
    cursor = read_int(s.get("cursor", 0), "state.cursor")
    if perm is not None and cursor > perm.size:
        raise FormatProblem("state.cursor", f"{cursor} is past the {perm.size} training rows")
    rng = s.get("rng")
    if rng is not None:
        rng = _check_rng(rng)
    best = s.get("best_params")
    return {
        "params": params,
        "optimizer": {"name": name, "steps": dict(steps), "state": opt_state},
        "step": read_int(s.get("step", 0), "state.step"),
        "epoch": read_int(s.get("epoch", 0), "state.epoch"),
        "cursor": cursor,
        "perm": perm,
        "rng": rng,
        "best_test_loss": read_float(s.get("best_test_loss", "inf"), "state.best_test_loss"),
        "epochs_since_best": read_int(s.get("epochs_since_best", 0), "state.epochs_since_best"),
        "stopped_early": _bool(s.get("stopped_early", False), "state.stopped_early"),
        "last_loss": read_float(s.get("last_loss", "nan"), "state.last_loss"),
        "best_params": None if best is None else _decode_params(best, spec, "state.best_params"),
    }


def _bool(v: Any, where: str) -> bool:
    if not isinstance(v, bool):
        raise FormatProblem(where, f"expected true or false, got {json_kind(v)}")
    return v


def _check_rng(rng: Any) -> dict:
    """A PCG64 bit-generator state, checked by handing it to a scratch generator."""
    rng = _section(rng, "state.rng")
    if rng.get("bit_generator") != "PCG64":
        raise FormatProblem("state.rng.bit_generator", 'expected "PCG64"')
    inner = _section(rng.get("state"), "state.rng.state")
    for key in ("state", "inc"):
        read_int(inner.get(key), f"state.rng.state.{key}")
    read_int(rng.get("has_uint32", 0), "state.rng.has_uint32")
    read_int(rng.get("uinteger", 0), "state.rng.uinteger")
    try:
        np.random.PCG64().state = rng
    except (ValueError, TypeError, OverflowError, KeyError) as exc:
        raise FormatProblem("state.rng", f"is not a valid generator state ({exc})") from None
    return rng


def _decode_history(obj: Any, where: str = "history") -> dict[str, Any]:
    """Columns of numbers, all of one length (the loss history, or the health section)."""
    obj = _section(obj, where)
    out: dict[str, Any] = {}
    n = None
    for key, enc in obj.items():
        a = read_array(enc, f"{where}.{key}")
        if a.ndim != 1:
            raise FormatProblem(f"{where}.{key}", "expected a 1-D array")
        if n is not None and a.size != n:
            raise FormatProblem(f"{where}.{key}", f"has {a.size} points, the other curves have {n}")
        n = a.size
        out[str(key)] = a.astype(np.float64).tolist()
    return out
