"""Soak: a minute of Play in a headless training process; its speed (steps per second of its
own CPU time) and its resident memory stay flat within 15 %. (bench/soak.py runs the same
for 10 minutes and prints the figures.)

Speed is the median over 5-second windows, early against late: a shared machine's speed
jumps within seconds, and one unlucky window must not decide."""

import statistics
import sys

import pytest

from session.soak import soak, window_rates

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


def _median_rate(samples, start, end):
    rates = [
        window_rates(samples, t, t + 5.0)["steps_per_cpu_second"] for t in range(start, end, 5)
    ]
    return statistics.median(rates)


def test_a_minute_of_play_keeps_speed_and_memory_flat():
    samples = soak(60.0, every=1.0)
    early, late = _median_rate(samples, 5, 30), _median_rate(samples, 35, 60)
    first, last = window_rates(samples, 5.0, 25.0), window_rates(samples, 40.0, 60.5)
    report = f"steps per CPU-second early {early:.0f}, late {late:.0f}; first {first}, last {last}"
    assert late > 1000, report  # it really trained all along
    assert 0.85 <= late / early <= 1.15, report
    assert last["rss_mb"] / first["rss_mb"] <= 1.15, report
