"""Whether a project's data is still there and still the data it was trained on.

The command line refuses a project whose data file changed (its SHA-256 differs); the window
asks first with this check (locate a missing file, or train on from changed data), so that a
project whose data cannot be used never becomes the open document.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.datasets.dataset import PATH_NAMES
from engine.datasets.mnist_download import sha256_of

if TYPE_CHECKING:
    from engine.project import Project


@dataclass(frozen=True)
class DataCheck:
    """What ``check_data`` found: ``status`` is "ok", "missing" or "changed"."""

    status: str
    path: str | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def check_data(project: Project) -> DataCheck:
    """Is the project's data file (or folder) there, and is it the file it was saved with?"""
    ds = project.dataset
    if ds.name not in PATH_NAMES or not ds.path:
        return DataCheck("ok")
    path = ds.path
    folder = ds.name in ("mnist", "fashion-mnist")
    if not (os.path.isdir(path) if folder else os.path.isfile(path)):
        what = "no such folder" if folder else "no such file"
        return DataCheck("missing", path, what)
    if folder or not ds.sha256:
        return DataCheck("ok", path)
    try:
        now = sha256_of(path)
    except OSError as exc:
        return DataCheck("missing", path, f"cannot be read ({exc.strerror or exc})")
    if now != ds.sha256:
        return DataCheck("changed", path, "its SHA-256 differs from the one saved")
    return DataCheck("ok", path)


def with_data_at(project: Project, path: str) -> Project:
    """The project with its data file (or folder) at ``path`` (the user located it)."""
    return dataclasses.replace(project, dataset=dataclasses.replace(project.dataset, path=path))


def train_on_new_data(project: Project) -> Project:
    """The project made to go on training from its data as it is now: the data's new
    fingerprint is taken at the next load, and the epoch's shuffle starts afresh (the rows
    may have changed in number). Weights and optimizer state are kept."""
    dataset = dataclasses.replace(project.dataset, sha256=None)
    state = project.state
    if state is not None:
        state = {**state, "perm": None, "cursor": 0}
    return dataclasses.replace(project, dataset=dataset, state=state)
