"""What every symbol, colour and mark on the diagram means, each linked to the glossary.

``symbols()`` lists them (symbol, meaning, glossary entry id or ""); ``SymbolKey`` shows
the list as a pop-up from the diagram's "Symbols" button, its links opening the
glossary; ``caption_tip`` is the tooltip of the caption under a layer ("δ = ∂L/∂z"),
``dropped_tip`` that of a neuron dropout switched off. Strings are translated under
the context "NetworkDiagram".
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout


def symbols() -> list[tuple[str, str, str]]:
    """(symbol, what it means, glossary entry id or "") for everything drawn on the diagram."""
    return [
        ("x", QCoreApplication.translate("NetworkDiagram", "an input value: the traced sample's, or the batch mean"), ""),
        ("z = Σ w·a + b", QCoreApplication.translate("NetworkDiagram", "a neuron's weighted sum, before its activation"), "weighted-sum"),
        ("a = f(z)", QCoreApplication.translate("NetworkDiagram", "a neuron's output, its activation"), "prediction"),
        ("ŷ, y", QCoreApplication.translate("NetworkDiagram", "the prediction (the output layer's a) and the target"), "prediction"),
        ("L", QCoreApplication.translate("NetworkDiagram", "the loss: how wrong the predictions are"), "loss"),
        ("δ = ∂L/∂z", QCoreApplication.translate("NetworkDiagram", "how much the loss changes when the neuron's z changes"), "delta"),
        ("w·a", QCoreApplication.translate("NetworkDiagram", "on an edge in the forward pass: the weight times the value it carries"),
         "weighted-sum"),
        ("∂L/∂w", QCoreApplication.translate("NetworkDiagram", "on an edge in the backward pass: the weight's gradient"), "gradient"),
        ("Δw, Δb", QCoreApplication.translate("NetworkDiagram", "in the update: how far each weight and bias moves"), "step"),
        (QCoreApplication.translate("NetworkDiagram", "blue / orange"), QCoreApplication.translate("NetworkDiagram", "a positive / a negative value; the stronger, the larger"),
         "colours"),
        (QCoreApplication.translate("NetworkDiagram", "thick edge"), QCoreApplication.translate("NetworkDiagram", "a large |value|; thin: close to 0"), "colours"),
        (QCoreApplication.translate("NetworkDiagram", "small square"), QCoreApplication.translate("NetworkDiagram", "at a neuron's lower left: its bias b (click to inspect it)"),
         "weight"),
        (QCoreApplication.translate("NetworkDiagram", "dashes, padlock"), QCoreApplication.translate("NetworkDiagram", "frozen weights or biases: training does not change them"),
         "weight"),
        (QCoreApplication.translate("NetworkDiagram", "crossed-out neuron"), QCoreApplication.translate("NetworkDiagram", "dropped by dropout for the traced sample: it passes "
                                        "nothing forward and its δ is 0"), "dropout"),
        (QCoreApplication.translate("NetworkDiagram", "arrow on an edge"), QCoreApplication.translate("NetworkDiagram", "which way the numbers flow: right in the forward pass, "
                                      "left in the backward pass"), ""),
        (QCoreApplication.translate("NetworkDiagram", "black frame or halo"), QCoreApplication.translate("NetworkDiagram", "what the inspector explains (click to select)"), ""),
    ]  # fmt: skip


# the caption under a layer names its nodes' quantity; its tooltip and glossary entry
_CAPTIONS = {
    "x": ("", "x"),
    "a": ("prediction", "a = f(z)"),
    "δ": ("delta", "δ = ∂L/∂z"),
    "Δb": ("step", "Δw, Δb"),
}


def caption_glossary(quantity: str) -> str:
    """The glossary entry of a layer caption's quantity ("a", "δ", …), or ""."""
    return _CAPTIONS.get(quantity, ("", ""))[0]


def caption_tip(quantity: str) -> str:
    """The tooltip of a layer caption: what its nodes' numbers are, and where to read more."""
    symbol = _CAPTIONS.get(quantity, ("", ""))[1]
    for sym, meaning, entry in symbols():
        if sym == symbol:
            tip = f"{sym}: {meaning}"
            if entry:
                tip += "\n" + QCoreApplication.translate(
                    "NetworkDiagram", "Click for the glossary."
                )
            return tip
    return ""


def colour_tip(caption: str, scale: str) -> str:
    """The colour legend's tooltip: what the colours and the widths mean."""
    return (
        QCoreApplication.translate(
            "NetworkDiagram", "Edge colour: %1 from −%2 (orange) to +%2 (blue)"
        )
        .replace("%1", caption)
        .replace("%2", scale)
        + "\n"
        + QCoreApplication.translate(
            "NetworkDiagram",
            "Blue is positive, orange negative; a thicker edge is a larger |value|.",
        )
        + "\n"
        + QCoreApplication.translate("NetworkDiagram", "Click for the glossary.")
    )


def dropped_tip(rate: float) -> str:
    """A dropped neuron's tooltip."""
    return (
        QCoreApplication.translate("NetworkDiagram", "Dropped for this sample (dropout p = %1): it passes nothing forward this step, and its δ is 0.")
        .replace("%1", f"{rate:g}")
    )  # fmt: skip


def dropped_count_tip(rate: float, count: int, n: int) -> str:
    """A neuron's tooltip with the batch mean shown: for how many samples dropout dropped it."""
    return (
        QCoreApplication.translate(
            "NetworkDiagram", "Dropped for %1 of the batch's %2 samples (dropout p = %3)."
        )
        .replace("%1", str(count))
        .replace("%2", str(n))
        .replace("%3", f"{rate:g}")
    )


class SymbolKey(QFrame):
    """A pop-up listing the diagram's symbols; a link opens that glossary entry."""

    glossaryRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.refresh()

    def refresh(self) -> None:
        """Write the list (again, after a change of language)."""
        rows = []
        for sym, meaning, entry in symbols():
            more = (
                f' <a href="glossary:{entry}">{html.escape(QCoreApplication.translate("NetworkDiagram", "more"))}</a>'
                if entry
                else ""
            )
            rows.append(
                f"<tr><td style='padding-right:10px'><b>{html.escape(sym)}</b></td>"
                f"<td>{html.escape(meaning)}{more}</td></tr>"
            )
        title = html.escape(QCoreApplication.translate("NetworkDiagram", "What the diagram shows"))
        page = f"<p><b>{title}</b></p><table>{''.join(rows)}</table>"
        self.label.setText(page)

    def _link(self, href: str) -> None:
        if href.startswith("glossary:"):
            self.hide()
            self.glossaryRequested.emit(href.split(":", 1)[1])

    def entries(self) -> list[str]:
        """The glossary entries the key links (for tests)."""
        return [entry for _s, _m, entry in symbols() if entry]
