"""Text zoom for a panel: its font, and every font a child set for itself, times a factor.

A panel's children inherit its font, except those that set their own (a bold title 1.7
times larger, a body text of 10.5 pt): ``zoom_fonts`` scales both, from the size each had
at 100 % (kept on the widget as a property the first time it is zoomed), so zooming
twice never compounds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

BASE_PROPERTY = "_zoom_base_points"


def _base(widget: QWidget) -> float:
    base = widget.property(BASE_PROPERTY)
    if base is None:
        font = widget.font()
        base = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
        widget.setProperty(BASE_PROPERTY, float(base))
    return float(base)


def zoom_fonts(root: QWidget, zoom: float) -> None:
    """Set ``root``'s font and its children's own fonts to their size at 100 % × ``zoom``."""
    if zoom == 1.0 and root.property(BASE_PROPERTY) is None:
        return  # never zoomed: leave the fonts as they are (inherited, not set)
    own = [w for w in root.findChildren(QWidget) if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
    sized = [(w, _base(w)) for w in [root, *own]]  # every base before any font changes
    for widget, base in sized:
        font = QFont(widget.font())
        font.setPointSizeF(base * zoom)
        widget.setFont(font)
