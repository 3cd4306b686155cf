"""A long Play in a headless training process, sampled: steps per second and memory over time.

Used by ``bench/soak.py`` (10 minutes, figures printed) and by the slow soak test (60 s,
asserted). Speed is counted per second of the training process's own CPU time as well as
per wall-clock second: on a shared machine the wall-clock rate jumps with the host's load,
while steps per CPU-second show whether the work per step grows.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

from engine.datasets import DatasetSpec
from engine.spec import NetworkSpec
from session.process import ProcessWorker

SPEC = NetworkSpec.simple(2, (8, 8), 1, activation="tanh", loss="bce", lr=0.03, batch_size=10)
DATA = DatasetSpec(name="circle", samples=500)


@dataclass(frozen=True)
class Sample:
    """One reading of the training process."""

    seconds: float  # since Play
    step: int
    cpu_seconds: float  # the training process's user + system time
    rss_bytes: int


def process_reading(pid: int) -> tuple[float, int]:
    """(CPU seconds, resident bytes) of a process, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    cpu = (int(fields[11]) + int(fields[12])) / ticks
    with open(f"/proc/{pid}/statm") as f:
        rss = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return cpu, rss


def soak(seconds: float, every: float = 1.0) -> list[Sample]:
    """Play the playground network for ``seconds`` in a training process; a sample each ``every``."""
    worker = ProcessWorker(SPEC, DATA, heatmap_resolution=16)
    thread = threading.Thread(target=worker.run, name="SoakWorker", daemon=True)
    thread.start()
    samples: list[Sample] = []
    try:
        latest = None
        end = time.monotonic() + 30
        while latest is None and time.monotonic() < end:
            latest = worker.take_snapshot() or latest
            time.sleep(0.01)
        worker.post("play")
        t0 = time.monotonic()
        next_at = t0
        while True:
            snap = worker.take_snapshot()
            latest = snap or latest
            now = time.monotonic()
            if now >= next_at and latest is not None and worker.pid is not None:
                cpu, rss = process_reading(worker.pid)
                samples.append(Sample(now - t0, latest.step, cpu, rss))
                next_at += every
                if now - t0 >= seconds:
                    break
            time.sleep(0.005)
    finally:
        worker.post("stop")
        thread.join(30)
    return samples


def window_rates(samples: list[Sample], start: float, end: float) -> dict[str, float]:
    """Steps per wall second, steps per CPU second and the mean resident memory in [start, end)."""
    inside = [s for s in samples if start <= s.seconds < end]
    if len(inside) < 2:
        raise ValueError(f"fewer than two samples between {start} s and {end} s")
    a, b = inside[0], inside[-1]
    return {
        "steps_per_second": (b.step - a.step) / (b.seconds - a.seconds),
        "steps_per_cpu_second": (b.step - a.step) / max(1e-9, b.cpu_seconds - a.cpu_seconds),
        "rss_mb": sum(s.rss_bytes for s in inside) / len(inside) / 2**20,
    }
