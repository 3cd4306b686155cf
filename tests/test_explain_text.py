"""What the learner reads is right, consistent and explained: one test per reported problem.

Sums with regularization show the sum of the shares, then the λ term, then the total;
shortened sums give the subtotal of the terms left out; the optimizer's state has letters
that never name a parameter, with its numbers; biases are not called regularized; indices
count from 1; no "−0"; dropout shows in δ and in the phase summary; the worked example
uses the post's names.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from engine.examples import mazur_example
from engine.explain import explain_bias, explain_neuron, explain_phase, explain_weight, fmt
from engine.explain.numbers import factor, sum_terms
from engine.explain.update import BUFFER_SYMBOLS
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.stepper import Stepper
from engine.training import Trainer


def stepped(spec: NetworkSpec, n: int = 8, steps: int = 1, seed: int = 5):
    """The records of the ``steps``-th step of ``spec`` on random data, and the trainer."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, spec.n_inputs))
    if spec.loss in ("cce", "bce"):
        y = rng.integers(0, max(spec.n_outputs, 2), size=n)
    else:
        y = rng.normal(size=(n, spec.n_outputs))
    trainer = Trainer(spec, X, y)
    stepper = Stepper(trainer)
    for _ in range(steps - 1):
        stepper.finish_step()
    return stepper.finish_step(), trainer


def spec_of(optimizer="sgd", hidden=(3,), n_in=2, **kw) -> NetworkSpec:
    layers = tuple(LayerSpec(u, kw.pop("activation", "tanh")) for u in hidden)
    return NetworkSpec(
        n_in,
        layers + (LayerSpec(2, "softmax"),),
        loss="cce",
        optimizer=OptimizerSpec(optimizer, lr=0.1),
        batch_size=kw.pop("batch_size", 4),
        dtype="float64",
        seed=kw.pop("seed", 2),
        **kw,
    ).validated()


def line_with(text: str, start: str) -> str:
    found = [line.strip() for line in text.splitlines() if line.strip().startswith(start)]
    assert found, f"no line starting {start!r} in:\n{text}"
    return found[0]


# ----- 3: the batch total with regularization -------------------------------------------------
@pytest.mark.parametrize("l1,l2", [(0.0, 0.05), (0.01, 0.0), (0.01, 0.05)])
def test_batch_total_is_the_sum_of_the_shares_then_the_lambda_term(l1, l2):
    spec = spec_of(l1=l1, l2=l2)
    records, _ = stepped(spec)
    bwd = {r.phase: r for r in records}["backward[2]"]
    i, j = 1, 2
    shares = bwd.arrays["delta"][:, i] * bwd.arrays["a_prev"][:, j]
    w = bwd.arrays["W"][i, j]
    total = bwd.arrays["dW"][i, j]
    assert total == pytest.approx(shares.sum() + l2 * w + l1 * np.sign(w))
    text = explain_weight(spec, records, 2, i, j, row=0).to_text()
    batch = line_with(text, "batch total of the samples' shares")
    assert batch.endswith(f"= {fmt(shares.sum())}")  # the shares' sum, not the total
    terms = f" + {fmt(l2)} × {factor(w)}" if l2 else ""
    terms += f" + {fmt(l1)} × {factor(np.sign(w))}" if l1 else ""
    assert f"= {fmt(shares.sum())}{terms} = {fmt(total)}" in text
    assert ("λ₂·w" in text) == bool(l2) and ("λ₁·sign(w)" in text) == bool(l1)
    mean = explain_weight(spec, records, 2, i, j, row=None).to_text()
    assert f"= {fmt(shares.sum())}{terms} = {fmt(total)}" in mean


