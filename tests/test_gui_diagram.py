"""The network diagram: undoable edits, typed weights, clicks, and what it draws.

Every test drives a real NetworkDiagram (offscreen) and checks its signals and items
against numbers computed here independently (a real Trainer / Network where weights
matter).
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from engine.network import initial_parameters
from engine.spec import NetworkSpec
from engine.training import Trainer
from gui.diagram import NetworkDiagram
from gui.diagram.colors import DIVERGING_LUT
from gui.diagram.items import LockBadge
from gui.diagram.layout import MAX_EDGES_PER_LAYER
from session.snapshot import Snapshot

pytestmark = pytest.mark.gui

FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")


@pytest.fixture
def diagram(qtbot):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    return d


def small_spec() -> NetworkSpec:
    return NetworkSpec.simple(2, [4], 1, loss="bce")


def snap(spec, params, **kw) -> Snapshot:
    return Snapshot(spec, params, kw.pop("step", 0), 0, None, None, kw.pop("running", False), **kw)


def record(signal_owner, signal):
    out = []
    signal.connect(lambda *a: out.append(a if len(a) > 1 else a[0]))
    return out


def roundtrip(diagram, do_edit, check_new):
    """Run an edit; check specEdited after it, after undo (old spec) and after redo."""
    old = diagram.spec
    seen = record(diagram, diagram.specEdited)
    assert do_edit()
    assert len(seen) == 1 and check_new(seen[-1])
    assert diagram.spec == seen[-1]
    diagram.undo_stack.undo()
    assert seen[-1] == old and diagram.spec == old
    diagram.undo_stack.redo()
    assert check_new(seen[-1]) and diagram.spec == seen[-1]
    return seen[-1]


def test_add_and_remove_hidden_layers_round_trip(diagram):
    diagram.set_spec(small_spec(), ("x1", "x2"))
    new = roundtrip(diagram, diagram.add_layer, lambda s: s.sizes == (2, 4, 4, 1))
    assert new.layers[1].activation == new.layers[0].activation
    roundtrip(diagram, lambda: diagram.remove_layer(1), lambda s: s.sizes == (2, 4, 1))
    # down to logistic regression: no hidden layer at all is allowed
    roundtrip(
        diagram,
        diagram.remove_layer,
        lambda s: s.sizes == (2, 1) and s.layers[0].activation == "sigmoid",
    )
    count = diagram.undo_stack.count()
    assert not diagram.remove_layer()  # nothing left to remove: a message, no edit
    assert diagram.undo_stack.count() == count and diagram.message.text()
    roundtrip(diagram, lambda: diagram.add_layer(1), lambda s: s.sizes == (2, 4, 1))


def test_neuron_count_activation_and_freeze_round_trip(diagram):
    diagram.set_spec(NetworkSpec.simple(2, [3, 2], 1, loss="bce"), ("x1", "x2"))
    roundtrip(diagram, lambda: diagram.change_units(1, +1), lambda s: s.sizes == (2, 4, 2, 1))
    roundtrip(diagram, lambda: diagram.change_units(2, -1), lambda s: s.sizes == (2, 4, 1, 1))
    count = diagram.undo_stack.count()
    assert not diagram.change_units(2, -1)  # a layer keeps at least one neuron
    assert diagram.undo_stack.count() == count and "Layer 2" in diagram.message.text()
    roundtrip(
        diagram,
        lambda: diagram.set_activation(1, "relu"),
        lambda s: [ly.activation for ly in s.layers] == ["relu", "tanh", "sigmoid"],
    )
    new = roundtrip(
        diagram,
        lambda: diagram.set_frozen(2, "weights", True),
        lambda s: s.layers[1].freeze_weights and not s.layers[1].freeze_biases,
    )
    badges = [i for i in diagram.scene.items() if isinstance(i, LockBadge)]
    assert [b.letter for b in badges] == ["W"]  # drawn visibly
    roundtrip(
        diagram,
        lambda: diagram.set_frozen(3, "biases", True),
        lambda s: s.layers[2].freeze_biases and s.layers[1].freeze_weights,
    )
    assert new.validated() == new


def test_plus_button_and_activation_combo_in_the_scene(diagram, qtbot):
    diagram.set_spec(small_spec(), ("x1", "x2"))
    seen = record(diagram, diagram.specEdited)
    diagram.scene.neuronCountRequested.emit(1, +1)  # what the “+” button item emits
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0].sizes == (2, 5, 1)
    from PySide6.QtWidgets import QComboBox, QGraphicsProxyWidget

    proxy = next(i for i in diagram.scene.items() if isinstance(i, QGraphicsProxyWidget))
    combo = proxy.widget()
    assert isinstance(combo, QComboBox) and combo.currentText() == "tanh"
    combo.setCurrentText("sigmoid")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1].layers[0].activation == "sigmoid" and seen[1].sizes == (2, 5, 1)


def test_clicking_a_greyed_feature_switches_it_on_and_undo_switches_it_off(diagram, qtbot):
    spec = small_spec()
    diagram.set_spec(spec, ("x1", "x2"), None, FEATURES)
    diagram.show()
    qtbot.waitExposed(diagram)
    nodes = diagram.scene.nodes[0]
    assert [n.enabled for n in nodes] == [True, True] + [False] * 5
    seen = record(diagram, diagram.featuresEdited)
    target = nodes[4]  # x1*x2
    pos = diagram.view.mapFromScene(target.scenePos())
    QTest.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0] == ("x1", "x2", "x1*x2")
    assert diagram.spec.n_inputs == 3 and diagram.scene.nodes[0][4].enabled
    diagram.undo_stack.undo()
    assert seen[-1] == ("x1", "x2") and diagram.spec.n_inputs == 2
    diagram.undo_stack.redo()
    assert seen[-1] == ("x1", "x2", "x1*x2")
    # switching every feature off is refused with a message
    diagram.toggle_feature("x1")
    diagram.toggle_feature("x2")
    count = diagram.undo_stack.count()
    assert not diagram.toggle_feature("x1*x2")
    assert diagram.undo_stack.count() == count and "at least one" in diagram.message.text()


def test_typed_weight_is_validated_emitted_and_changes_the_trainers_parameter(diagram):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(40, 2))
    y = (X[:, 0] > 0).astype(np.int64)
    spec = NetworkSpec.simple(2, [3], 1, loss="bce", dtype="float64")
    trainer = Trainer(spec, X, y)
    trainer.run_steps(3)
    params = trainer.network.get_parameters()
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, params, step=3))
    seen = record(diagram, diagram.weightEdited)
    selected = record(diagram, diagram.edgeSelected)
    # what a double-click on edge W2[1, 2] (index (0, 1)) does: select it and open the editor
    diagram.scene.edge_edit_requested(2, 0, 1, QPoint(100, 100))
    assert selected == [(2, 0, 1)]
    editor = diagram.editor
    assert editor.isVisibleTo(diagram) and float(editor.edit.text()) == params["W2"][0, 1]
    editor.edit.setText("0.5x")
    assert not editor.apply()
    assert "W2[1, 2]" in editor.error.text() and "0.5x" in editor.error.text()
    editor.edit.setText("inf")
    assert not editor.apply() and "finite" in editor.error.text()
    assert seen == [] and diagram.undo_stack.count() == 0
    editor.edit.setText("0.75")
    assert editor.apply()
    assert seen == [("W2", (0, 1), 0.75)]
    # the main window sends this to the worker; here it is applied to a real trainer
    name, index, value = seen[0]
    new_params = trainer.network.get_parameters()
    new_params[name][index] = value
    trainer.network.set_parameters(new_params)
    W1, b1, W2, b2 = (trainer.network.get_parameters()[k] for k in ("W1", "b1", "W2", "b2"))
    assert W2[0, 1] == 0.75
    h = np.tanh(X @ W1.T + b1)
    expected = 1 / (1 + np.exp(-(h @ W2.T + b2)))
    np.testing.assert_allclose(trainer.network.predict(X), expected, rtol=1e-12)
    diagram.undo_stack.undo()
    assert seen[-1] == ("W2", (0, 1), params["W2"][0, 1])


def test_wheel_nudges_of_one_weight_merge_into_one_undo_step(diagram):
    spec = small_spec()
    params = initial_parameters(spec)
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, params))
    seen = record(diagram, diagram.weightEdited)
    diagram.scene.edge_wheeled(1, 2, 0, 1.0)
    diagram.scene.edge_wheeled(1, 2, 0, 2.0)
    assert diagram.undo_stack.count() == 1
    assert seen[-1][2] == pytest.approx(params["W1"][2, 0] + 0.15)
    diagram.undo_stack.undo()
    assert seen[-1] == ("W1", (2, 0), pytest.approx(params["W1"][2, 0]))


def test_clicks_and_hover_on_nodes_emit_selection_and_hover(diagram, qtbot):
    spec = small_spec()
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, initial_parameters(spec)))
    diagram.show()
    qtbot.waitExposed(diagram)
    node = diagram.scene.nodes[1][2]
    selected = record(diagram, diagram.neuronSelected)
    biases = record(diagram, diagram.biasSelected)
    hovered = record(diagram, diagram.neuronHovered)
    vp = diagram.view.viewport()
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=diagram.view.mapFromScene(node.scenePos()))
    assert selected == [(1, 2)] and node.selected
    bias_centre = node.mapToScene(node._bias_rect.center())
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=diagram.view.mapFromScene(bias_centre))
    assert biases == [(1, 2)]
    QTest.mouseMove(vp, diagram.view.mapFromScene(diagram.scene.nodes[2][0].scenePos()))
    qtbot.waitUntil(lambda: (2, 0) in hovered)
    QTest.mouseMove(vp, QPoint(2, 2))
    qtbot.waitUntil(lambda: hovered[-1] == (-1, -1))


def test_edges_follow_sign_magnitude_and_the_weakest_link_threshold(diagram):
    spec = NetworkSpec.simple(3, [5], 2, loss="cce")
    params = initial_parameters(spec)
    params["W1"][0, 0], params["W1"][1, 0] = 0.9, -0.9
    diagram.set_spec(spec, ("a", "b", "c"))
    diagram.show_snapshot(snap(spec, params))
    pos, neg = diagram.scene.edge_item(1, 0, 0).pen(), diagram.scene.edge_item(1, 1, 0).pen()
    assert pos.color().blue() > pos.color().red() and neg.color().red() > neg.color().blue()
    weak = diagram.scene.edge_item(1, int(np.argmin(np.abs(params["W1"][:, 0]))), 0).pen()
    assert pos.widthF() > weak.widthF()
    diagram.threshold.setValue(0.4)
    visible = sum(e.isVisible() for le in diagram.scene.edges.values() for e in le.items)
    expected = int((np.abs(params["W1"]) >= 0.4).sum() + (np.abs(params["W2"]) >= 0.4).sum())
    assert visible == expected
    diagram.labels_box.setChecked(True)
    labels = diagram.scene.edges[2].labels
    shown = [
        lab.text()
        for lab, e in zip(labels, diagram.scene.edges[2].items, strict=True)
        if e.isVisible()
    ]
    assert len(shown) == int((np.abs(params["W2"]) >= 0.4).sum())


def test_heatmap_pixels_come_from_the_colour_table_with_y_up(diagram):
    spec = NetworkSpec.simple(2, [2], 1, loss="bce")
    params = initial_parameters(spec)
    res = 8
    heat0 = np.zeros((2, res, res))
    heat1 = np.zeros((2, res, res))
    heat1[0, 0, :] = -1.0  # grid row 0 = lowest y: must be drawn at the bottom
    heat1[0, -1, :] = 1.0
    heat2 = np.full((1, res, res), 1.0)  # sigmoid output: 1 is the blue end
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, params, heatmaps=(heat0, heat1, heat2)))
    img = diagram.scene.nodes[1][0].image
    assert img is not None and img.width() == res
    assert img.pixel(3, res - 1) == int(DIVERGING_LUT[0])  # bottom row: orange end
    assert img.pixel(3, 0) == int(DIVERGING_LUT[-1])  # top row: blue end
    assert diagram.scene.nodes[2][0].image.pixel(0, 0) == int(DIVERGING_LUT[-1])


def test_an_mnist_network_draws_one_image_compact_layers_and_only_the_heaviest_edges(diagram):
    spec = NetworkSpec.simple(784, [128, 64], 10, activation="relu")
    params = initial_parameters(spec)
    diagram.set_spec(spec, tuple(f"p{i}" for i in range(784)), (28, 28))
    diagram.show_snapshot(snap(spec, params))
    scene = diagram.scene
    assert scene.image_item is not None and 0 not in scene.nodes
    assert set(scene.compact) == {1, 2} and len(scene.nodes[3]) == 10
    assert scene.drawn_edge_count() <= 3 * MAX_EDGES_PER_LAYER
    for k in (1, 2, 3):
        W = np.abs(params[f"W{k}"])
        le = scene.edges[k]
        drawn = np.sort(W[le.rows, le.cols])
        heaviest = np.sort(W.ravel())[-len(le.items) :]
        np.testing.assert_array_equal(drawn, heaviest)
    mass = np.abs(params["W1"]).sum(axis=0).reshape(28, 28)  # the image shows Σ|W1| per pixel
    buf = scene.image_item.buffer
    darkest = np.unravel_index(mass.argmax(), mass.shape)
    lightest = np.unravel_index(mass.argmin(), mass.shape)
    assert (buf[darkest] & 0xFF) < (buf[lightest] & 0xFF)


def test_dragging_an_edge_upwards_raises_its_weight_in_one_undoable_edit(diagram, qtbot):
    spec = small_spec()
    params = initial_parameters(spec)
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, params))
    diagram.show()
    qtbot.waitExposed(diagram)
    edge = diagram.scene.edge_item(2, 0, 1)
    start = diagram.view.mapFromScene(edge.path().pointAtPercent(0.5))
    seen = record(diagram, diagram.weightEdited)
    vp = diagram.view.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for dy in (5, 10, 20):
        QTest.mouseMove(vp, start - QPoint(0, dy))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 20))
    assert len(seen) == 1 and seen[0][:2] == ("W2", (0, 1))
    dy_scene = 20 / diagram.view.zoom()
    assert seen[0][2] == pytest.approx(params["W2"][0, 1] + 0.01 * dy_scene, rel=0.05)
    assert diagram.undo_stack.count() == 1
    assert not diagram.editor.isVisible()  # a drag is not a click: no editor


def test_context_menu_offers_the_layer_edits(diagram):
    diagram.set_spec(NetworkSpec.simple(2, [3], 1, loss="bce"), ("x1", "x2"))
    seen = record(diagram, diagram.specEdited)
    menu = diagram.context_menu(1, 0)
    actions = {a.text(): a for a in menu.actions()}
    actions["Insert layer after"].trigger()
    assert seen[-1].sizes == (2, 3, 3, 1)
    menu = diagram.context_menu(2, 1)
    freeze = next(a for a in menu.actions() if a.text() == "Freeze biases")
    assert freeze.isCheckable() and not freeze.isChecked()
    freeze.trigger()
    assert seen[-1].layers[1].freeze_biases
    relu = next(a for a in menu.actions()[0].menu().actions() if a.text() == "relu")
    relu.trigger()
    assert seen[-1].layers[1].activation == "relu" and seen[-1].layers[1].freeze_biases


def test_ctrl_wheel_zooms_and_f_fits_the_whole_network_back(diagram, qtbot):
    spec = NetworkSpec.simple(4, [6, 6], 3)
    diagram.set_spec(spec, ("a", "b", "c", "d"))
    diagram.show()
    qtbot.waitExposed(diagram)
    view = diagram.view
    fitted = view.zoom()
    view.zoom_by(3.0)
    assert view.zoom() == pytest.approx(3 * fitted) and not view.auto_fit
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F)
    assert view.zoom() == pytest.approx(fitted) and view.auto_fit
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(diagram.scene.itemsBoundingRect())


def _wheel(view, pos, modifiers):
    """Send one wheel notch (up) at viewport position pos."""
    vp = view.viewport()
    ev = QWheelEvent(
        QPointF(pos),
        QPointF(vp.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(vp, ev)


def test_wheel_on_an_edge_nudges_its_weight_and_ctrl_wheel_zooms(diagram, qtbot):
    spec = small_spec()
    params = initial_parameters(spec)
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, params))
    diagram.show()
    qtbot.waitExposed(diagram)
    seen = record(diagram, diagram.weightEdited)
    pos = diagram.view.mapFromScene(diagram.scene.edge_item(2, 0, 1).path().pointAtPercent(0.5))
    _wheel(diagram.view, pos, Qt.KeyboardModifier.NoModifier)
    assert seen == [("W2", (0, 1), pytest.approx(params["W2"][0, 1] + 0.05))]
    zoom = diagram.view.zoom()
    _wheel(diagram.view, pos, Qt.KeyboardModifier.ControlModifier)
    assert diagram.view.zoom() > zoom and len(seen) == 1  # zooms, leaves the weight alone


def test_a_heatmap_arriving_after_the_first_paint_is_not_hidden(qtbot):
    """The node is cached as a pixmap; the white square it paints without an image must go
    once the image comes, or the heatmap behind it never shows (seen on the input nodes)."""
    from PySide6.QtGui import QImage

    from engine.spec import NetworkSpec
    from gui.diagram import NetworkDiagram

    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(600, 400)
    d.set_spec(NetworkSpec.simple(2, [3], 1, loss="bce"), ("x1", "x2"))
    d.show()
    qtbot.waitExposed(d)
    node = d.scene.nodes[0][0]
    img = QImage(8, 8, QImage.Format.Format_RGB32)
    img.fill(0xFF0000FF)  # blue
    d.grab()  # first paint, without an image
    node.image = img
    shot = d.grab().toImage()
    centre = d.view.mapFromScene(node.scenePos()) + d.view.pos()
    colour = shot.pixelColor(centre.x(), centre.y())
    assert colour.blue() > 200 and colour.red() < 60, colour.name()


def test_while_playing_edges_and_heatmaps_take_turns_and_a_pause_brings_both_up(diagram):
    """Under Play the edges and the heatmaps refresh on alternate snapshots (each half the
    frames); every snapshot updates one of them, and the paused snapshot updates both."""
    spec = NetworkSpec.simple(2, [2], 1, loss="bce")
    params = initial_parameters(spec)
    diagram.set_spec(spec, ("x1", "x2"))

    def frame(w, h, running=True):
        p = {k: v.copy() for k, v in params.items()}
        p["W1"][0, 0] = w
        heat = (np.zeros((2, 4, 4)), np.full((2, 4, 4), h), np.zeros((1, 4, 4)))
        diagram.show_snapshot(snap(spec, p, heatmaps=heat, running=running))

    def edge_is_blue():
        c = diagram.scene.edge_item(1, 0, 0).pen().color()
        return c.blue() > c.red()

    def heat_is_blue():
        img = diagram.scene.nodes[1][0].image
        return img is not None and img.pixel(0, 0) == int(DIVERGING_LUT[-1])

    frame(-1.0, -1.0)  # running: one of the two is drawn
    frame(-1.0, -1.0)  # and now the other
    assert not edge_is_blue() and not heat_is_blue()
    frame(1.0, 1.0)
    frame(1.0, 1.0)  # two running snapshots: both caught up
    assert edge_is_blue() and heat_is_blue()
    frame(-1.0, -1.0)
    assert edge_is_blue() != heat_is_blue()  # one of them is a frame behind
    frame(-1.0, -1.0, running=False)  # paused: both at once
    assert not edge_is_blue() and not heat_is_blue()


def test_a_hyperparameter_or_freeze_edit_keeps_every_item_and_the_zoom(diagram, qtbot):
    """Only a new architecture rebuilds the scene; a learning rate or a freeze edit redraws
    what depends on it on the items already there, and the user's zoom stays."""
    spec = NetworkSpec.simple(2, [3, 2], 1, loss="bce")
    diagram.set_spec(spec, ("x1", "x2"))
    diagram.show_snapshot(snap(spec, initial_parameters(spec)))
    diagram.show()
    qtbot.waitExposed(diagram)
    view = diagram.view
    view.zoom_by(2.5)
    zoom = view.transform()
    items = list(diagram.scene.items())  # held, so that no id is reused
    before = {id(i) for i in items}
    diagram.set_spec(spec.with_optimizer(lr=0.5), ("x1", "x2"))
    assert {id(i) for i in diagram.scene.items()} == before
    assert view.transform() == zoom and not view.auto_fit
    assert diagram.spec.optimizer.lr == 0.5 and diagram.scene.spec.optimizer.lr == 0.5
    # freezing layer 2's weights: a padlock is added and its edges are dashed, nothing rebuilt
    assert diagram.set_frozen(2, "weights", True)
    now = {id(i) for i in diagram.scene.items()}
    badges = [i for i in diagram.scene.items() if isinstance(i, LockBadge)]
    assert [b.letter for b in badges] == ["W"] and now - before == {id(badges[0])}
    assert now >= before and view.transform() == zoom
    edge = diagram.scene.edge_item(2, 0, 0)
    assert edge.pen().style() == Qt.PenStyle.DashLine and "frozen" in edge.toolTip()
    diagram.undo_stack.undo()
    assert {id(i) for i in diagram.scene.items()} == before and view.transform() == zoom
    assert edge.pen().style() == Qt.PenStyle.SolidLine and edge.toolTip() == ""
    # a new neuron is a new architecture: new items, fitted into view
    old_nodes = list(diagram.scene.nodes[1])
    assert diagram.change_units(1, +1)
    assert len(diagram.scene.nodes[1]) == 4
    assert not {id(n) for n in diagram.scene.nodes[1]} & {id(n) for n in old_nodes}
    assert view.auto_fit
