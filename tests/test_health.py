"""Training-health statistics (engine/health.py): vanishing gradients show in the gradient RMS,
dead ReLUs and saturated units are counted, histograms keep their edges, every backend agrees,
and the bounded HealthBuffer keeps, thins, truncates and stores its rows."""

from __future__ import annotations

import numpy as np
import pytest

from engine.backend import get_backend
from engine.datasets import DatasetSpec, load_dataset
from engine.health import HealthStats, HistogramRanges, measure, measure_trainer, sample_rows
from engine.network import Network, initial_parameters
from engine.notes import Setup, dead_relu, vanishing_gradients
from engine.spec import LayerSpec, NetworkSpec
from engine.training import Trainer
from session.snapshot import HealthBuffer


@pytest.fixture(scope="module")
def circle():
    return load_dataset(DatasetSpec(name="circle", samples=200))


def _deep(activation: str, init: str) -> NetworkSpec:
    return (
        NetworkSpec.simple(2, (8, 8, 8, 8), 1, activation=activation, loss="bce", batch_size=10)
        .replace(init=init, dtype="float64")
        .validated()
    )


def _trained_100_steps(spec: NetworkSpec, ds) -> tuple[Trainer, HealthBuffer]:
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    buf = HealthBuffer()
    for _ in range(100):
        tr.step()
        buf.append(tr.step_count, tr.epoch, measure_trainer(tr))
    return tr, buf


def test_a_deep_sigmoid_network_logs_vanishing_gradients_and_relu_with_he_does_not(circle):
    tr, buf = _trained_100_steps(_deep("sigmoid", "xavier"), circle)
    g = buf.view()["grad_rms"][-1]
    assert g.shape == (5,)
    assert g[0] * 10 <= g[-1], g  # the first layer's gradients at least 10x smaller
    note = vanishing_gradients(buf.view(), Setup.of(tr))
    assert note is not None and note.id == "vanishing-gradients" and note.values["steps"] >= 50

    tr, buf = _trained_100_steps(_deep("relu", "he"), circle)
    g = buf.view()["grad_rms"][-1]
    assert g[0] * 10 > g[-1], g
    assert vanishing_gradients(buf.view(), Setup.of(tr)) is None


def test_a_relu_layer_whose_biases_start_at_minus_5_is_all_dead(circle):
    spec = NetworkSpec(
        2, (LayerSpec(8, "relu"), LayerSpec(1, "sigmoid")), loss="bce", dtype="float64"
    ).validated()
    params = initial_parameters(spec)
    params["b1"][:] = -5.0
    tr = Trainer(spec, circle.X_train, circle.y_train, params=params)
    stats = measure_trainer(tr)
    assert stats.dead[0] == 1.0
    assert np.isnan(stats.dead[1])  # a sigmoid layer has no dead share
    assert np.isnan(stats.saturated[0])  # nor a ReLU layer a saturation
    assert stats.grad_rms[0] == 0.0  # no gradient reaches a dead layer's weights
    buf = HealthBuffer()
    buf.append(0, 0, stats)
    note = dead_relu(buf.view(), Setup.of(tr))
    assert note is not None and note.values == {"layer": 1, "share": 1.0}
    assert "8 of the 8 units of layer 1" in note.text


