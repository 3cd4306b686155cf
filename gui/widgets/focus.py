"""Enter or Escape in a typed field gives the keyboard back to the window's shortcuts.

After a number is typed into a field and confirmed, Space must play and the arrow keys
must step again; while a field is being edited they type and move the cursor, as usual.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from gui.widgets.number_field import NumberField

_LEAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)


class FocusReturn(QObject):
    """An event filter on text fields: Enter confirms (as the field always does) and Escape
    restores the value last accepted; then the focus goes to ``target``."""

    def __init__(self, target: QWidget, parent: QObject | None = None):
        super().__init__(parent if parent is not None else target)
        self.target = target

    def watch(self, fields: Iterable[QWidget]) -> None:
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if (
            event.key() not in _LEAVE_KEYS
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        if event.key() == Qt.Key.Key_Escape:
            if isinstance(watched, NumberField):
                watched.set_value(watched.value())  # the edit is dropped
            self.give_back()
            return True
        # Enter: the field takes it first (confirms the number), then the focus moves on
        QTimer.singleShot(0, self.give_back)
        return False

    def give_back(self) -> None:
        self.target.setFocus(Qt.FocusReason.OtherFocusReason)


def return_focus_on_enter(target: QWidget, *panels: QWidget) -> FocusReturn:
    """Watch every line edit and spin box in ``panels``: Enter or Escape there gives the
    focus to ``target`` (the window's shortcuts work again)."""
    keeper = FocusReturn(target)
    for panel in panels:
        keeper.watch(
            w
            for w in panel.findChildren(QWidget)
            if isinstance(w, QLineEdit | QAbstractSpinBox)
            and not isinstance(w.parentWidget(), QAbstractSpinBox)  # a spin box's own edit
        )
    return keeper
