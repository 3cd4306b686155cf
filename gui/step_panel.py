"""Step panel: the buttons, phase name, traced-sample picker and timeline of step-through training.

The panel keeps no training state: every button only calls the controller (which
queues a command for the worker), and ``show_snapshot`` redraws from the snapshot —
which phase just ran, which comes next, the batch size and the timeline's steps.
Values pushed into widgets are set with their signals blocked, so a redraw never
sends a command back.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.trace import describe_phase, phase_names
from session.snapshot import Snapshot

# while training plays, the timeline slider and its label follow this many times a second
TIMELINE_HZ = 4.0


def phase_label(phase: str) -> str:
    """The translated plain-words name of a phase ("Forward pass, layer 1", …)."""
    return describe_phase(phase, QCoreApplication.translate)


def phase_purpose(phase: str) -> str:
    """One translated sentence saying what a phase does, for a learner."""
    if phase.startswith("forward["):
        return QCoreApplication.translate(
            "StepPanel",
            "Each neuron adds up its inputs times their weights plus its bias (z), then applies "
            "its activation (a). The outputs become the next layer's inputs.",
        )
    if phase == "loss":
        return QCoreApplication.translate(
            "StepPanel",
            "The network's predictions are compared with the targets: the loss says how wrong "
            "they are, and δ = ∂L/∂z says how each output should change.",
        )
    if phase.startswith("backward["):
        return QCoreApplication.translate(
            "StepPanel",
            "The error flows backwards: each weight's gradient ∂L/∂w = δ · (the value it carried), "
            "and δ is passed down through the weights to the layer below (the chain rule).",
        )
    if phase == "update":
        return QCoreApplication.translate(
            "StepPanel",
            "Every weight moves a little against its gradient (the optimizer's rule), so the loss "
            "should be smaller next time.",
        )
    return ""


class StepPanel(QWidget):
    """Previous/next phase, next step, next epoch; the phase now shown; sample picker; timeline."""

    # the user ticked "Batch mean": the views should show batch means (True) or the traced
    # sample (False); the window shares the setting (``set_batch_mean``) with the others
    batchMeanToggled = Signal(bool)
    # whether there is anything to go back to (the toolbar's Previous phase follows it)
    stepBackAvailable = Signal(bool)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self._timeline: tuple[int, ...] = ()
        self._timeline_at = 0.0  # when the timeline widgets were last updated
        self._n_layers = 0
        self._can_back = False  # whether there is a phase or a step to go back to

        self.phase_title = QLabel(self.tr("Ready"))
        font = QFont(self.phase_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.phase_title.setFont(font)
        self.phase_title.setWordWrap(True)
        self.phase_title.setObjectName("phaseTitle")
        self.phase_detail = QLabel(
            self.tr("Press Next phase to run a training step one phase at a time.")
        )
        self.phase_detail.setWordWrap(True)

        # a strip of the step's phases, the current one highlighted
        self._strip = QHBoxLayout()
        self._strip.setSpacing(2)
        self._strip_labels: list[QLabel] = []

        self.prev_button = QPushButton(self.tr("◀ Previous phase"))
        self.prev_button.setToolTip(self.tr("Go back one phase (Left)"))
        self.next_button = QPushButton(self.tr("Next phase ▶"))
        self.next_button.setToolTip(self.tr("Run the next phase of this training step (Right)"))
        self.step_button = QPushButton(self.tr("Next step ▶▶"))
        self.step_button.setToolTip(
            self.tr("Finish this training step, or run a whole one (Shift+Right)")
        )
        self.epoch_button = QPushButton(self.tr("Next epoch ▶▶|"))
        self.epoch_button.setToolTip(
            self.tr("Train to the end of this pass over the data (Ctrl+Right)")
        )
        for button in (self.prev_button, self.next_button, self.step_button, self.epoch_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the arrow keys for the window
        self.prev_button.setEnabled(False)  # nothing to go back to before the first phase
        self.prev_button.clicked.connect(controller.step_back)
        self.next_button.clicked.connect(controller.step_phase)
        self.step_button.clicked.connect(controller.step_batch)
        self.epoch_button.clicked.connect(controller.step_epoch)

        self.sample_spin = QSpinBox()
        self.sample_spin.setRange(1, 1)
        self.sample_spin.setToolTip(self.tr("Which sample of the batch the formulas follow"))
        self.sample_spin.valueChanged.connect(self._on_sample)
        self.batch_size_label = QLabel(self.tr("of 1"))
        self.mean_check = QCheckBox(self.tr("Batch mean"))
        self.mean_check.setToolTip(
            self.tr(
                "Show the mean over the batch instead of one sample (gradients are batch totals)"
            )
        )
        self.mean_check.toggled.connect(self._on_mean)

        self.timeline_slider = QSlider(Qt.Orientation.Horizontal)
        self.timeline_slider.setRange(0, 0)
        self.timeline_slider.setTracking(False)  # restore once, where the user lets go
        self.timeline_slider.setToolTip(self.tr("Go back to an earlier training step"))
        self.timeline_slider.valueChanged.connect(self._on_timeline)
        self.timeline_slider.sliderMoved.connect(self._on_timeline_moved)
        self.timeline_label = QLabel(self.tr("step 0"))
        self.timeline_label.setMinimumWidth(90)

        buttons = QHBoxLayout()
        for button in (self.prev_button, self.next_button, self.step_button, self.epoch_button):
            buttons.addWidget(button)
        sample_row = QHBoxLayout()
        sample_row.addWidget(QLabel(self.tr("Traced sample")))
        sample_row.addWidget(self.sample_spin)
        sample_row.addWidget(self.batch_size_label)
        sample_row.addStretch(1)
        sample_row.addWidget(self.mean_check)
        timeline_row = QHBoxLayout()
        timeline_row.addWidget(QLabel(self.tr("Timeline")))
        timeline_row.addWidget(self.timeline_slider, 1)
        timeline_row.addWidget(self.timeline_label)

        # the texts inside a scroll area, so that a short dock scrolls instead of squeezing
        # them; the buttons above it, so that a longer text never pushes them out of view
        # (or away from the mouse between two clicks)
        content = QWidget()
        policy = self.phase_detail.sizePolicy()  # keeps the word wrap's height-for-width
        policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
        self.phase_detail.setSizePolicy(policy)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(self.phase_title)
        layout.addLayout(self._strip)
        layout.addWidget(self.phase_detail)
        layout.addLayout(sample_row)
        layout.addLayout(timeline_row)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        buttons.setContentsMargins(6, 4, 6, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(buttons)
        outer.addWidget(scroll, 1)

    # ----- state read by tests and the window --------------------------------------------
    @property
    def batch_mean(self) -> bool:
        return self.mean_check.isChecked()

    def set_batch_mean(self, on: bool) -> None:
        """Tick or untick "Batch mean" without emitting (the setting changed elsewhere)."""
        if on != self.mean_check.isChecked():
            self.mean_check.blockSignals(True)
            self.mean_check.setChecked(on)
            self.mean_check.blockSignals(False)
        self.sample_spin.setEnabled(not on and self.sample_spin.maximum() > 1)

    @property
    def timeline_steps(self) -> tuple[int, ...]:
        return self._timeline

    # ----- from the snapshot -----------------------------------------------------------------
    @Slot(object)
    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Name the phase just run and the next one; update the sample picker and the timeline."""
        self._update_strip(len(snapshot.spec.layers))
        trace = snapshot.trace
        current = trace[-1].phase if trace else None
        if snapshot.running:  # no counters: a changing label relayouts the window each frame
            title = self.tr("Training (Play)")
            detail = self.tr("Pause to step through one training step.")
        elif current is None:
            title = self.tr("Ready")
            detail = self.tr("Step {s} done. Next: {p} of step {n}.").format(
                s=snapshot.step, p=phase_label("forward[1]"), n=snapshot.step + 1
            )
        elif snapshot.next_phase is None:
            title = phase_label(current)
            detail = self.tr(
                "Step {s} is complete: the weights have moved. Next: {p} of step {n}."
            ).format(s=trace[-1].step, p=phase_label("forward[1]"), n=trace[-1].step + 1)
        else:
            title = phase_label(current)
            detail = self.tr("Step {s}, phase {i} of {m}. Next: {p}.").format(
                s=trace[-1].step,
                i=len(trace),
                m=2 * len(snapshot.spec.layers) + 2,
                p=phase_label(snapshot.next_phase),
            )
        if current is not None and not snapshot.running:
            detail += "\n\n" + phase_purpose(current)
        if snapshot.message:
            detail += "\n" + snapshot.message
        self.phase_title.setText(title)
        self.phase_detail.setText(detail)
        self._highlight(current if not snapshot.running else None)
        # at step 0 before the first phase there is nothing at all to go back to; after a
        # step without its trace (Play) the worker says to use the timeline instead
        can_back = bool(trace) or snapshot.step > 0
        if can_back != self._can_back:
            self._can_back = can_back
            self.stepBackAvailable.emit(can_back)
        self.prev_button.setEnabled(can_back and not snapshot.running)

        n = int(trace[0].arrays["a_prev"].shape[0]) if trace else snapshot.spec.batch_size
        value = min(snapshot.traced_sample, max(n - 1, 0)) + 1
        spin = self.sample_spin
        if spin.maximum() != max(n, 1) or spin.value() != value:  # setRange relayouts the panel
            spin.blockSignals(True)
            spin.setRange(1, max(n, 1))
            spin.setValue(value)
            spin.blockSignals(False)
        spin.setEnabled(n > 1 and not self.batch_mean)
        self.batch_size_label.setText(self.tr("of {n}").format(n=n))

        steps = tuple(snapshot.timeline)
        now = time.perf_counter()
        if snapshot.running and now - self._timeline_at < 1.0 / TIMELINE_HZ:
            return  # while playing, the timeline follows at TIMELINE_HZ (each change relayouts)
        self._timeline_at = now
        if steps != self._timeline or self.timeline_label.text() != self._step_text(snapshot.step):
            self._timeline = steps
            self.timeline_slider.blockSignals(True)
            self.timeline_slider.setRange(0, max(len(steps) - 1, 0))
            if snapshot.step in steps:
                self.timeline_slider.setValue(steps.index(snapshot.step))
            elif steps:
                self.timeline_slider.setValue(len(steps) - 1)
            self.timeline_slider.blockSignals(False)
            self.timeline_slider.setEnabled(len(steps) > 1)
            self.timeline_label.setText(self._step_text(snapshot.step))
            if steps:
                self.timeline_slider.setToolTip(
                    self.tr("Go back to an earlier training step (steps {a}–{b} are kept)").format(
                        a=steps[0], b=steps[-1]
                    )
                )

    def _step_text(self, step: int) -> str:
        return self.tr("step {s}").format(s=step)

    def _update_strip(self, n_layers: int) -> None:
        if n_layers == self._n_layers:
            return
        self._n_layers = n_layers
        for label in self._strip_labels:
            self._strip.removeWidget(label)
            label.deleteLater()
        self._strip_labels = []
        self._highlighted = ("none yet",)  # the new labels need their style
        for phase in phase_names(n_layers):
            short = phase.replace("forward", "F").replace("backward", "B")
            if phase == "loss":
                short = self.tr("Loss")
            elif phase == "update":
                short = self.tr("Update")
            label = QLabel(short)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setToolTip(phase_label(phase))
            label.setProperty("phase", phase)
            self._strip.addWidget(label)
            self._strip_labels.append(label)

    def _highlight(self, current: str | None) -> None:
        if current == getattr(self, "_highlighted", ("none yet",)):
            return  # restyling (a style sheet parse per label) only when the phase changes
        self._highlighted = current
        for label in self._strip_labels:
            on = label.property("phase") == current
            style = (
                "background:#e0a800; color:black; font-weight:bold; border-radius:3px; padding:2px 4px;"
                if on
                else "background:#e8ebef; color:#555; border-radius:3px; padding:2px 4px;"
            )
            label.setStyleSheet(style)

    # ----- to the controller --------------------------------------------------------------------
    def _on_sample(self, value: int) -> None:
        self.controller.set_traced_sample(int(value) - 1)

    def _on_mean(self, on: bool) -> None:
        self.sample_spin.setEnabled(not on and self.sample_spin.maximum() > 1)
        self.batchMeanToggled.emit(bool(on))

    def _on_timeline_moved(self, index: int) -> None:
        if 0 <= index < len(self._timeline):
            self.timeline_label.setText(self._step_text(self._timeline[index]))

    def _on_timeline(self, index: int) -> None:
        if 0 <= index < len(self._timeline):
            self.timeline_label.setText(self._step_text(self._timeline[index]))
            self.controller.restore_timeline(self._timeline[index])