def test_saturation_counts_unit_row_pairs_with_a_flat_slope():
    spec = NetworkSpec(
        1, (LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")), loss="bce", dtype="float64"
    ).validated()
    params = {
        "W1": np.array([[10.0], [0.1]]),  # unit 1 saturates for |x| ≥ 0.22, unit 2 never
        "b1": np.zeros(2),
        "W2": np.array([[1.0, 1.0]]),
        "b2": np.zeros(1),
    }
    net = Network(spec, params=params)
    X = np.array([[0.0], [0.1], [1.0], [-2.0]])
    Y = np.array([[0.0], [1.0], [1.0], [0.0]])
    stats = measure(net, X, Y)
    # |tanh'| = 1 − tanh² < 0.05 where |10x| > 2.19: rows 3 and 4 of unit 1 → 2 of 8 pairs
    assert stats.saturated[0] == 2 / 8
    assert stats.saturated[1] == 0.0  # the sigmoid output: σ' ≥ 0.05 for |z| < 2.94
    assert np.isnan(stats.update_ratio[0])  # no update yet


def test_the_update_ratio_is_the_last_step_over_the_weights_it_left(circle):
    spec = NetworkSpec.simple(2, (4,), 1, activation="tanh", loss="bce", lr=0.1).replace(
        dtype="float64"
    )
    tr = Trainer(spec, circle.X_train, circle.y_train)
    before = tr.network.get_parameters()
    tr.step()
    after = tr.network.get_parameters()
    stats = measure_trainer(tr)
    for k in (1, 2):
        dw = after[f"W{k}"] - before[f"W{k}"]
        want = np.linalg.norm(dw) / np.linalg.norm(after[f"W{k}"])
        assert stats.update_ratio[k - 1] == pytest.approx(want, rel=1e-9)


def test_the_sample_is_every_row_or_rows_spread_over_the_set():
    assert sample_rows(10, 256).tolist() == list(range(10))
    rows = sample_rows(10_000, 256)
    assert len(rows) == 256 and rows[0] == 0 and rows[-1] == 9_999
    assert np.all(np.diff(rows) > 0)


def test_histogram_edges_stay_fixed_until_a_value_falls_outside():
    ranges = HistogramRanges(bins=4)
    key = ("W", 1, "tanh")
    host = get_backend("numpy")
    h1 = ranges.histogram(host, key, np.array([-0.3, 0.1, 0.2, 0.9]))
    assert h1.edges.tolist() == [-1.0, -0.5, 0.0, 0.5, 1.0]
    assert h1.counts.tolist() == [0, 1, 2, 1]
    h2 = ranges.histogram(host, key, np.array([0.0, 0.4]))  # smaller values: the same edges
    assert h2.edges.tolist() == h1.edges.tolist() and h2.counts.tolist() == [0, 0, 2, 0]
    h3 = ranges.histogram(host, key, np.array([-1.5, 1.0]))  # outside: the range doubles
    assert h3.edges.tolist() == [-2.0, -1.0, 0.0, 1.0, 2.0] and h3.counts.tolist() == [1, 0, 0, 1]
    tanh = ranges.histogram(host, ("a", 1, "tanh"), np.array([-1.0, 1.0, 0.0]))
    assert tanh.edges[0] == -1.0 and tanh.edges[-1] == 1.0  # a fixed output range
    assert tanh.counts.tolist() == [1, 0, 1, 1]  # the top edge is in the last bin
    relu = ranges.histogram(host, ("a", 1, "relu"), np.array([0.0, 3.0]))
    assert relu.edges[0] == 0.0 and relu.edges[-1] == 4.0
    assert ranges.histogram(host, key, np.array([np.nan, 1.0])) is None


def test_health_statistics_run_on_every_backend(backend_case, circle):
    """The statistics and the histograms of a strict array-API backend (as CuPy would run them)
    agree with NumPy's float64 ones."""
    case = backend_case
    spec = NetworkSpec(
        2,
        (
            LayerSpec(6, "relu"),
            LayerSpec(5, "tanh"),
            LayerSpec(4, "sigmoid"),
            LayerSpec(3, "softmax"),
        ),
        loss="cce",
        dtype=case.dtype,
    ).validated()
    params = initial_parameters(spec)
    params["b1"][:3] = -4.0  # some dead ReLUs
    params["W2"] *= 4.0  # some saturated tanh units
    y = (circle.y_train + (circle.X_train[:, 0] > 0)).astype(np.int64)
    want_tr = Trainer(spec.replace(dtype="float64"), circle.X_train, y, params=params)
    got_tr = Trainer(spec, circle.X_train, y, backend=case.backend, params=params)
    want_tr.step()
    got_tr.step()
    want = measure_trainer(want_tr, HistogramRanges())
    got = measure_trainer(got_tr, HistogramRanges())
    assert got.dead[0] == want.dead[0] and 0 < want.dead[0] < 1
    assert want.saturated[1] > 0
    for stat in ("grad_rms", "update_ratio", "saturated"):
        np.testing.assert_allclose(
            got.column(stat),
            want.column(stat),
            rtol=case.rtol,
            atol=1e-3 if case.dtype == "float32" else 0,
        )
    for g, w, units in zip(got.activations, want.activations, (6, 5, 4, 3), strict=True):
        np.testing.assert_array_equal(g.edges, w.edges)
        assert g.counts.sum() == w.counts.sum() == got_tr.n_train * units
        # float32 values may land on the other side of an edge
        assert np.abs(g.counts - w.counts).sum() <= (0 if case.dtype == "float64" else 4)


def _stats(*grad: float) -> HealthStats:
    n = len(grad)
    return HealthStats(tuple(grad), (0.1,) * n, (np.nan,) * n, (0.0,) * n)


def test_the_health_buffer_is_bounded_thinned_truncated_and_stored():
    buf = HealthBuffer(max_points=100)
    for i in range(1000):
        buf.append(i, i // 10, _stats(float(i), 2.0 * i))
    v = buf.view()
    assert len(buf) <= 100 and v["step"][0] == 0 and v["step"][-1] == 999
    assert np.all(np.diff(v["step"]) > 0)
    assert v["grad_rms"].shape == (len(buf), 2)
    np.testing.assert_array_equal(v["grad_rms"][:, 1], 2.0 * v["step"])
    assert not v["step"].flags.writeable

    held = buf.view()
    buf.append(1000, 100, _stats(1.0, 2.0, 3.0))  # a deeper network: a new column
    assert buf.view()["grad_rms"].shape == (len(buf), 3)
    assert held["grad_rms"].shape[1] == 2 and held["step"][-1] == 999  # the old view is unchanged
    assert np.isnan(buf.view()["grad_rms"][0, 2])

    buf.truncate_after(500)
    assert buf.last_step is not None and buf.last_step <= 500
    assert held["step"][-1] == 999

    columns = buf.to_dict()
    assert list(columns)[:6] == [
        "step",
        "epoch",
        "grad_rms_1",
        "update_ratio_1",
        "saturated_1",
        "dead_1",
    ]
    back = HealthBuffer.from_dict(columns)
    for key, value in buf.view().items():
        np.testing.assert_array_equal(back.view()[key], value)
    assert len(HealthBuffer.from_dict(None)) == 0
