"""The words above the diagram: the phase shown, the step, the loss, what comes next.

Pure functions of a snapshot and its ``PhaseView``; strings are translated under the
context "NetworkDiagram" (the widget's own).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.trace import describe_phase
from gui.diagram.items import format_value
from gui.diagram.phase_view import PhaseView
from session.snapshot import Snapshot


def phase_text(phase: str) -> str:
    """A phase's name in words, translated (engine.trace.describe_phase)."""
    return describe_phase(phase, QCoreApplication.translate)


def title_and_detail(
    snap: Snapshot | None, pv: PhaseView, has_spec: bool, traced: bool
) -> tuple[str, str]:
    """The title (the phase, large) and the detail line under it.

    ``traced`` is whether the numbers follow the traced sample (False: the batch mean).
    """
    if snap is None:
        if not has_spec:
            return QCoreApplication.translate("NetworkDiagram", "No network yet"), ""
        ready = QCoreApplication.translate("NetworkDiagram", "Ready: next is %1").replace(
            "%1", phase_text("forward[1]").lower()
        )
        return ready, ""
    if snap.running:
        # no counters while playing (the status bar has them): a label whose text changes
        # every frame makes Qt lay the whole window out again every frame
        return QCoreApplication.translate(
            "NetworkDiagram", "Training (Play)"
        ), QCoreApplication.translate("NetworkDiagram", "Pause to step through one training step.")
    nxt = snap.next_phase or "forward[1]"
    if pv.phase is None:  # no phase shown
        where = (
            QCoreApplication.translate("NetworkDiagram", "step %1, epoch %2")
            .replace("%1", str(snap.step))
            .replace("%2", str(snap.epoch))
        )
        return QCoreApplication.translate("NetworkDiagram", "Ready: next is %1").replace(
            "%1", phase_text(nxt).lower()
        ), where
    title = phase_text(pv.phase)
    if pv.kind == "loss" and pv.loss is not None:
        title += "  —  " + QCoreApplication.translate("NetworkDiagram", "L = %1").replace(
            "%1", format_value(pv.loss)
        )
    parts = [QCoreApplication.translate("NetworkDiagram", "Step %1").replace("%1", str(pv.step))]
    if pv.sample_loss is not None:
        who = (
            QCoreApplication.translate("NetworkDiagram", "this sample")
            if traced
            else QCoreApplication.translate("NetworkDiagram", "batch mean")
        )
        parts.append(
            QCoreApplication.translate("NetworkDiagram", "loss of %1: %2")
            .replace("%1", who)
            .replace("%2", format_value(pv.sample_loss))
        )
    if snap.next_phase is None:
        parts.append(QCoreApplication.translate("NetworkDiagram", "step complete"))
    parts.append(
        QCoreApplication.translate("NetworkDiagram", "next: %1").replace("%1", phase_text(nxt))
    )
    return title, "   ·   ".join(parts)


def output_lines(pv: PhaseView) -> list[str]:
    """Beside each output node from the loss on: its prediction against its target."""
    if pv.prediction is None or pv.kind == "forward":
        return []
    pred = np.atleast_1d(pv.prediction)
    target = np.atleast_1d(pv.target) if pv.target is not None else None
    lines = []
    for u in range(pred.shape[0]):
        t = "" if target is None or u >= target.shape[0] else format_value(float(target[u]))
        lines.append(
            QCoreApplication.translate("NetworkDiagram", "ŷ = %1   y = %2")
            .replace("%1", format_value(float(pred[u])))
            .replace("%2", t)
        )
    return lines


def quantity_name(kind: str | None) -> str:
    """What the edges show in a phase of this kind, for the colour legend."""
    return {
        "forward": QCoreApplication.translate("NetworkDiagram", "w·a (weight × input)"),
        "backward": QCoreApplication.translate("NetworkDiagram", "∂L/∂w (gradient)"),
        "update": QCoreApplication.translate("NetworkDiagram", "Δw (weight change)"),
    }.get(kind or "", kind or "")
