"""The dataset panel: pick a built-in dataset or your own file, set its parameters, see a preview.

Changes are gathered for a moment (so that dragging a slider loads once) and then sent
as a ``DatasetSpec`` through ``datasetRequested``; the worker loads it and the window
hands the loaded Dataset back through ``set_dataset``, which redraws the preview.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.datasets import BUILTIN, Dataset, DatasetSpec
from engine.datasets.preprocessing import METHODS
from gui import theme
from gui.many_classes import ManyClassesWarning, whole_number_classes
from gui.widgets.plot_widget import plot_widget

# sources that need a path, in the order the picker lists them after the built-in sets
FILE_SOURCES = ("csv", "npz", "mnist", "fashion-mnist")
PREVIEW_POINTS = 1500
PREVIEW_IMAGES = 16
TASK_SOURCES = ("csv", "npz")  # sources whose task can be chosen (Auto infers it)


class DatasetPanel(QWidget):
    """Choose the data and its generation/split/normalization; previews the loaded dataset."""

    datasetRequested = Signal(object)  # DatasetSpec
    errorMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._spec = DatasetSpec()
        self._path: str | None = None
        # samples and test share last used on each dataset ((name, path) → DatasetSpec fields):
        # a dataset switched to opens with its own, never with the previous dataset's
        self._remembered: dict[tuple[str, str | None], dict[str, float | int]] = {}
        self.source = QComboBox(self)
        for name, info in BUILTIN.items():
            if info.name in FILE_SOURCES:
                continue
            self.source.addItem(self.tr(info.title), name)
        self.source.insertSeparator(self.source.count())
        file_titles = {
            "csv": self.tr("Your CSV…"),
            "npz": self.tr("Your .npz…"),
            "mnist": self.tr("MNIST folder…"),
            "fashion-mnist": self.tr("Fashion-MNIST folder…"),
        }
        for name in FILE_SOURCES:
            self.source.addItem(file_titles[name], name)
        self.source.setAccessibleName(self.tr("Dataset"))
        self.samples = QSpinBox(self)
        self.samples.setRange(2, 1_000_000)
        self.samples.setSingleStep(50)
        self.noise = QSlider(Qt.Orientation.Horizontal, self)
        self.noise.setRange(0, 50)
        self.noise_label = QLabel(self)
        self.noise_label.setMinimumWidth(40)
        self.classes = QSpinBox(self)
        self.classes.setRange(2, 5)
        self.train_ratio = QSlider(Qt.Orientation.Horizontal, self)
        self.train_ratio.setRange(1, 100)  # 2 % of noisy data: overfitting at its plainest
        self.ratio_label = QLabel(self)
        self.ratio_label.setMinimumWidth(40)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.normalize = QComboBox(self)
        names = {
            "standard": self.tr("Standardize (mean 0, sd 1)"),
            "minmax": self.tr("Min–max to [0, 1]"),
            "none": self.tr("None"),
        }
        for m in METHODS:
            self.normalize.addItem(names.get(m, m), m)
        for box in (self.source, self.normalize):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.target = QLineEdit(self)
        self.target.setPlaceholderText(self.tr("last column"))
        self.target.setToolTip(self.tr("Target column(s) by name or index, separated by commas"))
        # the task of a CSV or .npz file: inferred from its target (Auto), or chosen
        self.task = QComboBox(self)
        self.task.addItem(self.tr("Auto (inferred)"), None)
        self.task.addItem(self.tr("Classification"), "classification")
        self.task.addItem(self.tr("Regression"), "regression")
        self.task.setToolTip(
            self.tr(
                "Auto: text labels or whole numbers are classes, other numbers are predicted "
                "(regression). Choose Regression for whole numbers to predict, such as prices."
            )
        )
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        noise_row = QHBoxLayout()
        noise_row.addWidget(self.noise, 1)
        noise_row.addWidget(self.noise_label)
        ratio_row = QHBoxLayout()
        ratio_row.addWidget(self.train_ratio, 1)
        ratio_row.addWidget(self.ratio_label)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Dataset"), self.source)
        self.form.addRow(self.tr("File"), path_row)
        self.form.addRow(self.tr("Target"), self.target)
        self.form.addRow(self.tr("Task"), self.task)
        self._label_of(self.task).setToolTip(self.task.toolTip())
        self.form.addRow(self.tr("Samples"), self.samples)
        self.form.addRow(self.tr("Noise"), noise_row)
        self.form.addRow(self.tr("Classes"), self.classes)
        self.form.addRow(self.tr("Training data"), ratio_row)
        self.form.addRow(self.tr("Data seed"), self.seed)
        self.form.addRow(self.tr("Normalization"), self.normalize)
        self._path_row = path_row
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.preview = plot_widget(self)
        self.preview.setMinimumHeight(160)
        self.preview.hideButtons()
        self.scatter = pg.ScatterPlotItem(size=4, pen=None)
        self.mosaic = pg.ImageItem(axisOrder="row-major")
        self.preview.addItem(self.scatter)
        self.preview.addItem(self.mosaic)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        # asks before Auto builds a classifier of very many classes (gui/many_classes.py)
        self.class_warning = ManyClassesWarning(self)
        self.class_warning.proceed.connect(self._request)
        layout.addWidget(self.class_warning)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self._emit_spec)
        self.source.activated.connect(self._on_source)
        self.browse.clicked.connect(self._browse)
        for sig in (
            self.samples.valueChanged,
            self.classes.valueChanged,
            self.seed.valueChanged,
            self.noise.valueChanged,
            self.train_ratio.valueChanged,
        ):
            sig.connect(self._changed)
        self.normalize.activated.connect(self._changed)
        self.target.editingFinished.connect(self._changed)
        self.task.activated.connect(self._changed)
        self._show_spec(self._spec)
        self._add_help()

    # ----- model → widgets -------------------------------------------------------------
    @property
    def spec(self) -> DatasetSpec:
        return self._spec

    def set_dataset(self, dataset: Dataset) -> None:
        """Show the dataset the worker now uses: its settings and a preview."""
        self._spec = dataset.spec
        self._path = dataset.spec.path
        self._remember(dataset.spec)
        self._show_spec(dataset.spec, dataset)
        self._draw_preview(dataset)

    def _show_spec(self, spec: DatasetSpec, dataset: Dataset | None = None) -> None:
        widgets = (
            self.source,
            self.samples,
            self.noise,
            self.classes,
            self.train_ratio,
            self.seed,
            self.normalize,
            self.target,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            self.source.setCurrentIndex(max(0, self.source.findData(spec.name)))
            info = BUILTIN.get(spec.name)
            default_n = info.default_samples if info and info.default_samples else 500
            self.samples.setValue(spec.samples or default_n)
            self.noise.setValue(int(round(spec.noise * 100)))
            self.classes.setValue(spec.classes)
            self.train_ratio.setValue(int(round(100 * (1 - spec.effective_test_ratio))))
            self.seed.setValue(int(spec.seed) if spec.seed < 2**31 else 0)
            self.normalize.setCurrentIndex(max(0, self.normalize.findData(spec.normalize)))
            self.path_edit.setText(spec.path or "")
            self.target.setText(",".join(spec.target) if spec.target else "")
            self.task.setCurrentIndex(max(0, self.task.findData(spec.task)) if spec.task else 0)
        finally:
            for w in widgets:
                w.blockSignals(False)
        self._update_labels()
        synthetic = info is not None and info.is_2d
        file_source = spec.name in FILE_SOURCES
        self.form.setRowVisible(self._path_row, file_source)
        self.form.setRowVisible(self.target, spec.name == "csv")
        self.form.setRowVisible(self.task, spec.name in TASK_SOURCES)
        self.form.setRowVisible(self.samples, synthetic)
        self._set_row_visible_by_field(self.noise, synthetic and bool(info and info.has_noise))
        self._set_row_visible_by_field(self.classes, bool(info and info.has_classes))
        if dataset is not None:
            n_tr, n_te = dataset.n_train, dataset.n_test  # the real counts, not the sample's
            what = (
                self.tr("classification, %1 classes").replace("%1", str(dataset.n_classes))
                if dataset.task == "classification"
                else self.tr("regression")
            )
            if (
                spec.name in TASK_SOURCES
                and spec.task is None
                and dataset.task == "classification"
                and whole_number_classes(dataset.class_names)
            ):
                what = self.tr(
                    "inferred: classification, %1 classes from whole numbers — choose "
                    "Regression for numbers to predict"
                ).replace("%1", f"{dataset.n_classes:,}")
            self.info.setText(
                self.tr("%1 training and %2 test samples, %3 features; %4")
                .replace("%1", str(n_tr))
                .replace("%2", str(n_te))
                .replace("%3", str(dataset.n_features))
                .replace("%4", what)
            )

    def _add_help(self) -> None:
        """Each field's tooltip (on its row label too): what it does, its unit and range."""
        tips = {
            self.source: self.tr(
                "The data the network learns from: a built-in set, or your own file or folder"
            ),
            self.samples: self.tr(
                "How many points are drawn (2 to 1 000 000), training and test together. "
                "Each dataset keeps its own count."
            ),
            self.noise: self.tr(
                "How much the points are scattered across the class border or around the "
                "target, 0–50 %"
            ),
            self.classes: self.tr("How many classes (blobs) or arms (spirals): 2 to 5"),
            self.train_ratio: self.tr(
                "Share of the data used for training (1–100 %); the rest is the test set, "
                "which training never sees. Synthetic sets start at 50 %, the others at 80 %."
            ),
            self.seed: self.tr(
                "Draws the points and the train/test split; the same seed gives the same data "
                "(0 to 2 147 483 647)"
            ),
            self.normalize: self.tr(
                "How the inputs are rescaled before training, fitted on the training data only"
            ),
            self.path_edit: self.tr("The file or folder the data is read from"),
            self.target: self.target.toolTip(),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)
            label = self._label_of(widget)
            if label is not None:
                label.setToolTip(tip)

    def _label_of(self, widget: QWidget) -> QWidget | None:
        """The form's row label of a field, or of the row layout holding it."""
        for r in range(self.form.rowCount()):
            item = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            lay = item.layout() if item is not None else None
            if item is not None and (
                item.widget() is widget or (lay is not None and lay.indexOf(widget) >= 0)
            ):
                label = self.form.itemAt(r, QFormLayout.ItemRole.LabelRole)
                return label.widget() if label is not None else None
        return None

    def _remember(self, spec: DatasetSpec) -> None:
        """Keep the samples and test share this dataset was last used with."""
        kept = self._remembered.setdefault((spec.name, spec.path), {})
        if spec.samples is not None:
            kept["samples"] = spec.samples
        if spec.test_ratio is not None:
            kept["test_ratio"] = spec.test_ratio

    def _show_own_settings(self, name: str, path: str | None) -> None:
        """Samples and training share of a dataset switched to: those it was last used with,
        else its own defaults (never the previous dataset's)."""
        kept = self._remembered.get((name, path), {})
        info = BUILTIN.get(name)
        samples = kept.get("samples") or (info.default_samples if info else None) or 500
        ratio = kept.get("test_ratio", DatasetSpec(name=name).default_test_ratio)
        for w in (self.samples, self.train_ratio):
            w.blockSignals(True)
        self.samples.setValue(int(samples))
        self.train_ratio.setValue(int(round(100 * (1 - float(ratio)))))
        for w in (self.samples, self.train_ratio):
            w.blockSignals(False)
        self._update_labels()

    def _set_row_visible_by_field(self, widget: QWidget, visible: bool) -> None:
        # rows whose field is a layout (noise, ratio) are found through the widget's row
        for r in range(self.form.rowCount()):
            item = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            lay = item.layout()
            if item.widget() is widget or (lay is not None and lay.indexOf(widget) >= 0):
                self.form.setRowVisible(r, visible)
                return

    def _update_labels(self) -> None:
        self.noise_label.setText(f"{self.noise.value()} %")
        self.ratio_label.setText(f"{self.train_ratio.value()} %")

    def _draw_preview(self, ds: Dataset) -> None:
        self.scatter.clear()
        self.mosaic.clear()
        pi = self.preview.getPlotItem()
        if ds.image_shape is not None:
            h, w = ds.image_shape
            k = min(PREVIEW_IMAGES, len(ds.raw_train))
            side = int(np.ceil(np.sqrt(k)))
            canvas = np.zeros((side * (h + 1), side * (w + 1)))
            imgs = np.asarray(ds.raw_train[:k], dtype=float).reshape(k, h, w)
            for i in range(k):
                r, c = divmod(i, side)
                # rows drawn top-down: row 0 of the canvas is at the top of the view
                canvas[
                    (side - 1 - r) * (h + 1) : (side - 1 - r) * (h + 1) + h,
                    c * (w + 1) : c * (w + 1) + w,
                ] = imgs[i][::-1]
            hi = float(canvas.max()) or 1.0
            self.mosaic.setImage(canvas, levels=(0, hi), autoLevels=False)
            pi.setAspectLocked(True)
            pi.hideAxis("bottom")
            pi.hideAxis("left")
            pi.autoRange()
            return
        raw = np.asarray(ds.raw_train[:PREVIEW_POINTS], dtype=float)
        if raw.ndim != 2 or raw.shape[1] == 0:
            return
        y = ds.y_train[:PREVIEW_POINTS]
        xs = raw[:, 0]
        ys = raw[:, 1] if raw.shape[1] > 1 else np.zeros(len(raw))
        if ds.task == "classification":
            brushes = theme.brushes_for(y, ds.n_classes)
        else:
            v = np.asarray(y, dtype=float).reshape(len(y), -1)[:, 0]
            brushes = theme.value_brushes(v, v.min() if v.size else 0, v.max() if v.size else 1)
        self.scatter.setData(xs, ys, brush=brushes)
        pi.showAxis("bottom")
        pi.showAxis("left")
        names = ds.input_names
        pi.setLabel("bottom", names[0] if names else "x₁")
        pi.setLabel("left", names[1] if len(names) > 1 else "")
        pi.setAspectLocked(ds.is_2d)
        pi.autoRange()

    # ----- widgets → model -------------------------------------------------------------
    def _on_source(self, _index: int) -> None:
        name = self.source.currentData()
        if name in FILE_SOURCES:
            if not self._browse():
                self.source.blockSignals(True)
                self.source.setCurrentIndex(max(0, self.source.findData(self._spec.name)))
                self.source.blockSignals(False)
            return
        self._show_own_settings(name, None)
        self._changed()

    def _browse(self) -> bool:
        """Ask for the file or folder of the chosen source; True when one was picked."""
        name = self.source.currentData()
        if name in ("mnist", "fashion-mnist"):
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder with the IDX files"))
        elif name == "npz":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open a .npz file"), "", self.tr("NumPy archives (*.npz)")
            )
        elif name == "csv":
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open a CSV file"),
                "",
                self.tr("CSV files (*.csv *.tsv *.txt *.gz);;All files (*)"),
            )
        else:
            return False
        if not path:
            return False
        self._path = path
        self.path_edit.setText(path)
        self._show_own_settings(name, path)
        self._emit_spec()
        return True

    def _changed(self, *_args) -> None:
        self._update_labels()
        self._debounce.start()

    def current_spec(self) -> DatasetSpec:
        """The DatasetSpec the widgets describe now (may raise DataError)."""
        name = self.source.currentData()
        info = BUILTIN.get(name)
        synthetic = info is not None and info.is_2d
        target_text = self.target.text().strip()
        target = tuple(t.strip() for t in target_text.split(",") if t.strip()) or None
        ratio = round(1.0 - self.train_ratio.value() / 100.0, 4)
        fields = dict(
            name=name,
            path=self._path if name in FILE_SOURCES else None,
            target=target if name == "csv" else None,
            samples=int(self.samples.value()) if synthetic else None,
            noise=self.noise.value() / 100.0 if synthetic else 0.0,
            classes=int(self.classes.value()),
            test_ratio=ratio,
            seed=int(self.seed.value()),
            normalize=self.normalize.currentData(),
            features=self._spec.features,
            task=self.task.currentData() if name in TASK_SOURCES else None,
        )
        return dataclasses.replace(self._spec, **fields, sha256=None).validate()

    def _emit_spec(self) -> None:
        self._debounce.stop()
        try:
            spec = self.current_spec()
        except ValueError as exc:
            self.errorMessage.emit(str(exc))
            return
        self._spec = spec
        self.class_warning.request(spec)  # at once, or once many classes were asked about

    def _request(self, spec: DatasetSpec) -> None:
        """Send a dataset request (the task the user answered the warning with, if any)."""
        self._spec = spec
        self.task.setCurrentIndex(max(0, self.task.findData(spec.task)) if spec.task else 0)
        self.datasetRequested.emit(spec)
