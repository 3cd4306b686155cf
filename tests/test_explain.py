"""explain: its numbers equal an independent NumPy computation of the same step.

A 3-4-3 tanh/softmax network with cross-entropy on a batch of 5 is computed here by
hand (forward, δ = (p − y)/n, backprop, Adam's first step); the explanation's text must
carry those numbers, and its finite difference must match backprop.
"""

import numpy as np
import pytest

from engine.explain import (
    explain_bias,
    explain_neuron,
    explain_phase,
    explain_weight,
    fmt,
)
from engine.gradcheck import finite_difference
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.stepper import Stepper
from engine.training import Trainer


def make(spec: NetworkSpec, n: int = 5, seed: int = 3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, spec.n_inputs))
    y = rng.integers(0, spec.n_outputs, size=n)
    trainer = Trainer(spec, X, y)
    params = trainer.network.get_parameters()
    records = Stepper(trainer).finish_step()
    rows = np.asarray(records[0].arrays["a_prev"])  # the batch, in batch order
    order = [int(np.flatnonzero((X == r).all(axis=1))[0]) for r in rows]
    return X[order], y[order], params, records


SPEC = NetworkSpec(
    3,
    (LayerSpec(4, "tanh"), LayerSpec(3, "softmax")),
    loss="cce",
    optimizer=OptimizerSpec("adam", lr=0.01),
    batch_size=5,
    dtype="float64",
    seed=7,
)


def by_hand(X, y, p):
    """Forward and backward of the 3-4-3 net, written out independently of the engine."""
    n = len(X)
    Y = np.eye(3)[y]
    z1 = X @ p["W1"].T + p["b1"]
    a1 = np.tanh(z1)
    z2 = a1 @ p["W2"].T + p["b2"]
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    a2 = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(Y * np.log(a2), axis=1))
    d2 = (a2 - Y) / n
    dW2 = d2.T @ a1
    g1 = d2 @ p["W2"]
    f1 = 1 - a1**2
    d1 = g1 * f1
    dW1 = d1.T @ X
    return dict(
        z1=z1, a1=a1, z2=z2, a2=a2, Y=Y, loss=loss, d2=d2, dW2=dW2, g1=g1, f1=f1, d1=d1, dW1=dW1
    )


@pytest.fixture(scope="module")
def case():
    X, y, p, records = make(SPEC)
    return X, y, p, records, by_hand(X, y, p)


def test_forward_formula_has_every_term_and_the_sum(case):
    X, y, p, records, h = case
    text = explain_neuron(SPEC, records, 1, 2, row=3).to_text()
    terms = " + ".join(
        f"{fmt(p['W1'][2, j]) if p['W1'][2, j] >= 0 else '(' + fmt(p['W1'][2, j]) + ')'} × "
        f"{fmt(X[3, j]) if X[3, j] >= 0 else '(' + fmt(X[3, j]) + ')'}"
        for j in range(3)
    )
    assert terms in text
    assert f"= {fmt(h['z1'][3, 2])}" in text
    assert f"tanh({fmt(h['z1'][3, 2])}) = {fmt(h['a1'][3, 2])}" in text
    # the batch mean is given beside the chosen sample
    assert fmt(h["a1"][:, 2].mean()) in text


def test_fused_output_delta_is_a_minus_y_with_reason(case):
    X, y, p, records, h = case
    text = explain_neuron(SPEC, records, 2, 1, row=0).to_text()
    assert f"= {fmt(h['d2'][0, 1])}" in text
    assert "a − y" in text and "softmax with cross-entropy" in text
    assert fmt(h["a2"][0, 1]) in text


def test_hidden_weight_gradient_chain_rule_share_total_and_update(case):
    X, y, p, records, h = case
    r, i, j = 2, 1, 0
    text = explain_weight(SPEC, records, 1, i, j, row=r).to_text()
    assert fmt(h["g1"][r, i]) in text  # ∂L/∂a
    assert fmt(h["f1"][r, i]) in text  # ∂a/∂z = 1 − a²
    assert fmt(h["d1"][r, i]) in text  # δ
    assert f"= {fmt(h['d1'][r, i] * X[r, j])}" in text  # this sample's share
    assert f"= {fmt(h['dW1'][i, j])}" in text  # the batch total
    # Adam's first step: m̂ = g, v̂ = g², so s = lr·g/(|g| + eps)
    g = h["dW1"][i, j]
    s = 0.01 * g / (abs(g) + 1e-8)
    assert fmt(p["W1"][i, j] - s) in text
    assert fmt(s) in text


def test_batch_mean_mode_uses_batch_means_and_totals(case):
    X, y, p, records, h = case
    text = explain_weight(SPEC, records, 2, 0, 3, row=None).to_text()
    assert "mean over the batch of 5" in text
    assert f"= {fmt(h['z2'][:, 0].mean())}" in text  # z̄ = Σ w ā + b is exact (linear)
    assert f"= {fmt(h['dW2'][0, 3])}" in text
    bias = explain_bias(SPEC, records, 1, 3, row=None).to_text()
    assert f"= {fmt(h['d1'][:, 3].sum())}" in bias


