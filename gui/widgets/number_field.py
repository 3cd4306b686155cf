"""A line edit for one typed number that checks it and says what is wrong, naming the field."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class NumberField(QLineEdit):
    """Edits one number; emits ``valueEdited`` only for a valid one, ``invalid`` with a message otherwise.

    ``integer`` asks for a whole number; ``optional`` lets the field be empty (value None);
    ``minimum``/``maximum`` bound the value (``open_min`` excludes the minimum itself).
    """

    valueEdited = Signal(object)  # float | int | None
    invalid = Signal(str)  # message naming the field

    def __init__(
        self,
        label: str,
        *,
        integer: bool = False,
        optional: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
        open_min: bool = False,
        open_max: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.label = label
        self.integer = integer
        self.optional = optional
        self.minimum, self.maximum = minimum, maximum
        self.open_min, self.open_max = open_min, open_max
        self._value: float | int | None = None
        self.setAccessibleName(label)
        self.editingFinished.connect(self._on_edited)
        self.returnPressed.connect(self._on_edited)
        self._last_text = ""

    def value(self) -> float | int | None:
        """The last value accepted (set by the program or typed and valid)."""
        return self._value

    def set_value(self, value: float | int | None) -> None:
        """Show a value without emitting anything (for model → widget updates)."""
        self._value = value
        text = "" if value is None else (str(int(value)) if self.integer else f"{value:g}")
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._last_text = text
        self.mark_valid()

    def parse(self, text: str) -> float | int | None:
        """The number in ``text``; ValueError with a message naming the field when it is not acceptable."""
        text = (
            text.strip().replace(",", ".")
            if text.count(",") == 1 and "." not in text
            else text.strip()
        )
        if text == "":
            if self.optional:
                return None
            raise ValueError(self.tr("%1: a number is needed").replace("%1", self.label))
        try:
            value = float(text)
        except ValueError:
            raise ValueError(
                self.tr("%1: “%2” is not a number").replace("%1", self.label).replace("%2", text)
            ) from None
        if not math.isfinite(value):
            raise ValueError(self.tr("%1: the number must be finite").replace("%1", self.label))
        if self.integer:
            if value != int(value):
                raise ValueError(
                    self.tr("%1: a whole number is needed, not %2")
                    .replace("%1", self.label)
                    .replace("%2", text)
                )
            value = int(value)
        lo, hi = self.minimum, self.maximum
        if lo is not None and (value < lo or (self.open_min and value == lo)):
            op = ">" if self.open_min else "≥"
            raise ValueError(
                self.tr("%1: must be %2 %3, got %4")
                .replace("%1", self.label)
                .replace("%2", op)
                .replace("%3", f"{lo:g}")
                .replace("%4", text)
            )
        if hi is not None and (value > hi or (self.open_max and value == hi)):
            op = "<" if self.open_max else "≤"
            raise ValueError(
                self.tr("%1: must be %2 %3, got %4")
                .replace("%1", self.label)
                .replace("%2", op)
                .replace("%3", f"{hi:g}")
                .replace("%4", text)
            )
        return value

    def mark_invalid(self, message: str) -> None:
        """Show the field as wrong, with the message as its tooltip."""
        self.setStyleSheet("QLineEdit { border: 2px solid #d55e00; }")
        self.setToolTip(message)

    def mark_valid(self) -> None:
        self.setStyleSheet("")
        self.setToolTip("")

    def _on_edited(self) -> None:
        text = self.text()
        if text == self._last_text:
            return
        self._last_text = text
        try:
            value = self.parse(text)
        except ValueError as exc:
            self.mark_invalid(str(exc))
            self.invalid.emit(str(exc))
            return
        self.mark_valid()
        self._value = value
        self.valueEdited.emit(value)
