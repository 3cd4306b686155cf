"""Value labels on edges, placed so that they stay readable.

Edges that cross put their labels on top of each other when each sits at a fixed point
of its curve ("-0.0206827" was two numbers). Here every label tries a few points along
its edge, the source end first (then just above or below the edge), and takes the first
where it overlaps no label already placed, no node and no arrow; a label with no free place is hidden and shows when its
edge is hovered or selected. The selected edge's label is placed first.

``place`` is pure geometry (rectangles as (left, top, right, bottom) tuples), so it can
be tested without Qt; ``EdgeLabel`` is the item that draws one label.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.diagram.items import format_value
from gui.diagram.style import LABEL_BACK, LABEL_FRAME, LABEL_TEXT, STYLE

Rect = tuple[float, float, float, float]

# where along an edge (0 = source, 1 = target) a label may sit, in the order tried: near
# the source first, where the edges of one source are still apart from other sources'
# edges; never at 0.5, where the arrow of a phase is drawn
POSITIONS = (0.22, 0.3, 0.38, 0.62, 0.7, 0.78, 0.86, 0.14, 0.46)
GAP = 1.0  # labels closer than this count as touching
# on the edge, then just above it, then just below (in label heights): a label off the
# line still touches it, so it reads as that edge's
SHIFTS = (0.0, -0.6, 0.6)


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] + GAP and b[0] < a[2] + GAP and a[1] < b[3] + GAP and b[1] < a[3] + GAP


def place(
    candidates: Sequence[Sequence[tuple[float, float]]],
    sizes: Sequence[tuple[float, float]],
    order: Sequence[int],
    obstacles: Sequence[Rect] = (),
    forced: Sequence[int] = (),
) -> list[tuple[float, float] | None]:
    """For each label, the centre it takes, or None (no free place).

    Labels are placed in ``order`` (labels not in it are not placed). Each tries its
    ``candidates`` (points of its edge) in order, first on the edge, then just above it,
    then just below (``SHIFTS``), and takes the first place where its rectangle
    (``sizes``: width, height) overlaps neither an obstacle nor a label placed before. A
    label in ``forced`` (the selected edge's) takes its first place free of labels even if
    it touches an obstacle, or else its first candidate.
    """
    chosen: list[tuple[float, float] | None] = [None] * len(candidates)
    placed: list[Rect] = []
    for n in order:
        w, h = sizes[n]
        points = [(x, y + s * h) for s in SHIFTS for x, y in candidates[n]]
        rects = [(x - w / 2, y - h / 2, x + w / 2, y + h / 2) for x, y in points]
        free = [c for c, r in enumerate(rects) if not any(_overlaps(r, p) for p in placed)]
        clear = [c for c in free if not any(_overlaps(rects[c], o) for o in obstacles)]
        if clear:
            pick: int | None = clear[0]
        elif n in forced and rects:
            pick = free[0] if free else 0
        else:
            pick = None
        if pick is not None:
            chosen[n] = points[pick]
            placed.append(rects[pick])
    return chosen


def label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(6.5 * STYLE.zoom)
    return font


class EdgeLabel(QGraphicsItem):
    """One edge's number on a light box, centred on a point of the edge."""

    PAD = 2.0

    def __init__(self, font: QFont | None = None):
        super().__init__()
        self._font = font if font is not None else label_font()
        self._fm = QFontMetricsF(self._font)
        self._text = ""
        self._rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(1.5)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (the name QGraphicsSimpleTextItem uses)
        if text == self._text:
            return
        self.prepareGeometryChange()
        self._text = text
        w = self._fm.horizontalAdvance(text) + 2 * self.PAD
        h = self._fm.height() + 1
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self.update()

    def size(self) -> tuple[float, float]:
        return self._rect.width(), self._rect.height()

    def set_center(self, point: QPointF) -> None:
        self.setPos(point)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(QPen(LABEL_FRAME, 0.6))
        painter.setBrush(LABEL_BACK)
        painter.drawRoundedRect(self._rect, 2.5, 2.5)
        painter.setFont(self._font)
        painter.setPen(LABEL_TEXT)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


def candidates_of(edge) -> list[tuple[float, float]]:
    """The points of an edge item's curve where its label may sit, in the order tried."""
    path = edge.path()
    return [(p.x(), p.y()) for p in (path.pointAtPercent(t) for t in POSITIONS)]


class EdgeLabels:
    """The value labels of one scene's edges.

    Each small layer (``_LayerEdges`` with ``full`` set and few enough edges) has a label
    per edge while "Values" is on, placed by ``place``. Two more labels follow the selected
    and the hovered edge, for when their own label is hidden (no free place, or "Values"
    off): the edge the inspector explains always shows its number.
    """

    def __init__(self, scene, max_edges: int):
        self._scene = scene
        self._max_edges = max_edges
        self._font = label_font()
        self.selected_label: EdgeLabel | None = None
        self.hover_label: EdgeLabel | None = None

    def reset(self) -> None:
        """New focus labels for a scene that was just cleared (at the zoom of the moment)."""
        self._font = label_font()
        self.selected_label = self._new_label(1.7)
        self.hover_label = self._new_label(1.8)

    def _new_label(self, z: float) -> EdgeLabel:
        label = EdgeLabel(self._font)
        label.setZValue(z)
        label.setVisible(False)
        self._scene.addItem(label)
        return label

    def wanted(self, le) -> bool:
        return bool(self._scene.show_labels and le.full and len(le.items) <= self._max_edges)

    def update_layer(self, le) -> None:
        """Write and place layer ``le``'s labels (or hide them)."""
        picked = le.picked
        if not self.wanted(le) or picked is None:
            for lab in le.labels:
                lab.setVisible(False)
            return
        if not le.labels:
            for _e in le.items:
                lab = EdgeLabel(self._font)
                self._scene.addItem(lab)
                le.labels.append(lab)
        if len(le.candidates) != len(le.items):
            le.candidates = [candidates_of(e) for e in le.items]
        for n, lab in enumerate(le.labels):
            lab.setText(format_value(float(picked[n])))
        visible = [n for n, e in enumerate(le.items) if e.isVisible()]
        sel = [n for n in visible if le.items[n].selected]
        order = sel + [n for n in visible if n not in sel]
        chosen = place(
            le.candidates, [lab.size() for lab in le.labels], order, self._obstacles(le), sel
        )
        for n, lab in enumerate(le.labels):
            c = chosen[n]
            if c is not None:
                lab.setPos(QPointF(*c))
            lab.setVisible(c is not None)

    def _obstacles(self, le) -> list[Rect]:
        """Nodes on both sides of layer ``le`` and the arrows on its edges."""
        scene = self._scene
        rects = []
        for k in (le.k - 1, le.k):
            for node in scene.nodes.get(k, []):
                r = node.body_rect()
                rects.append((r.left(), r.top(), r.right(), r.bottom()))
            if k in scene.compact:
                r = scene.compact[k].sceneBoundingRect()
                rects.append((r.left(), r.top(), r.right(), r.bottom()))
        for e in le.items:
            if e.arrow and e.isVisible():
                r = e.arrow_rect()
                rects.append((r.left(), r.top(), r.right(), r.bottom()))
        return rects

    def update_focus(self, selected, hovered) -> None:
        """Show the selected and the hovered edge's number where its own label does not."""
        for label, edge in ((self.selected_label, selected), (self.hover_label, hovered)):
            if label is None:
                continue
            text = self._text_of(edge)
            if text is None or (edge is hovered and edge is selected and label is self.hover_label):
                label.setVisible(False)
                continue
            label.setText(text)
            label.setPos(QPointF(*candidates_of(edge)[0]))
            label.setVisible(True)

    def _text_of(self, edge) -> str | None:
        """The number an edge shows now, or None where its own label already shows it."""
        if edge is None or not edge.isVisible():
            return None
        le = self._scene.edges.get(edge.layer)
        if le is None or le.picked is None:
            return None
        n = le.index_of(edge)
        if n is None:
            return None
        if n < len(le.labels) and le.labels[n].isVisible():
            return None
        return format_value(float(le.picked[n]))
