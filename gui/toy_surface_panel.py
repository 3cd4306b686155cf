"""The landscape view's toy-surface mode: optimizers on textbook functions, no network needed.

The learner picks a surface (engine/toy_surfaces.py: the narrow valley x² + 10y²,
Rosenbrock, Beale, the saddle x² − y²), which optimizers to run, one learning rate and a
number of steps; every optimizer starts from the surface's start and moves by the
trainer's own update rule. ``compute`` gives the contour grid and one path per optimizer,
for gui/contour_plot.py; it takes a few milliseconds, so it runs on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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

#: a learning rate each surface shows well with (SGD stays stable, Adam gets somewhere)
DEFAULT_LR = {"valley": 0.05, "rosenbrock": 0.002, "beale": 0.01, "saddle": 0.05}
#: a path "arrives" once f is below this (the table of steps in the caption)
ARRIVED = 1e-3
GRID = 101


@dataclass(frozen=True)
class ToyResult:
    """A surface's grid and each chosen optimizer's path over it."""

    name: str
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
        self.formula = QLabel(self)
        self.boxes: dict[str, QCheckBox] = {}
        boxes = QGridLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        for k, name in enumerate(OPTIMIZERS_BY_NAME):
            box = QCheckBox(choice_text("optimizer", name), self)
            box.setChecked(name in ("sgd", "momentum", "adam"))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[name] = box
            boxes.addWidget(box, k // 3, k % 3)
        self.lr = NumberField(self.tr("Learning rate"), minimum=0.0, open_min=True)
        self.lr.setMaximumWidth(90)
        self.lr.valueEdited.connect(lambda _v: self.changed.emit())
        self.steps = QSpinBox(self)
        self.steps.setRange(1, 20_000)
        self.steps.setValue(300)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.valueChanged.connect(lambda _v: self.changed.emit())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.surface)
        row.addWidget(self.formula, 1)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Surface"), row)
        form.addRow(self.tr("Optimizers"), boxes)
        settings = QHBoxLayout()
        settings.addWidget(self.lr)
        settings.addWidget(QLabel(self.tr("Steps"), self))
        settings.addWidget(self.steps)
        settings.addStretch(1)
        form.addRow(self.tr("Learning rate"), settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.surface.currentIndexChanged.connect(self._on_surface)
        self._on_surface()

    def _on_surface(self, *_args) -> None:
        name = self.surface_name
        self.formula.setText(surface(name).formula)
        self.lr.set_value(DEFAULT_LR.get(name, 0.01))
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

    def compute(self) -> ToyResult:
        """The surface's grid and each ticked optimizer's path from the same start."""
        name = self.surface_name
        xs, ys, z = surface_grid(name, GRID)
        lr = float(self.lr.value() or DEFAULT_LR.get(name, 0.01))
        paths = []
        for opt in self.chosen():
            spec = OptimizerSpec(name=opt, lr=lr)
            paths.append((opt, optimizer_path(name, spec, int(self.steps.value()))))
        return ToyResult(name, xs, ys, z, paths)

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
            .replace("%4", f"{float(self.lr.value() or 0):g}")
        )
        return head + " " + "; ".join(parts)
