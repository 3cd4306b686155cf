"""The row of controls above the diagram: layers, the weakest visible link, value labels,
sample or batch mean, fit, and the Symbols list.

``build_toolbar(diagram)`` makes the widgets as attributes of ``diagram`` (a
``NetworkDiagram``: ``add_layer_button``, ``remove_layer_button``, ``threshold``,
``labels_box``, ``sample_combo``, ``fit_button``, ``key_button``), connects them to its
methods and returns the row. Strings are translated under "NetworkDiagram".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton


def build_toolbar(d) -> QHBoxLayout:
    """Make ``d``'s controls and lay them out in a row."""
    d.add_layer_button = QPushButton(QCoreApplication.translate("NetworkDiagram", "+ layer"))
    d.add_layer_button.setToolTip(
        QCoreApplication.translate("NetworkDiagram", "Add a hidden layer before the output layer")
    )
    d.add_layer_button.clicked.connect(lambda: d.add_layer())
    d.remove_layer_button = QPushButton(QCoreApplication.translate("NetworkDiagram", "− layer"))
    d.remove_layer_button.setToolTip(
        QCoreApplication.translate("NetworkDiagram", "Remove the last hidden layer")
    )
    d.remove_layer_button.clicked.connect(lambda: d.remove_layer())
    d.threshold = QDoubleSpinBox()
    d.threshold.setRange(0.0, 100.0)
    d.threshold.setDecimals(3)
    d.threshold.setSingleStep(0.05)
    d.threshold.setMaximumWidth(76)
    d.threshold.setToolTip(
        QCoreApplication.translate(
            "NetworkDiagram", "Weakest visible link: edges with |w| below this are hidden"
        )
    )
    d.threshold.valueChanged.connect(d._threshold_changed)
    d.labels_box = QCheckBox(QCoreApplication.translate("NetworkDiagram", "Values"))
    d.labels_box.setToolTip(
        QCoreApplication.translate(
            "NetworkDiagram", "Write each edge's value on it (small layers only)"
        )
    )
    d.labels_box.toggled.connect(d._labels_toggled)
    d.sample_combo = QComboBox()
    d.sample_combo.addItems(
        [
            QCoreApplication.translate("NetworkDiagram", "Sample"),
            QCoreApplication.translate("NetworkDiagram", "Batch mean"),
        ]
    )
    d.sample_combo.setToolTip(
        QCoreApplication.translate(
            "NetworkDiagram",
            "Step-through values of one sample or the batch mean (the inspector's too)",
        )
    )
    d.sample_combo.currentIndexChanged.connect(d._sample_combo_changed)
    d.fit_button = QPushButton(QCoreApplication.translate("NetworkDiagram", "Fit"))
    d.fit_button.setToolTip(
        QCoreApplication.translate("NetworkDiagram", "Fit the whole network into view (F)")
    )
    d.fit_button.clicked.connect(d.view.fit)
    d.key_button = QPushButton(QCoreApplication.translate("NetworkDiagram", "Symbols"))
    d.key_button.setToolTip(
        QCoreApplication.translate(
            "NetworkDiagram", "What the symbols, colours and marks on the diagram mean"
        )
    )
    d.key_button.clicked.connect(d.show_symbol_key)

    bar = QHBoxLayout()
    bar.setContentsMargins(0, 0, 0, 0)
    bar.addWidget(d.add_layer_button)
    bar.addWidget(d.remove_layer_button)
    bar.addSpacing(8)
    bar.addWidget(QLabel(QCoreApplication.translate("NetworkDiagram", "Hide |w| <")))
    bar.addWidget(d.threshold)
    bar.addWidget(d.labels_box)
    bar.addWidget(d.sample_combo)
    bar.addWidget(d.fit_button)
    bar.addWidget(d.key_button)
    bar.addStretch(1)
    return bar
