"""Mazur's worked example, phase by phase through the stepper, against his published numbers.

Every value is computed here from the textbook formulas (plain Python floats, no engine
code), then compared with the published value (to 1e-8) and with the engine's trace.
"""

import math

import numpy as np
import pytest

from engine.examples import mazur_example
from engine.explain import explain_bias, explain_neuron, explain_weight, fmt
from engine.stepper import Stepper
from engine.training import Trainer

PUBLISHED = {
    "net_h1": 0.3775,
    "out_h1": 0.593269992,
    "out_h2": 0.596884378,
    "net_o1": 1.105905967,
    "out_o1": 0.75136507,
    "out_o2": 0.772928465,
    "E_o1": 0.274811083,
    "E_o2": 0.023560026,
    "E_total": 0.298371109,
    "dE_dw5": 0.082167041,
    "w5+": 0.35891648,
    "w6+": 0.408666186,
    "w7+": 0.511301270,
    "w8+": 0.561370121,
    "dE_dw1": 0.000438568,
    "w1+": 0.149780716,
    "w2+": 0.19956143,
    "w3+": 0.24975114,
    "w4+": 0.29950229,
}


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def by_hand() -> dict[str, float]:
    """The example's numbers from the formulas, as Mazur derives them."""
    i1, i2, t1, t2 = 0.05, 0.10, 0.01, 0.99
    w1, w2, w3, w4, w5, w6, w7, w8 = 0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55
    b1, b2, eta = 0.35, 0.60, 0.5
    v: dict[str, float] = {}
    v["net_h1"] = w1 * i1 + w2 * i2 + b1
    v["net_h2"] = w3 * i1 + w4 * i2 + b1
    v["out_h1"], v["out_h2"] = sigmoid(v["net_h1"]), sigmoid(v["net_h2"])
    v["net_o1"] = w5 * v["out_h1"] + w6 * v["out_h2"] + b2
    v["net_o2"] = w7 * v["out_h1"] + w8 * v["out_h2"] + b2
    v["out_o1"], v["out_o2"] = sigmoid(v["net_o1"]), sigmoid(v["net_o2"])
    v["E_o1"] = 0.5 * (t1 - v["out_o1"]) ** 2
    v["E_o2"] = 0.5 * (t2 - v["out_o2"]) ** 2
    v["E_total"] = v["E_o1"] + v["E_o2"]
    # output layer: ∂E/∂out · ∂out/∂net, then ∂net/∂w = out_h
    v["dE_dout_o1"] = -(t1 - v["out_o1"])
    v["dE_dout_o2"] = -(t2 - v["out_o2"])
    v["dout_dnet_o1"] = v["out_o1"] * (1 - v["out_o1"])
    v["dout_dnet_o2"] = v["out_o2"] * (1 - v["out_o2"])
    d_o1 = v["dE_dout_o1"] * v["dout_dnet_o1"]
    d_o2 = v["dE_dout_o2"] * v["dout_dnet_o2"]
    v["delta_o1"], v["delta_o2"] = d_o1, d_o2
    v["dE_dw5"] = d_o1 * v["out_h1"]
    v["dE_dw6"] = d_o1 * v["out_h2"]
    v["dE_dw7"] = d_o2 * v["out_h1"]
    v["dE_dw8"] = d_o2 * v["out_h2"]
    # hidden layer: ∂E/∂out_h = Σ δ_o · w (with the OLD output weights)
    v["dE_douth1"] = d_o1 * w5 + d_o2 * w7
    v["dE_douth2"] = d_o1 * w6 + d_o2 * w8
    v["douth1_dneth1"] = v["out_h1"] * (1 - v["out_h1"])
    v["douth2_dneth2"] = v["out_h2"] * (1 - v["out_h2"])
    d_h1 = v["dE_douth1"] * v["douth1_dneth1"]
    d_h2 = v["dE_douth2"] * v["douth2_dneth2"]
    v["delta_h1"], v["delta_h2"] = d_h1, d_h2
    v["dE_dw1"], v["dE_dw2"] = d_h1 * i1, d_h1 * i2
    v["dE_dw3"], v["dE_dw4"] = d_h2 * i1, d_h2 * i2
    for k, w in enumerate((w1, w2, w3, w4, w5, w6, w7, w8), start=1):
        v[f"w{k}+"] = w - eta * v[f"dE_dw{k}"]
    return v


@pytest.fixture(scope="module")
def stepped():
    """The example's first step, run phase by phase: (example, hand values, records by phase)."""
    ex = mazur_example()
    trainer = Trainer(ex.spec, ex.X, ex.y, params=ex.params)
    stepper = Stepper(trainer)
    phases = stepper.phases
    records = []
    for expected in phases:
        assert stepper.next_phase_name == expected
        records.append(stepper.next_phase())
    assert stepper.position == 0 and trainer.step_count == 1
    return ex, by_hand(), records, trainer


def test_hand_formulas_reproduce_the_published_numbers():
    v = by_hand()
    for key, published in PUBLISHED.items():
        assert v[key] == pytest.approx(published, abs=1e-8), key


