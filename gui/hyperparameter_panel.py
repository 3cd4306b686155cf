"""The hyper-parameter panel: loss, optimizer and its parameters, learning rate, batch size,
regularization, dropout, initializer, early stopping, backend, dtype and seed.

It edits a copy of the current NetworkSpec: every change builds a new validated spec and
emits ``specEdited``; a typed number that is not acceptable is shown as wrong, named in
``errorMessage`` and not applied. Values pushed in by ``set_spec`` never echo back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.backend import available_backends
from engine.datasets import Dataset
from engine.errors import BackpropLabError
from engine.optimizers import (
    OPTIMIZERS_BY_NAME,
    HyperParameter,
    declarations_of,
    hyperparameter_fields,
)
from engine.spec import DTYPES, INITIALIZERS, LOSSES, NetworkSpec
from engine.spec_rules import fit_spec_to_dataset
from gui.widgets import NumberField


def optimizer_text(text: str) -> str:
    """An optimizer's name or a hyper-parameter's label or help, as declared in
    engine.optimizers (marked there with QT_TRANSLATE_NOOP("optimizers", …)), translated."""
    return QCoreApplication.translate("optimizers", text)


class HyperparameterPanel(QWidget):
    """Edits the training hyper-parameters of a NetworkSpec and the array backend."""

    specEdited = Signal(object)  # a validated NetworkSpec
    backendRequested = Signal(str)
    errorMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._spec: NetworkSpec | None = None
        self._dataset: Dataset | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.loss = self._combo(
            LOSSES,
            {
                "mse": self.tr("Mean squared error (mse)"),
                "sse": self.tr("Sum of squares ½Σ (sse)"),
                "bce": self.tr("Binary cross-entropy (bce)"),
                "cce": self.tr("Categorical cross-entropy (cce)"),
            },
        )
        # the optimizers and their hyper-parameters, as engine.optimizers declares them
        self.optimizer = self._combo(
            tuple(OPTIMIZERS_BY_NAME),
            {name: optimizer_text(cls.display_name) for name, cls in OPTIMIZERS_BY_NAME.items()},
        )
        # one field per spec field some optimizer declares (self.lr, self.momentum, …), shown
        # while the chosen optimizer declares it, with that declaration's range and help
        self.optimizer_fields: dict[str, NumberField] = {}
        for key in hyperparameter_fields():
            hp = declarations_of(key)[0]
            field = NumberField(optimizer_text(hp.label), optional=hp.optional)
            self.optimizer_fields[key] = field
            if not hasattr(self, key):  # never hide a QWidget method behind a field
                setattr(self, key, field)
        self.batch_size = NumberField(self.tr("Batch size"), integer=True, minimum=1)
        # which gradient descent the batch size makes: SGD, mini-batch or (full) batch
        self.batch_kind = QLabel(self)
        self.batch_kind.setObjectName("batchKind")
        self.batch_kind.setStyleSheet("color: #555;")
        batch_row = QWidget(self)
        row = QHBoxLayout(batch_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.batch_size, 1)
        row.addWidget(self.batch_kind)
        self.l1 = NumberField(self.tr("L1 rate"), minimum=0.0)
        self.l2 = NumberField(self.tr("L2 rate"), minimum=0.0)
        self.dropout = NumberField(self.tr("Dropout"), minimum=0.0, maximum=1.0, open_max=True)
        self.init = self._combo(
            INITIALIZERS,
            {
                "xavier": self.tr("Xavier (uniform)"),
                "xavier-normal": self.tr("Xavier (normal)"),
                "he": self.tr("He"),
                "uniform": self.tr("Uniform (Playground)"),
                "zeros": self.tr("Zeros"),
            },
        )
        self.patience = NumberField(
            self.tr("Early stopping patience"), integer=True, minimum=1, optional=True
        )
        self.patience.setPlaceholderText(self.tr("off"))
        self.backend = QComboBox()
        self.backend.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.backend.setMinimumContentsLength(12)
        have = available_backends()
        self.backend.addItem(self.tr("NumPy (CPU)"), "numpy")
        self.backend.addItem(
            self.tr("CuPy (GPU)") if "cupy" in have else self.tr("CuPy (GPU, not available here)"),
            "cupy",
        )
        self.backend.setAccessibleName(self.tr("Backend"))
        self.dtype = self._combo(DTYPES, {"float32": "float32", "float64": "float64"})
        self.seed = NumberField(self.tr("Seed"), integer=True, minimum=0)
        rows: list[tuple[str | QWidget, QWidget]] = [
            (self.tr("Loss"), self.loss),
            (self.tr("Optimizer"), self.optimizer),
            *((self._optimizer_label(key), f) for key, f in self.optimizer_fields.items()),
            (self.tr("Batch size"), batch_row),
            (self.tr("L1 rate"), self.l1),
            (self.tr("L2 rate"), self.l2),
            (self.tr("Dropout"), self.dropout),
            (self.tr("Initializer"), self.init),
            (self.tr("Early stopping"), self.patience),
            (self.tr("Backend"), self.backend),
            (self.tr("Precision"), self.dtype),
            (self.tr("Seed"), self.seed),
        ]
        for label, w in rows:
            self.form.addRow(label, w)
        self._add_help(batch_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b34700;")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        # wiring: combos
        self.loss.activated.connect(lambda _i: self._edit_loss(self.loss.currentData()))
        self.optimizer.activated.connect(
            lambda _i: self._apply(lambda s: s.with_optimizer(name=self.optimizer.currentData()))
        )
        self.init.activated.connect(
            lambda _i: self._apply(lambda s: s.replace(init=self.init.currentData()))
        )
        self.dtype.activated.connect(
            lambda _i: self._apply(lambda s: s.replace(dtype=self.dtype.currentData()))
        )
        self.backend.activated.connect(
            lambda _i: self.backendRequested.emit(self.backend.currentData())
        )
        # wiring: numbers (field → how it changes the spec)
        numbers: list[tuple[NumberField, Callable]] = [
            *(
                (f, lambda s, v, k=key: s.with_optimizer(**{k: None if v is None else float(v)}))
                for key, f in self.optimizer_fields.items()
            ),
            (self.batch_size, lambda s, v: s.replace(batch_size=int(v))),
            (self.l1, lambda s, v: s.replace(l1=float(v))),
            (self.l2, lambda s, v: s.replace(l2=float(v))),
            (self.dropout, lambda s, v: s.replace(dropout=float(v))),
            (self.patience, lambda s, v: s.replace(patience=None if v is None else int(v))),
            (self.seed, lambda s, v: s.replace(seed=int(v))),
        ]
        for field, change in numbers:
            field.valueEdited.connect(
                lambda v, f=field, c=change: self._apply(lambda s: c(s, v), f)
            )
            field.invalid.connect(self._show_error)

    def _combo(self, values, labels: dict[str, str]) -> QComboBox:
        box = QComboBox()
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        for v in values:
            box.addItem(labels.get(v, v), v)
        return box

    # ----- model → widgets -------------------------------------------------------------
    @property
    def spec(self) -> NetworkSpec | None:
        return self._spec

    def set_dataset(self, dataset: Dataset) -> None:
        """The data the spec must fit (which losses apply)."""
        self._dataset = dataset
        model = self.loss.model()
        for i in range(self.loss.count()):
            loss = self.loss.itemData(i)
            ok = not (dataset.task == "regression" and loss in ("bce", "cce")) and not (
                dataset.task == "classification" and loss == "bce" and dataset.n_classes != 2
            )
            model.item(i).setEnabled(ok)
        self._show_batch_kind()

    def set_backend(self, name: str) -> None:
        """Show the backend the worker uses (after a fallback too), without emitting anything."""
        i = self.backend.findData(name)
        if i >= 0 and i != self.backend.currentIndex():
            self.backend.blockSignals(True)
            self.backend.setCurrentIndex(i)
            self.backend.blockSignals(False)

    def set_spec(self, spec: NetworkSpec) -> None:
        """Show a spec (from the worker) without emitting anything."""
        self._spec = spec
        opt = spec.optimizer
        for box, value in (
            (self.loss, spec.loss),
            (self.optimizer, opt.name),
            (self.init, spec.init),
            (self.dtype, spec.dtype),
        ):
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)
        for field, value in (
            *((f, getattr(opt, key)) for key, f in self.optimizer_fields.items()),
            (self.batch_size, spec.batch_size),
            (self.l1, spec.l1),
            (self.l2, spec.l2),
            (self.dropout, spec.dropout),
            (self.patience, spec.patience),
            (self.seed, spec.seed),
        ):
            if not field.hasFocus() or field.value() != value:
                field.set_value(value)
        self._show_optimizer_fields(opt.name)
        self._show_batch_kind()

    def _add_help(self, batch_row: QWidget) -> None:
        """Every row's help as its label's tooltip (and the field's accessible description):
        what the hyper-parameter does, its unit and its range. The optimizer's fields get
        theirs from engine.optimizers' declarations (``_declare``)."""
        helps: list[tuple[QWidget, QWidget, str]] = [
            (
                self.loss,
                self.loss,
                self.tr(
                    "What training makes small. mse: mean of the squared errors (regression); "
                    "sse: half their sum; bce: binary cross-entropy, two classes on one sigmoid "
                    "unit; cce: categorical cross-entropy over softmax units, one per class. "
                    "A dataset starts with its own; one you choose stays with that dataset."
                ),
            ),
            (
                self.optimizer,
                self.optimizer,
                self.tr("The rule that moves every weight against its gradient at each step"),
            ),
            (
                batch_row,
                self.batch_size,
                self.tr(
                    "Training samples per step, a whole number from 1 to the size of the training "
                    "set. 1 = stochastic gradient descent (SGD, one sample a step); the whole "
                    "training set = batch gradient descent (one step an epoch); in between = "
                    "mini-batch. Larger batches give smoother but fewer steps per epoch."
                ),
            ),
            (
                self.l1,
                self.l1,
                self.tr(
                    "L1 regularization rate λ₁ (0 or more, no unit): adds λ₁·Σ|w| to the loss, "
                    "which pulls every weight towards exactly 0 at the same pace. 0 = off; "
                    "typical 0.0001–0.01."
                ),
            ),
            (
                self.l2,
                self.l2,
                self.tr(
                    "L2 regularization rate λ₂ (0 or more, no unit): adds ½·λ₂·Σw² to the loss, "
                    "which shrinks large weights the most (weight decay). 0 = off; typical "
                    "0.0001–0.01."
                ),
            ),
            (
                self.dropout,
                self.dropout,
                self.tr(
                    "Probability that a hidden neuron is switched off for a training step, from "
                    "0 up to (not including) 1: 0.2 drops one neuron in five, the others are "
                    "scaled up by 1/(1 − p). Never on the output layer, never when evaluating. "
                    "0 = off."
                ),
            ),
            (
                self.init,
                self.init,
                self.tr(
                    "How the weights start. Xavier (Glorot): scaled by the layer's inputs and "
                    "outputs, for tanh and sigmoid; He: scaled by the inputs, for ReLU; Uniform: "
                    "TensorFlow Playground's ±0.5 with biases 0.1; Zeros: every neuron the same "
                    "(which shows why the start must be random). Reset to see the new start."
                ),
            ),
            (
                self.patience,
                self.patience,
                self.tr(
                    "Early stopping, counted in epochs (a whole number, 1 or more): training "
                    "stops when the test loss has not improved for this many epochs, and the "
                    "best weights come back. Empty = off."
                ),
            ),
            (
                self.backend,
                self.backend,
                self.tr(
                    "Where the arithmetic runs: NumPy on the processor, or CuPy on an NVIDIA "
                    "graphics card (where CuPy is installed). The results are the same."
                ),
            ),
            (
                self.dtype,
                self.dtype,
                self.tr(
                    "Floating-point size of the weights and the arithmetic: float32 (about 7 "
                    "significant digits, faster) or float64 (about 16 digits)"
                ),
            ),
            (
                self.seed,
                self.seed,
                self.tr(
                    "Random seed, a whole number (0 or more), for the initial weights, the order "
                    "of the batches and dropout: the same seed trains exactly the same way"
                ),
            ),
        ]
        for row_field, widget, text in helps:
            label = self.form.labelForField(row_field)
            if label is not None:
                label.setToolTip(text)
            widget.setAccessibleDescription(text)
            if not isinstance(widget, NumberField):  # a field's tooltip is its error message
                widget.setToolTip(text)

    def _show_batch_kind(self) -> None:
        """Name the gradient descent the batch size makes on the data in use."""
        if self._spec is None:
            return
        b = self._spec.batch_size
        n = None if self._dataset is None else self._dataset.n_train  # the real count
        if b == 1:
            text = self.tr("SGD")
            tip = self.tr("Stochastic gradient descent: one sample per step")
        elif n is not None and b >= n:
            text = self.tr("batch GD")
            tip = self.tr("Batch gradient descent: the whole training set (%1) per step").replace(
                "%1", str(n)
            )
        else:
            text = self.tr("mini-batch")
            tip = (
                self.tr("Mini-batch gradient descent: %1 of the %2 training samples per step")
                .replace("%1", str(b))
                .replace("%2", str(n) if n is not None else "?")
            )
        self.batch_kind.setText(text)
        self.batch_kind.setToolTip(tip)

    def _show_optimizer_fields(self, name: str) -> None:
        """Show the hyper-parameters this optimizer declares, with its ranges, help and defaults."""
        cls = OPTIMIZERS_BY_NAME.get(name)
        for key, field in self.optimizer_fields.items():
            hp = None if cls is None else cls.hyperparameter(key)
            self.form.setRowVisible(field, hp is not None)
            if hp is not None:
                self._declare(field, hp)

    def _optimizer_label(self, key: str) -> QLabel:
        """A hyper-parameter's row label: its name and symbol ("Learning rate η")."""
        hp = declarations_of(key)[0]
        label = QLabel(f"{optimizer_text(hp.label)} {hp.symbol}")
        label.setBuddy(self.optimizer_fields[key])
        self._declare(self.optimizer_fields[key], hp, label)
        return label

    def _declare(
        self, field: NumberField, hp: HyperParameter, label: QWidget | None = None
    ) -> None:
        """Give a field a declaration's range, and its help and default as the row's tooltip
        (the field's own tooltip is its error message) and, when it may stay empty, as its
        placeholder."""
        field.minimum, field.maximum = hp.minimum, hp.maximum
        field.open_min, field.open_max = hp.open_min, hp.open_max
        default = self.tr("default %1").replace("%1", f"{hp.default:g}")
        help_text = f"{optimizer_text(hp.help)} ({default})"
        field.setAccessibleDescription(help_text)
        if label is None:
            label = self.form.labelForField(field)
        if label is not None:
            label.setToolTip(help_text)
        if hp.optional:
            field.setPlaceholderText(default)

    # ----- widgets → model -------------------------------------------------------------
    def _apply(
        self, change: Callable[[NetworkSpec], NetworkSpec], field: NumberField | None = None
    ) -> None:
        if self._spec is None:
            return
        try:
            spec = change(self._spec)
        except BackpropLabError as exc:
            if field is not None:
                field.mark_invalid(str(exc))
            self._show_error(self._field_message(field, str(exc)))
            return
        self.message.clear()
        self._spec = spec
        self._show_optimizer_fields(spec.optimizer.name)
        self._show_batch_kind()
        self.specEdited.emit(spec)

    def _edit_loss(self, loss: str) -> None:
        if self._dataset is None:
            self._apply(lambda s: s.replace(loss=loss))
        else:
            self._apply(lambda s: fit_spec_to_dataset(s, self._dataset, loss))

    def _field_message(self, field: NumberField | None, message: str) -> str:
        return message if field is None else f"{field.label}: {message.split(': ', 1)[-1]}"

    def _show_error(self, message: str) -> None:
        self.message.setText(message)
        self.errorMessage.emit(message)
