"""The diagram's QGraphicsScene: builds the items for a spec, then recolours them per snapshot.

``build`` runs only when the architecture (or the input features) change; a spec of the same
architecture goes to ``update_spec``, which keeps every item. Everything a snapshot
changes — edge pens, which of a big layer's edges are drawn, node fills, heatmap pixels,
bias colours — is updated on the existing items. Gestures on items arrive here and
leave as signals for ``NetworkDiagram``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QImage, QPen
from PySide6.QtWidgets import QGraphicsScene

from engine.spec import NetworkSpec
from gui.diagram import layout
from gui.diagram.colors import (
    DIVERGING_LUT,
    GREY_LUT,
    N_COLORS,
    diverging_color,
    lut_index,
    map_to_lut,
)
from gui.diagram.edge_item import EdgeItem
from gui.diagram.edge_labels import EdgeLabel, EdgeLabels
from gui.diagram.items import CompactLayerItem, ImageInputItem, NodeItem, format_value
from gui.diagram.layer_headers import LayerHeaders
from gui.diagram.style import BACKGROUND, STYLE

MAX_LABELLED_EDGES = 64  # value labels only on layers with at most this many edges
PEN_WIDTH_MIN, PEN_WIDTH_MAX, PEN_STEPS = 0.6, 6.0, 12


def pretty_feature(name: str) -> str:
    """x1^2 → x₁², x1*x2 → x₁x₂, sin(x1) → sin(x₁): feature names as a learner reads them."""
    return name.replace("^2", "²").replace("*", "").replace("x1", "x₁").replace("x2", "x₂")


def heatmap_levels(activation: str | None, values: np.ndarray) -> tuple[float, float]:
    """Value range mapped onto the colour scale: fixed for bounded activations, else ±max|v|."""
    if activation == "tanh":
        return -1.0, 1.0
    if activation in ("sigmoid", "softmax"):
        return 0.0, 1.0
    m = float(np.nanmax(np.abs(values))) if values.size else 1.0
    m = m if np.isfinite(m) and m > 0 else 1.0
    return -m, m


def _frozen_tip(frozen: bool) -> str:
    """An edge's tooltip: says when its layer's weights are frozen, else nothing."""
    if not frozen:
        return ""
    return QCoreApplication.translate("NetworkDiagram", "Weights of this layer are frozen")


class _LayerEdges:
    """The edge items of one layer W_k and which weights they show."""

    def __init__(self, k: int, shape: tuple[int, int], items: list[EdgeItem], full: bool):
        self.k, self.shape, self.items, self.full = k, shape, items, full
        self.rows = np.array([e.row for e in items], dtype=np.intp)
        self.cols = np.array([e.col for e in items], dtype=np.intp)
        self.labels: list[EdgeLabel] = []
        self.candidates: list[list[tuple[float, float]]] = []  # where each label may sit
        self.picked: np.ndarray | None = None  # each drawn edge's value now, or None (faint)

    def index_of(self, edge: EdgeItem) -> int | None:
        hit = np.flatnonzero((self.rows == edge.row) & (self.cols == edge.col))
        return int(hit[0]) if hit.size and self.items[int(hit[0])] is edge else None


class _HeatmapBuffers:
    """Preallocated pixel buffers and the QImages that view them, for one layer's heatmaps."""

    def __init__(self, units: int, res: int):
        self.shape = (units, res, res)
        self.pixels = np.empty(self.shape, dtype=np.uint32)
        self.scratch = np.empty(self.shape, dtype=np.float64)
        self.images = [
            QImage(self.pixels[u], res, res, res * 4, QImage.Format.Format_RGB32)
            for u in range(units)
        ]


