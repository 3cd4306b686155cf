"""Ghost runs: pinned loss curves that stay on the loss plot while the learner tries again.

"Pin as ghost" keeps the current run's training-loss curve as a faint dashed line in the
loss plot (the same plot, with a pen of its own), labelled in the legend with what
differs between the settings it was trained with and the settings now ("lr 0.03 → 0.3"),
so a learner can change one thing, train again and see the difference. At most
``MAX_GHOSTS`` stay (a sixth pin drops the oldest). Right-click a ghost to remove it;
"Clear ghosts" removes them all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from engine.optimizers import OPTIMIZERS_BY_NAME, hyperparameter_fields
from engine.race_values import format_value
from engine.spec import NetworkSpec
from session.snapshot import History

MAX_GHOSTS = 5
#: the ghosts' colours: none of them the loss plot's own blue and vermillion
GHOST_COLORS = ((0, 158, 115), (204, 121, 167), (230, 159, 0), (86, 180, 233), (110, 110, 110))
GHOST_ALPHA = 150
#: at most this many differences are named in a label
MAX_DIFFERENCES = 3


def _optimizer_name(name: str) -> str:
    cls = OPTIMIZERS_BY_NAME.get(name)
    return QCoreApplication.translate("optimizers", cls.display_name) if cls else name


def spec_differences(
    before: NetworkSpec, now: NetworkSpec, data_before: str = "", data_now: str = ""
) -> list[str]:
    """What changed from ``before`` to ``now``, each as "name old → new"."""
    out: list[str] = []

    def add(label: str, old, new) -> None:
        if old != new:
            out.append(f"{label} {format_value(old)} → {format_value(new)}")

    if data_before and data_now:
        add(QCoreApplication.translate("Ghosts", "data"), data_before, data_now)
    if before.optimizer.name != now.optimizer.name:
        word = QCoreApplication.translate("Ghosts", "optimizer")
        old, new = (_optimizer_name(s.optimizer.name) for s in (before, now))
        out.append(f"{word} {old} → {new}")
    symbols = {"lr": "lr", "momentum": "μ", "beta1": "β1", "beta2": "β2", "eps": "ε", "alpha": "α"}
    for f in hyperparameter_fields():
        add(symbols.get(f, f), getattr(before.optimizer, f), getattr(now.optimizer, f))
    add(QCoreApplication.translate("Ghosts", "batch size"), before.batch_size, now.batch_size)
    hidden_b = "-".join(str(ly.units) for ly in before.hidden) or "0"
    hidden_n = "-".join(str(ly.units) for ly in now.hidden) or "0"
    add(QCoreApplication.translate("Ghosts", "hidden layers"), hidden_b, hidden_n)
    acts_b = sorted({ly.activation for ly in before.hidden})
    acts_n = sorted({ly.activation for ly in now.hidden})
    add(QCoreApplication.translate("Ghosts", "activation"), "/".join(acts_b), "/".join(acts_n))
    add(QCoreApplication.translate("Ghosts", "loss"), before.loss, now.loss)
    add(QCoreApplication.translate("Ghosts", "inputs"), before.n_inputs, now.n_inputs)
    add(QCoreApplication.translate("Ghosts", "init"), before.init, now.init)
    add("L1", before.l1, now.l1)
    add("L2", before.l2, now.l2)
    add(QCoreApplication.translate("Ghosts", "dropout"), before.dropout, now.dropout)
    add(QCoreApplication.translate("Ghosts", "seed"), before.seed, now.seed)
    add(QCoreApplication.translate("Ghosts", "precision"), before.dtype, now.dtype)
    return out


def ghost_label(differences: list[str]) -> str:
    """A ghost's legend text: what differed, or that nothing did (yet)."""
    if not differences:
        return QCoreApplication.translate("Ghosts", "ghost: same settings")
    shown = differences[:MAX_DIFFERENCES]
    more = len(differences) - len(shown)
    text = ", ".join(shown) + (
        QCoreApplication.translate("Ghosts", ", and %1 more").replace("%1", str(more))
        if more
        else ""
    )
    return QCoreApplication.translate("Ghosts", "ghost: %1").replace("%1", text)


@dataclass
class Ghost:
    """One pinned curve: its points, the settings it was trained with, its item and colour."""

    steps: np.ndarray
    loss: np.ndarray
    spec: NetworkSpec
    data_name: str
    item: pg.PlotDataItem
    color: int
    label: str = ""