def test_regularization_is_written_out_in_the_loss():
    spec = spec_of(l1=0.01, l2=0.05)
    records, _ = stepped(spec)
    loss = {r.phase: r for r in records}["loss"]
    W = [r.arrays["W"] for r in records if r.kind == "forward"]
    squares, absolute = sum(np.sum(w * w) for w in W), sum(np.sum(np.abs(w)) for w in W)
    text = explain_neuron(spec, records, 2, 0).to_text()
    assert f"ΣW² = {fmt(squares)}" in text and f"Σ|W| = {fmt(absolute)}" in text
    reg = loss.values["regularization"]
    assert reg == pytest.approx(0.5 * 0.05 * squares + 0.01 * absolute)
    assert f"½ × 0.05 × {fmt(squares)} + 0.01 × {fmt(absolute)} = {fmt(reg)}" in text
    assert "biases are not regularized" in text
    assert "Keras's l2(λ)" in text and "λ₂ = 2λ" in text


# ----- 4: shortened sums --------------------------------------------------------------------
def test_a_shortened_sum_gives_the_subtotal_of_the_terms_left_out():
    spec = spec_of(n_in=10, hidden=(2,))
    records, _ = stepped(spec)
    fwd = records[0]
    row, unit = 1, 0
    w, a = fwd.arrays["W"][unit], fwd.arrays["a_prev"][row]
    hidden = float(np.sum(w[3:9] * a[3:9]))
    text = explain_neuron(spec, records, 1, unit, row=row).to_text()
    line = line_with(text, f"= {factor(w[0])} × {factor(a[0])}")  # the sum with numbers
    assert f"⟨6 more terms: {fmt(hidden)}⟩" in line
    shown = sum(w[j] * a[j] for j in (0, 1, 2, 9)) + fwd.arrays["b"][unit]
    assert shown + hidden == pytest.approx(fwd.arrays["z"][row, unit])
    symbols = line_with(text, "z = ")
    assert "w₃x₃ + … + w₁₀x₁₀" in symbols
    # a sum of five terms is written out in full
    assert sum_terms(5, str, float) == ["0", "1", "2", "3", "4"]


# ----- 5: the optimizer's letters -------------------------------------------------------------
def test_state_letters_never_name_a_parameter_and_the_rule_names_the_parameter_shown():
    for letters in BUFFER_SYMBOLS.values():
        assert not set(letters.values()) & {"w", "b", "g", "η"}
    spec = spec_of("momentum")
    records, trainer = stepped(spec, steps=2)
    up = {r.phase: r for r in records}["update"]
    bias = explain_bias(spec, records, 1, 0).to_text()
    assert "v ← μ·v + g;  b ← b − η·v" in bias and "b ← μ·b" not in bias
    v_old, v_new = (
        up.arrays["b1.state.momentum_buffer.old"][0],
        trainer.optimizer.state["b1"]["momentum_buffer"][0],
    )
    g = up.arrays["b1.grad"][0]
    assert f"v ← μ·v + g = 0.9 × {factor(v_old)} + {factor(g)} = {fmt(v_new)}" in bias
    assert f"= {fmt(v_new)}" in bias and f"g = ∂L/∂b = {fmt(g)}" in bias
    weight = explain_weight(spec, records, 2, 0, 1).to_text()
    assert "v ← μ·v + g;  w ← w − η·v" in weight and "Δw = η·v" in weight


@pytest.mark.parametrize(
    "optimizer,lines",
    [
        ("nesterov", ("v ← μ·v + g = ", "Δw = η·(g + μ·v) = ")),
        ("adagrad", ("G ← G + g² = ", "Δw = η·g / (√G + ε) = ")),
        ("rmsprop", ("s ← α·s + (1 − α)·g² = 0.99 × ", "Δw = η·g / (√s + ε) = ")),
        (
            "adam",
            (
                "t = 2",
                "m ← β₁·m + (1 − β₁)·g = 0.9 × ",
                "v ← β₂·v + (1 − β₂)·g² = 0.999 × ",
                "m̂ = m / (1 − β₁ᵗ) = ",
                "v̂ = v / (1 − β₂ᵗ) = ",
                "Δw = η·m̂ / (√v̂ + ε) = ",
            ),
        ),
    ],
)
def test_every_optimizer_shows_its_state_with_numbers(optimizer, lines):
    spec = spec_of(optimizer)
    records, trainer = stepped(spec, steps=2)
    text = explain_weight(spec, records, 1, 2, 1).to_text()
    for start in lines:
        line_with(text, start)
    assert "effective learning rate = Δw / g = " in text
    state = trainer.optimizer.state["W1"]
    up = {r.phase: r for r in records}["update"]
    for buf, value in state.items():
        assert np.array_equal(up.arrays[f"W1.state.{buf}.new"], value)
    assert up.values["W1.t"] == 2


