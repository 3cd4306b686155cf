"""Labels that end in "…" where they are too narrow, instead of being cut mid-letter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel


class _Elider(QObject):
    """Paints its label's text elided to the label's width (the text itself stays whole:
    ``text()``, accessibility and tests read all of it); the full text is the tooltip while
    it does not fit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        label = watched
        rect = label.contentsRect()
        text = label.text()
        shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        tip = text if shown != text else ""
        if label.toolTip() != tip:
            label.setToolTip(tip)
        painter = QPainter(label)
        try:
            painter.setFont(label.font())
            painter.setPen(label.palette().color(label.foregroundRole()))
            align = label.alignment()
            if not align & Qt.AlignmentFlag.AlignHorizontal_Mask:
                align |= Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
        finally:
            painter.end()
        return True


def elide(label: QLabel) -> QLabel:
    """Make a one-line label end in "…" when its text is wider than it is; the label keeps
    its text, font and colour, and can shrink below its text's width."""
    label.setWordWrap(False)
    label.setMinimumWidth(0)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(policy.Policy.Ignored)
    label.setSizePolicy(policy)
    elider = _Elider(label)
    label.installEventFilter(elider)
    return label


def shown_text(label: QLabel) -> str:
    """The text an elided label shows now (what fits its width)."""
    return label.fontMetrics().elidedText(
        label.text(), Qt.TextElideMode.ElideRight, label.contentsRect().width()
    )
