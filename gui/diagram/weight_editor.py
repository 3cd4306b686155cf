"""The small editor that opens on a clicked edge: shows a weight and takes a typed new value."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPushButton


class WeightEditor(QFrame):
    """A floating panel over the diagram: 'W2[2, 1]', a line edit, Apply; bad text is named, not applied.

    ``index`` is the weight's 0-based (row, column); the learner reads them counted from 1."""

    applied = Signal(str, object, float)  # param name, index, value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "WeightEditor { background: #fdfdfd; border: 1px solid #888; border-radius: 4px; }"
        )
        self.name = ""
        self.index: tuple[int, int] = (0, 0)
        self.title = QLabel()
        self.edit = QLineEdit()
        self.edit.setMinimumWidth(110)
        self.edit.returnPressed.connect(self.apply)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton("×")
        self.close_button.setFixedWidth(24)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.hide)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.close_button, 0, 2)
        grid.addWidget(self.edit, 1, 0, 1, 2)
        grid.addWidget(self.apply_button, 1, 2)
        grid.addWidget(self.error, 2, 0, 1, 3)
        self.hide()

    @property
    def field_name(self) -> str:
        """The weight as the learner reads it, counted from 1: W2[2, 1] is index (1, 0)."""
        return f"{self.name}[{', '.join(str(i + 1) for i in self.index)}]"

    def open_for(
        self, name: str, index: tuple[int, int], value: float, frozen: bool = False
    ) -> None:
        """Show the editor for weight `name`[index] holding `value`."""
        self.name, self.index = name, tuple(int(i) for i in index)
        self.title.setText(
            self.tr("Weight %1 (to unit %2 from unit %3)")
            .replace("%1", self.field_name)
            .replace("%2", str(self.index[0] + 1))
            .replace("%3", str(self.index[1] + 1))
        )
        if frozen:
            self.title.setText(
                self.title.text()
                + "\n"
                + self.tr("This layer's weights are frozen: training will not change it.")
            )
        self.edit.setText(repr(float(value)))
        self.error.hide()
        self.adjustSize()
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()

    def apply(self) -> bool:
        """Validate the typed text; emit `applied` and close if it is a finite number."""
        text = self.edit.text().strip().replace("−", "-")
        try:
            value = float(text)
        except ValueError:
            return self._fail(
                self.tr("%1: %2 is not a number")
                .replace("%1", self.field_name)
                .replace("%2", repr(self.edit.text()))
            )
        if not math.isfinite(value):
            return self._fail(
                self.tr("%1: the weight must be a finite number, not %2")
                .replace("%1", self.field_name)
                .replace("%2", text)
            )
        self.error.hide()
        self.hide()
        self.applied.emit(self.name, self.index, value)
        return True

    def _fail(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()
        return False

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
