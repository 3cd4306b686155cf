"""Timeline: copies in and out, the memory budget, and restoring that continues bit for bit."""

import gc
import tracemalloc

import numpy as np
import pytest

from engine.spec import NetworkSpec
from engine.training import Trainer
from session.timeline import Timeline, pack_state, packed_nbytes, state_nbytes, unpack_state


def spec(**kw) -> NetworkSpec:
    base = dict(
        activation="tanh", loss="cce", optimizer="adam", lr=0.01, batch_size=8, dropout=0.3, seed=2
    )
    base.update(kw)
    return NetworkSpec.simple(2, (5, 4), 3, **base)


def data(n=40, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] > 0).astype(np.int64) + (X[:, 1] > 0.5)
    return X, y


def assert_states_equal(a, b):
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


def test_record_and_get_are_copies():
    tl = Timeline()
    w = np.arange(6.0)
    state = {"params": {"W1": w}, "step": 3}
    tl.record(3, state)
    w[0] = 99.0  # the trainer goes on changing its arrays
    got = tl.get(3)
    assert got["params"]["W1"][0] == 0.0
    got["params"]["W1"][1] = -5.0  # and the restored trainer changes the one it got
    assert tl.get(3)["params"]["W1"][1] == 1.0


def test_budget_drops_the_oldest_and_counts_bytes():
    one = {
        "params": {"W1": np.zeros((10, 10)), "b1": np.zeros(10)},
        "perm": np.arange(5),
        "step": 0,
    }
    assert state_nbytes(one) == 100 * 8 + 10 * 8 + 5 * 8
    size = packed_nbytes(*pack_state(one))  # what one state really holds
    assert state_nbytes(one) < size < state_nbytes(one) + 1000
    tl = Timeline(budget_bytes=3 * size + 1)
    for s in range(10):
        tl.record(s, one)
    assert tl.steps() == (7, 8, 9)
    assert tl.nbytes == 3 * size
    tiny = Timeline(budget_bytes=10)  # the newest is always kept
    tiny.record(0, one)
    tiny.record(1, one)
    assert tiny.steps() == (1,) and tiny.nbytes == size


def test_recording_an_earlier_step_forgets_the_old_future():
    tl = Timeline()
    for s in range(5):
        tl.record(s, {"x": np.full(2, s)})
    tl.record(2, {"x": np.full(2, 20)})
    assert tl.steps() == (0, 1, 2)
    assert tl.get(2)["x"][0] == 20
    tl.truncate_after(0)
    assert tl.steps() == (0,) and tl.nbytes == packed_nbytes(*pack_state({"x": np.full(2, 0)}))
    with pytest.raises(KeyError, match="step 4 is not on the timeline"):
        tl.get(4)
    tl.clear()
    assert tl.steps() == () and tl.nbytes == 0
    with pytest.raises(ValueError):
        Timeline(0)


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_restore_and_continue_equals_uninterrupted_training(dtype):
    X, y = data()
    s = spec(dtype=dtype)
    straight = Trainer(s, X, y)
    straight.run_steps(23)  # crosses epoch boundaries (5 steps an epoch)
    reference = straight.state_dict()

    tr = Trainer(s, X, y)
    tl = Timeline()
    tl.record(0, tr.state_dict())
    for _ in range(17):
        tr.step()
        tl.record(tr.step_count, tr.state_dict())
    tr.load_state_dict(tl.get(9))  # back to step 9 (mid-epoch) ...
    tl.truncate_after(9)
    tr.run_steps(14)  # ... and on to 23
    assert_states_equal(tr.state_dict(), reference)


def test_memory_per_state_matches_the_documented_budget():
    X, y = data(200)
    tr = Trainer(NetworkSpec.simple(2, (8, 8), 2, optimizer="adam", lr=0.01), X, y % 2)
    tr.step()
    per_state = state_nbytes(tr.state_dict())
    # 2-8-8-2 float32: 114 parameters, Adam doubles them again; 200-row shuffle
    assert per_state == 114 * 4 * 3 + 200 * 8
    assert Timeline().budget_bytes // per_state > 10_000


def test_packing_round_trips_every_kind_of_value():
    state = {
        "params": {"W1": np.arange(6, dtype=np.float32).reshape(2, 3), "b1": np.zeros(0)},
        "perm": np.array([2, 0, 1]),
        "rng": {"state": {"state": 2**127 + 5, "inc": 3}, "has_uint32": 0},
        "loss": float("nan"),
        "best": float("inf"),
        "flags": [True, None, (1, 2.5)],
        "by_index": {0: np.ones(2), 1: "x"},
        "scalar": np.float64(0.1),
    }
    back = unpack_state(*pack_state(state))
    assert back["params"]["W1"].dtype == np.float32 and back["params"]["W1"].shape == (2, 3)
    np.testing.assert_array_equal(back["params"]["W1"], state["params"]["W1"])
    assert back["params"]["b1"].shape == (0,) and back["perm"].tolist() == [2, 0, 1]
    assert back["rng"] == state["rng"] and np.isnan(back["loss"]) and back["best"] == np.inf
    assert back["flags"] == [True, None, (1, 2.5)] and back["scalar"] == 0.1
    np.testing.assert_array_equal(back["by_index"][0], np.ones(2))
    back["params"]["W1"][0, 0] = 7.0  # writeable, and a copy


def _playground_states(n):
    X, y = data(200)
    tr = Trainer(NetworkSpec.simple(2, (8, 8), 2, optimizer="adam", lr=0.01), X, y % 2)
    for _ in range(n):
        tr.step()
        yield tr.step_count, tr.state_dict()


def test_what_the_timeline_holds_stays_within_its_budget():
    """The budget counts what is really held (measured with tracemalloc), not only arrays."""
    budget = 2 * 2**20
    states = list(_playground_states(60))
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tl = Timeline(budget_bytes=budget)
        for i in range(3000):  # enough to fill the budget several times over
            step, state = states[i % len(states)]
            tl.record(i, state)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert tl.nbytes <= budget
    assert len(tl) < 3000  # the oldest were dropped
    assert held <= 1.1 * budget, f"{held / 2**20:.2f} MiB held for a {budget / 2**20} MiB budget"


def test_recorded_states_give_the_garbage_collector_nothing_to_walk():
    """Full collections walk every tracked container: a timeline of many states must not
    add containers per state (it slowed training down as it filled)."""
    states = list(_playground_states(20))
    tl = Timeline()
    tl.record(0, states[0][1])
    gc.collect()
    before = len(gc.get_objects())
    for i in range(1, 2001):
        tl.record(i, states[i % len(states)][1])
    gc.collect()
    assert len(tl) == 2001
    assert len(gc.get_objects()) - before < 50