def test_adam_says_why_its_first_step_is_plus_or_minus_eta():
    spec = spec_of("adam")
    records, _ = stepped(spec)
    up = {r.phase: r for r in records}["update"]
    assert "W1.state.exp_avg.old" not in up.arrays  # no state before the first step
    step, g = up.arrays["W1.step"][0, 0], up.arrays["W1.grad"][0, 0]
    assert abs(step) == pytest.approx(0.1, rel=1e-6) and np.sign(step) == np.sign(g)
    text = explain_weight(spec, records, 1, 0, 0).to_text()
    assert "m̂/√v̂ = g/|g| = ±1" in text and "±η = ±0.1" in text
    assert "m ← β₁·m + (1 − β₁)·g = 0.9 × 0 + 0.1 × " in text


def test_a_negative_effective_learning_rate_is_explained():
    spec = spec_of("momentum", hidden=(4,), activation="relu")
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 2)), rng.integers(0, 2, size=40)
    stepper = Stepper(Trainer(spec.replace(batch_size=1), X, y))
    for _ in range(30):
        records = stepper.finish_step()
        up = {r.phase: r for r in records}["update"]
        ratio = up.arrays["W2.step"] / np.where(
            up.arrays["W2.grad"] == 0, np.nan, up.arrays["W2.grad"]
        )
        negative = np.argwhere(ratio < 0)
        if len(negative):
            i, j = negative[0]
            text = explain_weight(spec.replace(batch_size=1), records, 2, i, j).to_text()
            assert "The effective learning rate is negative" in text
            assert "uphill" in text
            return
    pytest.fail("no step with a negative effective learning rate in 30 steps")


# ----- 6: biases are not regularized ------------------------------------------------------
def test_bias_text_never_says_the_gradient_includes_regularization():
    spec = spec_of("momentum", l2=0.05)
    records, _ = stepped(spec)
    bias = explain_bias(spec, records, 1, 1).to_text()
    assert "includes the regularization" not in bias
    assert "Biases are not regularized" in bias
    neuron = explain_neuron(spec, records, 1, 1).to_text()  # its bias's update
    assert "includes the regularization" not in neuron
    weight = explain_weight(spec, records, 1, 1, 0).to_text()
    assert "The gradient includes the regularization term." in weight


# ----- 7: indices count from 1 ----------------------------------------------------------------
def test_every_index_counts_from_one():
    spec = spec_of(hidden=(3, 2), n_in=3)
    records, _ = stepped(spec)
    texts = [explain_phase(spec, records[:k]).to_text() for k in range(1, len(records) + 1)]
    texts += [
        explain_weight(spec, records, 1, 0, 0).to_text(),
        explain_bias(spec, records, 3, 0).to_text(),
        explain_neuron(spec, records, 0, 0).to_text(),
        explain_neuron(spec, records, 2, 0, row=0).to_text(),
    ]
    joined = "\n".join(texts)
    assert "W1[1,1]" in joined and "b3[1]" in joined and "x₁ = " in joined
    assert "sample 1 of the batch of 4" in joined and "input 1" in joined
    assert not re.search(r"\[0[,\]]|,0\]|(?<![A-Za-z])[xawE]₀|\b(neuron|input|sample) 0\b", joined)
    assert re.search(r"^\s+1:  z = ", joined, re.M)


