"""What is written and clickable above and below each layer of the diagram.

Above a layer: its title (Inputs, Features, Input image, Output · activation), how many
units it has, and for a hidden layer the activation box and the − / + buttons. Below it:
padlocks for frozen weights or biases, and, during step-through, the caption naming what
the nodes show. The items are made once per architecture (``build``); a freeze edit
replaces only that layer's padlocks (``show_frozen``), a phase only the captions' text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsProxyWidget,
    QGraphicsSimpleTextItem,
    QStyledItemDelegate,
)

from engine.spec import HIDDEN_ACTIVATIONS, NetworkSpec
from gui.diagram.items import ButtonItem, LockBadge
from gui.diagram.style import STYLE, TEXT
from gui.diagram.symbol_key import caption_glossary, caption_tip

# the activation box's list: the chosen row must stand out. Inside the scene (a proxy
# widget) the style's menu-like rows lose their highlight fill and showed white text on
# light grey; plain item-view rows (QStyledItemDelegate) with these colours do not
COMBO_STYLE = (
    "QComboBox QAbstractItemView { background: white; color: #202020;"
    " selection-background-color: #0571b0; selection-color: white; }"
)


class Caption(QGraphicsSimpleTextItem):
    """The caption under a layer ("δ = ∂L/∂z"): a tooltip says what it is, a click opens the
    glossary there."""

    def __init__(self, scene):
        super().__init__()
        self._scene = scene
        self.quantity = ""

    def set_quantity(self, quantity: str) -> None:
        if quantity == self.quantity:
            return
        self.quantity = quantity
        self.setToolTip(caption_tip(quantity))
        linked = bool(caption_glossary(quantity))
        self.setCursor(Qt.CursorShape.WhatsThisCursor if linked else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event) -> None:
        entry = caption_glossary(self.quantity)
        if event.button() == Qt.MouseButton.LeftButton and entry:
            event.accept()
            self._scene.glossaryRequested.emit(entry)
        else:
            event.ignore()


def count_text(n: int, what: str) -> str:
    """'1 neuron', '4 neurons', '784 inputs', '10 outputs' (translated)."""
    one = {
        "neuron": QCoreApplication.translate("NetworkDiagram", "1 neuron"),
        "input": QCoreApplication.translate("NetworkDiagram", "1 input"),
        "output": QCoreApplication.translate("NetworkDiagram", "1 output"),
    }
    many = {
        "neuron": QCoreApplication.translate("NetworkDiagram", "%1 neurons"),
        "input": QCoreApplication.translate("NetworkDiagram", "%1 inputs"),
        "output": QCoreApplication.translate("NetworkDiagram", "%1 outputs"),
    }
    return one[what] if n == 1 else many[what].replace("%1", str(n))


def add_text(scene, text: str, x: float, y: float, font: QFont, bold: bool = False):
    """A grey text item centred on (x, y), added to the scene."""
    item = QGraphicsSimpleTextItem(text)
    f = QFont(font)
    f.setBold(bold)
    item.setFont(f)
    item.setBrush(TEXT)
    r = item.boundingRect()
    item.setPos(x - r.width() / 2, y - r.height() / 2)
    scene.addItem(item)
    return item


class LayerHeaders:
    """The per-layer titles, counts, controls, padlocks and step-through captions of one scene.

    ``scene`` is the DiagramScene: the activation box and the − / + buttons emit its
    ``activationChosen`` and ``neuronCountRequested`` signals.
    """

    def __init__(self, scene):
        self._scene = scene
        self._geometry: list = []
        self.badges: dict[int, list[LockBadge]] = {}  # layer → its padlocks (W, b)
        self._frozen: dict[int, tuple[bool, bool]] = {}  # layer → (weights, biases) drawn
        self.captions: dict[int, Caption] = {}  # layer → what its nodes show

    def build(self, spec: NetworkSpec, geometry: list, features: tuple[str, ...]) -> None:
        """Make every header item of ``spec`` (the scene was just cleared)."""
        self._geometry = geometry
        self.badges, self._frozen, self.captions = {}, {}, {}
        scene = self._scene
        top = min(g.top for g in geometry)
        y_combo, y_count = top - 58, top - 28
        font = QFont()
        font.setPointSizeF(8.5 * STYLE.zoom)
        L = len(spec.layers)
        for g in geometry:
            k, x = g.index, g.x
            if k == 0:
                title = (
                    QCoreApplication.translate("NetworkDiagram", "Features")
                    if features
                    else (
                        QCoreApplication.translate("NetworkDiagram", "Input image")
                        if g.kind == "image"
                        else QCoreApplication.translate("NetworkDiagram", "Inputs")
                    )
                )
                add_text(scene, title, x, y_combo, font, bold=True)
                add_text(scene, count_text(spec.n_inputs, "input"), x, y_count, font)
                continue
            layer = spec.layers[k - 1]
            if k < L:
                self._hidden_controls(k, layer, x, y_combo, y_count, font)
            else:
                add_text(
                    scene,
                    QCoreApplication.translate("NetworkDiagram", "Output · %1").replace(
                        "%1", layer.activation
                    ),
                    x,
                    y_combo,
                    font,
                    bold=True,
                )
                add_text(scene, count_text(layer.units, "output"), x, y_count, font)
        self.show_frozen(spec)
        qfont = QFont()
        qfont.setPointSizeF(8 * STYLE.zoom)
        qfont.setItalic(True)
        for g in geometry:  # what the nodes' numbers are, during step-through
            if g.kind != "image":
                item = Caption(scene)
                item.setFont(qfont)
                item.setBrush(TEXT)
                scene.addItem(item)
                item.setVisible(False)
                self.captions[g.index] = item

    def _hidden_controls(self, k: int, layer, x: float, y_combo: float, y_count, font) -> None:
        """Hidden layer k's activation box, its neuron count and the − / + buttons."""
        scene = self._scene
        combo = QComboBox()
        combo.setItemDelegate(QStyledItemDelegate(combo))
        combo.setStyleSheet(COMBO_STYLE)
        if STYLE.zoom != 1.0:  # the window's text zoom (presentation)
            zoomed = QFont(combo.font())
            zoomed.setPointSizeF(zoomed.pointSizeF() * STYLE.zoom)
            combo.setFont(zoomed)
        combo.addItems(list(HIDDEN_ACTIVATIONS))
        combo.setCurrentText(layer.activation)
        combo.setToolTip(
            QCoreApplication.translate("NetworkDiagram", "Activation of hidden layer %1").replace(
                "%1", str(k)
            )
        )
        combo.currentTextChanged.connect(lambda name, k=k: scene.activationChosen.emit(k, name))
        proxy = QGraphicsProxyWidget()
        proxy.setWidget(combo)
        proxy.setPos(x - combo.sizeHint().width() / 2, y_combo - combo.sizeHint().height() / 2)
        proxy.setZValue(4)
        scene.addItem(proxy)
        minus = ButtonItem(
            "−",
            QCoreApplication.translate("NetworkDiagram", "Remove a neuron from this layer"),
            lambda k=k: scene.neuronCountRequested.emit(k, -1),
        )
        plus = ButtonItem(
            "+",
            QCoreApplication.translate("NetworkDiagram", "Add a neuron to this layer"),
            lambda k=k: scene.neuronCountRequested.emit(k, +1),
        )
        label = add_text(scene, count_text(layer.units, "neuron"), x, y_count, font)
        half = label.boundingRect().width() / 2 + 14
        minus.setPos(x - half, y_count)
        plus.setPos(x + half, y_count)
        scene.addItem(minus)
        scene.addItem(plus)

    def show_frozen(self, spec: NetworkSpec) -> None:
        """Padlocks under each layer whose weights or biases are frozen; only the layers whose
        freezing changed get new ones."""
        scene = self._scene
        for g in self._geometry:
            k = g.index
            if k == 0:
                continue
            layer = spec.layers[k - 1]
            frozen = (layer.freeze_weights, layer.freeze_biases)
            if self._frozen.get(k) == frozen:
                continue
            self._frozen[k] = frozen
            for badge in self.badges.pop(k, []):
                scene.removeItem(badge)
            badges = []
            if layer.freeze_weights:
                badges.append(
                    LockBadge(
                        "W",
                        QCoreApplication.translate(
                            "NetworkDiagram", "Weights of layer %1 are frozen"
                        ).replace("%1", str(k)),
                    )
                )
            if layer.freeze_biases:
                badges.append(
                    LockBadge(
                        "b",
                        QCoreApplication.translate(
                            "NetworkDiagram", "Biases of layer %1 are frozen"
                        ).replace("%1", str(k)),
                    )
                )
            for n, badge in enumerate(badges):
                badge.setPos(g.x - 14 * (len(badges) - 1) + 28 * n - 4, g.bottom + 36)
                scene.addItem(badge)
            self.badges[k] = badges

    def show_captions(
        self, names: dict[int, str], quantities: dict[int, str] | None = None
    ) -> None:
        """Caption under each layer naming what its nodes show (e.g. "δ = ∂L/∂z"); none if
        absent. ``quantities`` (layer → "a", "δ", …) gives each its tooltip and glossary link."""
        for k, item in self.captions.items():
            item.set_quantity((quantities or {}).get(k, ""))
            text = names.get(k, "")
            if text != item.text():
                item.setText(text)
                g = self._geometry[k]
                r = item.boundingRect()
                item.setPos(g.x - r.width() / 2, g.bottom + 12 - r.height() / 2)
            item.setVisible(bool(text))
