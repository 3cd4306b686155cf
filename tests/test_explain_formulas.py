"""Every formula the inspector prints holds with the numbers printed beside it.

Over random small networks (1–3 layers, every activation and loss, L1/L2 and dropout on
or off, all six optimizers, a step or two in so the optimizers have state) each formula
line of every neuron, weight and bias page (after the whole step, and in the middle of
it) and of the phase summary after every phase is recomputed
from its printed numbers (tests/formula_check.py) and must give the result it prints.
The same texts must count from 1 and never print "−0".
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from formula_check import FormulaError, check_lines

from engine.errors import SpecError
from engine.explain import explain_bias, explain_neuron, explain_phase, explain_weight
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.stepper import Stepper
from engine.training import Trainer

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
HIDDEN = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
NEGATIVE_ZERO = re.compile(r"[-−]0(?![.\deE])")
SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")


@st.composite
def networks(draw, optimizer: str):
    """(spec, X, y) of a small random network trained by ``optimizer``, and a data set."""
    n_in = draw(st.integers(1, 7))
    hidden = draw(st.lists(st.integers(1, 7), min_size=0, max_size=2))
    loss = draw(st.sampled_from(("mse", "sse", "bce", "cce")))
    if loss == "bce":
        n_out, out_act = 1, "sigmoid"
    elif loss == "cce":
        n_out, out_act = draw(st.integers(2, 3)), "softmax"
    else:
        n_out = draw(st.integers(1, 3))
        out_act = draw(st.sampled_from(("linear", "sigmoid", "tanh", "softmax")))
    layers = tuple(LayerSpec(u, draw(st.sampled_from(HIDDEN))) for u in hidden)
    layers += (LayerSpec(n_out, out_act),)
    try:
        spec = NetworkSpec(
            n_in,
            layers,
            loss=loss,
            optimizer=OptimizerSpec(optimizer, lr=draw(st.sampled_from((0.01, 0.1)))),
            l1=draw(st.sampled_from((0.0, 0.003))),
            l2=draw(st.sampled_from((0.0, 0.02))),
            dropout=draw(st.sampled_from((0.0, 0.4))) if hidden else 0.0,
            batch_size=draw(st.integers(1, 4)),
            dtype="float64",
            seed=draw(st.integers(0, 1000)),
        ).validated()
    except SpecError:
        hypothesis.assume(False)
    rng = np.random.default_rng(draw(st.integers(0, 1000)))
    X = rng.normal(size=(6, n_in))
    if loss in ("bce", "cce"):
        y = rng.integers(0, max(n_out, 2), size=6)
    else:
        y = rng.normal(size=(6, n_out))
    return spec, X, y


def pages(spec: NetworkSpec, records, rows):
    """Every item's page (neurons with the inputs, weights, biases) for each row."""
    sizes = spec.sizes
    for row in rows:
        for layer, width in enumerate(sizes):
            for u in range(width):
                yield explain_neuron(spec, records, layer, u, row)
        for k in range(1, len(sizes)):
            for i in range(sizes[k]):
                yield explain_bias(spec, records, k, i, row)
                for j in range(sizes[k - 1]):
                    yield explain_weight(spec, records, k, i, j, row)


def check_page(page, sizes, n) -> list[str]:
    """The page's formulas hold; it counts from 1 and never prints −0. Returns the formulas."""
    checked = []
    for section in page.sections:
        try:
            checked += check_lines(section.lines)
        except FormulaError as exc:
            raise FormulaError(f"{page.heading} / {section.title}: {exc}") from None
    text = page.to_text()
    assert not NEGATIVE_ZERO.search(text), text
    check_indices(text, sizes, n)
    return checked


