"""NetworkDiagram: the editable network diagram widget at the centre of the main window.

It draws a NetworkSpec (``set_spec``) and the latest Snapshot (``show_snapshot``):
weights as coloured edges, per-neuron heatmaps for 2-D data, and during step-through
the numbers of the current phase. A click selects one neuron, weight or bias for the
inspector (drawn framed; a double-click on a weight types its value); "Batch mean" is
one setting shared with the inspector and the step panel (``set_batch_mean``). Every
edit is a QUndoCommand on ``undo_stack``; edits leave as signals (specEdited,
featuresEdited, weightEdited) for the controller, which applies them in the worker. The
diagram never touches engine objects.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from engine.errors import SpecError
from engine.spec import NetworkSpec
from engine.spec_rules import changes_architecture
from gui.diagram import edits
from gui.diagram.colors import nice_ceiling
from gui.diagram.commands import ValueEditCommand, WeightEditCommand
from gui.diagram.context_menu import layer_menu
from gui.diagram.items import format_value
from gui.diagram.legend import ColorLegend
from gui.diagram.phase_title import output_lines, quantity_name, title_and_detail
from gui.diagram.phase_view import PhaseView, phase_view, trace_fits
from gui.diagram.scene import DiagramScene
from gui.diagram.style import STYLE, TEXT
from gui.diagram.symbol_key import SymbolKey, dropped_count_tip, dropped_tip
from gui.diagram.toolbar import build_toolbar
from gui.diagram.view import DiagramView
from gui.diagram.weight_editor import WeightEditor
from session.snapshot import Snapshot

_QUEUED = Qt.ConnectionType.QueuedConnection


class NetworkDiagram(QWidget):
    """The network drawn left to right, editable, showing weights, heatmaps and step-through phases."""

    specEdited = Signal(object)  # a new validated NetworkSpec
    featuresEdited = Signal(object)  # tuple of feature names now on
    weightEdited = Signal(str, object, float)  # "W2", (i, j), value
    neuronHovered = Signal(int, int)  # layer, unit; (-1, -1) on leave; layer 0 = inputs
    # what the inspector should explain (one thing at a time); a click on the background
    # emits neuronSelected(-1, -1): nothing
    neuronSelected = Signal(int, int)
    edgeSelected = Signal(int, int, int)  # layer k of W_k, row i (to), column j (from)
    biasSelected = Signal(int, int)
    batchMeanToggled = Signal(bool)  # the user chose the batch mean (True) or one sample
    glossaryRequested = Signal(str)  # a glossary entry id: a symbol's explanation was asked for

    # the controls above the diagram, made by gui.diagram.toolbar.build_toolbar
    add_layer_button: QPushButton
    remove_layer_button: QPushButton
    threshold: QDoubleSpinBox
    labels_box: QCheckBox
    sample_combo: QComboBox
    fit_button: QPushButton
    key_button: QPushButton

    def __init__(self, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._spec: NetworkSpec | None = None
        self._input_names: tuple[str, ...] = ()
        self._image_shape: tuple[int, int] | None = None
        self._available: tuple[str, ...] = ()
        self._snapshot: Snapshot | None = None
        self._turn = False  # while playing: edges (True) or heatmaps (False) this frame
        self.phase: PhaseView = PhaseView()

        self.scene = DiagramScene(self)
        self.view = DiagramView(self.scene, self)
        self.legend = ColorLegend(self)
        self.editor = WeightEditor(self)
        self.editor.applied.connect(self._weight_typed)

        self.title = QLabel(self.tr("No network yet"))
        title_font = QFont()
        title_font.setPointSizeF(15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        # long phase texts must not force the diagram's dock wider: they are cut, not grown
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setAccessibleName(self.tr("Current phase"))
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #444;")
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.legend, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = build_toolbar(self)
        self.symbol_key = SymbolKey(self)
        self.symbol_key.glossaryRequested.connect(self.glossaryRequested)
        self.legend.glossaryRequested.connect(self.glossaryRequested)
        top = QVBoxLayout(self)
        top.setContentsMargins(4, 4, 4, 4)
        top.setSpacing(2)
        top.addLayout(head)
        top.addWidget(self.detail)
        top.addLayout(bar)
        top.addWidget(self.message)
        top.addWidget(self.view, 1)
        self.message.hide()

        s = self.scene
        s.nodeHovered.connect(self.neuronHovered)
        s.nodeClicked.connect(self.neuronSelected)
        s.biasClicked.connect(self.biasSelected)
        # edits rebuild the scene, so they run after the item's event handler has returned
        s.featureClicked.connect(self.toggle_feature, _QUEUED)
        s.neuronCountRequested.connect(self.change_units, _QUEUED)
        s.activationChosen.connect(self.set_activation, _QUEUED)
        s.contextMenuRequested.connect(self._context_menu, _QUEUED)
        s.edgeContextMenuRequested.connect(self._edge_context_menu, _QUEUED)
        s.edgeClicked.connect(self._edge_clicked)
        s.edgeEditRequested.connect(self._open_editor)
        s.glossaryRequested.connect(self.glossaryRequested)
        self.view.backgroundClicked.connect(self.clear_selection)
        s.edgePreview.connect(self._edge_preview)
        s.edgeWeightEdited.connect(self._edge_weight_edited)

        fit = QAction(self.tr("Fit to view"), self)
        fit.setShortcut(Qt.Key.Key_F)
        fit.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        fit.triggered.connect(self.view.fit)
        self.addAction(fit)

    # ----- the contract -------------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec | None:
        return self._spec

    @property
    def batch_mean(self) -> bool:
        """Whether step-through values are batch means (else the traced sample's)."""
        return self.sample_combo.currentIndex() == 1

    def set_batch_mean(self, on: bool) -> None:
        """Show batch means (True) or the traced sample; sent by no signal (the shared setting)."""
        if on == self.batch_mean:
            return
        self.sample_combo.blockSignals(True)
        self.sample_combo.setCurrentIndex(1 if on else 0)
        self.sample_combo.blockSignals(False)
        self._redraw()

    @property
    def selection(self) -> tuple:
        """What is selected: ("neuron", layer, unit), ("weight", k, i, j), ("bias", k, unit) or ()."""
        return self.scene.selection

    def select_bias(self, layer: int, unit: int) -> None:
        """Select bias b_layer[unit] (as a click on its handle does)."""
        self.scene.select(("bias", layer, unit))
        self.biasSelected.emit(layer, unit)

    def clear_selection(self) -> None:
        """Select nothing: the inspector then summarises the phase."""
        if self.scene.selection:
            self.scene.select(())
            self.neuronSelected.emit(-1, -1)

    def show_symbol_key(self) -> None:
        """Pop up the list of the diagram's symbols under the Symbols button."""
        key = self.symbol_key
        key.refresh()
        key.adjustSize()
        pos = self.key_button.mapToGlobal(self.key_button.rect().bottomLeft())
        key.move(pos)
        key.show()

    @property
    def features(self) -> tuple[str, ...]:
        """Input features now on (2-D data), else the input names."""
        return self._input_names

    def set_spec(
        self,
        spec: NetworkSpec,
        input_names: tuple[str, ...],
        image_shape: tuple[int, int] | None = None,
        available_features: tuple[str, ...] = (),
    ) -> None:
        """Draw `spec` with these inputs: the items are rebuilt only when the architecture or
        the inputs changed; any other edit (a hyper-parameter) keeps them and the zoom."""
        input_names = tuple(input_names)
        image_shape = tuple(image_shape) if image_shape is not None else None
        available = tuple(available_features)
        inputs = (input_names, image_shape, available)
        same_inputs = inputs == (self._input_names, self._image_shape, self._available)
        if same_inputs and spec == self._spec:
            return
        self._spec = spec
        self._input_names, self._image_shape, self._available = inputs
        if same_inputs:
            self._show_spec()
        else:
            self._rebuild()

    def restyle(self) -> None:
        """Draw in the look of the moment (gui/diagram/style.py: text zoom, theme, contrast):
        the headline's font, then the scene's items made again; the selection stays."""
        font = QFont(self.title.font())
        font.setPointSizeF(15 * STYLE.zoom)
        self.title.setFont(font)
        self.detail.setStyleSheet(f"color: {TEXT.name()};")
        detail = QFont(self.font())
        detail.setPointSizeF(detail.pointSizeF() * STYLE.zoom)
        self.detail.setFont(detail)
        self.legend.updateGeometry()
        self.legend.update()
        self.scene.restyle()
        selection = self.scene.selection
        self._rebuild()
        if selection:
            self.scene.select(selection)

    # Play at a set speed (gui/speed_control.py) draws every snapshot whole: at most ~30 a
    # second arrive then, and each step must be seen (issue: watch training happen)
    every_snapshot = False

    def set_every_snapshot(self, on: bool) -> None:
        """Draw edges and heatmaps of every snapshot while playing, instead of taking turns."""
        self.every_snapshot = bool(on)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the latest snapshot: weights, heatmaps, and the step-through phase."""
        self._snapshot = snapshot
        if self._spec is None:
            self.set_spec(snapshot.spec, tuple(f"x{j + 1}" for j in range(snapshot.spec.n_inputs)))
        self._redraw()

    # ----- edits (each one a command on the undo stack) ------------------------------------
    def add_layer(self, position: int | None = None) -> bool:
        """Insert a hidden layer (default: just before the output layer)."""
        return self._edit(lambda s: edits.add_layer(s, position), self.tr("Add hidden layer"))

    def remove_layer(self, layer: int | None = None) -> bool:
        """Remove a hidden layer (default: the last one)."""
        if self._spec is not None and len(self._spec.layers) == 1:
            self._show_message(self.tr("There is no hidden layer to remove."))
            return False
        return self._edit(lambda s: edits.remove_layer(s, layer), self.tr("Remove hidden layer"))

    def change_units(self, layer: int, delta: int) -> bool:
        """Add (delta=+1) or remove (−1) neurons of hidden layer `layer`."""
        if self._spec is None:
            return False
        units = self._spec.layers[layer - 1].units + delta
        if units < 1:
            self._show_message(
                self.tr("Layer %1 needs at least one neuron; use “− layer” to remove it.").replace(
                    "%1", str(layer)
                )
            )
            return False
        text = (
            self.tr("Add neuron to layer %1")
            if delta > 0
            else self.tr("Remove neuron from layer %1")
        )
        return self._edit(
            lambda s: edits.set_units(s, layer, units), text.replace("%1", str(layer))
        )

    def set_activation(self, layer: int, activation: str) -> bool:
        """Change hidden layer `layer`'s activation."""
        if self._spec is None or self._spec.layers[layer - 1].activation == activation:
            return False
        return self._edit(
            lambda s: edits.set_activation(s, layer, activation),
            self.tr("Layer %1 activation: %2").replace("%1", str(layer)).replace("%2", activation),
        )

    def set_frozen(self, layer: int, what: str, frozen: bool) -> bool:
        """Freeze or unfreeze layer `layer`'s weights (what="weights") or biases ("biases")."""
        if what == "weights":
            text = (
                self.tr("Freeze weights of layer %1")
                if frozen
                else self.tr("Unfreeze weights of layer %1")
            )
        else:
            text = (
                self.tr("Freeze biases of layer %1")
                if frozen
                else self.tr("Unfreeze biases of layer %1")
            )
        return self._edit(
            lambda s: edits.set_frozen(s, layer, what, frozen), text.replace("%1", str(layer))
        )

    def toggle_feature(self, name: str) -> bool:
        """Switch input feature `name` on or off (2-D data)."""
        try:
            new = edits.toggle_feature(self._input_names, name, self._available)
        except SpecError as exc:
            self._show_message(exc_text(exc))
            return False
        on = name in new
        text = (self.tr("Use feature %1") if on else self.tr("Drop feature %1")).replace("%1", name)
        self.undo_stack.push(ValueEditCommand(text, self._input_names, new, self._apply_features))
        return True

    def edit_weight(
        self, name: str, index: tuple[int, int], value: float, mergeable: bool = False
    ) -> None:
        """Set weight `name`[index] to `value` (an undoable edit that emits weightEdited)."""
        k = int(name[1:])
        old = self.scene.weight(k, *index)
        text = (
            self.tr("Set %1 to %2")
            .replace("%1", f"{name}[{index[0] + 1}, {index[1] + 1}]")
            .replace("%2", format_value(value))
        )
        self.undo_stack.push(
            WeightEditCommand(text, name, tuple(index), old, value, self._apply_weight, mergeable)
        )

    # ----- applying edits -------------------------------------------------------------------
    def _edit(self, make, text: str) -> bool:
        if self._spec is None:
            return False
        try:
            new = make(self._spec)
        except SpecError as exc:
            self._show_message(exc_text(exc))
            return False
        self.message.hide()
        self.undo_stack.push(ValueEditCommand(text, self._spec, new, self._apply_spec))
        return True

    def _apply_spec(self, spec: NetworkSpec) -> None:
        self._spec = spec
        self._show_spec()
        self.specEdited.emit(spec)

    def _apply_features(self, features: tuple[str, ...]) -> None:
        self._input_names = tuple(features)
        if self._spec is not None and self._spec.n_inputs != len(features):
            self._spec = self._spec.replace(n_inputs=len(features))
        self._rebuild()
        self.featuresEdited.emit(tuple(features))

    def _apply_weight(self, name: str, index: tuple[int, ...], value: float) -> None:
        self._set_local_weight(name, index, value)
        self.weightEdited.emit(name, tuple(index), float(value))

    def _set_local_weight(self, name: str, index: tuple[int, ...], value: float) -> None:
        """Show a weight's new value at once, before the worker's next snapshot confirms it."""
        weights = dict(self.scene.weights)
        if name not in weights:
            return
        arr = np.array(weights[name], dtype=np.float64)
        arr[tuple(index)] = value
        weights[name] = arr
        self.scene.weights = weights
        self._draw_edges_and_nodes()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # ----- gestures ---------------------------------------------------------------------------
    def _edge_clicked(self, k: int, i: int, j: int) -> None:
        """A click selects (inspects) the weight; typing a value is a double-click away."""
        if self.editor.isVisible() and (self.editor.name, self.editor.index) != (f"W{k}", (i, j)):
            self.editor.hide()
        self.edgeSelected.emit(k, i, j)

    def edit_weight_at(self, k: int, i: int, j: int, screen_pos: QPoint | None = None) -> None:
        """Select weight W_k[i, j] and open the editor to type its value (double-click, menu)."""
        if self.scene.selection != ("weight", k, i, j):
            self.scene.select(("weight", k, i, j))
            self.edgeSelected.emit(k, i, j)
        self._open_editor(k, i, j, screen_pos)

    def _open_editor(self, k: int, i: int, j: int, screen_pos: QPoint | None = None) -> None:
        frozen = self._spec is not None and self._spec.layers[k - 1].freeze_weights
        self.editor.open_for(f"W{k}", (i, j), self.scene.weight(k, i, j), frozen)
        if screen_pos is None:  # from the menu: beside the edge's middle
            edge = self.scene.edge_item(k, i, j)
            mid = (
                edge.path().pointAtPercent(0.5)
                if edge is not None
                else self.view.sceneRect().center()
            )
            screen_pos = self.view.viewport().mapToGlobal(self.view.mapFromScene(mid))
        pos = self.mapFromGlobal(screen_pos) + QPoint(12, 12)
        pos.setX(max(0, min(pos.x(), self.width() - self.editor.width())))
        pos.setY(max(0, min(pos.y(), self.height() - self.editor.height())))
        self.editor.move(pos)

    def _weight_typed(self, name: str, index: tuple[int, int], value: float) -> None:
        self.edit_weight(name, index, value)

    def _edge_preview(self, k: int, i: int, j: int, value: float) -> None:
        self._set_local_weight(f"W{k}", (i, j), value)
        self.detail.setText(
            self.tr("W%1[%2, %3] = %4")
            .replace("%1", str(k))
            .replace("%2", str(i + 1))
            .replace("%3", str(j + 1))
            .replace("%4", format_value(value))
        )

    def _edge_weight_edited(
        self, k: int, i: int, j: int, old: float, new: float, merge: bool
    ) -> None:
        if old == new:
            return
        name = f"W{k}"
        self._set_local_weight(name, (i, j), old)  # the command's redo sets the new value
        self.edit_weight(name, (i, j), new, mergeable=merge)

    def _threshold_changed(self, value: float) -> None:
        self.scene.threshold = float(value)
        self._draw_edges_and_nodes()

    def _labels_toggled(self, on: bool) -> None:
        self.scene.show_labels = bool(on)
        self._draw_edges_and_nodes()

    def context_menu(self, layer: int, unit: int, edge: tuple[int, int] | None = None) -> QMenu:
        """The context menu of layer `layer` (unit `unit`): activation, neurons, layers, freezing;
        on an edge (`edge` = (i, j) of W_layer) first "Edit weight…"."""
        return layer_menu(self, layer, unit, edge)

    def _context_menu(self, layer: int, unit: int, screen_pos: QPoint) -> None:
        self.context_menu(layer, unit).exec(screen_pos)

    def _edge_context_menu(self, k: int, i: int, j: int, screen_pos: QPoint) -> None:
        self.context_menu(k, i, (i, j)).exec(screen_pos)

    def _sample_combo_changed(self, index: int) -> None:
        self._redraw()
        self.batchMeanToggled.emit(index == 1)

    # ----- drawing -------------------------------------------------------------------------
    def _show_spec(self) -> None:
        """Show the spec after an edit of it (same inputs): a new architecture rebuilds the
        scene and fits it into view; anything else keeps every item and the user's zoom,
        and redraws only what depends on the changed field."""
        drawn, spec = self.scene.spec, self._spec
        if drawn is None or spec is None or changes_architecture(drawn, spec):
            self._rebuild()
            return
        self.scene.update_spec(spec)
        if drawn.layers != spec.layers:  # freezing: the dashed edges of frozen weights
            self.editor.hide()
            self._draw_edges_and_nodes()

    def _rebuild(self) -> None:
        spec = self._spec
        if spec is None:
            return
        self.editor.hide()
        self.scene.build(spec, self._input_names, self._image_shape, self._available)
        n_hidden = len(spec.layers) - 1
        self.remove_layer_button.setEnabled(n_hidden > 0)
        self.view.fit()
        self._redraw()

    def _traced_row(self) -> int | None:
        if self.sample_combo.currentIndex() == 1:
            return None
        return self._snapshot.traced_sample if self._snapshot is not None else 0

    def _redraw(self) -> None:
        snap = self._snapshot
        if snap is None or self._spec is None:
            self._set_title(None)
            return
        fits = snap.spec.sizes == self._spec.sizes and self.scene.set_weights(snap.params)
        traced = fits and bool(snap.trace) and trace_fits(snap.trace, self._spec.sizes)
        self.phase = phase_view(snap.trace, self._traced_row()) if traced else PhaseView()
        self._set_title(snap)
        if not fits:
            return
        if snap.running and not self.phase.active and not self.every_snapshot:
            # while playing, the edges and the heatmaps take turns (each ~15 times a second):
            # each costs the GUI thread several ms to repaint, and colours that change at
            # 15 Hz look as smooth; the window itself still redraws every snapshot
            self._turn = not self._turn
            if self._turn:
                self._draw_edges_and_nodes()
            else:
                self.scene.show_heatmaps(snap.heatmaps)
            return
        self._draw_edges_and_nodes()
        self.scene.show_heatmaps(snap.heatmaps)

    def _draw_edges_and_nodes(self) -> None:
        """Colour edges, nodes, biases, the input image and the legend from weights and phase."""
        spec, scene, pv = self._spec, self.scene, self.phase
        if spec is None or not scene.weights:
            return
        L = len(spec.layers)
        w_scale = nice_ceiling(
            max(float(np.abs(scene.weights[f"W{k}"]).max(initial=0.0)) for k in range(1, L + 1))
        )
        if pv.active and pv.edge_values:
            show_kind = "forward" if pv.kind == "loss" else pv.kind
            layers = {k: v for k, v in pv.edge_values.items() if self._edge_kind(k) == show_kind}
            scale = (
                nice_ceiling(max(float(np.abs(v).max(initial=0.0)) for v in layers.values()))
                if layers
                else 1.0
            )
            arrow = -1 if show_kind == "backward" else (1 if show_kind == "forward" else 0)
            scene.show_edges(layers, scale, arrow)
            self.legend.set_range(quantity_name(show_kind), scale)
        else:
            scene.show_edges({k: scene.weights[f"W{k}"] for k in range(1, L + 1)}, w_scale)
            self.legend.set_range(self.tr("weight w"), w_scale)
        self._show_dropped(pv)
        node_scale = {}
        for k, v in pv.node_values.items():
            act = spec.layers[k - 1].activation if k >= 1 else None
            bounded = pv.node_quantity.get(k) == "a" and act in ("tanh", "sigmoid", "softmax")
            node_scale[k] = 1.0 if bounded else nice_ceiling(float(np.abs(v).max(initial=0.0)))
        scene.show_nodes(pv.node_values, node_scale)
        captions = {
            "x": self.tr("input x"),
            "a": self.tr("a = f(z)"),
            "δ": self.tr("δ = ∂L/∂z"),
            "Δb": self.tr("Δb (bias change)"),
        }
        scene.show_quantities(
            {k: captions.get(q, q) for k, q in pv.node_quantity.items()}, pv.node_quantity
        )
        scene.show_biases(w_scale)
        scene.show_outputs(output_lines(pv))
        if scene.image_item is not None:
            if 0 in pv.node_values:
                scene.show_input_image(
                    pv.node_values[0],
                    self.tr("input: the traced sample")
                    if self._traced_row() is not None
                    else self.tr("input: batch mean"),
                )
            else:
                mass = np.abs(scene.weights["W1"]).sum(axis=0)
                scene.show_input_image(mass, self.tr("Σ|W1| per pixel: where layer 1 looks"))

    def _edge_kind(self, k: int) -> str | None:
        """The kind of the latest record that set layer k's edge values in the current trace."""
        snap = self._snapshot
        kind = None
        for rec in snap.trace if snap is not None else ():
            if rec.kind == "update" or (rec.kind in ("forward", "backward") and rec.layer == k):
                kind = rec.kind
        return kind

    def _show_dropped(self, pv: PhaseView) -> None:
        """Cross out the neurons dropout switched off for the traced sample, and say why."""
        rate = self._spec.dropout if self._spec is not None else 0.0
        tips: dict[int, list[str]] = {}
        for k, off in pv.dropped.items():
            tips[k] = [dropped_tip(rate) if o else "" for o in off]
        for k, counts in pv.dropped_count.items():
            tips[k] = [dropped_count_tip(rate, int(c), pv.batch_size) if c else "" for c in counts]
        self.scene.show_dropped(pv.dropped, tips)

    # ----- the phase title ---------------------------------------------------------------------
    def _set_title(self, snap: Snapshot | None) -> None:
        title, detail = title_and_detail(
            snap, self.phase, self._spec is not None, self._traced_row() is not None
        )
        self.title.setText(title)
        self.detail.setText(detail)


def exc_text(exc: Exception) -> str:
    """An engine error's message (SpecError already names its field)."""
    return str(exc)
