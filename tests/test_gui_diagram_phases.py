"""The diagram's step-through display follows the records of a real engine Stepper.

For every phase of a step the title names the phase (engine.trace.describe_phase's
words) and the nodes/edges carry the record's numbers, recomputed here from the
record's own inputs (a_prev, W, δ) rather than read back from the diagram's code.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.trace import describe_phase
from engine.training import Trainer
from gui.diagram import NetworkDiagram
from gui.diagram.colors import diverging_color
from gui.diagram.items import format_value
from session.snapshot import Snapshot

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(qtbot):
    rng = np.random.default_rng(3)
    X = rng.normal(size=(30, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(np.int64)
    spec = NetworkSpec.simple(2, [3, 2], 1, loss="bce", dtype="float64", batch_size=5)
    trainer = Trainer(spec, X, y)
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    d.set_spec(spec, ("x1", "x2"))
    return trainer, Stepper(trainer), d


def snapshot_of(trainer, stepper, row=1, running=False):
    tr = trainer
    return Snapshot(
        tr.spec,
        tr.network.get_parameters(),
        tr.step_count,
        tr.epoch,
        None,
        None,
        running,
        trace=tuple(stepper.records) if not running else (),
        next_phase=stepper.next_phase_name if stepper.mid_step else None,
        traced_sample=row,
    )


def node_texts(d, layer):
    return [n.value_text for n in d.scene.nodes[layer]]


def test_every_phase_of_a_step_is_named_and_drawn_with_the_records_numbers(setup):
    trainer, stepper, d = setup
    d.show_snapshot(snapshot_of(trainer, stepper))
    assert d.title.text() == "Ready: next is forward pass, layer 1"
    row = 1
    L = 3
    for _ in range(2 * L + 2):
        rec = stepper.next_phase()
        d.show_snapshot(snapshot_of(trainer, stepper, row))
        assert d.title.text().startswith(describe_phase(rec.phase))
        a = rec.arrays
        if rec.kind == "forward":
            k = rec.layer
            assert node_texts(d, k) == [format_value(v) for v in a["a"][row]]
            expected = a["W"] * a["a_prev"][row][None, :]  # each edge carries w·a
            np.testing.assert_allclose(d.phase.edge_values[k], expected)
            e = d.scene.edge_item(k, 0, 1)
            assert e.arrow == 1 and e.pen().color() == diverging_color(
                expected[0, 1], d.legend.scale
            )
            assert d.legend.caption.startswith("w·a")
        elif rec.kind == "loss":
            assert f"L = {format_value(rec.values['loss'])}" in d.title.text()
            out = d.scene.nodes[L][0].side_text
            assert (
                format_value(a["output"][row, 0]) in out
                and format_value(a["target"][row, 0]) in out
            )
            assert format_value(a["per_sample"][row]) in d.detail.text()
        elif rec.kind == "backward":
            k = rec.layer
            assert node_texts(d, k) == [format_value(v) for v in a["delta"][row]]
            np.testing.assert_allclose(
                d.phase.edge_values[k], np.outer(a["delta"][row], a["a_prev"][row])
            )
            assert d.scene.edge_item(k, 0, 0).arrow == -1  # flowing right to left
            assert d.scene.headers.captions[k].text() == "δ = ∂L/∂z"
            assert d.scene.headers.captions[1].text() == ("δ = ∂L/∂z" if k == 1 else "a = f(z)")
            assert d.legend.caption.startswith("∂L/∂w")
            if k < L:  # edges of layers the backward pass has not reached stay neutral
                assert d.scene.edge_item(1, 0, 0).arrow == (-1 if k == 1 else 0)
        else:  # update: Δw = new − old on the edges
            for k in range(1, L + 1):
                np.testing.assert_allclose(
                    d.phase.edge_values[k], a[f"W{k}.new"] - a[f"W{k}.old"], atol=1e-15
                )
            assert "step complete" in d.detail.text()
            assert d.legend.caption.startswith("Δw")
    # the batch-mean view: δ averaged over the batch, edges the batch gradient dW
    stepper.next_phase()
    stepper.next_phase()
    stepper.next_phase()
    stepper.next_phase()
    rec = stepper.next_phase()  # backward[3]
    d.sample_combo.setCurrentIndex(1)
    d.show_snapshot(snapshot_of(trainer, stepper, row))
    assert node_texts(d, 3) == [format_value(v) for v in rec.arrays["delta"].mean(axis=0)]
    np.testing.assert_allclose(d.phase.edge_values[3], rec.arrays["dW"])


def test_playing_says_so_and_shows_weights(setup):
    trainer, stepper, d = setup
    trainer.run_steps(4)
    d.show_snapshot(snapshot_of(trainer, stepper, running=True))
    assert d.title.text() == "Training (Play)"
    assert all(t == "" for t in node_texts(d, 1))
    W2 = trainer.network.get_parameters()["W2"]
    assert d.scene.edge_item(2, 1, 2).pen().color() == diverging_color(W2[1, 2], d.legend.scale)
    assert d.legend.scale >= np.abs(W2).max()


def test_weights_that_no_longer_fit_the_drawn_spec_are_ignored(setup):
    trainer, stepper, d = setup
    params = trainer.network.get_parameters()
    d.show_snapshot(snapshot_of(trainer, stepper))
    assert d.add_layer()  # the worker has not applied it yet: old-shaped snapshots arrive
    d.show_snapshot(Snapshot(trainer.spec, params, 0, 0, None, None, True))
    assert d.scene.weights == {}  # nothing drawn from weights of another shape
    assert d.spec.sizes == (2, 3, 2, 2, 1)
    d.threshold.setValue(0.2)  # redrawing with no fitting weights is harmless
    d.labels_box.setChecked(True)
    new_spec = d.spec
    from engine.network import adapt_parameters

    new_params = adapt_parameters(trainer.spec, params, new_spec)
    d.show_snapshot(Snapshot(new_spec, new_params, 0, 0, None, None, True))
    assert d.scene.weights["W3"].shape == (2, 2)
    assert d.scene.edge_item(3, 1, 1).isVisible() == bool(abs(new_params["W3"][1, 1]) >= 0.2)


def test_a_finished_steps_trace_from_before_an_architecture_edit_is_not_drawn(setup):
    """The worker keeps a finished step's records on show; after a new neuron they describe a
    network that is no longer drawn: the diagram shows the weights, not the stale phase."""
    trainer, stepper, d = setup
    stepper.finish_step()
    old = snapshot_of(trainer, stepper)
    assert old.trace and old.trace[-1].phase == "update"
    assert d.change_units(1, +1)
    trainer.set_spec(d.spec)
    params = trainer.network.get_parameters()
    d.show_snapshot(dataclasses.replace(old, spec=d.spec, params=params))
    assert not d.phase.active and d.scene.weights["W1"].shape == (4, 2)
    assert d.scene.edge_item(1, 3, 1).pen().color() == diverging_color(
        params["W1"][3, 1], d.legend.scale
    )
    d.show_snapshot(old)  # an old-shaped snapshot arriving late changes nothing
    assert d.scene.weights["W1"].shape == (4, 2) and not d.phase.active
