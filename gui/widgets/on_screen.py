"""Whether a view shows at all, and a call when it shows again: views skip drawing off screen.

Qt 6 keeps a dock in a tab group visible when another tab is chosen: it is moved out of the
window, so ``isVisible()`` stays true while nothing of it shows (the Training health, Race and
Landscape docks are such tabs in the first-run layout). ``off_screen`` tells a view in a shown
window that none of it can be seen (a tab behind another, a closed dock, a zero size);
``when_shown`` calls back once the view's dock comes to the front again (its tab chosen, the
dock opened from the View menu, made floating), so a view that kept only the latest snapshot
draws it then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDockWidget, QWidget


def off_screen(widget: QWidget) -> bool:
    """True when ``widget``'s window shows but no part of ``widget`` does. A widget whose window
    was never shown (a view on its own, in a test or an export) is not off screen: it draws."""
    if not widget.window().isVisible():
        return False
    return not widget.isVisible() or widget.visibleRegion().isEmpty()


class _DockWatch(QObject):
    """Follows the dock ``widget`` lives in (found when it is first shown or moved): calls back
    when the dock is shown, moved or resized, as it is when its tab comes to the front (the
    view's own geometry in the dock does not change then)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._dock: QDockWidget | None = None
        self._busy = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self._widget and kind in (QEvent.Type.Show, QEvent.Type.ParentChange):
            self._attach()
        elif watched is self._dock and kind in _DOCK_EVENTS and not self._busy:
            self._busy = True
            try:
                self._callback()
            finally:
                self._busy = False
        return False

    def _attach(self) -> None:
        parent = self._widget.parentWidget()
        while parent is not None and not isinstance(parent, QDockWidget):
            parent = parent.parentWidget()
        if parent is self._dock:
            return
        if self._dock is not None:
            self._dock.removeEventFilter(self)
        self._dock = parent
        if parent is not None:
            parent.installEventFilter(self)


_DOCK_EVENTS = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)


def when_shown(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` when the dock holding ``widget`` may have come into view: shown, moved
    (a tab chosen: Qt moves it into the window) or resized. The callback checks ``off_screen``
    and draws only what it kept meanwhile."""
    _DockWatch(widget, callback)
