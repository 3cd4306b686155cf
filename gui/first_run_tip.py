"""The first-run tip above the diagram: where to start (Play, then Next phase, then the worked
example). "Got it" hides it for good (kept in the settings); F1 has the same and more. While a
lesson is open the tip steps aside: the lesson is the guide, and the diagram needs the room."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

KEY_DISMISSED = "help/first_run_tip_dismissed"


def _flag(value) -> bool:
    return value is True or str(value).lower() in ("true", "1")


class FirstRunTip(QFrame):
    """A light strip with the three first things to do, a button to each, and "Got it"."""

    workedExampleRequested = Signal()
    helpRequested = Signal()

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self._wanted = True  # shown when asked to be, and no lesson is open
        self._lesson_open = False
        self.setObjectName("firstRunTip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(
            self.tr(
                "New here? Start with <b>Play</b> (Space) and watch the network learn. Then "
                "pause and press <b>Next phase</b> (→) to see one training step a phase at a "
                "time. Then open the <b>worked example</b>, whose every number is worked out "
                "by hand."
            )
        )
        self.text.setWordWrap(True)
        self.example_button = QPushButton(self.tr("Open the worked example"))
        self.example_button.clicked.connect(self.workedExampleRequested)
        self.help_button = QPushButton(self.tr("Help (F1)"))
        self.help_button.clicked.connect(self.helpRequested)
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setToolTip(self.tr("Hide this tip for good (F1 has it and more)"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        for button in (self.example_button, self.help_button, self.close_button):
            row.addWidget(button)
        self.setVisible(not self.dismissed())

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        self._wanted = visible
        super().setVisible(visible and not self._lesson_open)

    def set_lesson_open(self, lesson_open: bool) -> None:
        """Step aside while a lesson is open; back (unless dismissed) when it closes."""
        self._lesson_open = lesson_open
        super().setVisible(self._wanted and not lesson_open)

    def dismissed(self) -> bool:
        return _flag(self.settings.value(KEY_DISMISSED, False))

    def dismiss(self) -> None:
        """Hide the tip, and never show it again."""
        self.settings.setValue(KEY_DISMISSED, True)
        self.hide()