class GhostCurves(QObject):
    """The ghosts of one loss plot (see the module's docstring)."""

    changed = Signal()  # a ghost was pinned or removed

    def __init__(self, plot: pg.PlotItem, parent: QObject | None = None):
        super().__init__(parent)
        self.plot = plot
        self.ghosts: list[Ghost] = []
        self._spec: NetworkSpec | None = None
        self._data_name = ""
        scene = plot.scene()
        if scene is not None:
            scene.sigMouseClicked.connect(self._on_click)

    # ----- pinning -----------------------------------------------------------------------
    def pin(self, history: History, spec: NetworkSpec, data_name: str = "") -> Ghost | None:
        """Keep this training-loss curve as a ghost (None when it has no point); past
        ``MAX_GHOSTS`` the oldest goes."""
        ok = np.isfinite(history.train_loss)
        if not ok.any():
            return None
        if len(self.ghosts) >= MAX_GHOSTS:
            self.remove(self.ghosts[0])
        used = {g.color for g in self.ghosts}
        color = next(i for i in range(len(GHOST_COLORS)) if i not in used)
        pen = pg.mkPen((*GHOST_COLORS[color], GHOST_ALPHA), width=1.5)
        pen.setDashPattern([4.0, 3.0])
        item = pg.PlotDataItem(pen=pen, antialias=False)
        item.setData(np.array(history.step[ok]), np.array(history.train_loss[ok]))
        item.setCurveClickable(True, width=8)
        item.setZValue(-5)  # under the live curves
        ghost = Ghost(
            np.array(history.step[ok]),
            np.array(history.train_loss[ok]),
            spec,
            data_name,
            item,
            color,
        )
        self.ghosts.append(ghost)
        self.plot.addItem(item)
        self._relabel(ghost)
        self.changed.emit()
        return ghost

    def follow(self, spec: NetworkSpec | None = None, data_name: str | None = None) -> None:
        """The settings now: every ghost's label says what differs from its own."""
        if spec is not None:
            self._spec = spec
        if data_name is not None:
            self._data_name = data_name
        for g in self.ghosts:  # the legend only: the curves and the view stay as they are
            self._relabel(g)

    def _relabel(self, ghost: Ghost) -> None:
        now = self._spec or ghost.spec
        diffs = spec_differences(ghost.spec, now, ghost.data_name, self._data_name)
        label = ghost_label(diffs)
        if label == ghost.label:
            return
        ghost.label = label
        ghost.item.opts["name"] = label
        legend = self.plot.legend
        if legend is not None:
            legend.removeItem(ghost.item)
            legend.addItem(ghost.item, label)

    # ----- removing ----------------------------------------------------------------------
    def remove(self, ghost: Ghost) -> None:
        if ghost not in self.ghosts:
            return
        self.ghosts.remove(ghost)
        if self.plot.legend is not None:
            self.plot.legend.removeItem(ghost.item)
        self.plot.removeItem(ghost.item)
        self.changed.emit()

    def clear(self) -> None:
        """Remove every ghost."""
        for g in list(self.ghosts):
            self.remove(g)

    def ghost_at(self, scene_pos: QPointF) -> Ghost | None:
        """The ghost whose curve passes under this scene point (within a few pixels)."""
        for g in reversed(self.ghosts):
            curve = g.item.curve
            if g.item.isVisible() and curve.mouseShape().contains(curve.mapFromScene(scene_pos)):
                return g
        return None

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.RightButton or not self.ghosts:
            return
        if not self.plot.getViewBox().sceneBoundingRect().contains(event.scenePos()):
            return
        ghost = self.ghost_at(event.scenePos())
        menu = QMenu()
        if ghost is not None:
            menu.addAction(
                QCoreApplication.translate("Ghosts", "Remove %1").replace("%1", ghost.label),
                lambda g=ghost: self.remove(g),
            )
        menu.addAction(QCoreApplication.translate("Ghosts", "Clear ghosts"), self.clear)
        event.accept()
        menu.exec(QCursor.pos())

    # ----- for the plot's range ----------------------------------------------------------
    def extent(self) -> tuple[float, list[np.ndarray]]:
        """The last step any ghost reaches and their losses (so the view keeps them in sight)."""
        if not self.ghosts:
            return 0.0, []
        return max(float(g.steps[-1]) for g in self.ghosts), [g.loss for g in self.ghosts]

    @property
    def labels(self) -> list[str]:
        return [g.label for g in self.ghosts]
