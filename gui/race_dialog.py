"""The Compare… dialog: which hyper-parameter a race varies, its 2–6 values, how long it runs.

The learner picks one of the hyper-parameters a race may vary (engine/race_values.py's
names: optimizer, learning rate, batch size, hidden activation, L2, dropout, initializer),
ticks 2–6 choices or types 2–6 numbers (filled in around the network's own value), the
epochs, and optionally a target loss (the race's table says how many steps each run took
to reach it). The values are read and checked as the command line reads them
(``parse_values``), so a bad one is named before anything is sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.optimizers import OPTIMIZERS_BY_NAME
from engine.race_values import MAX_VALUES, MIN_VALUES, format_value, parse_values, variable
from engine.spec import HIDDEN_ACTIVATIONS, INITIALIZERS, NetworkSpec
from gui.widgets import NumberField

#: what the dialog offers to vary, in this order
CHOICES = ("optimizer", "lr", "batch_size", "activation", "l2", "dropout", "init")


def variable_label(name: str) -> str:
    """A varied name in a few translated words ("learning rate")."""
    labels = {
        "optimizer": QCoreApplication.translate("RaceDialog", "Optimizer"),
        "lr": QCoreApplication.translate("RaceDialog", "Learning rate"),
        "batch_size": QCoreApplication.translate("RaceDialog", "Batch size"),
        "activation": QCoreApplication.translate("RaceDialog", "Hidden activation"),
        "l1": QCoreApplication.translate("RaceDialog", "L1 rate"),
        "l2": QCoreApplication.translate("RaceDialog", "L2 rate"),
        "dropout": QCoreApplication.translate("RaceDialog", "Dropout"),
        "init": QCoreApplication.translate("RaceDialog", "Initializer"),
    }
    return labels.get(name, name)


def choice_text(name: str, value: str) -> str:
    """A choice as the window names it elsewhere (an optimizer's display name)."""
    if name == "optimizer" and value in OPTIMIZERS_BY_NAME:
        return QCoreApplication.translate("optimizers", OPTIMIZERS_BY_NAME[value].display_name)
    return value


def run_title(run: dict) -> str:
    """A race's run as the window names it: an optimizer's display name ("Momentum", translated)
    where the race varies the optimizer alone, else its label ("0.01", "optimizer=adam, lr=…")."""
    values = run.get("values") or {}
    if len(values) == 1:
        ((name, value),) = values.items()
        if name == "optimizer":
            return choice_text(name, str(value))
    return str(run["label"])


def default_values(name: str, spec: NetworkSpec, n_train: int) -> list[Any]:
    """Values to start from, around the network's own: lr ÷10, ×1, ×10; batch sizes 1, the
    network's and 5× it; for choices three common ones with the network's own first."""
    if name == "optimizer":
        picks = ["sgd", "momentum", "adam"]
        own = spec.optimizer.name
    elif name == "activation":
        own = spec.hidden[0].activation if spec.hidden else "tanh"
        picks = ["tanh", "relu", "sigmoid"]
    elif name == "init":
        own, picks = spec.init, ["xavier", "he", "uniform"]
    elif name == "lr":
        lr = float(spec.optimizer.lr)
        return [float(f"{lr / 10:.3g}"), lr, float(f"{lr * 10:.3g}")]
    elif name == "batch_size":
        bs = int(spec.batch_size)
        most = max(1, int(n_train)) if n_train else 5 * bs
        return sorted({1, min(bs, most), min(5 * bs, most)})
    elif name == "l2":
        return [0.0, 0.001, 0.01]
    elif name == "dropout":
        return [0.0, 0.2, 0.5]
    else:
        return []
    return [own] + [p for p in picks if p != own][:2]


class RaceDialog(QDialog):
    """Asks for one varied hyper-parameter, its values, the epochs and a target loss."""

    def __init__(
        self,
        spec: NetworkSpec,
        n_train: int = 0,
        current_loss: float | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare runs"))
        self.spec, self.n_train = spec, n_train
        self.variable = QComboBox(self)
        for name in CHOICES:
            self.variable.addItem(variable_label(name), name)
        self.variable.setAccessibleName(self.tr("Hyper-parameter to vary"))
        # choices: a list to tick; numbers: typed, separated by commas
        self.choices = QListWidget(self)
        self.choices.setMaximumHeight(150)
        self.numbers = QLineEdit(self)
        self.numbers.setAccessibleName(self.tr("Values"))
        self.numbers.setPlaceholderText(self.tr("e.g. 0.01, 0.1, 1"))
        self.values_stack = QStackedWidget(self)
        self.values_stack.addWidget(self.choices)
        self.values_stack.addWidget(self.numbers)
        self.epochs = QSpinBox(self)
        self.epochs.setRange(1, 100_000)
        self.epochs.setValue(20)
        self.epochs.setAccessibleName(self.tr("Epochs"))
        self.target = NumberField(self.tr("Target loss"), optional=True, minimum=0.0)
        self.target.setPlaceholderText(self.tr("none"))
        self.target.set_value(_default_target(current_loss))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Vary"), self.variable)
        form.addRow(self.tr("Values"), self.values_stack)
        form.addRow("", self.hint)
        form.addRow(self.tr("Epochs"), self.epochs)
        form.addRow(self.tr("Target loss"), self.target)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Race"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.variable.currentIndexChanged.connect(lambda _i: self._show_values())
        self.choices.itemChanged.connect(lambda _item: self._check())
        self.numbers.textChanged.connect(lambda _t: self._check())
        self._show_values()

    # ----- what was chosen ------------------------------------------------------------------
    @property
    def name(self) -> str:
        return str(self.variable.currentData())

    def select(self, name: str, values: list[Any] | None = None) -> None:
        """Vary ``name`` with these values (for choices: tick exactly them)."""
        self.variable.setCurrentIndex(self.variable.findData(variable(name).name))
        if values is None:
            return
        if variable(name).kind == "choice":
            for i in range(self.choices.count()):
                item = self.choices.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        else:
            self.numbers.setText(", ".join(format_value(v) for v in values))
        self._check()

    def texts(self) -> list[str]:
        """The values as text: the ticked choices, or the typed numbers."""
        if variable(self.name).kind == "choice":
            return [
                str(self.choices.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.choices.count())
                if self.choices.item(i).checkState() == Qt.CheckState.Checked
            ]
        return [t for t in self.numbers.text().replace(";", ",").split(",") if t.strip()]

    def grid(self) -> dict[str, list[Any]]:
        """``{name: values}`` for the race command; ValueError saying what is wrong."""
        texts = self.texts()
        if not MIN_VALUES <= len(texts) <= MAX_VALUES:
            raise ValueError(
                self.tr("Choose %1 to %2 values (now %3).")
                .replace("%1", str(MIN_VALUES))
                .replace("%2", str(MAX_VALUES))
                .replace("%3", str(len(texts)))
            )
        return {self.name: list(parse_values(self.name, texts))}

    def target_loss(self) -> float | None:
        try:
            value = self.target.parse(self.target.text())
        except ValueError:
            return None
        return None if value is None else float(value)

    # ----- helpers ------------------------------------------------------------------------
    def _show_values(self) -> None:
        name = self.name
        var = variable(name)
        defaults = default_values(name, self.spec, self.n_train)
        if var.kind == "choice":
            options = {
                "optimizer": tuple(OPTIMIZERS_BY_NAME),
                "activation": HIDDEN_ACTIVATIONS,
                "init": INITIALIZERS,
            }[name]
            self.choices.blockSignals(True)
            self.choices.clear()
            for value in options:
                item = QListWidgetItem(choice_text(name, value), self.choices)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = value in defaults
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.choices.blockSignals(False)
            self.values_stack.setCurrentWidget(self.choices)
            self.hint.setText(self.tr("Tick 2 to 6."))
        else:
            self.numbers.setText(", ".join(format_value(v) for v in defaults))
            self.values_stack.setCurrentWidget(self.numbers)
            self.hint.setText(self.tr("2 to 6 numbers, separated by commas."))
        self._check()

    def _check(self) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.grid()
        except (ValueError, KeyError) as exc:
            self.problem.setText(str(exc.args[0]) if exc.args else str(exc))
            ok_button.setEnabled(False)
            return
        self.problem.clear()
        ok_button.setEnabled(True)


def _default_target(loss: float | None) -> float | None:
    """A round target below the current loss (a fifth of it, to one significant digit)."""
    if loss is None or not loss > 0:
        return None
    return float(f"{loss / 5:.1g}")
