"""Stepping properties: back then forward is bit-identical; traced steps equal the fast path."""

import numpy as np
import pytest

from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.trace import phase_names
from engine.training import Trainer


def data(n, seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    return X, (X[:, 0] > 0).astype(np.int64) + (X[:, 1] > 0.5)


def assert_states_equal(a, b):
    """Trainer states equal bit for bit (arrays by value and dtype, NaN equal to NaN)."""
    assert a.keys() == b.keys()
    for k in a:
        if isinstance(a[k], dict):
            assert_states_equal(a[k], b[k])
        elif isinstance(a[k], np.ndarray):
            assert a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]), k
        elif isinstance(a[k], float) and np.isnan(a[k]):
            assert np.isnan(b[k]), k
        else:
            assert a[k] == b[k], k


def make(optimizer="adam", dropout=0.25, l2=0.0, dtype="float64"):
    s = NetworkSpec.simple(
        2,
        (5, 4),
        3,
        activation="relu",
        loss="cce",
        optimizer=optimizer,
        lr=0.05,
        batch_size=7,
        dropout=dropout,
        l2=l2,
        dtype=dtype,
        seed=4,
    )
    X, y = data(30, seed=1)
    return Trainer(s, X, y)


def assert_records_equal(r1, r2):
    assert [r.phase for r in r1] == [r.phase for r in r2]
    for a, b in zip(r1, r2, strict=True):
        assert (a.kind, a.layer, a.step) == (b.kind, b.layer, b.step)
        assert a.arrays.keys() == b.arrays.keys()
        for k in a.arrays:
            assert np.array_equal(a.arrays[k], b.arrays[k]), (a.phase, k)
        assert a.values == b.values


@pytest.mark.parametrize("optimizer,dropout", [("adam", 0.25), ("momentum", 0.0), ("sgd", 0.5)])
def test_back_then_forward_is_bit_identical_at_every_phase(optimizer, dropout):
    tr = make(optimizer, dropout, l2=0.01)
    st = Stepper(tr)
    for _ in range(3):  # a few steps in, so the optimizer has state
        st.finish_step()
    n = len(st.phases)
    for position in range(1, n + 1):
        for _ in range(position):
            st.next_phase()
        records = list(st.records)
        state = tr.state_dict()
        st.previous_phase()
        assert len(st.records) == position - 1 or (position == n and len(st.records) == n - 1)
        st.next_phase()
        assert_records_equal(st.records, records)
        assert_states_equal(tr.state_dict(), state)
        if st.mid_step:
            st.finish_step()


def test_traced_steps_equal_the_fast_path_bit_for_bit():
    fast, traced = make(), make()
    fast.run_steps(11)
    st = Stepper(traced)
    for i in range(11):
        if i % 3 == 0:
            st.finish_step()
        else:
            while True:
                st.next_phase()
                if not st.mid_step:
                    break
    assert_states_equal(traced.state_dict(), fast.state_dict())


def test_step_epoch_from_mid_step_equals_the_fast_path():
    fast, traced = make(), make()
    fast.run_epoch()
    fast.run_epoch()
    st = Stepper(traced)
    st.next_phase()
    st.next_phase()
    st.step_epoch()
    assert traced.epoch == 1
    st.step_epoch()
    assert_states_equal(traced.state_dict(), fast.state_dict())


def test_phase_names_follow_the_network_and_records_carry_them():
    tr = make()
    st = Stepper(tr)
    assert (
        st.phases
        == phase_names(3)
        == [
            "forward[1]",
            "forward[2]",
            "forward[3]",
            "loss",
            "backward[3]",
            "backward[2]",
            "backward[1]",
            "update",
        ]
    )
    seen = []
    for expected in st.phases:
        assert st.next_phase_name == expected
        seen.append(st.next_phase().phase)
    assert seen == st.phases and not st.mid_step and tr.step_count == 1


def test_traced_gradient_equals_the_gradient_of_the_recorded_batch():
    """backward records hold ∂L/∂W of exactly the batch, masks and weights of the forward records."""
    tr = make("sgd", dropout=0.0)
    st = Stepper(tr)
    st.finish_step()
    recs = st.finish_step()
    by = {r.phase: r for r in recs}
    X = by["forward[1]"].arrays["a_prev"]
    Y = by["loss"].arrays["target"]
    W = [by[f"forward[{k}]"].arrays["W"] for k in (1, 2, 3)]
    b = [by[f"forward[{k}]"].arrays["b"] for k in (1, 2, 3)]
    # independent forward/backward of relu-relu-softmax with cross-entropy
    z1 = X @ W[0].T + b[0]
    a1 = np.maximum(z1, 0)
    z2 = a1 @ W[1].T + b[1]
    a2 = np.maximum(z2, 0)
    z3 = a2 @ W[2].T + b[2]
    p = np.exp(z3 - z3.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    d3 = (p - Y) / len(X)
    d2 = (d3 @ W[2]) * (z2 > 0)
    d1 = (d2 @ W[1]) * (z1 > 0)
    for k, (d, a) in {3: (d3, a2), 2: (d2, a1), 1: (d1, X)}.items():
        assert np.allclose(by[f"backward[{k}]"].arrays["dW"], d.T @ a, rtol=1e-12, atol=1e-15)
    up = by["update"].arrays
    assert np.array_equal(up["W1.new"], up["W1.old"] - up["W1.step"])
    assert np.allclose(up["W1.step"], 0.05 * up["W1.grad"], rtol=1e-15, atol=0)


@pytest.mark.parametrize("fast", ["step_epoch", "play"])
def test_previous_phase_after_fast_steps_does_not_jump_back(fast):
    tr = make("sgd", dropout=0.0)
    st = Stepper(tr)
    st.finish_step()
    if fast == "step_epoch":
        st.step_epoch()
    else:
        tr.run_steps(3)  # what the worker's Play does
    state = tr.state_dict()
    st.previous_phase()
    # nothing traced to step back into: the fast steps must not be thrown away
    assert_states_equal(tr.state_dict(), state)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_traced_steps_equal_the_fast_path_with_blocked_updates(optimizer, dtype, monkeypatch):
    """The fast path writes the gradients into the flat gradient buffer and updates block by
    block; the stepper gathers its gradients and the same optimizer updates them: the same
    bits, through a subnormal flush, with a frozen layer, L1, L2 and dropout."""
    import engine.flat_update

    monkeypatch.setattr(engine.flat_update, "BLOCK", 5)
    spec = NetworkSpec.simple(
        2,
        (6, 5),
        3,
        activation="relu",
        loss="cce",
        optimizer=optimizer,
        lr=0.05,
        batch_size=4,
        dropout=0.2,
        l1=0.001,
        l2=0.01,
        dtype=dtype,
        seed=9,
    ).with_layer(1, freeze_weights=True)
    X, y = data(30, seed=2)
    fast, traced = Trainer(spec, X, y), Trainer(spec, X, y)
    fast.run_steps(18)
    st = Stepper(traced)
    for _ in range(18):
        st.finish_step()
    assert_states_equal(traced.state_dict(), fast.state_dict())
