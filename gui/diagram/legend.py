"""The colour legend: the diverging scale as a bar, with its range and what it measures.

Its tooltip says what colours and widths mean; a click asks for the glossary's entry on
colours (``glossaryRequested``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.diagram.colors import current_stops
from gui.diagram.items import format_value
from gui.diagram.style import STYLE, TEXT
from gui.diagram.symbol_key import colour_tip


class ColorLegend(QWidget):
    """A horizontal bar from −scale (orange) through 0 to +scale (blue), with a caption."""

    glossaryRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.caption = self.tr("weight")
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setToolTip(colour_tip(self.caption, format_value(self.scale)))

    def sizeHint(self) -> QSize:
        z = STYLE.zoom  # drawn at the window's text zoom (presentation)
        return QSize(round(240 * z), round(34 * z))

    def minimumSizeHint(self) -> QSize:
        z = STYLE.zoom
        return QSize(round(200 * z), round(34 * z))

    def set_range(self, caption: str, scale: float) -> None:
        if caption != self.caption or scale != self.scale:
            self.caption, self.scale = caption, scale
            self.setToolTip(colour_tip(caption, format_value(scale)))
            self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.glossaryRequested.emit("colours")
        super().mousePressEvent(event)

    def text(self) -> str:
        """The legend as words (for tests and accessibility)."""
        return f"{self.caption}: −{format_value(self.scale)} … +{format_value(self.scale)}"

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.scale(STYLE.zoom, STYLE.zoom)
        w = self.width() / STYLE.zoom
        bar = QRectF(58, 4, max(w - 116, 20), 12)
        grad = QLinearGradient(bar.left(), 0, bar.right(), 0)
        for pos, (r, g, b) in current_stops():
            grad.setColorAt((pos + 1) / 2, QColor(r, g, b))
        p.fillRect(bar, grad)
        p.setPen(QColor(120, 120, 120))
        p.drawRect(bar)
        p.setPen(TEXT)
        f = p.font()
        f.setPointSizeF(8)
        p.setFont(f)
        p.drawText(
            QRectF(0, 0, 54, 20),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "−" + format_value(self.scale),
        )
        p.drawText(
            QRectF(bar.right() + 4, 0, 54, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "+" + format_value(self.scale),
        )
        p.drawText(QRectF(0, 17, w, 16), Qt.AlignmentFlag.AlignCenter, self.caption)
        p.end()
