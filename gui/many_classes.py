"""A warning before a classifier with very many classes is built from the user's own file.

With the task on Auto, a target column of whole numbers is taken for classes: a house-price
CSV with whole-number prices became a classifier with 1,271 outputs, and one of 10,000 classes
kept the training process busy for half a minute and gigabytes before anything showed. So
before such a file is loaded, its target column is read on a background thread (the engine's
own reader, so the count is the one the worker would find); with more than ``MAX_CLASSES``
classes from whole numbers, the panel asks first, offering regression instead.
"""

from __future__ import annotations

import dataclasses
import os
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from engine.datasets import DatasetSpec, read_csv, read_npz

MAX_CLASSES = 100  # more classes than this (from whole numbers) are asked about first
CHECKED_SOURCES = ("csv", "npz")

_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ClassCount")


def whole_number_classes(class_names) -> bool:
    """Whether every class name is a whole number (classes inferred from a column of numbers)."""
    return bool(class_names) and all(str(n).lstrip("-").isdigit() for n in class_names)


def inferred_classes(spec: DatasetSpec) -> tuple[int, bool] | None:
    """(classes, whether they are whole numbers) that Auto would find in the spec's file; None
    when the file reads as regression, or cannot be read (the worker then says why)."""
    try:
        if spec.name == "csv":
            names, task = read_csv(spec.path, spec.target, None)[4:6]
        elif spec.name == "npz":
            names, task = read_npz(spec.path, None)[4:6]
        else:
            return None
    except Exception:  # any problem is the worker's to report, with its line and column
        return None
    if task != "classification":
        return None
    return len(names), whole_number_classes(names)


def _file_key(spec: DatasetSpec) -> tuple:
    """The file and its target column, as they are now (a file written again is read again)."""
    try:
        st = os.stat(spec.path or "")
        stamp: tuple = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = ()
    return (spec.name, spec.path, spec.target, stamp)


class ManyClassesWarning(QFrame):
    """Passes a dataset request on (``proceed``), after asking when Auto would build a
    classifier of more than ``MAX_CLASSES`` classes from whole numbers."""

    proceed = Signal(object)  # the DatasetSpec to load

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manyClasses")
        self.setStyleSheet(
            "#manyClasses { background: #fff3cd; border: 1px solid #e0b252; border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.use_regression = QPushButton(self.tr("Use regression"), self)
        self.use_regression.setToolTip(self.tr("Predict the target as a number (one output)"))
        self.keep = QPushButton(self.tr("Keep the classes"), self)
        self.use_regression.clicked.connect(lambda: self._decide("regression"))
        self.keep.clicked.connect(lambda: self._decide(None))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.use_regression)
        buttons.addWidget(self.keep)
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 6, 8, 6)
        col.addWidget(self.label)
        col.addLayout(buttons)
        self._pending: tuple[DatasetSpec, Future] | None = None
        self._asking: DatasetSpec | None = None
        self._accepted: set[tuple] = set()  # files whose many classes the user kept
        self._found: dict[tuple, tuple[int, bool] | None] = {}  # counts of files read before
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self.hide()

    @property
    def busy(self) -> bool:
        """Whether a request waits for the count or for the user's answer."""
        return self._pending is not None or self._asking is not None

    def request(self, spec: DatasetSpec) -> None:
        """Load ``spec``: at once, or after the count (and the user's answer) when Auto reads a file."""
        self._pending, self._asking = None, None
        key = (spec.name, spec.path, spec.target)
        if spec.name not in CHECKED_SOURCES or spec.task is not None or key in self._accepted:
            self.hide()
            self.proceed.emit(spec)
            return
        file_key = _file_key(spec)
        if file_key in self._found:  # the same file again (a new seed, another split)
            self._answer(spec, self._found[file_key])
            return
        future = _EXECUTOR.submit(inferred_classes, spec)
        future.add_done_callback(lambda f, k=file_key: self._found.__setitem__(k, f.result()))
        self._pending = (spec, future)
        self._timer.start()

    def _poll(self) -> None:
        if self._pending is None:
            self._timer.stop()
            return
        spec, future = self._pending
        if not future.done():
            return
        self._timer.stop()
        self._pending = None
        self._answer(spec, future.result())

    def _answer(self, spec: DatasetSpec, found: tuple[int, bool] | None) -> None:
        if found is None or not found[1] or found[0] <= MAX_CLASSES:
            self.hide()
            self.proceed.emit(spec)
            return
        self._asking = spec
        self.label.setText(
            self.tr(
                "The target column holds %1 different whole numbers. As classes, that is a "
                "classifier with %1 outputs, slow to train and hard to read. Are these numbers "
                "to predict (a price, a count)? Then choose regression."
            ).replace("%1", f"{found[0]:,}")
        )
        self.keep.setText(self.tr("Keep %1 classes").replace("%1", f"{found[0]:,}"))
        self.show()

    def _decide(self, task: str | None) -> None:
        spec, self._asking = self._asking, None
        self.hide()
        if spec is None:
            return
        if task is None:
            self._accepted.add((spec.name, spec.path, spec.target))
        self.proceed.emit(dataclasses.replace(spec, task=task))
