"""InspectorPanel fed with Snapshots from a real Stepper: its text carries the step's numbers."""

import math

import numpy as np
import pytest

from engine.examples import mazur_example
from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.training import Trainer
from gui.inspector import InspectorPanel
from session.snapshot import Snapshot

pytestmark = pytest.mark.gui


def snapshot(trainer: Trainer, stepper: Stepper, row: int = 0, running: bool = False) -> Snapshot:
    return Snapshot(
        spec=trainer.spec,
        params=trainer.network.get_parameters(),
        step=trainer.step_count,
        epoch=trainer.epoch,
        metrics=None,
        history=None,
        running=running,
        trace=() if running else tuple(stepper.records),
        next_phase=stepper.next_phase_name if stepper.mid_step else None,
        traced_sample=row,
    )


def sig(x):
    return 1 / (1 + math.exp(-x))


@pytest.fixture
def panel(qtbot):
    p = InspectorPanel()
    qtbot.addWidget(p)
    return p


def test_weight_numbers_phase_by_phase(panel):
    ex = mazur_example()
    tr = Trainer(ex.spec, ex.X, ex.y, params=ex.params)
    st = Stepper(tr)
    panel.select_weight(2, 0, 0)  # w5
    panel.show_snapshot(snapshot(tr, st))
    assert "0.4" in panel.text() and "Next phase" in panel.text()  # value only, before stepping
    h1, h2 = sig(0.15 * 0.05 + 0.2 * 0.1 + 0.35), sig(0.25 * 0.05 + 0.3 * 0.1 + 0.35)
    o1 = sig(0.4 * h1 + 0.45 * h2 + 0.6)
    dw5 = (o1 - 0.01) * o1 * (1 - o1) * h1
    st.next_phase()
    panel.show_snapshot(snapshot(tr, st))
    assert "∂L/∂w" not in panel.text()  # nothing about gradients before the backward pass
    st.next_phase()
    panel.show_snapshot(snapshot(tr, st))
    assert f"{0.4 * h1 + 0.45 * h2 + 0.6:.6g}" in panel.text()
    st.next_phase()
    st.next_phase()  # backward[2]
    panel.show_snapshot(snapshot(tr, st))
    text = panel.text()
    assert f"= {dw5:.6g}" in text
    assert "finite differences" in text
    st.finish_step()
    panel.show_snapshot(snapshot(tr, st))
    assert f"0.4 − 0.5 × {dw5:.6g} = {0.4 - 0.5 * dw5:.6g}" in panel.text()
    # the current phase's section is the one highlighted, and the browser shows it
    assert "#fff4c2" in panel.browser.toHtml().lower() or "fff4c2" in panel.browser.toHtml()


def test_traced_sample_batch_mean_and_selection_changes(panel):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(8, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(np.int64)
    spec = NetworkSpec.simple(2, (3,), 2, batch_size=4, dtype="float64", seed=5)
    tr = Trainer(spec, X, y)
    st = Stepper(tr)
    st.next_phase()  # forward[1]
    rec = st.records[0]
    z = rec.arrays["z"]
    panel.select_neuron(1, 2)
    panel.show_snapshot(snapshot(tr, st, row=3))
    assert f"= {z[3, 2]:.6g}" in panel.text() and "sample 4 of the batch of 4" in panel.text()
    panel.set_batch_mean(True)
    assert f"= {z[:, 2].mean():.6g}" in panel.text() and "mean over the batch" in panel.text()
    panel.set_batch_mean(False)
    panel.select_neuron(0, 1)  # an input
    assert f"x₂ = {rec.arrays['a_prev'][3, 1]:.6g}" in panel.text()
    panel.select_bias(1, 0)
    assert panel.selection == ("bias", 1, 0)
    # the architecture shrinks: a selection that no longer exists is dropped
    panel.select_weight(2, 1, 2)
    small = NetworkSpec.simple(2, (2,), 2, batch_size=4, dtype="float64", seed=5)
    tr2 = Trainer(small, X, y)
    st2 = Stepper(tr2)
    st2.next_phase()
    panel.show_snapshot(snapshot(tr2, st2))
    assert panel.selection == ()
    assert "Forward pass, layer 1" in panel.text()
    panel.select_neuron(-1, -1)
    assert panel.selection == ()


def test_playing_shows_current_values(panel):
    ex = mazur_example()
    tr = Trainer(ex.spec, ex.X, ex.y, params=ex.params)
    st = Stepper(tr)
    tr.run_steps(3)
    panel.select_bias(2, 1)
    panel.show_snapshot(snapshot(tr, st, running=True))
    assert "b2[2] = 0.6" in panel.text()
    panel.select_weight(1, 1, 0)
    w = tr.network.get_parameters()["W1"][1, 0]
    assert f"W1[2,1] = {w:.6g}" in panel.text()
