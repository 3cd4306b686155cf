"""The BLAS thread policy (engine/threads.py): its choice as a pure function of the work's size
and the cores free, and how the trainer applies it. Nothing here is timed."""

from __future__ import annotations

import numpy as np
import pytest

from engine import threads
from engine.spec import NetworkSpec
from engine.threads import (
    WORK_PER_THREAD,
    CoreMonitor,
    ThreadPolicy,
    choose_threads,
    step_work,
    usable_cores,
)
from engine.training import Trainer

BIG = 8 * WORK_PER_THREAD  # worth four threads


@pytest.mark.parametrize(
    ("work", "free", "expected"),
    [
        (0, 8.0, 1),  # nothing to do
        (120 * 10 * 10, 2.0, 1),  # iris: far too small to split
        (2 * WORK_PER_THREAD - 1, 16.0, 1),  # just below what is worth a second thread
        (2 * WORK_PER_THREAD, 2.0, 2),  # just enough, two free cores
        (BIG, 2.0, 2),  # the cores are the limit
        (BIG, 16.0, 8),  # the work is the limit
        (BIG, 1.0, 1),  # a competitor holds the other core
        (BIG, 1.7, 1),  # the window drawing takes a third of a core: not a free core
        (BIG, 1.8, 2),  # a core 80 % free counts
        (BIG, 3.2, 3),
        (BIG, 0.0, 1),  # a machine busier than its cores: still one thread
        (BIG, 0.4, 1),
    ],
)
def test_the_choice_from_work_and_free_cores(work, free, expected):
    assert choose_threads(work, free) == expected


def test_the_choice_never_exceeds_the_free_cores_nor_grows_with_less_work():
    for free in np.linspace(0, 16, 33):
        counts = [choose_threads(w, float(free)) for w in range(0, 40 * WORK_PER_THREAD, 10**6)]
        assert all(1 <= n <= max(1, int(free + 0.25)) for n in counts)
        assert counts == sorted(counts)  # more work never means fewer threads


def test_step_work_is_the_largest_product_of_a_step():
    assert step_work((784, 512, 512, 10), 128) == 128 * 784 * 512
    assert step_work((64, 512, 512, 10), 32) == 32 * 512 * 512
    assert step_work((4, 10, 10, 3), 120) == 120 * 10 * 10
    assert step_work((2,), 10) == 0


def test_a_fixed_policy_and_a_small_network_never_look_at_the_machine(monkeypatch):
    seen = []
    monkeypatch.setattr(threads, "set_blas_threads", seen.append)
    policy = ThreadPolicy()
    assert policy.apply(1000) == 1 and policy.monitor is None  # no look for tiny work
    policy.fixed = 3
    assert policy.apply(BIG) == 3 and policy.monitor is None
    assert seen == [1, 3]


def test_big_work_follows_the_free_cores_measured(monkeypatch):
    monkeypatch.setattr(threads, "set_blas_threads", lambda n: None)
    policy = ThreadPolicy()
    policy.prepare(BIG)
    assert policy.monitor is not None
    monkeypatch.setattr(policy.monitor, "cores", 4)
    monkeypatch.setattr(policy.monitor, "age", lambda: 1.0)
    monkeypatch.setattr(policy.monitor, "free_cores", lambda: 3.9)
    assert policy.apply(BIG) == 4
    monkeypatch.setattr(policy.monitor, "free_cores", lambda: 1.1)
    assert policy.apply(BIG) == 4  # looked at again only after RECHECK_SECONDS
    policy._checked = -1e9
    assert policy.apply(BIG) == 1


def test_the_monitor_measures_something_sensible():
    monitor = CoreMonitor()
    np.ones(10**6).sum()  # a little work of our own in between
    free = monitor.free_cores()
    assert 0.0 <= free <= monitor.cores == usable_cores() >= 1


def test_the_trainer_applies_its_policy(monkeypatch):
    seen = []
    monkeypatch.setattr(threads, "set_blas_threads", seen.append)
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(40, 2)), rng.integers(0, 2, 40)
    tr = Trainer(NetworkSpec.simple(2, [4], 2, batch_size=8), X, y)
    tr.run_steps(3)
    tr.evaluate()
    assert seen and set(seen) == {1}  # a tiny network: one thread
    tr.thread_policy.fixed = 2
    tr.run_epoch()
    assert seen[-1] == 2 and tr.thread_policy.threads == 2
