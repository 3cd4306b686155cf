"""The diagram's graphics items: neurons, compact layers, the input image and small buttons.

The edges are ``gui.diagram.edge_item.EdgeItem``.

Items hold only what they draw. They report the user's gestures to their scene
(``gui.diagram.scene.DiagramScene``) through its methods; the scene turns those into
signals. Values change by setting attributes and calling ``update()`` — items are
built once per spec, never per snapshot.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
)

from gui.diagram.colors import GREY_LUT

# the colours of the theme in use (gui/diagram/style.py changes them in place): selection and
# hover are frames just outside an item, in black and grey (white and grey on a dark
# background): orange and blue mean negative and positive, so they never mark anything else
from gui.diagram.style import (
    BORDER,
    BUTTON_FILL,
    BUTTON_HOVER,
    DISABLED_FILL,
    DROPPED,
    EMPTY_FILL,
    HOVER,
    SELECTED,
    STYLE,
    TEXT,
)

BIAS_SIZE = 9.0
VALUE_POINTS = 7.5  # a node's number, at most (smaller where it would not fit)


def _small_font(points: float = 7.5, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points * STYLE.zoom)  # the window's text zoom (presentation)
    f.setBold(bold)
    return f


def format_value(v: float) -> str:
    """A number short enough for a node: 3 significant digits, or 2 and a short exponent ("5.4e-5")."""
    if not math.isfinite(v):
        return str(v)
    if v == 0:
        return "0"  # −0.0 (a frozen parameter's step, a dropped neuron's δ) is 0 to a reader
    if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e4):
        mantissa, exponent = f"{v:.1e}".split("e")
        return f"{mantissa.removesuffix('.0')}e{int(exponent)}"
    text = f"{v:.3g}"
    return f"{v:.0f}" if "e" in text else text  # 1000 ≤ |v| < 10⁴: "1235", not "1.23e+03"


def value_font(text: str, width: float, device=None) -> QFont:
    """The bold font of a node's number: VALUE_POINTS, or smaller so that text fits in width."""
    font = _small_font(VALUE_POINTS, bold=True)
    points = font.pointSizeF()
    while points > 1.0:
        fm = QFontMetricsF(font) if device is None else QFontMetricsF(font, device)
        needed = max(fm.horizontalAdvance(text), fm.boundingRect(text).width())
        if needed <= width:
            break
        points = max(1.0, min(points - 0.25, points * width / needed))
        font.setPointSizeF(points)
    return font