class DiagramScene(QGraphicsScene):
    """Nodes, edges and layer controls of one network; recoloured in place per snapshot."""

    nodeHovered = Signal(int, int)
    nodeClicked = Signal(int, int)
    biasClicked = Signal(int, int)
    featureClicked = Signal(str)
    edgeClicked = Signal(int, int, int)  # a click: select (inspect) this weight
    edgeEditRequested = Signal(int, int, int, QPoint)  # a double-click: type a value
    edgeContextMenuRequested = Signal(int, int, int, QPoint)
    # a finished drag or wheel on an edge: layer, row, col, old value, new value, mergeable
    edgeWeightEdited = Signal(int, int, int, float, float, bool)
    edgePreview = Signal(int, int, int, float)  # value while dragging
    contextMenuRequested = Signal(int, int, QPoint)
    neuronCountRequested = Signal(int, int)  # layer, +1 / −1
    activationChosen = Signal(int, str)
    glossaryRequested = Signal(str)  # a glossary entry id (a caption was clicked)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackgroundBrush(BACKGROUND)  # the theme's (NetworkDiagram.restyle sets it again)
        # items move only on a rebuild; a BSP index would be rebuilt for every edge path change
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.spec: NetworkSpec | None = None
        self.geometry: list[layout.LayerGeometry] = []
        self.nodes: dict[int, list[NodeItem]] = {}
        self.compact: dict[int, CompactLayerItem] = {}
        self.image_item: ImageInputItem | None = None
        self.edges: dict[int, _LayerEdges] = {}
        self.headers = LayerHeaders(self)
        self.input_slot = np.zeros(0, dtype=np.intp)
        self.weights: dict[str, np.ndarray] = {}
        self.threshold = 0.0
        self.show_labels = False
        # what the inspector explains: ("neuron", layer, unit), ("weight", k, i, j),
        # ("bias", k, unit) or (); one thing at a time, drawn with a black frame or halo
        self.selection: tuple = ()
        self._selected_edge: EdgeItem | None = None
        self._hover_edge: EdgeItem | None = None
        self.labels = EdgeLabels(self, MAX_LABELLED_EDGES)
        self._pens: dict[tuple, QPen] = {}
        self._heat: dict[int, _HeatmapBuffers] = {}
        self._drag: tuple[int, int, int, float] | None = None  # layer, row, col, start value
        self._drag_value = 0.0
        self._edge_view: dict[int, np.ndarray] = {}  # what the edges show now, per layer
        self._edge_scale = 1.0

    # ----- building --------------------------------------------------------------------
    def build(
        self,
        spec: NetworkSpec,
        input_names: tuple[str, ...],
        image_shape: tuple[int, int] | None,
        available_features: tuple[str, ...],
    ) -> None:
        """Replace every item with those of `spec` (called only when the spec changes)."""
        self.clear()
        self._heat.clear()
        self.nodes, self.compact, self.edges, self.image_item = {}, {}, {}, None
        self._edge_view = {}
        self.weights = {}  # the old spec's weights don't fit: wait for a snapshot of this one
        self.spec = spec
        self.selection, self._selected_edge, self._hover_edge = (), None, None
        self.labels.reset()
        sizes = spec.sizes
        L = len(spec.layers)
        n_in = sizes[0]
        if image_shape is not None and image_shape[0] * image_shape[1] != n_in:
            image_shape = None
        # layer 0: which slots are drawn, and which slot each network input uses
        features = tuple(available_features) if available_features else ()
        if features and all(name in features for name in input_names) and len(input_names) == n_in:
            slot_names = features
            self.input_slot = np.array([features.index(n) for n in input_names], dtype=np.intp)
        else:
            features = ()
            slot_names = (
                tuple(input_names)
                if len(input_names) == n_in
                else tuple(f"x{j + 1}" for j in range(n_in))
            )
            self.input_slot = np.arange(n_in, dtype=np.intp)
        first = layout.layer_geometry(0, len(slot_names), 0.0, image_shape)
        # layers further apart as the text grows (zoom): room for the edges' value labels
        xs = [x * STYLE.zoom for x in layout.layer_xs(L, first.right - first.left)]
        self.geometry = [first] + [
            layout.layer_geometry(k, sizes[k], xs[k]) for k in range(1, L + 1)
        ]

        for g in self.geometry:
            k = g.index
            if g.kind == "image":
                rect = QRectF(g.left, g.top, g.right - g.left, g.bottom - g.top)
                self.image_item = ImageInputItem(self, rect, g.image_shape)
                self.addItem(self.image_item)
            elif g.kind == "compact":
                item = CompactLayerItem(self, k, g.centers, g.node_size)
                self.compact[k] = item
                self.addItem(item)
            else:
                items = []
                for u, (x, y) in enumerate(g.centers):
                    if k == 0:
                        name = slot_names[u]
                        node = NodeItem(
                            self,
                            0,
                            u,
                            g.node_size,
                            pretty_feature(name),
                            False,
                            feature=name if features else None,
                        )
                        if features:
                            node.enabled = name in input_names
                            if node.enabled:
                                node.unit = int(list(input_names).index(name))
                    else:
                        node = NodeItem(self, k, u, g.node_size)
                        node.bias_frozen = spec.layers[k - 1].freeze_biases
                    node.setPos(x, y)
                    self.addItem(node)
                    items.append(node)
                self.nodes[k] = items
        for k in range(1, L + 1):
            self._build_edges(k, (sizes[k], sizes[k - 1]))
        self.headers.build(spec, self.geometry, features)
        # room on the right for the outputs' "ŷ = …  y = …" during step-through
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -20, 150 * STYLE.zoom, 20))

    def update_spec(self, spec: NetworkSpec) -> None:
        """Take a spec of the same architecture (``engine.spec_rules.changes_architecture`` is
        False): every item stays; only what depends on a changed field is touched, which on
        the diagram is freezing (padlocks, bias handles, edge tooltips; the dashed pens follow
        at the next ``show_edges``). A hyper-parameter changes nothing drawn here."""
        old, self.spec = self.spec, spec
        if old is None:
            return
        for k in range(1, len(spec.layers) + 1):
            was, now = old.layers[k - 1], spec.layers[k - 1]
            if was.freeze_weights != now.freeze_weights and k in self.edges:
                tip = _frozen_tip(now.freeze_weights)
                for e in self.edges[k].items:
                    e.setToolTip(tip)
            if was.freeze_biases != now.freeze_biases:
                for node in self.nodes.get(k, []):
                    node.bias_frozen = now.freeze_biases
                    node.update()
        self.headers.show_frozen(spec)

    def _build_edges(self, k: int, shape: tuple[int, int]) -> None:
        out_n, in_n = shape
        full = out_n * in_n <= layout.MAX_EDGES_PER_LAYER
        count = out_n * in_n if full else layout.MAX_EDGES_PER_LAYER
        rows, cols = np.divmod(np.arange(count), in_n)
        items = []
        tip = _frozen_tip(self.spec.layers[k - 1].freeze_weights)
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            e = EdgeItem(self, k, i, j)
            if tip:
                e.setToolTip(tip)
            self.addItem(e)
            items.append(e)
        le = _LayerEdges(k, shape, items, full)
        self.edges[k] = le
        self._place_edges(le)

    def _end_points(
        self, k: int, rows: np.ndarray, cols: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        src_g, dst_g = self.geometry[k - 1], self.geometry[k]
        src_slots = self.input_slot[cols] if k == 1 else cols
        src = src_g.centers[src_slots].copy()
        dst = dst_g.centers[rows].copy()
        if src_g.kind == "nodes":
            src[:, 0] += src_g.node_size / 2
        if dst_g.kind == "nodes":
            dst[:, 0] -= dst_g.node_size / 2 + layout.BIAS_PAD
        return src, dst

    def _place_edges(self, le: _LayerEdges) -> None:
        src, dst = self._end_points(le.k, le.rows, le.cols)
        for n, e in enumerate(le.items):
            e.row, e.col = int(le.rows[n]), int(le.cols[n])
            e.set_ends(src[n, 0], src[n, 1], dst[n, 0], dst[n, 1])
        le.candidates = []  # the labels' places move with the edges
        if self.selection[:1] == ("weight",):
            self.select(self.selection)  # a big layer's drawn edges changed: who is selected

    # ----- recolouring -----------------------------------------------------------------
    def restyle(self) -> None:
        """Take the look of the moment (gui/diagram/style.py): background, and pens made anew."""
        self.setBackgroundBrush(BACKGROUND)
        self._pens.clear()

    def pen(self, value: float, scale: float, dashed: bool = False) -> QPen:
        """A cached pen: colour by sign and size of value, width by |value| / scale."""
        idx = lut_index(value, scale)
        mag = abs(idx - (N_COLORS - 1) / 2) / ((N_COLORS - 1) / 2)
        step = int(round(mag * PEN_STEPS))
        key = (idx, step, dashed)
        pen = self._pens.get(key)
        if pen is None:
            width = PEN_WIDTH_MIN + (PEN_WIDTH_MAX - PEN_WIDTH_MIN) * step / PEN_STEPS
            width *= STYLE.edge_width  # thicker in high contrast (projectors)
            pen = QPen(diverging_color(value, scale), width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            self._pens[key] = pen
        return pen

    def set_weights(self, params: dict[str, np.ndarray]) -> bool:
        """Take the snapshot's parameters; False (nothing changed) when their shapes don't fit."""
        spec = self.spec
        if spec is None:
            return False
        sizes = spec.sizes
        for k in range(1, len(sizes)):
            W, b = params.get(f"W{k}"), params.get(f"b{k}")
            if (
                W is None
                or b is None
                or W.shape != (sizes[k], sizes[k - 1])
                or b.shape != (sizes[k],)
            ):
                return False
        self.weights = params
        for k, le in self.edges.items():
            if not le.full:
                rows, cols = layout.heaviest_edges(params[f"W{k}"])
                if not (np.array_equal(rows, le.rows) and np.array_equal(cols, le.cols)):
                    le.rows, le.cols = rows, cols
                    self._place_edges(le)
        return True

    def show_edges(self, values: dict[int, np.ndarray], scale: float, arrow: int = 0) -> None:
        """Colour each layer's edges by values[k] (out × in) on ±scale; other layers' edges faint."""
        self._edge_view = values
        self._edge_scale = scale
        faint = self.pen(0.0, 1.0)
        for k, le in self.edges.items():
            vals = values.get(k)
            W = self.weights.get(f"W{k}")
            dashed = self.spec.layers[k - 1].freeze_weights
            picked = vals[le.rows, le.cols] if vals is not None else None
            wpick = W[le.rows, le.cols] if W is not None else None
            for n, e in enumerate(le.items):
                visible = wpick is None or bool(abs(wpick[n]) >= self.threshold)
                if visible != e.isVisible():
                    e.setVisible(visible)
                pen = self.pen(float(picked[n]), scale, dashed) if picked is not None else faint
                e.set_style(pen, arrow if picked is not None else 0)
            le.picked = picked
            self.labels.update_layer(le)
        self.labels.update_focus(self._selected_edge, self._hover_edge)

    def show_nodes(self, values: dict[int, np.ndarray], node_scale: dict[int, float]) -> None:
        """Fill each layer's nodes with values[k] (with their number); layers absent: no fill."""
        for k, items in self.nodes.items():
            vals = values.get(k)
            for node in items:
                if vals is None or (k == 0 and not node.enabled) or node.unit >= len(vals):
                    fill, text = None, ""
                else:
                    v = float(vals[node.unit])
                    fill, text = diverging_color(v, node_scale.get(k, 1.0)), format_value(v)
                if fill != node.fill or text != node.value_text:
                    node.fill, node.value_text = fill, text
                    node.update()
        for k, item in self.compact.items():
            vals = values.get(k)
            if vals is None:
                b = self.weights.get(f"b{k}")
                vals = b if b is not None else np.zeros(len(item.centers))
                scale = max(float(np.abs(vals).max()) if len(vals) else 1.0, 1e-12)
            else:
                scale = node_scale.get(k, 1.0)
            item.colors = [diverging_color(float(v), scale) for v in vals]
            item.update()

    def show_biases(self, scale: float) -> None:
        """Colour every bias handle by its bias on the weights' scale."""
        for k, items in self.nodes.items():
            b = self.weights.get(f"b{k}")
            if k == 0 or b is None:
                continue
            for node in items:
                c = diverging_color(float(b[node.unit]), scale)
                if c != node.bias_color:
                    node.bias_color = c
                    node.update()

    def show_quantities(
        self, names: dict[int, str], quantities: dict[int, str] | None = None
    ) -> None:
        """Caption under each layer naming what its nodes show (e.g. "δ = ∂L/∂z"); none if
        absent; ``quantities`` (layer → "a", "δ", …) links each to the glossary."""
        self.headers.show_captions(names, quantities)

    def show_outputs(self, lines: list[str]) -> None:
        """Text beside each output node (prediction against target), or none."""
        L = len(self.spec.layers) if self.spec else 0
        for node in self.nodes.get(L, []):
            node.set_side_text(lines[node.unit] if node.unit < len(lines) else "")

    def show_dropped(self, dropped: dict[int, np.ndarray], tips: dict[int, list[str]]) -> None:
        """Cross out the neurons dropout switched off (dropped[k]: bool per unit) and give
        each neuron its tooltip saying so (tips[k][unit], "" for none)."""
        for k, items in self.nodes.items():
            marks, layer_tips = dropped.get(k), tips.get(k, [])
            for node in items:
                u = node.unit
                on = marks is not None and u < len(marks) and bool(marks[u])
                node.set_dropped(on, layer_tips[u] if u < len(layer_tips) else "")
        for k, item in self.compact.items():
            marks = dropped.get(k)
            new = None if marks is None else np.asarray(marks, dtype=bool)
            old = item.dropped
            if (new is None) != (old is None) or (
                new is not None and old is not None and not np.array_equal(new, old)
            ):
                item.dropped = new
                item.update()

    def show_heatmaps(self, heatmaps) -> None:
        """Write each 2-D heatmap (units, res, res) through the colour LUT into the node images."""
        spec = self.spec
        if spec is None or heatmaps is None:
            for items in self.nodes.values():
                for node in items:
                    node.image = None
            return
        for k, items in self.nodes.items():
            if k >= len(heatmaps) or heatmaps[k] is None:
                continue
            arr = np.asarray(heatmaps[k])
            n_units = spec.sizes[k]
            if arr.ndim != 3 or arr.shape[0] != n_units or arr.shape[1] != arr.shape[2]:
                continue
            buf = self._heat.get(k)
            if buf is None or buf.shape != arr.shape:
                buf = self._heat[k] = _HeatmapBuffers(*arr.shape[:2])
            flipped = arr[:, ::-1, :]  # row 0 of the grid is the lowest y: draw it at the bottom
            if k == 0:
                for u in range(n_units):
                    lo, hi = heatmap_levels(None, arr[u])
                    map_to_lut(flipped[u], lo, hi, DIVERGING_LUT, buf.pixels[u], buf.scratch[u])
            else:
                lo, hi = heatmap_levels(spec.layers[k - 1].activation, arr)
                map_to_lut(flipped, lo, hi, DIVERGING_LUT, buf.pixels, buf.scratch)
            for node in items:
                if k == 0 and not node.enabled:
                    continue
                node.image = buf.images[node.unit]  # repaints the child pixmap only

    def show_input_image(self, values: np.ndarray | None, caption: str) -> None:
        """Draw the input image (grey scale, darkest = largest) from one value per pixel."""
        item = self.image_item
        if item is None or values is None:
            return
        v = np.asarray(values, dtype=np.float64).reshape(item.shape)
        lo, hi = float(np.nanmin(v)), float(np.nanmax(v))
        if hi <= lo:
            hi = lo + 1.0
        map_to_lut(v, lo, hi, GREY_LUT, item.buffer, np.empty(item.shape))
        item.caption = caption
        item.update()

    def select(self, selection: tuple) -> None:
        """Mark what the inspector explains, and only that: ("neuron", layer, unit), ("weight",
        k, i, j), ("bias", k, unit), or () for nothing."""
        sel = self.selection = tuple(selection)
        neuron = tuple(sel[1:]) if sel[:1] == ("neuron",) else None
        bias = tuple(sel[1:]) if sel[:1] == ("bias",) else None
        for k, items in self.nodes.items():
            for node in items:
                on = neuron == (k, node.unit) and (k != 0 or node.enabled)
                b_on = node.has_bias and bias == (k, node.unit)
                if on != node.selected or b_on != node.bias_selected:
                    node.selected, node.bias_selected = on, b_on
                    node.update()
        for k, item in self.compact.items():
            u = neuron[1] if neuron is not None and neuron[0] == k else -1
            if u != item.selected_unit:
                item.selected_unit = u
                item.update()
        edge = self.edge_item(*sel[1:]) if sel[:1] == ("weight",) else None
        old, self._selected_edge = self._selected_edge, edge
        if old is not edge:
            if old is not None:
                old.set_selected(False)
            if edge is not None:
                edge.set_selected(True)
            for k in {e.layer for e in (old, edge) if e is not None}:
                self.labels.update_layer(self.edges[k])  # the selected label goes first
        self.labels.update_focus(self._selected_edge, self._hover_edge)

    def set_selected(self, layer: int, unit: int) -> None:
        """Select neuron (layer, unit); (-1, -1) selects nothing."""
        self.select(("neuron", layer, unit) if layer >= 0 else ())

    def selected_edge(self) -> EdgeItem | None:
        return self._selected_edge

    # ----- gestures from items -----------------------------------------------------------
    def node_hovered(self, layer: int, unit: int) -> None:
        self.nodeHovered.emit(layer, unit)

    def node_clicked(self, layer: int, unit: int) -> None:
        self.set_selected(layer, unit)
        self.nodeClicked.emit(layer, unit)

    def bias_clicked(self, layer: int, unit: int) -> None:
        self.select(("bias", layer, unit))
        self.biasClicked.emit(layer, unit)

    def edge_hovered(self, edge: EdgeItem, on: bool) -> None:
        if on:
            self._hover_edge = edge
        elif self._hover_edge is edge:
            self._hover_edge = None
        self.labels.update_focus(self._selected_edge, self._hover_edge)

    def feature_clicked(self, name: str) -> None:
        self.featureClicked.emit(name)

    def context_menu(self, layer: int, unit: int, screen_pos) -> None:
        self.contextMenuRequested.emit(
            layer, unit, QPoint(int(screen_pos.x()), int(screen_pos.y()))
        )

    def edge_clicked(self, layer: int, row: int, col: int) -> None:
        self.select(("weight", layer, row, col))
        self.edgeClicked.emit(layer, row, col)

    def edge_edit_requested(self, layer: int, row: int, col: int, screen_pos) -> None:
        self.edge_clicked(layer, row, col)
        self.edgeEditRequested.emit(
            layer, row, col, QPoint(int(screen_pos.x()), int(screen_pos.y()))
        )

    def edge_context_menu(self, layer: int, row: int, col: int, screen_pos) -> None:
        self.edgeContextMenuRequested.emit(
            layer, row, col, QPoint(int(screen_pos.x()), int(screen_pos.y()))
        )

    def weight(self, layer: int, row: int, col: int) -> float:
        W = self.weights.get(f"W{layer}")
        return float(W[row, col]) if W is not None else 0.0

    def edge_drag_started(self, layer: int, row: int, col: int) -> None:
        self._drag = (layer, row, col, self.weight(layer, row, col))
        self._drag_value = self._drag[3]

    def edge_dragged(self, layer: int, row: int, col: int, delta: float) -> None:
        if self._drag is None:
            return
        self._drag_value = self._drag[3] + delta
        self.edgePreview.emit(layer, row, col, self._drag_value)

    def edge_drag_finished(self, layer: int, row: int, col: int) -> None:
        """Ends a drag: one edit from the value at the press to the last previewed value."""
        if self._drag is None:
            return
        start = self._drag[3]
        self._drag = None
        self.edgeWeightEdited.emit(layer, row, col, start, self._drag_value, False)

    def edge_wheeled(self, layer: int, row: int, col: int, notches: float) -> None:
        old = self.weight(layer, row, col)
        self.edgeWeightEdited.emit(layer, row, col, old, old + 0.05 * notches, True)

    def edge_item(self, layer: int, row: int, col: int) -> EdgeItem | None:
        """The item drawing W_layer[row, col], if that edge is drawn."""
        le = self.edges.get(layer)
        if le is None:
            return None
        hit = np.flatnonzero((le.rows == row) & (le.cols == col))
        return le.items[int(hit[0])] if hit.size else None

    def drawn_edge_count(self) -> int:
        return sum(len(le.items) for le in self.edges.values())
