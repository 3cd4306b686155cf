"""Play's speed, beside Play in the toolbar: from one step per frame (~30 steps a second) to full speed.

A slider with a notch per speed of ``session.pacing.SPEEDS`` (1, 3, 10, … steps per frame, then
full speed: about ×3 a notch, so every notch feels like the same change), and the speed in
words next to it. ``[`` slows down, ``]`` speeds up (the Training menu has both). The speed is
kept in the settings with the window's state and set again at the next start. Below full
speed the worker runs exactly as many steps per snapshot as the speed says and the window
draws every snapshot (session/pacing.py), so at the slowest speed every step shows.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

from session.pacing import FRAME_HZ, SPEEDS, steps_per_snapshot

SETTINGS_KEY = "training/speed"
FULL = len(SPEEDS) - 1  # the notch of full speed, the default


def notch_of(speed: float | None) -> int:
    """The notch nearest to ``speed`` (steps a second; None: full speed)."""
    if speed is None:
        return FULL
    paced = [s for s in SPEEDS if s is not None]
    return min(range(len(paced)), key=lambda i: abs(paced[i] - speed))


class SpeedControl(QWidget):
    """The speed slider, its label and the Slower / Faster actions; ``speedChanged`` carries the
    steps a second (None: full speed)."""

    speedChanged = Signal(object)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.caption = QLabel(self.tr("Speed"), self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, FULL)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setFixedWidth(110)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows stay the window's
        self.value = QLabel(self)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("10,000 steps/s") + 6)
        tip = self.tr(
            "How fast Play trains. At the slowest speed every training step is one frame (about "
            "30 steps a second): the diagram, the loss curve and the output map show each step. "
            "Each notch to the right is about 3 times faster, up to full speed, where the window "
            "shows the newest state about 30 times a second. [ slower, ] faster."
        )
        for w in (self, self.caption, self.slider, self.value):
            w.setToolTip(tip)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(4)
        row.addWidget(self.caption)
        row.addWidget(self.slider)
        row.addWidget(self.value)
        self.act_slower = self._action(self.tr("Slower"), "[", -1, self.tr("Train slower ([)"))
        self.act_faster = self._action(self.tr("Faster"), "]", 1, self.tr("Train faster (])"))
        self.slider.setValue(self._saved_notch())
        self._show(self.slider.value())
        self.slider.valueChanged.connect(self._changed)

    def _action(self, text: str, key: str, by: int, tip: str) -> QAction:
        act = QAction(text, self)
        act.setShortcut(QKeySequence(key))
        # the whole window's, as Space is; a text field still gets the key when it has focus
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.setToolTip(tip)
        act.setStatusTip(tip)
        act.triggered.connect(lambda: self.slider.setValue(self.slider.value() + by))
        return act

    def _saved_notch(self) -> int:
        try:
            notch = int(self.settings.value(SETTINGS_KEY, FULL))
        except (TypeError, ValueError):
            return FULL
        return min(max(notch, 0), FULL)

    @property
    def speed(self) -> float | None:
        """Steps a second (None: full speed)."""
        return SPEEDS[self.slider.value()]

    def set_speed(self, speed: float | None) -> None:
        """Move to the notch of ``speed`` (emits ``speedChanged`` when it moves)."""
        self.slider.setValue(notch_of(speed))

    def draw_every_step(self, *views) -> None:
        """At a set speed, these views draw every snapshot (each ``set_every_snapshot``): the
        worker then sends at most ~30 a second, one per step at the slow end."""
        for view in views:
            view.set_every_snapshot(self.speed is not None)
            self.speedChanged.connect(lambda s, v=view: v.set_every_snapshot(s is not None))

    def _changed(self, notch: int) -> None:
        self._show(notch)
        self.settings.setValue(SETTINGS_KEY, notch)
        self.speedChanged.emit(SPEEDS[notch])

    def _show(self, notch: int) -> None:
        speed = SPEEDS[notch]
        self.act_slower.setEnabled(notch > 0)
        self.act_faster.setEnabled(notch < FULL)
        if speed is None:
            self.value.setText(self.tr("full speed"))
            detail = self.tr("Full speed: as fast as the computer trains")
        else:
            per = steps_per_snapshot(speed)
            if per == 1:
                self.value.setText(self.tr("1 step/frame"))
            else:
                self.value.setText(self.tr("%1 steps/s").replace("%1", f"{speed:,.0f}"))
            detail = (
                self.tr("%1 steps a second: %2 step(s) per frame, %3 frames a second")
                .replace("%1", f"{speed:,.0f}")
                .replace("%2", f"{per:,}")
                .replace("%3", f"{min(FRAME_HZ, speed):.0f}")
            )
        self.value.setAccessibleDescription(detail)
        self.slider.setAccessibleName(self.tr("Speed"))
        self.slider.setAccessibleDescription(detail)
        self.value.setStatusTip(detail)