class NodeItem(QGraphicsItem):
    """One neuron (or input feature): a square with a heatmap or a value fill, and a bias handle."""

    def __init__(
        self,
        scene,
        layer: int,
        unit: int,
        size: float,
        label: str = "",
        has_bias: bool = True,
        feature: str | None = None,
    ):
        super().__init__()
        self._scene = scene
        self.layer, self.unit, self.size = layer, unit, size
        self.label = label
        self.feature = feature  # input feature name (2-D data): clicking toggles it
        # the heatmap is a child pixmap item behind this one: Qt draws it in C++, and this
        # item (cached as a pixmap) is not repainted from Python when only the heatmap changes
        self._image_item = QGraphicsPixmapItem(self)
        self._image_item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._image_item.setTransformationMode(Qt.TransformationMode.FastTransformation)
        self._image_item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._image_item.setVisible(False)
        self._enabled = True  # False: an input feature that is switched off
        self.has_bias = has_bias
        self._image: QImage | None = None
        self._fill: QColor | None = None  # phase value colour (hides the heatmap)
        self.value_text = ""
        self.side_text = ""  # right of the node (output: prediction vs target)
        self.bias_color = QColor(240, 240, 240)
        self.bias_frozen = False
        self.selected = False
        self.bias_selected = False
        self.hovered = False
        self.dropped = False  # switched off by dropout for the traced sample (crossed out)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        s = size / 2
        self._rect = QRectF(-s, -s, size, size)
        self._label_w = (
            QFontMetricsF(_small_font(8.5)).horizontalAdvance(label) + 4 if label else 0.0
        )
        self._bias_rect = QRectF(-s - BIAS_SIZE * 0.6, s - BIAS_SIZE * 0.4, BIAS_SIZE, BIAS_SIZE)

    @property
    def image(self) -> QImage | None:
        """The heatmap shown in the square (a view of the scene's buffers), or None."""
        return self._image

    @image.setter
    def image(self, image: QImage | None) -> None:
        if (image is None) != (self._image is None):
            self.update()  # this item paints a plain fill only while there is no image
        self._image = image
        if image is not None:
            pixmap = QPixmap.fromImage(image)
            self._image_item.setPixmap(pixmap)
            r = self._rect
            self._image_item.setPos(r.topLeft())
            self._image_item.setScale(r.width() / max(1, pixmap.width()))
        self._sync_image()

    @property
    def fill(self) -> QColor | None:
        return self._fill

    @fill.setter
    def fill(self, color: QColor | None) -> None:
        self._fill = color
        self._sync_image()
        self.update()

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self._enabled = on
        self._sync_image()
        self.update()

    def _sync_image(self) -> None:
        self._image_item.setVisible(
            self._enabled and self._fill is None and self._image is not None
        )

    def boundingRect(self) -> QRectF:
        r = self._rect.united(self._bias_rect).adjusted(-6, -6, 6, 6)
        z = STYLE.zoom
        if self.label:
            r = r.united(self._label_rect().adjusted(0, 0, 6, 0))
        if self.side_text:
            r = r.united(QRectF(self.size / 2, -16 * z, 130 * z, 32 * z))
        return r

    def _label_rect(self) -> QRectF:
        """Where an input's name is written, left of its square."""
        z = STYLE.zoom
        return QRectF(-self.size / 2 - 6 - self._label_w, -8 * z, self._label_w, 16 * z)

    def shape(self) -> QPainterPath:
        """Where a click hits the neuron: its square and bias handle (not the frame's margin,
        which would cover the caption under the layer)."""
        path = QPainterPath()
        path.addRect(self._rect.united(self._bias_rect).adjusted(-2, -2, 2, 2))
        if self.label:  # an input's name, left of it
            path.addRect(self._label_rect().adjusted(0, 0, 6, 0))
        return path

    def body_rect(self) -> QRectF:
        """The square and its bias handle, in scene coordinates (what labels must not cover)."""
        return self.mapRectToScene(self._rect.united(self._bias_rect))

    def value_rect(self) -> QRectF:
        """Where the node's number is drawn: a band across the middle of the square."""
        r = self._rect
        h = min(14 * STYLE.zoom, r.height() - 2)
        return QRectF(r.left() + 1, r.center().y() - h / 2, r.width() - 2, h)

    def set_side_text(self, text: str) -> None:
        if text != self.side_text:
            self.prepareGeometryChange()
            self.side_text = text
            self.update()

    def set_dropped(self, dropped: bool, tooltip: str) -> None:
        """Cross the neuron out (dropped by dropout for the traced sample), with a tooltip why."""
        if dropped != self.dropped:
            self.dropped = dropped
            self.update()
        if tooltip != self.toolTip():
            self.setToolTip(tooltip)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        r = self._rect
        if not self.enabled:
            painter.setBrush(DISABLED_FILL)
            painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
            painter.drawRect(r)
        elif self.fill is not None:
            painter.fillRect(r, self.fill)
        elif self.image is not None:
            pass  # the child pixmap item shows it
        else:
            painter.fillRect(r, EMPTY_FILL)
        if self.enabled:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            style = Qt.PenStyle.DashLine if self.dropped else Qt.PenStyle.SolidLine
            painter.setPen(QPen(BORDER, 1.5 if self.dropped else 1, style))
            painter.drawRect(r)
            if self.dropped:  # a cross over the square: this neuron is off for this sample
                painter.setPen(QPen(DROPPED, 1.6))
                painter.drawLine(r.topLeft(), r.bottomRight())
                painter.drawLine(r.topRight(), r.bottomLeft())
            if self.selected or self.hovered:  # a frame just outside the square
                color, width = (SELECTED, 3.0) if self.selected else (HOVER, 2.0)
                painter.setPen(QPen(color, width))
                painter.drawRect(r.adjusted(-3, -3, 3, 3))
        if self.value_text:
            back = self.value_rect()
            painter.setFont(value_font(self.value_text, back.width() - 2, painter.device()))
            painter.setPen(QColor(0, 0, 0))
            painter.fillRect(back, QColor(255, 255, 255, 190))
            painter.drawText(back, Qt.AlignmentFlag.AlignCenter, self.value_text)
        if self.has_bias:
            painter.setBrush(self.bias_color)
            style = Qt.PenStyle.DashLine if self.bias_frozen else Qt.PenStyle.SolidLine
            painter.setPen(QPen(BORDER, 1, style))
            painter.drawRect(self._bias_rect)
            if self.bias_selected:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(SELECTED, 2.5))
                painter.drawRect(self._bias_rect.adjusted(-2.5, -2.5, 2.5, 2.5))
        if self.label:
            painter.setFont(_small_font(8.5))
            painter.setPen(TEXT if self.enabled else QColor(150, 150, 150))
            painter.drawText(
                self._label_rect(),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.label,
            )
        if self.side_text:
            painter.setFont(_small_font(8))
            painter.setPen(TEXT)
            z = STYLE.zoom
            painter.drawText(
                QRectF(self.size / 2 + 6, -16 * z, 124 * z, 32 * z),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.side_text,
            )

    # ----- gestures -------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()
        self._scene.node_hovered(self.layer, self.unit)

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()
        self._scene.node_hovered(-1, -1)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        event.accept()
        if self.feature is not None:
            self._scene.feature_clicked(self.feature)
        elif self.has_bias and self._bias_rect.adjusted(-2, -2, 2, 2).contains(event.pos()):
            self._scene.bias_clicked(self.layer, self.unit)
        elif self.enabled:
            self._scene.node_clicked(self.layer, self.unit)

    def contextMenuEvent(self, event) -> None:
        self._scene.context_menu(self.layer, self.unit, event.screenPos())


