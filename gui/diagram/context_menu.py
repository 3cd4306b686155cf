"""The diagram's context menu on a layer: its activation, neurons, layers around it, freezing.

Every entry calls one of ``NetworkDiagram``'s edit methods, so a choice made here is an
undoable edit like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from engine.spec import HIDDEN_ACTIVATIONS


def layer_menu(diagram, layer: int, unit: int, edge: tuple[int, int] | None = None) -> QMenu:
    """The menu of layer ``layer`` (unit ``unit``, or −1) of ``diagram``'s spec; on an edge
    (``edge`` = (i, j) of W_layer) it begins with "Edit weight W…[i, j]…", counted from 1."""
    spec = diagram.spec
    menu = QMenu(diagram)
    if spec is None:
        return menu
    L = len(spec.layers)
    if edge is not None and 1 <= layer <= L:
        i, j = edge
        name = f"W{layer}[{i + 1}, {j + 1}]"
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Edit weight %1…").replace("%1", name),
            lambda: diagram.edit_weight_at(layer, i, j),
        )
        menu.addSeparator()
    if 1 <= layer < L:
        act_menu = menu.addMenu(QCoreApplication.translate("NetworkDiagram", "Activation"))
        for name in HIDDEN_ACTIVATIONS:
            a = act_menu.addAction(name)
            a.setCheckable(True)
            a.setChecked(spec.layers[layer - 1].activation == name)
            a.triggered.connect(lambda _c=False, n=name: diagram.set_activation(layer, n))
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Add neuron"),
            lambda: diagram.change_units(layer, +1),
        )
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Remove neuron"),
            lambda: diagram.change_units(layer, -1),
        )
        menu.addSeparator()
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Insert layer before"),
            lambda: diagram.add_layer(layer),
        )
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Insert layer after"),
            lambda: diagram.add_layer(layer + 1),
        )
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Remove this layer"),
            lambda: diagram.remove_layer(layer),
        )
    elif layer == 0:
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Insert layer after the inputs"),
            lambda: diagram.add_layer(1),
        )
    else:
        menu.addAction(
            QCoreApplication.translate("NetworkDiagram", "Insert layer before the output"),
            lambda: diagram.add_layer(L),
        )
    if layer >= 1:
        menu.addSeparator()
        ls = spec.layers[layer - 1]
        for what, label, state in (
            (
                "weights",
                QCoreApplication.translate("NetworkDiagram", "Freeze weights"),
                ls.freeze_weights,
            ),
            (
                "biases",
                QCoreApplication.translate("NetworkDiagram", "Freeze biases"),
                ls.freeze_biases,
            ),
        ):
            a = menu.addAction(label)
            a.setCheckable(True)
            a.setChecked(state)
            a.triggered.connect(lambda checked, w=what: diagram.set_frozen(layer, w, checked))
        if unit >= 0:
            menu.addAction(
                QCoreApplication.translate("NetworkDiagram", "Select bias of this neuron"),
                lambda: diagram.select_bias(layer, unit),
            )
    return menu
