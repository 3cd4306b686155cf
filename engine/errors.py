"""Errors the engine raises for bad input: each names the field, file or line at fault.

An error raised with a ``template`` (a literal marked ``QT_TRANSLATE_NOOP("errors", …)``, with
``{name}`` placeholders filled from ``values``) can be shown in the window's language:
``message_of(exc, translate)``. The rest are shown as they are, in English.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from engine.translation import QT_TRANSLATE_NOOP


class BackpropLabError(Exception):
    """Base of every error that is the user's input, not a bug: shown as a message, never a traceback."""

    template: str | None = None  # the untranslated message, for message_of
    values: dict[str, Any] = {}

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate`` (as it is when it has no template)."""
        if self.template is None:
            return str(self)
        return translate("errors", self.template).format(**self.values)


def message_of(exc: BaseException, translate: Callable[[str, str], str]) -> str:
    """What to show for an error: translated where the engine can, else its English text."""
    if isinstance(exc, BackpropLabError):
        return exc.translated(translate)
    return str(exc)


class SpecError(BackpropLabError, ValueError):
    """An impossible network spec; ``field`` names the offending field (e.g. ``layers[1].units``)."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class DataError(BackpropLabError, ValueError):
    """A dataset that cannot be used; names the file and, for text files, the line (header = line 1)."""

    def __init__(
        self,
        message: str,
        path: str | os.PathLike | None = None,
        line: int | None = None,
        **values: Any,
    ):
        """``message`` may be a template with ``{name}`` placeholders filled from ``values``
        (mark it ``QT_TRANSLATE_NOOP("errors", …)`` so that the window can translate it)."""
        self.path = None if path is None else str(path)
        self.line = line
        self.values = dict(values)
        self.message = message.format(**values) if values else message
        self.template = message
        super().__init__(self._where(_same) + self.message)

    def _where(self, translate: Callable[[str, str], str]) -> str:
        if self.path is not None and self.line is not None:
            return translate("errors", "{path}, line {line}: ").format(
                path=self.path, line=self.line
            )
        if self.path is not None:
            return self.path + ": "
        if self.line is not None:
            return translate("errors", "line {line}: ").format(line=self.line)
        return ""

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of ``translate``: the file and the line stay as they are."""
        text = translate("errors", self.template or self.message)
        if self.values:
            text = text.format(**self.values)
        return self._where(translate) + text


def _same(context: str, text: str) -> str:
    return text


# the place prefixes, marked for the catalogue (their calls above pass variables)
_PLACES = (
    QT_TRANSLATE_NOOP("errors", "{path}, line {line}: "),
    QT_TRANSLATE_NOOP("errors", "line {line}: "),
)


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
        super().__init__(f"training diverged at step {step}: {what}. {HINT}")

    def translated(self, translate: Callable[[str, str], str]) -> str:
        """The message with its hint in the language of ``translate`` (the numbers as they are)."""
        head = translate("errors", "training diverged at step {step}: {what}.")
        what = self.why or translate("errors", "the loss became {loss}").format(
            loss=repr(self.loss)
        )
        return head.format(step=self.step, what=what) + " " + translate("errors", HINT)


HINT = QT_TRANSLATE_NOOP(
    "errors",
    "Hint: lower the learning rate, or use a smaller initialization. "
    "The weights have blown up: press Reset to start again from the initial weights.",
)
_DIVERGED = (
    QT_TRANSLATE_NOOP("errors", "training diverged at step {step}: {what}."),
    QT_TRANSLATE_NOOP("errors", "the loss became {loss}"),
)


class BackendUnavailable(BackpropLabError, RuntimeError):
    """The asked-for array backend (e.g. CuPy) is not installed or has no device."""
