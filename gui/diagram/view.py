"""The diagram's QGraphicsView: zoom (Ctrl+wheel, pinch), pan (drag the background), fit (F).

A click on the background that does not pan emits ``backgroundClicked`` (the diagram
then selects nothing)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from gui.diagram.style import STYLE

MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


class DiagramView(QGraphicsView):
    """Shows the diagram scene; fits it to the window until the user zooms or pans."""

    backgroundClicked = Signal()

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self._press_at = None  # where a press on the background began
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
            | QPainter.RenderHint.TextAntialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # panning is by dragging; hidden scroll bars still move with it and save room
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        # items never leave their painter dirty, and draw inside their bounding rects
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        # pinch gestures through an event filter, not a viewportEvent override: an override
        # would run every viewport paint inside a Python call (holding the GIL the training
        # thread needs); a filter returns at once and the paint runs in C++
        self._pinch = _PinchFilter(self)
        self.viewport().installEventFilter(self._pinch)
        self.auto_fit = True  # fit on resize until the user zooms or pans

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Scale the view by factor, kept within MIN_ZOOM..MAX_ZOOM."""
        z = self.zoom()
        factor = max(MIN_ZOOM / z, min(MAX_ZOOM / z, factor))
        self.scale(factor, factor)
        self.auto_fit = False

    def fit(self) -> None:
        """Show the whole network (the F key and the Fit button)."""
        scene = self.scene()
        if scene is None:
            return
        rect = scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        most = 1.6 * STYLE.zoom  # a tiny network is not blown up to poster size (unless zoomed)
        if self.zoom() > most:
            self.resetTransform()
            self.scale(most, most)
            self.centerOn(rect.center())
        self.auto_fit = True

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
            return
        super().wheelEvent(event)  # an edge under the mouse nudges its weight; else scroll

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F and not event.modifiers():
            self.fit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        on_background = self.itemAt(event.position().toPoint()) is None
        left = event.button() == Qt.MouseButton.LeftButton
        self._press_at = event.position() if on_background and left else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        start, self._press_at = self._press_at, None
        if self.dragMode() == QGraphicsView.DragMode.ScrollHandDrag and self.scene() is not None:
            if self.itemAt(event.position().toPoint()) is None:
                self.auto_fit = False  # the user panned the background
        super().mouseReleaseEvent(event)
        if start is not None and (event.position() - start).manhattanLength() < 4:
            self.backgroundClicked.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()


class _PinchFilter(QObject):
    """Zooms the view on a pinch gesture on its viewport."""

    def __init__(self, view: DiagramView):
        super().__init__(view)
        self._view = view

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self._view.zoom_by(pinch.scaleFactor())
                return True
        return False
