"""Loss landscapes (engine/landscape.py): the origin is the current loss, every grid value is
Network.loss at those weights (on every backend), directions are filter-normalised, and paths
project onto the slice by least squares."""

from __future__ import annotations

import numpy as np
import pytest

from engine.backend import Random
from engine.landscape import (
    filter_normalized,
    flatten,
    grid_losses,
    loss_landscape,
    project,
    random_directions,
    unflatten,
    weight_directions,
)
from engine.network import Network
from engine.spec import NetworkSpec


def spec_for(loss: str, dtype: str, **kw) -> NetworkSpec:
    n_out = 3 if loss == "cce" else 1
    out = {"cce": "softmax", "bce": "sigmoid", "mse": "tanh", "sse": "linear"}[loss]
    return NetworkSpec.simple(
        3, (5, 4), n_out, activation="tanh", output_activation=out, loss=loss, dtype=dtype, **kw
    )


def data(spec: NetworkSpec, n: int = 17):
    rng = np.random.default_rng(3)
    X = rng.normal(size=(n, spec.n_inputs))
    if spec.loss == "cce":
        Y = np.eye(spec.n_outputs)[rng.integers(0, spec.n_outputs, n)]
    elif spec.loss == "bce":
        Y = rng.integers(0, 2, (n, 1)).astype(float)
    else:
        Y = rng.normal(size=(n, spec.n_outputs))
    return X, Y


@pytest.mark.parametrize(
    "loss,reg",
    [("bce", {}), ("cce", {"l2": 0.01}), ("mse", {"l1": 0.003, "l2": 0.02}), ("sse", {})],
)
def test_grid_values_are_the_networks_loss_at_those_weights(backend_case, loss, reg):
    be, dtype = backend_case.backend, backend_case.dtype
    spec = spec_for(loss, dtype, **reg)
    net = Network(spec, be)
    X, Y = data(spec)
    Xd, Yd = be.asarray(X, dtype), be.asarray(Y, dtype)
    d1, d2, _ = random_directions(net, seed=4, biases="filter")
    land = loss_landscape(net, Xd, Yd, d1, d2, span=(0.8, 1.5), resolution=7)
    assert land.origin_loss == net.loss(Xd, Yd)
    assert land.loss[3, 3] == net.loss(Xd, Yd)
    assert land.alphas[3] == 0 and land.betas[3] == 0
    # the batched evaluation itself, at the origin, before the cell is set from Network.loss
    batched = grid_losses(net, Xd, Yd, d1, d2, np.zeros(1), np.zeros(1))
    assert batched[0] == pytest.approx(net.loss(Xd, Yd), rel=backend_case.rtol)
    host = net.get_parameters()
    for i, j in [(0, 0), (3, 3), (1, 5), (6, 2), (6, 6)]:
        a, b = land.alphas[j], land.betas[i]
        moved = Network(spec, be, {k: host[k] + a * d1[k] + b * d2[k] for k in host})
        assert land.loss[i, j] == pytest.approx(moved.loss(Xd, Yd), rel=backend_case.rtol)


def test_the_origin_equals_the_current_loss_of_a_trained_network():
    spec = NetworkSpec.simple(2, (8, 8), 1, activation="tanh", loss="bce", lr=0.1)
    from engine.training import Trainer

    rng = np.random.default_rng(0)
    X = rng.uniform(-6, 6, size=(200, 2))
    y = (np.hypot(X[:, 0], X[:, 1]) < 3).astype(np.int64)
    tr = Trainer(spec, X, y)
    tr.run_steps(200)
    d1, d2, _ = random_directions(tr.network, seed=1)
    land = loss_landscape(tr.network, tr.X, tr.Y, d1, d2, resolution=41)
    assert land.loss.shape == (41, 41)
    assert land.loss[20, 20] == tr.network.loss(tr.X, tr.Y)
    # the centre of the batched grid agrees with the loss up to float32 rounding
    assert np.min(land.loss) <= land.origin_loss
    assert np.all(np.isfinite(land.loss))


def test_weight_slices_move_exactly_the_two_weights():
    spec = spec_for("bce", "float64")
    net = Network(spec)
    X, Y = data(spec)
    d1, d2, labels = weight_directions(net, ("W2", (1, 3)), ("b1", [4]))
    assert labels == ("W2[1, 3]", "b1[4]")
    assert flatten(d1).sum() == 1 and flatten(d2).sum() == 1
    land = loss_landscape(net, X, Y, d1, d2, span=2.0, resolution=5)
    host = net.get_parameters()
    moved = dict(host)
    moved["W2"] = host["W2"].copy()
    moved["W2"][1, 3] += land.alphas[4]
    moved["b1"] = host["b1"].copy()
    moved["b1"][4] += land.betas[0]
    assert land.loss[0, 4] == pytest.approx(Network(spec, params=moved).loss(X, Y), rel=1e-12)
    with pytest.raises(ValueError, match="outside"):
        weight_directions(net, ("W2", (9, 0)), ("b1", (0,)))
    with pytest.raises(ValueError, match="no parameter"):
        weight_directions(net, ("W9", (0, 0)), ("b1", (0,)))
    with pytest.raises(ValueError, match="must differ"):
        weight_directions(net, ("W1", (0, 0)), ("W1", (0, 0)))
    with pytest.raises(ValueError, match="odd"):
        loss_landscape(net, X, Y, d1, d2, resolution=40)


def test_directions_are_filter_normalised_row_by_row():
    spec = spec_for("cce", "float64")
    params = Network(spec).get_parameters()
    d = filter_normalized(params, Random(0, 2), "zero")
    for k in (1, 2, 3):
        w = params[f"W{k}"]
        np.testing.assert_allclose(
            np.linalg.norm(d[f"W{k}"], axis=1), np.linalg.norm(w, axis=1), rtol=1e-12
        )
        assert not np.any(d[f"b{k}"])
    params["b2"] = np.arange(4.0)
    f = filter_normalized(params, Random(0, 2), "filter")
    rows = np.concatenate([f["W2"], f["b2"][:, None]], axis=1)
    want = np.concatenate([params["W2"], params["b2"][:, None]], axis=1)
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), np.linalg.norm(want, axis=1))
    # two draws differ, and the same seed gives the same directions
    a1, a2, _ = random_directions(Network(spec), seed=7)
    b1, _, _ = random_directions(Network(spec), seed=7)
    assert not np.allclose(flatten(a1), flatten(a2))
    assert np.array_equal(flatten(a1), flatten(b1))


def test_paths_project_by_least_squares():
    spec = spec_for("bce", "float64")
    net = Network(spec)
    X, Y = data(spec)
    d1, d2, _ = random_directions(net, seed=2)
    land = loss_landscape(net, X, Y, d1, d2, resolution=3)
    on_plane = land.origin + 0.3 * land.d1 - 1.2 * land.d2
    off = np.zeros_like(land.origin)
    off[0] = 1.0  # W1[0, 0]: not in the plane's span
    normal = off - land.d1 * (off @ land.d1) / (land.d1 @ land.d1)
    coords, dist = project(land, np.stack([land.origin, on_plane]))
    np.testing.assert_allclose(coords, [[0, 0], [0.3, -1.2]], atol=1e-12)
    np.testing.assert_allclose(dist, [0, 0], atol=1e-12)
    _, dist = project(land, land.origin + normal)
    assert dist[0] > 0
    back = unflatten(on_plane, net.get_parameters())
    assert back["W1"].shape == (5, 3) and np.array_equal(flatten(back), on_plane)