def test_finite_difference_matches_backprop_for_every_parameter(case):
    X, y, p, records, h = case
    for name, grad in (("W1", h["dW1"]), ("W2", h["dW2"]), ("b1", h["d1"].sum(0))):
        for index in np.ndindex(*grad.shape):
            fd = finite_difference(SPEC, records, name, index)
            assert fd == pytest.approx(grad[index], rel=1e-6, abs=1e-9), (name, index)


def test_finite_difference_with_dropout_and_l2_uses_the_steps_masks():
    spec = SPEC.replace(dropout=0.5, l2=0.1, optimizer=OptimizerSpec("sgd", lr=0.1))
    X, y, p, records = make(spec, n=6, seed=11)
    mask = records[0].arrays["mask"]
    assert (mask == 0).any() and (mask > 0).any()
    dW = {r.layer: r.arrays["dW"] for r in records if r.kind == "backward"}
    for k in (1, 2):
        for index in np.ndindex(*dW[k].shape):
            fd = finite_difference(spec, records, f"W{k}", index)
            assert fd == pytest.approx(dW[k][index], rel=1e-6, abs=1e-9)
    text = explain_weight(spec, records, 1, 0, 0, row=0).to_text()
    assert "λ₂·w" in text and "dropout" in text


def test_translation_hook_reaches_every_label(case):
    X, y, p, records, h = case
    text = explain_weight(
        SPEC, records, 2, 0, 0, row=1, translate=lambda context, s: "«" + s + "»"
    ).to_text()
    for line in text.splitlines():
        words = [
            w for w in line.split() if w.isalpha() and len(w) > 3 and w not in ("tanh", "mask")
        ]
        if words and not line.lstrip().startswith(("z =", "a =", "δ", "∂", "w ", "E", "=")):
            assert "«" in line, line


def test_explanations_before_records_and_phase_summary(case):
    X, y, p, records, h = case
    assert explain_neuron(SPEC, (), 1, 0).sections == ()
    assert finite_difference(SPEC, records[:1], "W1", (0, 0)) is None
    summary = explain_phase(SPEC, records[:3]).to_text()
    assert fmt(h["loss"]) in summary
    html = explain_weight(SPEC, records, 1, 0, 0).to_html()
    assert "<table" in html and "#fff4c2" in html  # the current phase is highlighted


@pytest.mark.parametrize(
    "hidden_act,loss,out_act,optimizer,dropout",
    [
        ("sigmoid", "mse", "linear", "momentum", 0.0),
        ("leaky_relu", "bce", "sigmoid", "nesterov", 0.2),
        ("relu", "sse", "softmax", "rmsprop", 0.0),
        ("linear", "mse", "tanh", "adagrad", 0.0),
    ],
)
def test_every_activation_loss_and_optimizer_explains_the_recorded_gradient(
    hidden_act, loss, out_act, optimizer, dropout
):
    n_out = 1 if loss == "bce" else 2
    spec = NetworkSpec(
        2,
        (LayerSpec(3, hidden_act), LayerSpec(n_out, out_act)),
        loss=loss,
        optimizer=OptimizerSpec(optimizer, lr=0.1),
        dropout=dropout,
        batch_size=4,
        dtype="float64",
        seed=1,
    )
    rng = np.random.default_rng(5)
    X = rng.normal(size=(8, 2))
    y = (X[:, :1] > 0).astype(np.int64).ravel() if loss == "bce" else rng.random((8, n_out))
    trainer = Trainer(spec, X, y)
    stepper = Stepper(trainer)
    stepper.finish_step()
    records = stepper.finish_step()  # a second step: the optimizer has state
    by = {r.phase: r for r in records}
    for k in (1, 2):
        dW = by[f"backward[{k}]"].arrays["dW"]
        for i, j in np.ndindex(*dW.shape):
            for row in (0, 3, None):
                text = explain_weight(spec, records, k, i, j, row=row).to_text()
                assert fmt(dW[i, j]) in text
                assert fmt(by["update"].arrays[f"W{k}.new"][i, j]) in text
            fd = finite_difference(spec, records, f"W{k}", (i, j))
            assert fd == pytest.approx(dW[i, j], rel=1e-5, abs=1e-9)
        for u in range(spec.sizes[k]):
            for row in (1, None):
                text = explain_neuron(spec, records, k, u, row=row).to_text()
                z = by[f"forward[{k}]"].arrays["z"]
                assert fmt(z[1, u] if row == 1 else z[:, u].mean()) in text
            assert (
                fmt(by[f"backward[{k}]"].arrays["db"][u])
                in explain_bias(spec, records, k, u).to_text()
            )