class CompactLayerItem(QGraphicsItem):
    """A wide layer drawn as a block of small cells, one per unit, coloured by a value."""

    def __init__(self, scene, layer: int, centers, cell: float):
        super().__init__()
        self._scene = scene
        self.layer = layer
        self.centers = centers
        self.cell = cell
        self.colors: list[QColor] = [QColor(245, 245, 245)] * len(centers)
        self.selected_unit = -1
        self.hover_unit = -1
        self.dropped: np.ndarray | None = None  # bool per unit: off for the traced sample
        h = cell / 2
        self._rect = QRectF(
            centers[:, 0].min() - h - 2,
            centers[:, 1].min() - h - 2,
            centers[:, 0].max() - centers[:, 0].min() + cell + 4,
            centers[:, 1].max() - centers[:, 1].min() + cell + 4,
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._rect

    def unit_at(self, pos: QPointF) -> int:
        d = (self.centers[:, 0] - pos.x()) ** 2 + (self.centers[:, 1] - pos.y()) ** 2
        i = int(d.argmin())
        return i if d[i] <= (self.cell * 0.75) ** 2 else -1

    def paint(self, painter: QPainter, option, widget=None) -> None:
        h = self.cell / 2
        painter.setPen(QPen(QColor(150, 150, 150), 0.5))
        for (x, y), c in zip(self.centers, self.colors, strict=False):
            painter.setBrush(c)
            painter.drawRect(QRectF(x - h, y - h, self.cell, self.cell))
        if self.dropped is not None and self.dropped.any():
            painter.setPen(QPen(DROPPED, 0.8))
            for x, y in self.centers[self.dropped[: len(self.centers)]]:
                painter.drawLine(QPointF(x - h, y - h), QPointF(x + h, y + h))
                painter.drawLine(QPointF(x + h, y - h), QPointF(x - h, y + h))
        for unit, color in ((self.hover_unit, HOVER), (self.selected_unit, SELECTED)):
            if 0 <= unit < len(self.centers):
                x, y = self.centers[unit]
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(color, 2))
                painter.drawRect(QRectF(x - h - 1, y - h - 1, self.cell + 2, self.cell + 2))

    def hoverMoveEvent(self, event) -> None:
        u = self.unit_at(event.pos())
        if u != self.hover_unit:
            self.hover_unit = u
            self.update()
            self._scene.node_hovered(self.layer, u) if u >= 0 else self._scene.node_hovered(-1, -1)

    def hoverLeaveEvent(self, event) -> None:
        self.hover_unit = -1
        self.update()
        self._scene.node_hovered(-1, -1)

    def mousePressEvent(self, event) -> None:
        u = self.unit_at(event.pos())
        if event.button() != Qt.MouseButton.LeftButton or u < 0:
            event.ignore()
            return
        event.accept()
        self._scene.node_clicked(self.layer, u)

    def contextMenuEvent(self, event) -> None:
        self._scene.context_menu(self.layer, max(self.unit_at(event.pos()), 0), event.screenPos())


