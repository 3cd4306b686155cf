"""Diagram speed: prints JSON lines.

* diagram-render-mnist: a 784-128-64-10 network, set_spec + first show_snapshot + one
  paint of the view (median of several builds, after one warm-up build). Bar: 100 ms.
* diagram-redraw-heatmaps: 2-8-8-8-8-1 with every neuron's heatmap (resolution 40),
  show_snapshot + paint with fresh weights and heatmaps each frame. Bar: 30 redraws/s.

Run: QT_QPA_PLATFORM=offscreen python bench/diagram.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from engine.network import initial_parameters  # noqa: E402
from engine.spec import NetworkSpec  # noqa: E402
from gui.diagram import NetworkDiagram  # noqa: E402
from session.snapshot import Snapshot  # noqa: E402

FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")


def snapshot(spec: NetworkSpec, params: dict, heatmaps=None, step: int = 0) -> Snapshot:
    return Snapshot(spec, params, step, 0, None, None, True, heatmaps=heatmaps)


def bench_mnist(diagram: NetworkDiagram, app: QApplication, repeats: int = 7) -> dict:
    spec = NetworkSpec.simple(784, [128, 64], 10, activation="relu")
    small = NetworkSpec.simple(2, [4], 1, loss="bce")
    params = initial_parameters(spec)
    names = tuple(f"pixel{i}" for i in range(784))
    times = []
    for r in range(repeats + 1):
        diagram.set_spec(small, ("x1", "x2"))
        app.processEvents()
        t0 = time.perf_counter()
        diagram.set_spec(spec.replace(seed=r), names, (28, 28))
        diagram.show_snapshot(snapshot(spec.replace(seed=r), params))
        diagram.view.viewport().repaint()
        t = (time.perf_counter() - t0) * 1e3
        if r:  # the first build pays one-off costs (fonts, style)
            times.append(t)
    return {
        "case": "diagram-render-mnist",
        "ms": round(statistics.median(times), 2),
        "max_ms": round(max(times), 2),
        "edges_drawn": diagram.scene.drawn_edge_count(),
        "bar_ms": 100,
    }


def bench_heatmaps(
    diagram: NetworkDiagram, app: QApplication, res: int = 40, frames: int = 120
) -> dict:
    spec = NetworkSpec.simple(2, [8, 8, 8, 8], 1, loss="bce")
    diagram.set_spec(spec, ("x1", "x2"), None, FEATURES)
    rng = np.random.default_rng(0)
    base = initial_parameters(spec)
    # precomputed varying inputs, so the benchmark times drawing, not data generation
    frames_data = []
    for f in range(8):
        params = {k: v + 0.05 * f * rng.standard_normal(v.shape) for k, v in base.items()}
        heat = tuple(np.tanh(rng.standard_normal((u, res, res))) for u in spec.sizes)
        frames_data.append((params, heat))
    diagram.show_snapshot(snapshot(spec, *frames_data[0]))
    app.processEvents()
    t0 = time.perf_counter()
    for f in range(frames):
        params, heat = frames_data[f % len(frames_data)]
        diagram.show_snapshot(snapshot(spec, params, heat, step=f))
        diagram.view.viewport().repaint()
    dt = time.perf_counter() - t0
    return {
        "case": "diagram-redraw-heatmaps",
        "redraws_per_second": round(frames / dt, 1),
        "resolution": res,
        "neurons_with_heatmaps": sum(spec.sizes),
        "bar": 30,
    }


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    diagram = NetworkDiagram()
    diagram.resize(1280, 800)
    diagram.show()
    app.processEvents()
    print(json.dumps(bench_mnist(diagram, app)), flush=True)
    print(json.dumps(bench_heatmaps(diagram, app)), flush=True)
    diagram.close()


if __name__ == "__main__":
    main()