def test_engine_trace_equals_the_hand_computation(stepped):
    ex, v, records, trainer = stepped
    rec = {r.phase: r for r in records}
    assert [r.phase for r in records] == [
        "forward[1]",
        "forward[2]",
        "loss",
        "backward[2]",
        "backward[1]",
        "update",
    ]
    f1, f2 = rec["forward[1]"].arrays, rec["forward[2]"].arrays
    assert f1["z"][0] == pytest.approx([v["net_h1"], v["net_h2"]], abs=1e-14)
    assert f1["a"][0] == pytest.approx([v["out_h1"], v["out_h2"]], abs=1e-14)
    assert f2["z"][0] == pytest.approx([v["net_o1"], v["net_o2"]], abs=1e-14)
    assert f2["a"][0] == pytest.approx([v["out_o1"], v["out_o2"]], abs=1e-14)
    loss = rec["loss"]
    # the engine's data loss for sse with one sample is exactly E_total
    assert loss.values["data_loss"] == pytest.approx(v["E_total"], abs=1e-14)
    assert loss.arrays["per_sample"][0] == pytest.approx(v["E_total"], abs=1e-14)
    assert loss.arrays["dL_da"][0] == pytest.approx([v["dE_dout_o1"], v["dE_dout_o2"]], abs=1e-14)
    assert loss.arrays["delta"][0] == pytest.approx([v["delta_o1"], v["delta_o2"]], abs=1e-14)
    b2 = rec["backward[2]"].arrays
    assert b2["dW"] == pytest.approx(
        np.array([[v["dE_dw5"], v["dE_dw6"]], [v["dE_dw7"], v["dE_dw8"]]]), abs=1e-14
    )
    assert b2["dL_da_prev"][0] == pytest.approx([v["dE_douth1"], v["dE_douth2"]], abs=1e-14)
    assert b2["da_dz_prev"][0] == pytest.approx([v["douth1_dneth1"], v["douth2_dneth2"]], abs=1e-14)
    assert b2["delta_prev"][0] == pytest.approx([v["delta_h1"], v["delta_h2"]], abs=1e-14)
    b1 = rec["backward[1]"].arrays
    assert b1["dW"] == pytest.approx(
        np.array([[v["dE_dw1"], v["dE_dw2"]], [v["dE_dw3"], v["dE_dw4"]]]), abs=1e-14
    )
    up = rec["update"].arrays
    assert up["W1.new"] == pytest.approx(
        np.array([[v["w1+"], v["w2+"]], [v["w3+"], v["w4+"]]]), abs=1e-14
    )
    assert up["W2.new"] == pytest.approx(
        np.array([[v["w5+"], v["w6+"]], [v["w7+"], v["w8+"]]]), abs=1e-14
    )
    # biases are frozen, as in the post
    assert np.array_equal(up["b1.new"], [0.35, 0.35]) and np.array_equal(up["b2.new"], [0.6, 0.6])
    params = trainer.network.get_parameters()
    assert np.array_equal(params["W1"], up["W1.new"]) and np.array_equal(params["W2"], up["W2.new"])


def test_inspector_text_shows_the_published_numbers(stepped):
    ex, v, records, _ = stepped
    spec = ex.spec
    h1 = explain_neuron(spec, records, 1, 0).to_text()
    for key in ("net_h1", "out_h1", "delta_h1"):
        assert fmt(v[key]) in h1, key
    assert "0.15 × 0.05 + 0.2 × 0.1 + 0.35" in h1
    o1 = explain_neuron(spec, records, 2, 0).to_text()
    for key in ("net_o1", "out_o1", "E_o1", "E_total", "delta_o1"):
        assert fmt(v[key]) in o1, key
    assert fmt(v["E_o2"]) in explain_neuron(spec, records, 2, 1).to_text()
    w5 = explain_weight(spec, records, 2, 0, 0).to_text()
    # the chain rule with every factor, then the update
    chain = f"{fmt(v['dE_dout_o1'])} × {fmt(v['dout_dnet_o1'])} × {fmt(v['out_h1'])} = {fmt(v['dE_dw5'])}"
    assert chain in w5
    assert f"0.4 − 0.5 × {fmt(v['dE_dw5'])} = {fmt(v['w5+'])}" in w5
    w1 = explain_weight(spec, records, 1, 0, 0).to_text()
    chain1 = f"{fmt(v['dE_douth1'])} × {fmt(v['douth1_dneth1'])} × 0.05 = {fmt(v['dE_dw1'])}"
    assert chain1 in w1
    assert fmt(v["w1+"]) in w1
    for (i, j), key in {(0, 1): "w6+", (1, 0): "w7+", (1, 1): "w8+"}.items():
        assert fmt(v[key]) in explain_weight(spec, records, 2, i, j).to_text(), key
    for (i, j), key in {(0, 1): "w2+", (1, 0): "w3+", (1, 1): "w4+"}.items():
        assert fmt(v[key]) in explain_weight(spec, records, 1, i, j).to_text(), key
    bias = explain_bias(spec, records, 2, 0).to_text()
    assert "frozen" in bias and "0.6" in bias


def test_shipped_project_is_the_worked_example():
    from pathlib import Path

    from engine.project import load_project

    path = Path(__file__).resolve().parents[1] / "assets" / "examples" / "worked-example.bplab"
    trainer, data = load_project(path).make_trainer()
    ex = mazur_example()
    assert trainer.spec == ex.spec
    assert np.array_equal(data.X_train, ex.X) and np.array_equal(data.y_train, ex.y)
    loss = trainer.step()
    v = by_hand()
    assert loss == pytest.approx(PUBLISHED["E_total"], abs=1e-8)
    W2 = trainer.network.get_parameters()["W2"]
    assert W2 == pytest.approx(np.array([[v["w5+"], v["w6+"]], [v["w7+"], v["w8+"]]]), abs=1e-14)
