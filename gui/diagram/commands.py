"""The diagram's undoable edits: spec edits, feature switches and weight edits as QUndoCommands.

Each command only holds the before and after values and a function that applies one of
them (which redraws the diagram and emits the matching signal); redo applies the new
value, undo the old one. Pushing a command onto the stack runs its redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

WEIGHT_MERGE_ID = 0x5745  # consecutive wheel nudges of one weight merge into one edit


class ValueEditCommand(QUndoCommand):
    """Replace one value by another: the network spec (a layer, neuron count, activation or
    freeze edit) or the tuple of 2-D input features switched on."""

    def __init__(self, text: str, old: Any, new: Any, apply: Callable[[Any], None]):
        super().__init__(text)
        self.old, self.new, self._apply = old, new, apply

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class WeightEditCommand(QUndoCommand):
    """Set one weight W_k[i, j] to a value; undo restores the value it had."""

    def __init__(
        self,
        text: str,
        name: str,
        index: tuple[int, ...],
        old: float,
        new: float,
        apply: Callable[[str, tuple[int, ...], float], None],
        mergeable: bool = False,
    ):
        super().__init__(text)
        self.name, self.index, self.old, self.new = name, tuple(index), float(old), float(new)
        self._apply = apply
        self.mergeable = mergeable

    def id(self) -> int:
        return WEIGHT_MERGE_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, WeightEditCommand)
            and other.mergeable
            and other.name == self.name
            and other.index == self.index
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._apply(self.name, self.index, self.new)

    def undo(self) -> None:
        self._apply(self.name, self.index, self.old)
