"""What the learner reads on the diagram is right and points at what the inspector explains.

A real NetworkDiagram shows the records of a real Stepper on the worked example
(Mazur's 2-2-2 network): one selection at a time, drawn; a click inspects and a
double-click edits; indices counted from 1; no "−0"; readable edge labels; a readable
activation list; dropped neurons marked with the reason.
"""

from __future__ import annotations

import statistics

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QGraphicsProxyWidget

from engine.examples import mazur_example
from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.training import Trainer
from gui.diagram import NetworkDiagram
from session.snapshot import Snapshot

pytestmark = pytest.mark.gui


def snapshot_of(trainer, stepper, row=0) -> Snapshot:
    return Snapshot(
        trainer.spec,
        trainer.network.get_parameters(),
        trainer.step_count,
        trainer.epoch,
        None,
        None,
        False,
        trace=tuple(stepper.records),
        next_phase=stepper.next_phase_name if stepper.mid_step else None,
        traced_sample=row,
    )


@pytest.fixture
def mazur(qtbot):
    """The worked example stepped to its backward pass at the output (w5's gradient)."""
    ex = mazur_example()
    trainer = Trainer(ex.spec, ex.X, ex.y, params=ex.params)
    stepper = Stepper(trainer)
    for _ in range(4):  # forward[1], forward[2], loss, backward[2]
        stepper.next_phase()
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    d.set_spec(ex.spec, ("i1", "i2"))
    d.show_snapshot(snapshot_of(trainer, stepper))
    d.show()
    qtbot.waitExposed(d)
    return trainer, stepper, d


def at(d, scene_point) -> QPointF:
    return d.view.mapFromScene(scene_point)


def click_edge(d, k, i, j, double=False):
    edge = d.scene.edge_item(k, i, j)
    pos = at(d, edge.path().pointAtPercent(0.5))
    vp = d.view.viewport()
    if double:
        QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=pos)
    else:
        QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=pos)
    return edge


def test_one_selection_at_a_time_and_a_click_inspects_without_editing(mazur, qtbot):
    _tr, _st, d = mazur
    neurons, weights, biases = [], [], []
    d.neuronSelected.connect(lambda *a: neurons.append(a))
    d.edgeSelected.connect(lambda *a: weights.append(a))
    d.biasSelected.connect(lambda *a: biases.append(a))
    vp = d.view.viewport()
    node = d.scene.nodes[1][0]
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(d, node.scenePos()))
    assert neurons == [(1, 0)] and node.selected
    # a click on w5 = W2[1,1] selects it: the edge is drawn selected, the neuron no more
    w5 = click_edge(d, 2, 0, 0)
    assert weights == [(2, 0, 0)]
    assert w5.selected and w5._halo.isVisible() and w5.zValue() > 1
    assert not node.selected, "the neuron selected before keeps its frame"
    assert not d.editor.isVisible(), "a click inspects; it must not open the editor"
    assert d.selection == ("weight", 2, 0, 0)
    # a bias: only its handle is marked
    node2 = d.scene.nodes[2][1]
    bias = node2.mapToScene(node2._bias_rect.center())
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(d, bias))
    assert biases == [(2, 1)] and node2.bias_selected and not node2.selected
    assert not w5.selected and not w5._halo.isVisible()
    # a click on the empty background selects nothing (the inspector then shows the phase)
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=at(d, d.scene.sceneRect().topLeft()))
    assert neurons[-1] == (-1, -1) and d.selection == () and not node2.bias_selected


def test_double_click_or_the_menu_edits_a_weight_counted_from_one(mazur, qtbot):
    _tr, _st, d = mazur
    edited = []
    d.weightEdited.connect(lambda *a: edited.append(a))
    click_edge(d, 2, 1, 0, double=True)  # W2[2,1]: into output 2 from hidden 1 (Mazur's w7)
    editor = d.editor
    assert editor.isVisible() and d.selection == ("weight", 2, 1, 0)
    assert editor.title.text().startswith("Weight W2[2, 1] (to unit 2 from unit 1)")
    assert float(editor.edit.text()) == 0.5
    editor.edit.setText("x")
    assert not editor.apply() and "W2[2, 1]" in editor.error.text()
    editor.hide()
    # the context menu of an edge begins with "Edit weight W…[i, j]…", counted from 1
    menu = d.context_menu(2, 0, (0, 1))
    first = menu.actions()[0]
    assert first.text() == "Edit weight W2[1, 2]…"
    first.trigger()
    assert editor.isVisible() and d.selection == ("weight", 2, 0, 1)
    editor.edit.setText("0.25")
    assert editor.apply()
    assert edited == [("W2", (0, 1), 0.25)]
    assert d.undo_stack.text(0) == "Set W2[1, 2] to 0.25"


def test_frozen_bias_changes_and_dropped_deltas_read_0_not_minus_0(qtbot):
    ex = mazur_example()  # its biases are frozen: their update step is −0.0
    trainer = Trainer(ex.spec, ex.X, ex.y, params=ex.params)
    stepper = Stepper(trainer)
    stepper.finish_step()
    upd = stepper.records[-1]
    assert np.signbit(-upd.arrays["b1.step"]).all()  # what the diagram shows is −0.0
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.set_spec(ex.spec, ("i1", "i2"))
    d.labels_box.setChecked(True)
    d.show_snapshot(snapshot_of(trainer, stepper))
    texts = [n.value_text for k in (1, 2) for n in d.scene.nodes[k]]
    assert texts == ["0"] * 4
    labels = [lab.text() for le in d.scene.edges.values() for lab in le.labels]
    assert labels and not any(t.startswith("-0") and float(t) == 0 for t in labels)