# ----- 8: never "−0" --------------------------------------------------------------------------
def test_zero_is_never_negative():
    assert fmt(-0.0) == "0" and fmt(np.float32(-0.0)) == "0" and fmt(np.float64(-0.0)) == "0"
    spec = spec_of()
    records, _ = stepped(spec)
    loss = {r.phase: r for r in records}["loss"]
    row = 0
    unit = int(np.flatnonzero(loss.arrays["target"][row] == 0)[0])  # a class that is not the target
    text = explain_neuron(spec, records, 2, unit, row=row).to_text()
    assert "−y·log a = 0" in text
    assert not re.search(r"[-−]0(?![.\deE])", text)


# ----- 18: dropout in δ and in the summary ------------------------------------------------------
def test_a_dropped_neuron_says_so_and_its_delta_is_zero():
    spec = spec_of(hidden=(4,), dropout=0.5, batch_size=6)
    records, _ = stepped(spec, n=12)
    fwd = records[0]
    rows, units = np.nonzero(fwd.arrays["mask"] == 0)
    row, unit = int(rows[0]), int(units[0])
    bwd1 = {r.phase: r for r in records}["backward[1]"]
    assert bwd1.arrays["delta"][row, unit] == 0
    text = explain_neuron(spec, records, 1, unit, row=row).to_text()
    assert "dropped for this sample" in text
    assert "δ = 0 because this neuron was dropped for this sample" in text
    assert f"out = a × mask = {factor(fwd.arrays['a'][row, unit])} × 0 = 0" in text
    summary = explain_phase(spec, records[: len(records) - 1], row=row).to_text()  # backward[1]
    assert "(dropped)" in explain_phase(spec, records[:1], row=row).to_text()
    back2 = explain_phase(spec, records[:4], row=row).to_text()  # backward[2]
    assert "δ_prev = (δ · W) ⊙ mask ⊙ f′(z_prev)" in back2
    assert "δ_prev" not in summary  # nothing passes below layer 1
    no_dropout = spec_of(hidden=(4,))
    plain, _ = stepped(no_dropout)
    assert "δ_prev = (δ · W) ⊙ f′(z_prev)" in explain_phase(no_dropout, plain[:4]).to_text()


# ----- the worked example in the post's names ---------------------------------------------------
def test_the_worked_example_speaks_the_posts_language():
    ex = mazur_example()
    records = Stepper(Trainer(ex.spec, ex.X, ex.y, params=ex.params)).finish_step()
    w5 = explain_weight(ex.spec, records, 2, 0, 0).to_text()
    assert w5.count("w5 = W2[1,1]") == 1  # both forms, once
    assert "z = net_o1 = w5·out_h1 + w6·out_h2 + b2" in w5
    assert "w5 ← w5 − η · ∂L/∂w5 = 0.4 − 0.5 × 0.082167 = 0.358916" in w5
    assert "(h1) → output neuron 1 (o1)" in w5
    w3 = explain_weight(ex.spec, records, 1, 1, 0).to_text()
    assert "w3 = W1[2,1]" in w3 and "net_h2 = w3·i1 + w4·i2 + b1" in w3
    assert "w8 = W2[2,2]" in explain_weight(ex.spec, records, 2, 1, 1).to_text()
    bias = explain_bias(ex.spec, records, 1, 1).to_text()
    assert "b1 = b1[2]" in bias and "b1 is frozen" in bias
    assert "E_o2 = ½(y − a)²" in explain_neuron(ex.spec, records, 2, 1).to_text()
    # any other network keeps the app's names
    other = spec_of()
    recs, _ = stepped(other)
    text = explain_weight(other, recs, 2, 0, 1).to_text()
    assert "W2[1,2]" in text and "w5" not in text and "net_" not in text
