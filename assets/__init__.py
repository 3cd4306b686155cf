"""Backprop Lab's data files, shipped as package data: bundled datasets, example projects,
icons, translations and lessons.

Found with ``importlib.resources`` so that a regular (non-editable) install finds them as a
source checkout does, from any working directory. The folder holds no code but this.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def asset_path(*parts: str) -> Path:
    """The path of a shipped file or folder, e.g. ``asset_path("datasets", "iris.csv")``."""
    return Path(str(files(__name__).joinpath(*parts)))