def test_edge_labels_of_crossing_edges_do_not_overlap_and_hidden_ones_show_on_hover(mazur, qtbot):
    _tr, _st, d = mazur
    d.labels_box.setChecked(True)
    d.scene.select(("weight", 2, 0, 0))
    shown = []
    for le in d.scene.edges.values():
        shown += [lab for lab in le.labels if lab.isVisible()]
    assert len(shown) == 4  # W2's four values: W1 has none at backward[2]
    rects = [lab.sceneBoundingRect().adjusted(1, 1, -1, -1) for lab in shown]
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b]), (shown[a].text(), shown[b].text())
    for node in d.scene.nodes[1] + d.scene.nodes[2]:
        for r in rects:
            assert not r.intersects(node.body_rect())
    # the labels are the gradients δ_i·a_j of this sample, each on its own edge
    le = d.scene.edges[2]
    w5 = le.index_of(d.scene.edge_item(2, 0, 0))
    assert le.labels[w5].text() == "0.0822"
    # crowded: labels that find no room are hidden, and a hover shows the number
    from gui.diagram.edge_labels import place

    centres, sizes = [[(0.0, 0.0)]] * 3, [(30.0, 10.0)] * 3
    assert place(centres, sizes, [0, 1, 2]) == [(0.0, 0.0), None, None]
    assert place(centres, sizes, [0, 1, 2], forced=[1]) == [(0.0, 0.0), (0.0, 0.0), None]
    assert place([[(0.0, 0.0)], [(0.0, 20.0)]], sizes[:2], [0, 1]) == [(0.0, 0.0), (0.0, 20.0)]
    d.threshold.setValue(0.0)
    d.scene.show_labels = False
    d.labels_box.setChecked(False)
    edge = d.scene.edge_item(2, 1, 1)
    assert not any(lab.isVisible() for lab in le.labels)
    d.scene.edge_hovered(edge, True)
    hover = d.scene.labels.hover_label
    assert hover.isVisible() and hover.text() == le.labels[le.index_of(edge)].text()
    d.scene.edge_hovered(edge, False)
    assert not hover.isVisible()
    # with "Values" off the selected weight still shows its number
    assert d.scene.labels.selected_label.isVisible()
    assert d.scene.labels.selected_label.text() == "0.0822"


def test_the_chosen_activation_stands_out_in_the_open_list(qtbot):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(900, 600)
    d.set_spec(NetworkSpec.simple(2, [3], 1, loss="bce"), ("x1", "x2"))
    d.show()
    qtbot.waitExposed(d)
    combo = next(
        it.widget()
        for it in d.scene.items()
        if isinstance(it, QGraphicsProxyWidget) and isinstance(it.widget(), QComboBox)
    )
    combo.blockSignals(True)
    combo.setCurrentText("relu")
    combo.blockSignals(False)
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    view = combo.view()
    container = view.window()
    r = view.visualRect(view.currentIndex()).adjusted(5, 4, -5, -4)
    top_left = container.graphicsProxyWidget().mapToScene(
        QPointF(view.viewport().mapTo(container, r.topLeft()))
    )
    p = d.view.viewport().mapTo(d, d.view.mapFromScene(top_left))
    z = d.view.zoom()
    img = d.grab().toImage()  # as the diagram draws it: the list is a proxy in the scene
    lum = [
        QColor(img.pixel(x, y)).lightness()
        for x in range(p.x(), p.x() + int(r.width() * z))
        for y in range(p.y(), p.y() + int(r.height() * z))
    ]
    combo.hidePopup()
    background = statistics.median(lum)
    assert background < 200, "the chosen row is not highlighted"
    assert sum(abs(v - background) > 100 for v in lum) >= 30, "its text does not stand out"


def test_dropped_neurons_are_crossed_out_with_the_reason(qtbot):
    ex = mazur_example()
    spec = ex.spec.replace(dropout=0.5, seed=1)  # drops hidden neuron 2, keeps neuron 1
    trainer = Trainer(spec, ex.X, ex.y, params=ex.params)
    stepper = Stepper(trainer)
    stepper.next_phase()  # forward[1]: the mask is drawn
    mask = stepper.records[0].arrays["mask"][0]
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.set_spec(spec, ("i1", "i2"))
    d.show_snapshot(snapshot_of(trainer, stepper))
    nodes = d.scene.nodes[1]
    assert [n.dropped for n in nodes] == [bool(m == 0) for m in mask]
    for n, m in zip(nodes, mask, strict=True):
        if m == 0:
            assert n.toolTip().startswith("Dropped for this sample (dropout p = 0.5)")
        else:
            assert n.toolTip() == ""
    while stepper.next_phase_name != "update":  # backward[1]: δ is 0 where dropped
        stepper.next_phase()
    d.show_snapshot(snapshot_of(trainer, stepper))
    delta = stepper.records[-1].arrays["delta"][0]
    for n, m, dv in zip(nodes, mask, delta, strict=True):
        assert n.dropped == bool(m == 0)
        if m == 0:
            assert dv == 0 and n.value_text == "0"
    # the batch mean names no single sample: no cross, a count in the tooltip
    d.set_batch_mean(True)
    assert not any(n.dropped for n in nodes)
    for n, m in zip(nodes, mask, strict=True):
        assert (n.toolTip() == "Dropped for 1 of the batch's 1 samples (dropout p = 0.5).") == (
            m == 0
        )
    assert list(mask) == [2.0, 0.0]  # one kept (scaled by 1/keep), one dropped
