"""One weight on the diagram: a curve from its source unit to its target unit.

Its colour and width show a value (the weight, or the current phase's quantity); a dark
halo behind it marks the selected edge, a grey one the edge under the mouse, so the
edge keeps its own colour either way. Click: inspect; double-click: type a value; drag
up/down: change the weight; wheel: nudge it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem

from gui.diagram.style import SELECTED as SELECTED_HALO  # dark, or light on a dark theme

HOVER_HALO = QColor(120, 120, 120, 150)


class EdgeItem(QGraphicsPathItem):
    """One weight W_k[i, j], drawn as a curve from unit j of layer k−1 to unit i of layer k."""

    DRAG_PER_PIXEL = 0.01

    def __init__(self, scene, layer: int, row: int, col: int):
        super().__init__()
        self._scene = scene
        self.layer, self.row, self.col = layer, row, col
        self.arrow = 0  # +1: arrow pointing right (forward), −1: left (backward), 0: none
        self.hovered = False
        self.selected = False
        self._press_y: float | None = None
        self._dragged = False
        self._shape: QPainterPath | None = None
        self._base_pen: QPen | None = None
        # the halo: a wider stroke of the same curve behind the edge (selected or hovered)
        self._halo = QGraphicsPathItem(self)
        self._halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._halo.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._halo.setVisible(False)
        self._arrow_item = QGraphicsPolygonItem(self)
        self._arrow_item.setPen(QPen(Qt.PenStyle.NoPen))
        self._arrow_item.setVisible(False)
        self._arrow_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_ends(self, x0: float, y0: float, x1: float, y1: float) -> None:
        path = QPainterPath(QPointF(x0, y0))
        mx = (x0 + x1) / 2
        path.cubicTo(QPointF(mx, y0), QPointF(mx, y1), QPointF(x1, y1))
        self._shape = None
        self.setPath(path)
        self._halo.setPath(path)
        if self.arrow:
            self._place_arrow(self.arrow)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(max(7.0, self.pen().widthF() + 4))
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def set_style(self, pen: QPen, arrow: int) -> None:
        """The edge's pen and arrow; nothing is redrawn when neither changed.

        The edge paints in C++ (no Python ``paint``): during training Qt redraws it without
        the GIL, so drawing never stops the training thread.
        """
        if pen is not self._base_pen:
            self._base_pen = pen
            self._apply_pen()
            self._place_arrow(arrow)
        elif arrow != self.arrow:
            self._place_arrow(arrow)

    def set_selected(self, on: bool) -> None:
        """Mark this edge as the one the inspector explains (a dark halo, drawn above the rest)."""
        if on != self.selected:
            self.selected = on
            self.setZValue(1.2 if on else 1)
            self._apply_halo()

    def _apply_pen(self) -> None:
        pen = self._base_pen if self._base_pen is not None else QPen()
        self._shape = None
        self.setPen(pen)
        self._apply_halo()

    def _apply_halo(self) -> None:
        on = self.selected or self.hovered
        self._halo.setVisible(on)
        if not on:
            return
        width = self.pen().widthF()
        halo = QPen(
            SELECTED_HALO if self.selected else HOVER_HALO, width + (6 if self.selected else 5)
        )
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._halo.setPen(halo)

    def arrow_rect(self):
        """Where the arrow is drawn, in scene coordinates (empty when there is none)."""
        return self._arrow_item.sceneBoundingRect()

    def _place_arrow(self, arrow: int) -> None:
        """A small triangle at the middle of the curve, pointing along it (or against it)."""
        self.arrow = arrow
        if not arrow:
            self._arrow_item.setVisible(False)
            return
        pen = self.pen()
        path = self.path()
        p = path.pointAtPercent(0.5)
        angle = math.radians(-path.angleAtPercent(0.5))
        if arrow < 0:
            angle += math.pi
        size = 4.0 + pen.widthF()
        points = [
            QPointF(p.x() + size * math.cos(a), p.y() + size * math.sin(a))
            for a in (angle, angle + 2.5, angle - 2.5)
        ]
        self._arrow_item.setPolygon(QPolygonF(points))
        self._arrow_item.setBrush(QBrush(pen.color()))
        self._arrow_item.setVisible(True)

    # ----- gestures -------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self._apply_halo()
        self._scene.edge_hovered(self, True)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self._apply_halo()
        self._scene.edge_hovered(self, False)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._press_y = event.scenePos().y()
        self._dragged = False
        self._scene.edge_drag_started(self.layer, self.row, self.col)

    def mouseMoveEvent(self, event) -> None:
        if self._press_y is None:
            return
        dy = self._press_y - event.scenePos().y()
        if abs(dy) >= 3:
            self._dragged = True
        if self._dragged:
            self._scene.edge_dragged(self.layer, self.row, self.col, dy * self.DRAG_PER_PIXEL)

    def mouseReleaseEvent(self, event) -> None:
        if self._press_y is None:
            return
        self._press_y = None
        if self._dragged:
            self._scene.edge_drag_finished(self.layer, self.row, self.col)
        else:
            self._scene.edge_clicked(self.layer, self.row, self.col)

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        self._press_y = None  # the release that follows is not another click
        self._scene.edge_edit_requested(self.layer, self.row, self.col, event.screenPos())

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()  # Ctrl+wheel zooms the view
            return
        event.accept()
        notches = event.delta() / 120.0
        self._scene.edge_wheeled(self.layer, self.row, self.col, notches)

    def contextMenuEvent(self, event) -> None:
        self._scene.edge_context_menu(self.layer, self.row, self.col, event.screenPos())
