"""Benchmark case for step-through training (the lead wires it into bench/engine.py).

python -c "import bench.stepping_cases as b; print(b.trace_phase())"
"""

from __future__ import annotations

import json
import time

import numpy as np

from engine.explain import explain_weight
from engine.spec import NetworkSpec
from engine.stepper import Stepper
from engine.training import Trainer


def trace_phase(steps: int = 7) -> dict:
    """The slowest single phase of a traced step of 784-128-10 (ReLU, softmax + cross-entropy,
    float32, SGD) at batch 128, on 2 048 random MNIST-sized rows: each phase timed over
    ``steps`` traced steps (the first, warm-up step dropped), median per phase, then the
    slowest phase. Also the time explain takes for one weight of layer 1 at the update
    (its finite difference reruns the forward pass twice). Bar: 50 ms."""
    rng = np.random.default_rng(0)
    X = rng.random((2048, 784)).astype(np.float32)
    y = rng.integers(0, 10, 2048)
    spec = NetworkSpec.simple(784, (128,), 10, activation="relu", batch_size=128, seed=0)
    trainer = Trainer(spec, X, y)
    stepper = Stepper(trainer)
    times: dict[str, list[float]] = {p: [] for p in stepper.phases}
    for s in range(steps + 1):
        for phase in stepper.phases:
            t0 = time.perf_counter()
            stepper.next_phase()
            dt = time.perf_counter() - t0
            if s:
                times[phase].append(dt)
    medians = {p: float(np.median(t)) * 1e3 for p, t in times.items()}
    slowest = max(medians, key=medians.get)
    t0 = time.perf_counter()
    explain_weight(spec, stepper.records, 1, 5, 300, row=0).to_html()
    explain_ms = (time.perf_counter() - t0) * 1e3
    return {
        "case": "trace-phase",
        "ms": round(medians[slowest], 3),
        "slowest_phase": slowest,
        "phases_ms": {p: round(v, 3) for p, v in medians.items()},
        "explain_weight_ms": round(explain_ms, 3),
        "bar_ms": 50.0,
    }


if __name__ == "__main__":
    print(json.dumps(trace_phase()))
