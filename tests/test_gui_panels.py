"""Panels and views without the worker thread: typed-number validation, the hyper-parameter and
dataset panels, spec fitting, the output view and the loss plot."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")

from engine.datasets import DatasetSpec, load_dataset  # noqa: E402
from engine.heatmaps import decision_map, neuron_heatmaps  # noqa: E402
from engine.network import Network, initial_parameters  # noqa: E402
from engine.optimizers import OPTIMIZERS_BY_NAME, Adagrad, Adam  # noqa: E402
from engine.spec import NetworkSpec  # noqa: E402
from engine.spec_rules import default_spec, fit_spec_to_dataset, remap_input_columns  # noqa: E402
from engine.training import Metrics  # noqa: E402
from gui.dataset_panel import DatasetPanel  # noqa: E402
from gui.hyperparameter_panel import HyperparameterPanel  # noqa: E402
from gui.loss_plot import LossPlot  # noqa: E402
from gui.output_view import OutputView  # noqa: E402
from gui.widgets import NumberField  # noqa: E402
from session.snapshot import HistoryBuffer, Snapshot  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def circle():
    return load_dataset(DatasetSpec(name="circle"))


def test_number_field_names_the_field_and_refuses_bad_numbers(qtbot):
    f = NumberField("Batch size", integer=True, minimum=1)
    qtbot.addWidget(f)
    for text, fragment in (
        ("ten", "not a number"),
        ("2.5", "whole number"),
        ("0", "≥ 1"),
        ("inf", "finite"),
    ):
        with pytest.raises(ValueError, match="Batch size") as info:
            f.parse(text)
        assert fragment in str(info.value)
    assert f.parse(" 32 ") == 32
    lr = NumberField("Learning rate", minimum=0.0, open_min=True)
    qtbot.addWidget(lr)
    assert lr.parse("1e-3") == pytest.approx(0.001)
    assert lr.parse("0,5") == pytest.approx(0.5)
    with pytest.raises(ValueError, match="> 0"):
        lr.parse("0")
    with qtbot.waitSignal(lr.invalid) as blocker:
        lr.setText("-1")
        lr.editingFinished.emit()
    assert "Learning rate" in blocker.args[0]
    assert lr.value() is None


def test_hyperparameter_panel_emits_valid_specs_only(qtbot, circle):
    panel = HyperparameterPanel()
    qtbot.addWidget(panel)
    spec = default_spec()
    panel.set_dataset(circle)
    panel.set_spec(spec)
    assert panel.lr.text() == "0.03" and panel.batch_size.text() == "10"
    with qtbot.waitSignal(panel.specEdited) as blocker:
        panel.lr.setText("0.3")
        panel.lr.editingFinished.emit()
    assert blocker.args[0].optimizer.lr == 0.3 and blocker.args[0].sizes == spec.sizes
    with qtbot.assertNotEmitted(panel.specEdited):
        panel.dropout.setText("1.5")
        panel.dropout.editingFinished.emit()
    assert "Dropout" in panel.message.text()
    with qtbot.waitSignal(panel.specEdited) as blocker:
        panel.loss.setCurrentIndex(panel.loss.findData("cce"))
        panel.loss.activated.emit(panel.loss.currentIndex())
    new = blocker.args[0]
    assert new.loss == "cce" and new.layers[-1].activation == "softmax" and new.n_outputs == 2
    with qtbot.waitSignal(panel.specEdited) as blocker:
        panel.patience.setText("")
        panel.patience.setText("5")
        panel.patience.editingFinished.emit()
    assert blocker.args[0].patience == 5


def _choose_optimizer(qtbot, panel, name):
    with qtbot.waitSignal(panel.specEdited) as blocker:
        panel.optimizer.setCurrentIndex(panel.optimizer.findData(name))
        panel.optimizer.activated.emit(panel.optimizer.currentIndex())
    return blocker.args[0]


def _shown_optimizer_fields(panel):
    return [k for k, f in panel.optimizer_fields.items() if panel.form.isRowVisible(f)]


def test_optimizer_combo_lists_the_declared_optimizers_by_display_name(qtbot):
    panel = HyperparameterPanel()
    qtbot.addWidget(panel)
    items = [
        (panel.optimizer.itemData(i), panel.optimizer.itemText(i))
        for i in range(panel.optimizer.count())
    ]
    assert items == [(name, cls.display_name) for name, cls in OPTIMIZERS_BY_NAME.items()]
    assert items[0] == ("sgd", "SGD") and items[-1] == ("adam", "Adam")
    # one field per declared spec field, in an order that keeps each optimizer's own
    assert list(panel.optimizer_fields) == ["lr", "momentum", "alpha", "beta1", "beta2", "eps"]


def test_switching_to_adam_shows_adams_declared_hyperparameters(qtbot, circle):
    panel = HyperparameterPanel()
    qtbot.addWidget(panel)
    panel.set_dataset(circle)
    panel.set_spec(default_spec())
    assert _shown_optimizer_fields(panel) == ["lr"]  # SGD
    spec = _choose_optimizer(qtbot, panel, "adam")
    assert spec.optimizer.name == "adam" and spec.optimizer.lr == 0.03
    assert _shown_optimizer_fields(panel) == [hp.field for hp in Adam.hyperparameters]
    assert _shown_optimizer_fields(panel) == ["lr", "beta1", "beta2", "eps"]
    for hp in Adam.hyperparameters:
        field = panel.optimizer_fields[hp.field]
        label = panel.form.labelForField(field)
        assert label.text() == f"{hp.label} {hp.symbol}"
        assert label.toolTip() == f"{hp.help} (default {hp.default:g})"
        assert (field.minimum, field.maximum, field.open_min, field.open_max) == (
            hp.minimum,
            hp.maximum,
            hp.open_min,
            hp.open_max,
        )
        if hp.optional:  # ε: empty means the optimizer's default, which the placeholder says
            assert field.text() == "" and field.placeholderText() == f"default {hp.default:g}"
        else:
            assert field.value() == hp.default
    assert panel.beta1.text() == "0.9" and panel.beta2.text() == "0.999"
    assert panel.eps.placeholderText() == "default 1e-08"
    # the declared range is the field's: β₁ = 1 is refused and named by its label
    with qtbot.assertNotEmitted(panel.specEdited):
        panel.beta1.setText("1")
        panel.beta1.editingFinished.emit()
    assert "Mean decay: must be < 1" in panel.message.text()
    # Adagrad: its own fields and its own ε default
    assert _choose_optimizer(qtbot, panel, "adagrad").optimizer.name == "adagrad"
    assert _shown_optimizer_fields(panel) == [hp.field for hp in Adagrad.hyperparameters]
    assert panel.eps.placeholderText() == "default 1e-10"
    with qtbot.waitSignal(panel.specEdited) as blocker:
        panel.eps.setText("1e-6")
        panel.eps.editingFinished.emit()
    assert blocker.args[0].optimizer.eps == 1e-6


def test_fit_spec_to_dataset_picks_outputs_and_loss(circle):
    iris = load_dataset(DatasetSpec(name="iris"))
    s = fit_spec_to_dataset(default_spec(), iris)
    assert (s.n_inputs, s.n_outputs, s.loss, s.layers[-1].activation) == (4, 3, "cce", "softmax")
    assert [ly.units for ly in s.hidden] == [4, 2]
    reg = load_dataset(DatasetSpec(name="reg-gauss"))
    s = fit_spec_to_dataset(s, reg)
    assert (s.n_inputs, s.n_outputs, s.loss, s.layers[-1].activation) == (2, 1, "mse", "linear")
    s = fit_spec_to_dataset(s, circle, "bce")
    assert (s.n_outputs, s.loss, s.layers[-1].activation) == (1, "bce", "sigmoid")


def test_remap_input_columns_keeps_weights_by_feature_name():
    old_spec = NetworkSpec.simple(2, (3,), 1, loss="bce")
    old = initial_parameters(old_spec)
    new_spec = old_spec.replace(n_inputs=3)
    new = remap_input_columns(new_spec, old, ("x1", "x2"), ("x2", "x1^2", "x1"))
    fresh = initial_parameters(new_spec)
    np.testing.assert_array_equal(new["W1"][:, 0], old["W1"][:, 1])
    np.testing.assert_array_equal(new["W1"][:, 2], old["W1"][:, 0])
    np.testing.assert_array_equal(new["W1"][:, 1], fresh["W1"][:, 1])
    np.testing.assert_array_equal(new["W2"], old["W2"])
    Network(new_spec, params=new)  # shapes fit the new spec


def test_dataset_panel_shows_parameters_and_requests_specs(qtbot):
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    blobs = load_dataset(DatasetSpec(name="blobs", classes=4, noise=0.1))
    panel.set_dataset(blobs)
    assert panel.form.isRowVisible(panel.classes) and panel.classes.value() == 4
    assert panel.noise.value() == 10
    assert len(panel.scatter.data) == len(blobs.raw_train)
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000) as blocker:
        panel.noise.setValue(25)
    spec = blocker.args[0]
    assert (spec.name, spec.noise, spec.classes) == ("blobs", 0.25, 4)
    digits = load_dataset(DatasetSpec(name="digits"))
    panel.set_dataset(digits)
    assert not panel.form.isRowVisible(panel.classes)
    assert panel.mosaic.image is not None and len(panel.scatter.data) == 0
    names = [panel.source.itemData(i) for i in range(panel.source.count())]
    assert names[:3] == ["circle", "xor", "gauss"] and names[-4:] == [
        "csv",
        "npz",
        "mnist",
        "fashion-mnist",
    ]


def _snapshot(spec, params, heatmaps, extra):
    return Snapshot(
        spec=spec,
        params=params,
        step=0,
        epoch=0,
        metrics=None,
        history=None,
        running=False,
        heatmaps=heatmaps,
        extra=extra,
    )


def test_output_view_draws_the_decision_map_and_a_hovered_neuron(qtbot, circle):
    view = OutputView()
    qtbot.addWidget(view)
    spec = default_spec()
    net = Network(spec)
    maps = neuron_heatmaps(net, circle.preprocessing.transform, 32)
    view.set_dataset(circle)
    view.show_snapshot(
        _snapshot(spec, net.get_parameters(), maps, {"decision": decision_map(maps)})
    )
    np.testing.assert_array_equal(view.image.image, maps[-1][0])
    assert view.image.levels is not None and tuple(view.image.levels) == (0.0, 1.0)
    view.show_neuron(1, 2)
    np.testing.assert_array_equal(view.image.image, maps[1][2])
    assert tuple(view.image.levels) == (-1.0, 1.0)  # tanh
    assert "layer 1" in view.title.text()
    view.show_neuron(-1, -1)
    np.testing.assert_array_equal(view.image.image, maps[-1][0])
    assert not view.test_points.isVisible()
    view.test_box.setChecked(True)
    assert view.test_points.isVisible() and len(view.test_points.data) == len(circle.raw_test)


def test_loss_plot_takes_a_million_points_and_reads_them_out(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    buf = HistoryBuffer()
    n = 1_000_000
    rng = np.random.default_rng(0)
    losses = rng.random(n)
    for i in range(2000):
        buf.append(i, 0, Metrics(float(losses[i]), None, None, None))
    plot.show_history(buf.view())
    x, y = plot.train_loss.getOriginalDataset()
    assert len(x) == 2000
    np.testing.assert_array_equal(y, losses[:2000])
    assert (
        plot.test_loss.getOriginalDataset()[0] is None
        or len(plot.test_loss.getOriginalDataset()[0]) == 0
    )
    text = plot.readout_at(1234.2)
    assert text.startswith("step 1234") and f"{losses[1234]:.4g}" in text
    # a mirror of the worker's rows (the worker thins its own history past 100,000 points;
    # the plot itself must still take a million)
    columns = {f: np.full(n, np.nan) for f in HistoryBuffer.FIELDS}
    columns.update(step=np.arange(n, dtype=float), train_loss=losses)
    big = HistoryBuffer.from_columns(columns)
    plot.show_history(big.view())
    assert len(plot.train_loss.getOriginalDataset()[0]) == n
    assert plot.train_loss.opts["downsampleMethod"] == "peak" and plot.train_loss.opts["clipToView"]
    plot.log_box.setChecked(True)
    assert plot.loss_widget.getPlotItem().ctrl.logYCheck.isChecked()


def test_each_dataset_has_its_own_loss_and_output():
    from engine.spec_rules import OutputChoices, dataset_defaults

    circle = load_dataset(DatasetSpec(name="circle"))
    plane = load_dataset(DatasetSpec(name="reg-plane"))
    iris = load_dataset(DatasetSpec(name="iris"))
    assert dataset_defaults(circle) == ("bce", "sigmoid")
    assert dataset_defaults(plane) == ("mse", "linear")
    assert dataset_defaults(iris) == ("cce", "softmax")
    choices = OutputChoices()
    s = choices.spec_for(default_spec(), plane)
    s = choices.spec_for(s, circle)
    assert (s.loss, s.layers[-1].activation, s.n_outputs) == ("bce", "sigmoid", 1)
    chosen = fit_spec_to_dataset(s, circle, "mse", "tanh")
    assert (chosen.loss, chosen.layers[-1].activation, chosen.n_outputs) == ("mse", "tanh", 2)
    choices.note_edit(circle, s, chosen)
    s = choices.spec_for(chosen, iris)
    assert (s.loss, s.layers[-1].activation) == ("cce", "softmax")
    s = choices.spec_for(s, circle)
    assert (s.loss, s.layers[-1].activation, s.n_outputs) == ("mse", "tanh", 2)


def _pick(qtbot, panel, name):
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000) as blocker:
        panel.source.setCurrentIndex(panel.source.findData(name))
        panel.source.activated.emit(panel.source.currentIndex())
    spec = blocker.args[0]
    panel.set_dataset(load_dataset(spec))  # what the worker answers
    return spec


def test_a_dataset_opens_with_its_own_samples_and_split(qtbot):
    """Samples = 1797 carried from Digits into Moons, Iris at 50 % training data: no more."""
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel.set_dataset(load_dataset(DatasetSpec(name="circle")))
    iris = _pick(qtbot, panel, "iris")
    assert iris.effective_test_ratio == pytest.approx(0.2) and panel.train_ratio.value() == 80
    _pick(qtbot, panel, "digits")
    moons = _pick(qtbot, panel, "moons")
    assert moons.samples == 500 and moons.effective_test_ratio == pytest.approx(0.5)
    plane = _pick(qtbot, panel, "reg-plane")
    assert plane.samples == 1200
    # what the user set on a dataset stays with it
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000) as blocker:
        panel.samples.setValue(300)
        panel.train_ratio.setValue(70)
    panel.set_dataset(load_dataset(blocker.args[0]))
    circle = _pick(qtbot, panel, "circle")
    assert circle.samples == 500 and circle.effective_test_ratio == pytest.approx(0.5)
    plane = _pick(qtbot, panel, "reg-plane")
    assert plane.samples == 300 and plane.effective_test_ratio == pytest.approx(0.3)


def test_every_dataset_and_hyperparameter_field_explains_itself(qtbot, circle):
    from PySide6.QtWidgets import QFormLayout

    for panel in (DatasetPanel(), HyperparameterPanel()):
        qtbot.addWidget(panel)
        form = panel.form
        for r in range(form.rowCount()):
            label = form.itemAt(r, QFormLayout.ItemRole.LabelRole)
            if label is None or label.widget() is None:
                continue
            assert label.widget().toolTip(), f"{label.widget().text()!r} has no tooltip"


def test_the_batch_size_names_its_kind_of_gradient_descent(qtbot, circle):
    panel = HyperparameterPanel()
    qtbot.addWidget(panel)
    panel.set_dataset(circle)
    panel.set_spec(default_spec())
    form = panel.form
    tips = {
        form.labelForField(w).text(): form.labelForField(w).toolTip()
        for w in (panel.dropout, panel.patience, panel.l2, panel.seed)
    }
    assert "robability" in tips["Dropout"] and "epochs" in tips["Early stopping"]
    assert "0 or more" in tips["L2 rate"] and "whole number" in tips["Seed"]
    assert panel.batch_kind.text() == "mini-batch"  # 10 of 250
    for text, kind in (("1", "SGD"), (str(len(circle.X_train)), "batch GD"), ("32", "mini-batch")):
        with qtbot.waitSignal(panel.specEdited, timeout=3000):
            panel.batch_size.setText(text)
            panel.batch_size.editingFinished.emit()
        assert panel.batch_kind.text() == kind


def _history(values):
    buf = HistoryBuffer()
    for i, v in enumerate(values):
        buf.append(i, 0, Metrics(float(v), None, None, None))
    return buf.view()


def _axis_texts(axis):
    from PySide6.QtGui import QPainter, QPixmap

    pixmap = QPixmap(10, 10)
    painter = QPainter(pixmap)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return texts


def test_log_scale_tick_labels_never_overlap(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.show()
    axis = plot.loss_widget.getPlotItem().getAxis("left")
    for lo, hi, height in ((0.25, 0.95, 260), (0.05, 0.7, 320), (1e-6, 3.0, 200)):
        plot.resize(420, height)
        plot.show_history(_history(np.geomspace(hi, lo, 50)))
        plot.log_box.setChecked(True)
        qtbot.wait(20)
        texts = _axis_texts(axis)
        labels = [t for _r, _f, t in texts]
        assert len(labels) >= 2, labels
        rects = [r for r, _f, _t in texts]
        for i, a in enumerate(rects):
            for b in rects[i + 1 :]:
                assert not a.intersects(b), f"overlapping tick labels: {labels}"
        plot.log_box.setChecked(False)


def test_hover_readout_goes_with_the_mouse_and_never_resizes_the_plot(qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.resize(360, 260)
    plot.show()
    plot.show_history(_history(np.linspace(1.0, 0.1, 400)))
    qtbot.wait(20)
    hint, minimum = plot.sizeHint().width(), plot.minimumSizeHint().width()
    vb = plot.loss_widget.getPlotItem().getViewBox()
    plot.loss_widget.scene().sigMouseMoved.emit(vb.sceneBoundingRect().center())
    assert plot.readout.text().startswith("step") and "train loss" in plot.readout.text()
    plot.readout.setText(plot.readout.text() * 4)  # a long read-out: the plot stays as wide
    assert (plot.sizeHint().width(), plot.minimumSizeHint().width()) == (hint, minimum)
    QApplication.sendEvent(plot.loss_widget.viewport(), QEvent(QEvent.Type.Leave))
    assert plot.readout.text() == "", "the read-out stayed after the mouse left"


def test_plots_show_the_real_values_of_tiny_inputs(qtbot, tmp_path):
    """A CSV of inputs of a few thousandths: no "(x0.001)" with ticks that mean 1000x less."""
    path = tmp_path / "tiny.csv"
    rng = np.random.default_rng(1)
    rows = [f"{a:.6f},{b:.6f},{int(a > b)}" for a, b in rng.random((80, 2)) * 0.05]
    path.write_text("i1,i2,label\n" + "\n".join(rows) + "\n")
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel.resize(360, 520)
    panel.show()
    panel.set_dataset(load_dataset(DatasetSpec(name="csv", path=str(path))))
    qtbot.wait(50)
    axis = panel.preview.getPlotItem().getAxis("bottom")
    _axis_texts(axis)  # lays out the ticks as a paint would
    assert "x0.001" not in axis.labelString() and "i1" in axis.labelString()
    values = [float(t) for _r, _f, t in _axis_texts(axis)]
    assert values and max(values) <= 0.06, values


def test_two_percent_training_data_shows_and_comes_back_as_two_percent(qtbot):
    # #19's overfitting recipe: 2 % of noisy circle data (the slider stopped at 10 %, so a
    # project at 2 % showed 10 % and sent 10 % back on the next change)
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    spec = DatasetSpec(name="circle", samples=500, noise=0.5, test_ratio=0.98)
    panel.set_dataset(load_dataset(spec))
    assert panel.train_ratio.value() == 2
    assert panel.spec.effective_test_ratio == pytest.approx(0.98)
