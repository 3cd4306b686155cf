"""Errors the engine raises for bad input: each names the field, file or line at fault."""

from __future__ import annotations

import os


class BackpropLabError(Exception):
    """Base of every error that is the user's input, not a bug: shown as a message, never a traceback."""


class SpecError(BackpropLabError, ValueError):
    """An impossible network spec; ``field`` names the offending field (e.g. ``layers[1].units``)."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class DataError(BackpropLabError, ValueError):
    """A dataset that cannot be used; names the file and, for text files, the line (header = line 1)."""

    def __init__(
        self, message: str, path: str | os.PathLike | None = None, line: int | None = None
    ):
        self.path = None if path is None else str(path)
        self.line = line
        where = ""
        if self.path is not None:
            where = self.path + (f", line {line}" if line is not None else "") + ": "
        elif line is not None:
            where = f"line {line}: "
        super().__init__(where + message)


class FileFormatError(BackpropLabError, ValueError):
    """A project or weights file that is corrupt, truncated, of the wrong shape or from a future version."""

    def __init__(self, path: str, message: str):
        self.path = str(path)
        super().__init__(f"{self.path}: {message}")


class TrainingDiverged(BackpropLabError, ArithmeticError):
    """Training blew up at the 1-based optimizer step ``step``: the loss became NaN or
    infinite, or (``why``) it jumped far beyond what guessing gives, or the weights exploded."""

    def __init__(self, step: int, loss: float, why: str | None = None):
        self.step = step
        self.loss = loss
        self.why = why
        what = why or f"the loss became {loss!r}"
        super().__init__(
            f"training diverged at step {step}: {what}. "
            "Hint: lower the learning rate, or use a smaller initialization. "
            "The weights have blown up: press Reset to start again from the initial weights."
        )


class BackendUnavailable(BackpropLabError, RuntimeError):
    """The asked-for array backend (e.g. CuPy) is not installed or has no device."""
