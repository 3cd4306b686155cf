"""Timeline: copies in and out, the memory budget, and restoring that continues bit for bit."""

import numpy as np
import pytest

from engine.spec import NetworkSpec
from engine.training import Trainer
from session.timeline import Timeline, state_nbytes


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
    size = 100 * 8 + 10 * 8 + 5 * 8
    assert state_nbytes(one) == size
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
    assert tl.steps() == (0,) and tl.nbytes == 16
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
