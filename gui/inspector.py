"""Inspector: the formula of the selected neuron, weight or bias, with the numbers of this step.

The text is built by engine.explain from the snapshot's trace records (host copies)
and the spec; the panel only keeps the selection and shows the result as rich text,
scrolled to the phase that just ran. With no trace (Play, or before the first phase)
it shows the selected parameter's current value.

Symbols in the text link to the glossary (``<a href="glossary:ID">``): a click emits
``glossaryRequested(ID)``. "Batch mean" here is the same setting as the step panel's and
the diagram's: the window keeps the three in step (``set_batch_mean`` emits nothing).
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from engine import explain
from gui.handouts import HandoutButton
from gui.widgets.on_screen import off_screen, when_shown
from session.snapshot import Snapshot


def _translate(context: str, text: str) -> str:
    """engine.explain marks its strings as translate("explain", …): lupdate finds them there."""
    return QCoreApplication.translate(context, text)


# while training plays, a changing page (a selected weight's value) is rewritten at most this
# many times a second: each rewrite lays the rich text out again, and a number that changes
# 30 times a second cannot be read anyway
TEXT_HZ = 5.0


class InspectorPanel(QWidget):
    """Shows explain's formulas for the selected neuron / weight / bias at the current phase.

    Off screen (its dock closed or behind another tab) it keeps the latest snapshot and shows
    it when it comes into view."""

    batchMeanToggled = Signal(bool)  # the user ticked or unticked "Batch mean" here
    glossaryRequested = Signal(str)  # a glossary link was clicked: the entry's id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._snapshot: Snapshot | None = None
        self._selection: tuple = ()  # ("neuron", layer, unit) | ("weight", k, i, j) | ("bias", k, unit)
        self._batch_mean = False
        self._shown_key: tuple | None = None
        self._shown_html: str | None = None  # the page on screen (not set again if unchanged)
        self._page: explain.Explanation | None = None  # what it says (for handouts)
        self._stale = False  # a snapshot came while off screen
        self._rendered_at = 0.0  # when a playing snapshot's page was last rewritten

        self.title = QLabel(self.tr("Inspector"))
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.mean_check = QCheckBox(self.tr("Batch mean"))
        self.mean_check.setToolTip(
            self.tr("Explain batch means and totals instead of the traced sample's numbers")
        )
        self.mean_check.toggled.connect(self._on_mean)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        body = QFont(self.browser.font())
        body.setPointSizeF(max(body.pointSizeF(), 10.5))
        self.browser.setFont(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.mean_check)
        self.handout = HandoutButton(self.page, self)  # copy or save as Markdown or LaTeX
        head.addWidget(self.handout)
        layout.addLayout(head)
        layout.addWidget(self.browser, 1)
        self._render()
        when_shown(self, lambda: self._stale and self._render())

    # ----- state read by tests and the window --------------------------------------------
    @property
    def selection(self) -> tuple:
        return self._selection

    @property
    def batch_mean(self) -> bool:
        return self._batch_mean

    def text(self) -> str:
        """The plain text shown (for tests and copying)."""
        return self.browser.toPlainText()

    def page(self) -> explain.Explanation | None:
        """The explanation shown (None before the first snapshot): for handouts."""
        return self._page

    # ----- slots -------------------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Redraw for a new snapshot (cheap: only when the trace, sample or weights changed)."""
        self._snapshot = snapshot
        if off_screen(self):
            self._stale = True  # shown when it comes into view
            return
        if snapshot.running and time.perf_counter() - self._rendered_at < 1.0 / TEXT_HZ:
            self._stale = True  # playing: the next snapshot brings a newer page
            return
        self._render()

    @Slot(int, int)
    def select_neuron(self, layer: int, unit: int) -> None:
        """Follow neuron ``unit`` of ``layer`` (layer 0 = inputs); a negative layer clears."""
        self._select(("neuron", int(layer), int(unit)) if layer >= 0 and unit >= 0 else ())

    @Slot(int, int, int)
    def select_weight(self, layer: int, i: int, j: int) -> None:
        """Follow weight W_layer[i, j] (from unit j of layer − 1 to unit i of layer)."""
        self._select(("weight", int(layer), int(i), int(j)) if layer >= 1 else ())

    @Slot(int, int)
    def select_bias(self, layer: int, unit: int) -> None:
        """Follow bias b_layer[unit]."""
        self._select(("bias", int(layer), int(unit)) if layer >= 1 else ())

    @Slot(bool)
    def set_batch_mean(self, on: bool) -> None:
        """Show batch means and totals (True) or the traced sample (False); emits nothing."""
        self._batch_mean = bool(on)
        if self.mean_check.isChecked() != self._batch_mean:
            self.mean_check.blockSignals(True)
            self.mean_check.setChecked(self._batch_mean)
            self.mean_check.blockSignals(False)
        self._render()

    def _on_mean(self, on: bool) -> None:
        self.set_batch_mean(on)
        self.batchMeanToggled.emit(bool(on))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "glossary" and url.path():
            self.glossaryRequested.emit(url.path())

    def clear_selection(self) -> None:
        self._select(())

    # ----- drawing -----------------------------------------------------------------------
    def _select(self, selection: tuple) -> None:
        self._selection = selection
        self._render()

    def _valid(self, spec) -> bool:
        sel = self._selection
        sizes = spec.sizes
        if not sel:
            return False
        if sel[0] == "neuron":
            return 0 <= sel[1] < len(sizes) and 0 <= sel[2] < sizes[sel[1]]
        if sel[0] == "weight":
            k, i, j = sel[1:]
            return 1 <= k < len(sizes) and 0 <= i < sizes[k] and 0 <= j < sizes[k - 1]
        k, u = sel[1:]
        return 1 <= k < len(sizes) and 0 <= u < sizes[k]

    def _render(self) -> None:
        snap = self._snapshot
        self._stale = False
        if snap is not None and snap.running:
            self._rendered_at = time.perf_counter()
        row = None if self._batch_mean else (snap.traced_sample if snap is not None else 0)
        key = (
            id(snap.trace) if snap is not None else None,
            id(snap.params) if snap is not None else None,
            self._selection,
            row,
        )
        if key == self._shown_key:
            return
        self._shown_key = key
        if snap is None:
            self._shown_html = None
            self._page = None
            self.title.setText(self.tr("Inspector"))
            self.browser.setHtml(
                "<p>"
                + html.escape(
                    self.tr("Click a neuron or a weight in the diagram to see its numbers.")
                )
                + "</p>"
            )
            return
        spec, records = snap.spec, snap.trace
        if self._selection and not self._valid(spec):
            self._selection = ()
        sel = self._selection
        if not sel:
            self.title.setText(self.tr("Inspector: the current phase"))
            page = explain.explain_phase(spec, records, _translate, row)
        elif not records:
            self.title.setText(self.tr("Inspector"))
            page = self._values_only(snap)
        elif sel[0] == "neuron":
            self.title.setText(self.tr("Inspector: a neuron"))
            page = explain.explain_neuron(spec, records, sel[1], sel[2], row, _translate)
        elif sel[0] == "weight":
            self.title.setText(self.tr("Inspector: a weight"))
            page = explain.explain_weight(spec, records, sel[1], sel[2], sel[3], row, _translate)
        else:
            self.title.setText(self.tr("Inspector: a bias"))
            page = explain.explain_bias(spec, records, sel[1], sel[2], row, _translate)
        self._page = page
        text = page.to_html()
        if text == self._shown_html:
            return  # the same page (e.g. while playing): re-laying it out would cost a frame
        self._shown_html = text
        self.browser.setHtml(text)
        if page.current_phase:
            self.browser.scrollToAnchor(page.current_phase)

    def _values_only(self, snap: Snapshot) -> explain.Explanation:
        """Between traced steps: the selected parameter's value now, and how to see more."""
        sel = self._selection
        hint = self.tr("Pause and press Next phase to see this step's formulas with the numbers.")
        if sel[0] == "weight":
            k, i, j = sel[1:]
            value = float(snap.params[f"W{k}"][i, j])
            heading = self.tr("weight W{k}[{i},{j}] = {v}").format(
                k=k, i=i + 1, j=j + 1, v=explain.fmt(value)
            )
        elif sel[0] == "bias":
            k, u = sel[1:]
            value = float(snap.params[f"b{k}"][u])
            heading = self.tr("bias b{k}[{u}] = {v}").format(k=k, u=u + 1, v=explain.fmt(value))
        else:
            heading = self.tr("neuron {u} of layer {k}").format(u=sel[2] + 1, k=sel[1])
        return explain.Explanation(heading, (), None, hint)
