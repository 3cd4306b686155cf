"""The landscape view's toy-surface mode: optimizers on textbook functions, no network needed.

The learner picks a surface (engine/toy_surfaces.py: the narrow valley x² + 10y²,
Rosenbrock, Beale, the saddle x² − y²), which optimizers to run, one learning rate and a
number of steps; every optimizer starts from the surface's start and moves by the
trainer's own update rule. ``compute`` gives the contour grid and one path per optimizer,
for gui/contour_plot.py: ``toy_result`` is a plain function of the settings, which the
landscape view runs on a thread of its own (a long run of six optimizers takes a while).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.optimizers import OPTIMIZERS_BY_NAME
from engine.spec import OptimizerSpec
from engine.toy_surfaces import SURFACES, Path, optimizer_path, surface, surface_grid
from gui.race_dialog import choice_text
from gui.widgets import NumberField

#: a learning rate and steps each surface shows well with: SGD stays stable, and at least
#: one optimizer reaches the minimum (momentum along Rosenbrock's banana, for one)
DEFAULT_LR = {"valley": 0.01, "rosenbrock": 0.001, "beale": 0.005, "saddle": 0.05}
DEFAULT_STEPS = {"valley": 500, "rosenbrock": 2000, "beale": 500, "saddle": 100}
#: a path "arrives" once f is below this (the table of steps in the caption)
ARRIVED = 1e-3
GRID = 101


@dataclass(frozen=True)
class ToyResult:
    """A surface's grid and each chosen optimizer's path over it."""

    name: str
    lr: float
    xs: np.ndarray
    ys: np.ndarray
    z: np.ndarray
    paths: list[tuple[str, Path]]  # (optimizer name, its path)


class ToySurfacePanel(QWidget):
    """Chooses a toy surface, the optimizers, their learning rate and steps."""

    changed = Signal()  # a setting changed: compute again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.surface = QComboBox(self)
        titles = {
            "valley": self.tr("Long narrow valley"),
            "rosenbrock": self.tr("Rosenbrock"),
            "beale": self.tr("Beale"),
            "saddle": self.tr("Saddle"),
        }
        for name in SURFACES:
            self.surface.addItem(titles.get(name, name), name)
        self.surface.setToolTip(self.tr("The function the optimizers descend"))
        self.boxes: dict[str, QCheckBox] = {}
        boxes = QGridLayout()  # three to a row: the dock may be narrow
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.setVerticalSpacing(0)
        for k, name in enumerate(OPTIMIZERS_BY_NAME):
            box = QCheckBox(choice_text("optimizer", name), self)
            box.setChecked(name in ("sgd", "momentum", "adam"))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[name] = box
            boxes.addWidget(box, k // 3, k % 3)
        boxes.setColumnStretch(3, 1)
        self.lr = NumberField(self.tr("Learning rate"), minimum=0.0, open_min=True)
        self.lr.setMaximumWidth(70)
        self.lr.setToolTip(self.tr("Learning rate, the same for every optimizer"))
        self.lr.valueEdited.connect(lambda _v: self.changed.emit())
        self.steps = QSpinBox(self)
        self.steps.setRange(1, 20_000)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.valueChanged.connect(lambda _v: self.changed.emit())
        # the surface, η and the steps; below, the optimizers (the formula is in the caption)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.surface)
        row.addWidget(QLabel(self.tr("η"), self))
        row.addWidget(self.lr)
        row.addWidget(QLabel(self.tr("Steps"), self))
        row.addWidget(self.steps)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addLayout(boxes)
        self.surface.currentIndexChanged.connect(self._on_surface)
        self._on_surface()

    def _on_surface(self, *_args) -> None:
        name = self.surface_name
        self.lr.set_value(DEFAULT_LR.get(name, 0.01))
        self.steps.blockSignals(True)
        self.steps.setValue(DEFAULT_STEPS.get(name, 300))
        self.steps.blockSignals(False)
        self.changed.emit()

    @property
    def surface_name(self) -> str:
        return str(self.surface.currentData())

    def chosen(self) -> list[str]:
        """The ticked optimizers, in the order they are offered."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_chosen(self, names: list[str]) -> None:
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in names)
            box.blockSignals(False)
        self.changed.emit()

    def settings(self) -> tuple[str, list[str], float, int]:
        """(surface, optimizers, learning rate, steps) as chosen now, for ``toy_result``."""
        name = self.surface_name
        lr = float(self.lr.value() or DEFAULT_LR.get(name, 0.01))
        return name, self.chosen(), lr, int(self.steps.value())

    def compute(self) -> ToyResult:
        """The surface's grid and each ticked optimizer's path from the same start."""
        return toy_result(*self.settings())

    def caption(self, result: ToyResult) -> str:
        """What the plot shows, with each optimizer's steps to f < 0.001 (or where it went)."""
        s = surface(result.name)
        parts = []
        for opt, path in result.paths:
            if path.escaped:
                where = self.tr("escaped")
            else:
                steps = path.steps_to(ARRIVED) if s.minimum is not None else None
                x, y = path.points[-1]
                where = (
                    self.tr("f < 0.001 after %1 steps").replace("%1", str(steps))
                    if steps is not None
                    else self.tr("ends at (%1, %2)")
                    .replace("%1", f"{x:.3g}")
                    .replace("%2", f"{y:.3g}")
                )
            parts.append(f"{choice_text('optimizer', opt)}: {where}")
        head = (
            self.tr("%1 from (%2, %3), learning rate %4.")
            .replace("%1", s.formula)
            .replace("%2", f"{s.start[0]:g}")
            .replace("%3", f"{s.start[1]:g}")
            .replace("%4", f"{result.lr:g}")
        )
        return head + " " + "; ".join(parts)


def toy_result(name: str, optimizers: list[str], lr: float, steps: int) -> ToyResult:
    """The surface's grid and each optimizer's path from the surface's start (no Qt: any thread)."""
    xs, ys, z = surface_grid(name, GRID)
    paths = [
        (opt, optimizer_path(name, OptimizerSpec(name=opt, lr=lr), steps)) for opt in optimizers
    ]
    return ToyResult(name, lr, xs, ys, z, paths)