class ImageInputItem(QGraphicsItem):
    """The input layer of image data: one picture, a pixel per input."""

    def __init__(self, scene, rect: QRectF, shape: tuple[int, int]):
        super().__init__()
        self._scene = scene
        self._rect = rect
        self.shape = shape
        self.caption = ""
        self.hover_pixel = -1
        self.buffer = np.full(shape, GREY_LUT[0], dtype=np.uint32)
        self.image = QImage(
            self.buffer, shape[1], shape[0], shape[1] * 4, QImage.Format.Format_RGB32
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 24)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # a pixel per input: drawn as sharp squares (nearest neighbour), never smoothed
        smooth = painter.testRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self._rect, self.image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self._rect)
        if self.caption:
            painter.setFont(_small_font(8))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(
                    self._rect.left() - 40, self._rect.bottom() + 3, self._rect.width() + 80, 18
                ),
                Qt.AlignmentFlag.AlignCenter,
                self.caption,
            )

    def pixel_at(self, pos: QPointF) -> int:
        if not self._rect.contains(pos):
            return -1
        h, w = self.shape
        c = int((pos.x() - self._rect.left()) / self._rect.width() * w)
        r = int((pos.y() - self._rect.top()) / self._rect.height() * h)
        return min(r, h - 1) * w + min(c, w - 1)

    def hoverMoveEvent(self, event) -> None:
        p = self.pixel_at(event.pos())
        if p != self.hover_pixel:
            self.hover_pixel = p
            self._scene.node_hovered(0, p) if p >= 0 else self._scene.node_hovered(-1, -1)

    def hoverLeaveEvent(self, event) -> None:
        self.hover_pixel = -1
        self._scene.node_hovered(-1, -1)

    def mousePressEvent(self, event) -> None:
        p = self.pixel_at(event.pos())
        if event.button() != Qt.MouseButton.LeftButton or p < 0:
            event.ignore()
            return
        event.accept()
        self._scene.node_clicked(0, p)


class ButtonItem(QGraphicsItem):
    """A small clickable text button drawn in the scene (+/− above a layer)."""

    def __init__(self, text: str, tooltip: str, on_click, width: float = 18.0):
        super().__init__()
        self.text = text
        self.on_click = on_click
        self._rect = QRectF(-width / 2, -9, width, 18)
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.hovered = False
        self.setZValue(3)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setBrush(BUTTON_HOVER if self.hovered else BUTTON_FILL)
        painter.setPen(QPen(QColor(140, 140, 140), 1))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setFont(_small_font(9, bold=True))
        painter.setPen(TEXT)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self.text)

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.on_click()
        else:
            event.ignore()


class LockBadge(QGraphicsItem):
    """A padlock with a letter (W or b): that layer's weights or biases are frozen."""

    def __init__(self, letter: str, tooltip: str):
        super().__init__()
        self.letter = letter
        self.setToolTip(tooltip)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return QRectF(-8, -10, 26, 20)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(BORDER, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(-4.5, -9, 9, 10), 0, 180 * 16)
        painter.drawLine(QPointF(-4.5, -4), QPointF(-4.5, -1))
        painter.drawLine(QPointF(4.5, -4), QPointF(4.5, -1))
        painter.setBrush(BORDER)
        painter.drawRoundedRect(QRectF(-6.5, -1, 13, 9), 1.5, 1.5)
        painter.setFont(_small_font(8, bold=True))
        painter.setPen(TEXT)
        painter.drawText(QRectF(7, -8, 12, 16), Qt.AlignmentFlag.AlignCenter, self.letter)
