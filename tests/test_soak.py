"""Soak: a minute of Play in a headless training process; its speed (steps per second of its
own CPU time) and its resident memory stay flat within 15 %. (bench/soak.py runs the same
for 10 minutes and prints the figures.)"""

import sys

import pytest

from session.soak import soak, window_rates

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


def test_a_minute_of_play_keeps_speed_and_memory_flat():
    samples = soak(60.0, every=1.0)
    first = window_rates(samples, 5.0, 25.0)
    last = window_rates(samples, 40.0, 60.5)
    speed = last["steps_per_cpu_second"] / first["steps_per_cpu_second"]
    memory = last["rss_mb"] / first["rss_mb"]
    report = f"first {first}, last {last}"
    assert last["steps_per_cpu_second"] > 1000, report  # it really trained all along
    assert 0.85 <= speed <= 1.15, report
    assert memory <= 1.15, report
