"""The message strip above the diagram, and the status bar's copy of its message.

Each message has a cause, and goes when its cause is gone:

- "data": an error while data or a project was loading (a bad CSV): gone once data loads;
- "snapshot": the training worker's own message (training diverged, early stopping,
  "Nothing to step back to"): gone when the worker's snapshots stop carrying it, and when the
  data or the whole session is replaced (a worker's message about the old session is stale
  even while its snapshots still carry it);
- "error": anything else (an edit the worker refused, a file that could not be saved): stays
  until dismissed or replaced.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

STATUS_MS = 15_000  # how long the status bar shows a message


class Banner(QFrame):
    """A non-modal message strip above the diagram (divergence, errors); dismissed with ✕."""

    def __init__(self, parent: QWidget | None = None, status_bar: QStatusBar | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(
            "#banner { background: #fff3cd; border: 1px solid #e0b252; border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QPushButton("✕", self)
        close.setFlat(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setFixedWidth(28)
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.status_bar = status_bar
        self.cause: str | None = None  # of the message shown (or dismissed)
        self._dismissed: str | None = None
        self._worker_message: str | None = None  # the last snapshot's message, as shown
        self._stale: str | None = None  # a message about a session since replaced
        self.hide()

    def show_message(self, text: str, cause: str = "error") -> None:
        """Show ``text`` (and in the status bar) unless the user already dismissed this very
        message; ``cause`` says when it goes (see the module's docstring)."""
        if text == self._dismissed:
            return
        self.cause = cause
        self.label.setText(text)
        self.show()
        if self.status_bar is not None:
            self.status_bar.showMessage(text, STATUS_MS)

    def dismiss(self) -> None:
        self._dismissed = self.label.text()
        self.hide()

    def clear(self, *causes: str) -> None:
        """Take the message away (only if its cause is one of ``causes``, when given), from
        the status bar too."""
        if causes and self.cause not in causes:
            return
        text = self.label.text()
        if self.status_bar is not None and text and self.status_bar.currentMessage() == text:
            self.status_bar.clearMessage()
        self._dismissed = None
        self.cause = None
        self.hide()

    def follow_worker(self, message: str | None) -> None:
        """A snapshot's message: shown when it appears, taken away when it is gone."""
        if message != self._stale:
            self._stale = None  # the worker moved on: the same message again is news
        elif message is not None:
            message = None  # still the replaced session's message
        if message and message != self._worker_message:
            self.show_message(message, "snapshot")
        elif not message and self._worker_message:
            self.clear("snapshot")
        self._worker_message = message

    def session_replaced(self) -> None:
        """New data or a whole new session (an opened project): the messages about the old one
        go, the worker's included while its snapshots still carry it."""
        self.clear("data", "snapshot")
        if self._worker_message is not None:
            self._stale = self._worker_message
        self._worker_message = None
