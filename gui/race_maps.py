"""What each run of a race has learned, side by side: decision maps, or accuracy bars.

For 2-D data each run's decision map is a small multiple (one small square per run, its
title in the run's colour, the training points over it), coloured as the output view
colours the main network's map. For other data a bar per run shows its latest accuracy
(test where the data has a test split, else training), or its loss for regression.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QStackedWidget, QWidget

from engine.datasets import Dataset
from gui import theme
from gui.output_view import DOMAIN
from gui.race_dialog import run_title
from gui.run_colors import run_color
from gui.widgets.plot_widget import plot_widget

#: training points drawn over each small map
MAP_POINTS = 300


def map_colors(dataset: Dataset, n_outputs: int) -> tuple[pg.ColorMap, tuple[float, float]]:
    """The colour map and levels of a decision map, as the output view draws the main one."""
    if dataset.task == "classification" and (dataset.n_classes > 2 or n_outputs > 1):
        return theme.categorical_colormap(dataset.n_classes), (
            0.0,
            float(max(dataset.n_classes - 1, 1)),
        )
    if dataset.task == "classification":
        return theme.diverging_colormap(light=True), (0.0, 1.0)
    v = np.asarray(dataset.y_train, dtype=float)[:, 0]
    levels = (float(v.min()), float(v.max())) if v.size and v.max() > v.min() else (-1.0, 1.0)
    return theme.diverging_colormap(light=True), levels


class RaceMaps(QStackedWidget):
    """The runs' decision maps as small multiples (2-D data), or a bar chart of their accuracy."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = pg.GraphicsLayoutWidget(self)
        self.bars_widget = plot_widget(self)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.bars_widget.addItem(self.bars)
        self.bars_widget.getPlotItem().setMouseEnabled(x=False, y=False)
        self.addWidget(self.grid)
        self.addWidget(self.bars_widget)
        self.images: list[pg.ImageItem] = []
        self._titles: list[pg.LabelItem] = []
        self._layout_key: tuple = ()
        self._dataset: Dataset | None = None
        self._shown: list[np.ndarray | None] = []
        self._levels = (0.0, 1.0)
        self._last: tuple[dict, int] | None = None  # the race drawn, for a redraw on resize
        self._per_row = 0

    def set_dataset(self, dataset: Dataset | None) -> None:
        self._dataset = dataset
        self._layout_key = ()

    @property
    def map_count(self) -> int:
        """How many small maps show an image."""
        return sum(1 for img in self.images if img.image is not None)

    def clear(self) -> None:
        self.grid.clear()
        self.images, self._titles, self._shown = [], [], []
        self._layout_key = ()
        self.bars.setOpts(x=[], height=[])

    # ----- drawing -----------------------------------------------------------------------
    def show_race(self, race: dict, n_outputs: int) -> None:
        """Draw the race's maps (``race["decision"]``) or its accuracy bars."""
        self._last = (race, n_outputs)
        decision = race.get("decision")
        labels = [run_title(r) for r in race["runs"]]
        if decision and self._dataset is not None and self._dataset.is_2d:
            self.setCurrentWidget(self.grid)
            self._show_maps(labels, decision, n_outputs)
        else:
            self.setCurrentWidget(self.bars_widget)
            self._show_bars(race)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._even_columns()
        n = len(self.images)
        if self._last is not None and self._layout_key and self._layout_key[3] != self._columns(n):
            self.show_race(*self._last)

    def _columns(self, n: int) -> int:
        """How many maps a row holds so that each is as large as the widget allows."""
        w, h = max(self.width(), 1), max(self.height(), 1)
        best, cols = 0.0, 1
        for c in range(1, max(n, 1) + 1):
            rows = -(-n // c)
            side = min(w / c, h / rows - 18)  # 18: the title above each map
            if side > best:
                best, cols = side, c
        return cols

    def _show_maps(self, labels: list[str], maps: list[np.ndarray], n_outputs: int) -> None:
        ds = self._dataset
        assert ds is not None
        key = (tuple(labels), n_outputs, id(ds), self._columns(len(labels)))
        if key != self._layout_key:
            self._build_maps(labels, key[3])
            self._layout_key = key
            cmap, self._levels = map_colors(ds, n_outputs)
            for img in self.images:
                img.setColorMap(cmap)
        for i, (img, m) in enumerate(zip(self.images, maps, strict=False)):
            shown = self._shown[i]
            if shown is not None and shown.shape == m.shape and np.array_equal(shown, m):
                continue
            self._shown[i] = m
            img.setImage(m, levels=self._levels, autoLevels=False)
            img.setRect(QRectF(DOMAIN[0], DOMAIN[0], DOMAIN[1] - DOMAIN[0], DOMAIN[1] - DOMAIN[0]))

    def _build_maps(self, labels: list[str], per_row: int) -> None:
        """One small view per run, ``per_row`` to a row."""
        self.grid.clear()
        self.images, self._titles, self._shown = [], [], [None] * len(labels)
        ds = self._dataset
        raw = ds.raw_train[:MAP_POINTS] if ds is not None else np.zeros((0, 2))
        brushes = None
        if ds is not None and len(raw) and ds.task == "classification":
            brushes = theme.brushes_for(ds.y_train[:MAP_POINTS], ds.n_classes)
        for i, label in enumerate(labels):
            row, col = divmod(i, per_row)
            title = pg.LabelItem(label, color=pg.mkColor(*run_color(i)), size="9pt", bold=True)
            self.grid.addItem(title, row=2 * row, col=col)
            vb = self.grid.addViewBox(row=2 * row + 1, col=col, lockAspect=True, enableMouse=False)
            img = pg.ImageItem(axisOrder="row-major")
            vb.addItem(img)
            if len(raw):
                dots = pg.ScatterPlotItem(
                    raw[:, 0], raw[:, 1], size=3, pen=None, brush=brushes or pg.mkBrush(80, 80, 80)
                )
                vb.addItem(dots)
            border = pg.QtWidgets.QGraphicsRectItem(
                DOMAIN[0], DOMAIN[0], DOMAIN[1] - DOMAIN[0], DOMAIN[1] - DOMAIN[0]
            )
            border.setPen(pg.mkPen(*run_color(i), width=3))
            vb.addItem(border)
            vb.setRange(xRange=DOMAIN, yRange=DOMAIN, padding=0.02)
            self.images.append(img)
            self._titles.append(title)
        self._per_row = per_row
        self._even_columns()

    def _even_columns(self) -> None:
        """Every map as wide as the others, whatever the length of its title."""
        per_row = self._per_row
        if not per_row:
            return
        layout = self.grid.ci.layout
        width = max(10.0, (self.grid.width() - 20) / per_row - layout.horizontalSpacing())
        for col in range(per_row):
            layout.setColumnFixedWidth(col, width)

    def _show_bars(self, race: dict) -> None:
        ds = self._dataset
        table = race.get("table") or []
        accuracy = ds is None or ds.task == "classification"
        fields = ("test_accuracy", "train_accuracy") if accuracy else ("test_loss", "train_loss")
        heights, used = [], fields[1]
        for f in fields:
            if table and all(row.get(f) is not None for row in table):
                used = f
                break
        for row in table:
            v = row.get(used)
            heights.append(0.0 if v is None else float(v))
        x = np.arange(len(heights), dtype=float)
        brushes = [pg.mkBrush(*run_color(i)) for i in range(len(heights))]
        self.bars.setOpts(x=x, height=heights, width=0.7, brushes=brushes, pens=[None] * len(x))
        plot = self.bars_widget.getPlotItem()
        names = {
            "test_accuracy": self.tr("test accuracy"),
            "train_accuracy": self.tr("training accuracy"),
            "test_loss": self.tr("test loss"),
            "train_loss": self.tr("training loss"),
        }
        plot.setLabel("left", names[used])
        plot.getAxis("bottom").setTicks([[(i, run_title(r)) for i, r in enumerate(table)]])
        top = 1.0 if accuracy else max([*heights, 1e-12]) * 1.1
        plot.setRange(xRange=(-0.6, len(heights) - 0.4), yRange=(0.0, top), padding=0.0)

    def title(self) -> str:
        """What shows, for its tab: the maps, accuracy bars, or the loss (regression)."""
        if self.currentWidget() is self.grid:
            return self.tr("Decision maps")
        ds = self._dataset
        if ds is None or ds.task == "classification":
            return self.tr("Accuracy")
        return self.tr("Final loss")

    @property
    def bar_heights(self) -> list[float]:
        h = self.bars.opts.get("height")
        return [] if h is None else [float(v) for v in h]
