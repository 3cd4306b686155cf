"""Layer colours of the training-health views, and their legend ("layer 1", "layer 2", …).

Every health plot draws layer k in ``layer_color(k)``, so one legend row serves them all. The
colours are Okabe–Ito's (colour-blind safe), in an order where neighbouring layers differ most;
the yellow is left out (it vanishes on white).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_COLORS = (
    (0, 114, 178),  # blue
    (213, 94, 0),  # vermilion
    (0, 158, 115),  # bluish green
    (204, 121, 167),  # reddish purple
    (230, 159, 0),  # orange
    (86, 180, 233),  # sky blue
    (0, 0, 0),  # black
    (153, 153, 153),  # grey
)


def layer_color(k: int) -> tuple[int, int, int]:
    """The colour of layer ``k`` (1-based) in every health plot."""
    return _COLORS[(k - 1) % len(_COLORS)]


class LayerLegend(QLabel):
    """One row: a coloured square and "layer k" per layer, the output layer named as such."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)  # many layers wrap instead of widening the dock and the window
        self._shown: tuple = ()
        self.setToolTip(
            self.tr(
                "Each layer has one colour in every plot of this panel. Layer 1 is the first "
                "hidden layer (the weights W1 from the inputs into it); the last layer is the "
                "output layer."
            )
        )

    def set_layers(self, activations: tuple[str, ...]) -> None:
        """One entry per layer, with its activation (rewritten only when they change)."""
        if activations == self._shown:
            return
        self._shown = activations
        L = len(activations)
        parts = []
        for k, act in enumerate(activations, start=1):
            r, g, b = layer_color(k)
            name = (
                self.tr("layer %1 (output, %2)") if k == L else self.tr("layer %1 (%2)")
            ).replace("%1", str(k))
            parts.append(
                f'<span style="color: rgb({r},{g},{b}); font-size: large;">■</span>&nbsp;'
                + html.escape(name.replace("%2", act)).replace(" ", "&nbsp;")
            )
        self.setText("&nbsp;&nbsp; ".join(parts))  # a line may break between two layers only
