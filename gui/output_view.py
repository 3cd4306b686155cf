"""The output view: the decision map with the data for 2-D data, a confusion matrix for other
classification, predicted against actual values for regression; a hovered neuron's heatmap large."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from engine.datasets import Dataset
from gui import theme
from gui.confusion_view import ConfusionView
from gui.widgets.plot_widget import plot_widget
from session.snapshot import Snapshot

DOMAIN = (-6.0, 6.0)
MAX_POINTS = 3000


def activation_levels(activation: str | None, image: np.ndarray) -> tuple[float, float]:
    """Fixed colour levels for a neuron's output: its activation's range, or ±max|value| when unbounded."""
    if activation == "tanh":
        return -1.0, 1.0
    if activation in ("sigmoid", "softmax"):
        return 0.0, 1.0
    m = float(np.nanmax(np.abs(image))) if image.size and np.isfinite(image).any() else 1.0
    m = m if m > 0 else 1.0
    return -m, m


class OutputView(QWidget):
    """Shows what the network outputs: decision map + points, confusion matrix, or predicted vs actual."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._snapshot: Snapshot | None = None
        self._last_draw = 0.0  # when the map was last drawn (for MAX_HZ)
        self._hover: tuple[int, int] = (-1, -1)
        self._levels = (0.0, 1.0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.test_box = QCheckBox(self.tr("Show test data"), self)
        self.test_box.toggled.connect(self._on_test_toggled)
        self.stack = QStackedWidget(self)
        # 2-D: decision map
        self.map_widget = plot_widget(self)
        self.map_widget.setAspectLocked(True)
        self.map_widget.setLabel("bottom", "x₁")
        self.map_widget.setLabel("left", "x₂")
        self.image = pg.ImageItem(axisOrder="row-major")
        self._image_shape: tuple[int, ...] | None = None
        self._shown_image: np.ndarray | None = None  # what the map shows now
        self.map_widget.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(255, 255, 255, 200, width=1))
        self.test_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen(0, 0, 0, 220, width=1.5))
        self.map_widget.addItem(self.train_points)
        self.map_widget.addItem(self.test_points)
        self.test_points.setVisible(False)
        # ticks outside and a small margin: redrawing the map never touches (and repaints) the axes
        for side in ("bottom", "left"):
            self.map_widget.getAxis(side).setStyle(tickLength=5)
        self.map_widget.setRange(xRange=DOMAIN, yRange=DOMAIN, padding=0.02)
        # classification: confusion matrix (one image, whatever the number of classes)
        self.cm_widget = ConfusionView(self)
        # regression: predicted vs actual
        self.reg_widget = plot_widget(self)
        self.reg_widget.setLabel("bottom", self.tr("actual"))
        self.reg_widget.setLabel("left", self.tr("predicted"))
        self.reg_points = pg.ScatterPlotItem(size=5, brush=pg.mkBrush(*theme.BLUE, 160), pen=None)
        self.reg_line = pg.PlotDataItem(
            pen=pg.mkPen(120, 120, 120, width=1, style=pg.QtCore.Qt.PenStyle.DashLine)
        )
        self.reg_widget.addItem(self.reg_line)
        self.reg_widget.addItem(self.reg_points)
        for w in (self.map_widget, self.cm_widget, self.reg_widget):
            self.stack.addWidget(w)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.test_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # ----- data ---------------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """Show a new dataset: its points (2-D) and the view that fits its task."""
        self._dataset = dataset
        self._hover = (-1, -1)
        if dataset.is_2d:
            self.stack.setCurrentWidget(self.map_widget)
            self.test_box.setVisible(True)
            self._draw_points()
        elif dataset.task == "classification":
            self.stack.setCurrentWidget(self.cm_widget)
            self.test_box.setVisible(False)
        else:
            self.stack.setCurrentWidget(self.reg_widget)
            self.test_box.setVisible(False)
        self._update_title()

    def _draw_points(self) -> None:
        ds = self._dataset
        for item, raw, y in (
            (self.train_points, ds.raw_train, ds.y_train),
            (self.test_points, ds.raw_test, ds.y_test),
        ):
            raw, y = raw[:MAX_POINTS], y[:MAX_POINTS]
            if len(raw) == 0:
                item.setData([], [])
                continue
            if ds.task == "classification":
                brushes = theme.brushes_for(y, ds.n_classes)
            else:
                v = np.asarray(ds.y_train, dtype=float)[:, 0]
                brushes = theme.value_brushes(np.asarray(y, dtype=float)[:, 0], v.min(), v.max())
            item.setData(raw[:, 0], raw[:, 1], brush=brushes)

    def _on_test_toggled(self, on: bool) -> None:
        self.test_points.setVisible(bool(on))

    # ----- snapshots ----------------------------------------------------------------
    # while training plays, the map is redrawn at most this often: repainting it (a 64 × 64
    # image and hundreds of points over it) costs the GUI thread several ms, and a map
    # 70 ms old looks the same
    MAX_HZ = 15.0
    every_snapshot = False  # Play at a set speed: draw each snapshot (at most ~30 a second)

    def set_every_snapshot(self, on: bool) -> None:
        """Draw every snapshot while playing (Play at a set speed), not at most ``MAX_HZ``."""
        self.every_snapshot = bool(on)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the latest snapshot (the decision map, the confusion matrix or the regression plot)."""
        self._snapshot = snapshot
        now = time.perf_counter()
        if (
            snapshot.running
            and not self.every_snapshot
            and now - self._last_draw < 1.0 / self.MAX_HZ
        ):
            return  # a later snapshot (or the one at pause) draws it
        self._last_draw = now
        ds = self._dataset
        if ds is None:
            return
        if ds.is_2d:
            self._draw_map()
        elif "confusion_cells" in snapshot.extra:
            self._draw_confusion(snapshot.extra)
        elif "actual" in snapshot.extra:
            self._draw_regression(snapshot.extra["actual"], snapshot.extra["predicted"])

    def show_neuron(self, layer: int, unit: int) -> None:
        """Show this neuron's heatmap large ((-1, -1): back to the network's output)."""
        self._hover = (int(layer), int(unit))
        self._update_title()
        if self._snapshot is not None and self._dataset is not None and self._dataset.is_2d:
            self._draw_map()

    def _draw_map(self) -> None:
        snap, ds = self._snapshot, self._dataset
        if snap is None or snap.heatmaps is None:
            return
        layer, unit = self._hover
        if layer >= 0 and layer < len(snap.heatmaps) and 0 <= unit < snap.heatmaps[layer].shape[0]:
            img = snap.heatmaps[layer][unit]
            act = None if layer == 0 else snap.spec.layers[layer - 1].activation
            levels = activation_levels(act, img)
            cmap = theme.diverging_colormap(light=True)
        else:
            img = snap.extra.get("decision")
            if img is None:
                return
            if (
                ds.task == "classification"
                and ds.n_classes > 2
                or (snap.heatmaps[-1].shape[0] > 1 and ds.task == "classification")
            ):
                levels = (0.0, float(max(ds.n_classes - 1, 1)))
                cmap = theme.categorical_colormap(ds.n_classes)
            elif ds.task == "classification":
                levels = (0.0, 1.0)
                cmap = theme.diverging_colormap(light=True)
            else:
                v = np.asarray(ds.y_train, dtype=float)[:, 0]
                levels = (float(v.min()), float(v.max())) if v.max() > v.min() else (-1.0, 1.0)
                cmap = theme.diverging_colormap(light=True)
        same_levels = self._levels == levels
        if not same_levels or getattr(self, "_cmap_key", None) != (cmap.pos.tobytes(), levels):
            self.image.setColorMap(cmap)
            self._cmap_key = (cmap.pos.tobytes(), levels)
        self._levels = levels
        shown = self._shown_image
        if same_levels and shown is not None and np.array_equal(shown, img, equal_nan=True):
            return  # the same map again: a snapshot after an edit that did not change it
        self._shown_image = img  # a snapshot's arrays are never written to afterwards
        self.image.setImage(img, levels=levels, autoLevels=False)
        if self._image_shape != img.shape:  # the rect scales by the image's size: set it after
            self._image_shape = img.shape
            self.image.setRect(
                QRectF(DOMAIN[0], DOMAIN[0], DOMAIN[1] - DOMAIN[0], DOMAIN[1] - DOMAIN[0])
            )

    def _draw_confusion(self, summary: dict) -> None:
        self.cm_widget.show_summary(summary, self._dataset.class_names)
        acc = summary["correct"] / max(summary["total"], 1)
        text = (
            self.tr("Confusion matrix of the test data, accuracy %1 %")
            if summary.get("split", "test") == "test"
            else self.tr("Confusion matrix of the training data, accuracy %1 %")
        )
        self.title.setText(text.replace("%1", f"{100 * acc:.1f}"))

    def _draw_regression(self, actual: np.ndarray, predicted: np.ndarray) -> None:
        a = np.asarray(actual, dtype=float).reshape(len(actual), -1)[:, 0]
        p = np.asarray(predicted, dtype=float).reshape(len(predicted), -1)[:, 0]
        self.reg_points.setData(a, p)
        if a.size:
            lo, hi = float(np.nanmin(a)), float(np.nanmax(a))
            self.reg_line.setData([lo, hi], [lo, hi])

    def _update_title(self) -> None:
        ds = self._dataset
        if ds is None:
            return
        layer, unit = self._hover
        if ds.is_2d and layer >= 0:
            if layer == 0:
                name = ds.feature_names[unit] if unit < len(ds.feature_names) else str(unit)
                self.title.setText(self.tr("Input %1 over the plane").replace("%1", name))
            else:
                self.title.setText(
                    self.tr("Neuron %1 of layer %2 over the plane")
                    .replace("%1", str(unit + 1))
                    .replace("%2", str(layer))
                )
        elif ds.is_2d:
            self.title.setText(self.tr("Network output over the plane"))
        elif ds.task == "regression":
            self.title.setText(self.tr("Predicted against actual (first target)"))