def check_indices(text: str, sizes: tuple[int, ...], n: int) -> None:
    """Every index in the text counts from 1 and names something that exists."""
    L = len(sizes) - 1
    for k, i, j in re.findall(r"W(\d+)\[(\d+),(\d+)\]", text):
        k, i, j = int(k), int(i), int(j)
        assert 1 <= k <= L and 1 <= i <= sizes[k] and 1 <= j <= sizes[k - 1], text
    for k, i in re.findall(r"\bb(\d+)\[(\d+)\]", text):
        assert 1 <= int(k) <= L and 1 <= int(i) <= sizes[int(k)], text
    for u, k in re.findall(r"neuron (\d+) of hidden layer (\d+)", text):
        assert 1 <= int(k) < L and 1 <= int(u) <= sizes[int(k)], text
    for u in re.findall(r"output neuron (\d+)", text):
        assert 1 <= int(u) <= sizes[-1], text
    for u in re.findall(r"\binput (\d+)", text):
        assert 1 <= int(u) <= sizes[0], text
    for k in re.findall(r"\blayer (\d+)", text):
        assert 1 <= int(k) <= L, text
    for r in re.findall(r"\bsample (\d+) of the batch of (\d+)", text):
        assert 1 <= int(r[0]) <= int(r[1]) == n, text
    for u in re.findall(r"^\s+(\d+):", text, re.M):
        assert int(u) >= 1, text
    for s in re.findall(r"(?<![A-Za-z])[xaEw]([₀-₉]+)", text):
        assert int(s.translate(SUBSCRIPT)) >= 1, text


COVERAGE: dict[str, int] = {}


@pytest.mark.parametrize("optimizer", OPTIMIZERS)
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_every_formula_line_gives_the_result_it_prints(optimizer, data):
    spec, X, y = data.draw(networks(optimizer))
    steps_before = data.draw(st.integers(0, 2))
    cut = data.draw(st.floats(0, 1))
    stepper = Stepper(Trainer(spec, X, y))
    for _ in range(steps_before):
        stepper.finish_step()
    formulas: list[str] = []
    records = []
    for _ in stepper.phases:  # the phase summary after every phase
        records.append(stepper.next_phase())
        n = len(records[0].arrays["a_prev"])
        for row in (0, n - 1, None):
            formulas += check_page(explain_phase(spec, records, row=row), spec.sizes, n)
    n = len(records[0].arrays["a_prev"])
    for page in pages(spec, records, (n - 1, None)):  # every section of every item
        formulas += check_page(page, spec.sizes, n)
    # and the items as they are in the middle of the step
    middle = records[: 1 + int(cut * (len(records) - 1))]
    for page in pages(spec, middle, (0,)):
        formulas += check_page(page, spec.sizes, n)
    assert formulas
    for name, mark in KINDS.items():
        COVERAGE[name] = COVERAGE.get(name, 0) + sum(mark in f for f in formulas)


#: kinds of formula the property test must have recomputed at least once
KINDS = {
    "weighted sum": "z = ",
    "elided sum": "more terms:",
    "regularized gradient": "λ₂·",
    "L1 gradient": "λ₁·sign",
    "regularization in the loss": "R = ",
    "dropout": "× mask",
    "momentum": "v ← μ·v + g",
    "nesterov": "η·(g + μ·v)",
    "adagrad": "G ← G + g²",
    "rmsprop": "s ← α·s",
    "adam m": "m ← β₁·m",
    "adam v̂": "v̂ = v / (1 − β₂ᵗ)",
    "effective learning rate": "effective learning rate",
    "softmax": "Σⱼ e^(zⱼ)",
    "update": "← ",
}


def test_the_property_test_recomputed_every_kind_of_formula():
    """Runs after the property test (same module, file order): each kind was checked."""
    if not COVERAGE:
        pytest.skip("the property test did not run")
    missing = [name for name in KINDS if not COVERAGE.get(name)]
    assert not missing, f"never recomputed: {missing} ({COVERAGE})"


def test_the_checker_catches_a_wrong_sum():
    with pytest.raises(FormulaError):
        check_lines(["z = w₁x₁ + b", "  = 0.5 × 2 + ⟨3 more terms: 1⟩ + 0.5", "  = 1.5"])
    assert check_lines(["z = w₁x₁ + b", "  = 0.5 × 2 + ⟨3 more terms: 1⟩ + 0.5", "  = 2.5"])
