"""Loss landscapes (engine/landscape.py): the origin is the current loss, every grid value is
Network.loss at those weights (on every backend), directions are filter-normalised, and paths
project onto the slice by least squares."""

from __future__ import annotations

import numpy as np
import pytest

from engine.backend import Random
from engine.landscape import (
    _top_singular,
    axis_offsets,
    filter_normalized,
    flatten,
    grid_losses,
    loss_landscape,
    path_directions,
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


# ----- the race's main directions (PCA of the paths) ------------------------------------
def raced_paths():
    """A small race of three optimizers on the circle data: the main trainer (the slice's
    centre, untouched by the race) and each run's recorded path."""
    from engine.datasets import DatasetSpec, load_dataset
    from engine.race import Race
    from engine.training import Trainer

    ds = load_dataset(DatasetSpec(name="circle", samples=120))
    spec = NetworkSpec.simple(
        2, (6, 4), 1, activation="tanh", loss="bce", lr=0.05, batch_size=7, dtype="float64"
    )
    base = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    race = Race(base, ds, [{"optimizer": o} for o in ("sgd", "momentum", "adam")], epochs=6)
    race.run_to_end()
    return base, [pts for _, pts in race.paths()]


def test_the_paths_directions_are_their_principal_directions():
    base, paths = raced_paths()
    net = base.network
    d1, d2, labels, explained = path_directions(net, paths)
    v1, v2 = flatten(d1), flatten(d2)
    # orthonormal
    assert v1 @ v1 == pytest.approx(1.0, abs=1e-12) and v2 @ v2 == pytest.approx(1.0, abs=1e-12)
    assert v1 @ v2 == pytest.approx(0.0, abs=1e-12)
    # the first two right singular vectors of the stacked displacements, up to sign
    origin = np.concatenate([np.ravel(p) for p in net.get_parameters().values()])
    moves = np.concatenate(paths) - origin
    _, s, vt = np.linalg.svd(moves)
    assert abs(v1 @ vt[0]) == pytest.approx(1.0, abs=1e-9)
    assert abs(v2 @ vt[1]) == pytest.approx(1.0, abs=1e-9)
    assert explained == pytest.approx((s[0] ** 2 + s[1] ** 2) / np.sum(s**2), rel=1e-9)
    # signed so that the point farthest along each is on its positive side
    for v in (v1, v2):
        along = moves @ v
        assert along[np.argmax(np.abs(along))] > 0
    assert labels == ("path direction 1", "path direction 2")
    # the plane holds more of the paths' movement than two random directions' plane does
    r1, r2, _ = random_directions(net, seed=0)
    q, _ = np.linalg.qr(np.stack([flatten(r1), flatten(r2)], axis=1))
    random_share = np.sum((moves @ q) ** 2) / np.sum(moves**2)
    assert explained > 0.8 > random_share


def test_a_slice_on_the_paths_directions_is_the_networks_loss_and_the_paths_fill_it():
    base, paths = raced_paths()
    net = base.network
    X, Y = base.X, base.Y
    d1, d2, labels, explained = path_directions(net, paths)
    land = loss_landscape(
        net, X, Y, d1, d2, span=(0.9, 0.4), resolution=7, labels=labels, explained=explained
    )
    assert land.origin_loss == net.loss(X, Y) and land.loss[3, 3] == land.origin_loss
    assert land.explained == explained and land.to_plain()["explained"] == explained
    probe = Network(net.spec, params=net.get_parameters())
    for i, j in ((0, 0), (1, 5), (6, 2), (3, 6)):
        point = land.origin + land.alphas[j] * land.d1 + land.betas[i] * land.d2
        probe.set_parameters(unflatten(point, net.get_parameters()))
        assert land.loss[i, j] == pytest.approx(probe.loss(X, Y), rel=1e-10, abs=1e-12)
    # every path starts at the centre, and the farthest point lies (nearly) in the plane
    for pts in paths:
        coords, off = project(land, pts)
        assert np.allclose(coords[0], 0.0, atol=1e-12)
        assert np.max(np.abs(coords)) > 0
    coords, off = project(land, np.concatenate(paths))
    far = int(np.argmax(np.linalg.norm(coords, axis=1)))
    assert off[far] < 0.5 * np.linalg.norm(coords[far])


def test_wide_paths_take_the_same_directions_from_the_gram_matrix():
    rng = np.random.default_rng(4)
    for shape in ((9, 200), (40, 12), (1, 30)):
        m = rng.normal(size=shape) * np.linspace(3, 1, shape[1])
        s, vt = _top_singular(m)
        _, s_ref, vt_ref = np.linalg.svd(m, full_matrices=False)
        n = min(2, s_ref.shape[0])
        np.testing.assert_allclose(s[:n], s_ref[:n], rtol=1e-10)
        for k in range(n):
            assert abs(vt[k] @ vt_ref[k]) == pytest.approx(1.0, abs=1e-9)
        assert s.shape == (2,) and vt.shape == (2, shape[1])


def test_paths_that_moved_one_way_only_or_not_at_all_are_refused():
    spec = spec_for("bce", "float64")
    net = Network(spec)
    origin = np.concatenate([np.ravel(p) for p in net.get_parameters().values()])
    line = origin + np.outer(np.linspace(0, 1, 5), np.ones_like(origin))
    with pytest.raises(ValueError, match="two directions"):
        path_directions(net, [line, line[:3]])
    with pytest.raises(ValueError, match="race first"):
        path_directions(net, [np.zeros((0, origin.shape[0]))])
    # thinned paths keep their last points
    rng = np.random.default_rng(0)
    long = origin + rng.normal(size=(50, origin.shape[0])).cumsum(axis=0)
    d1, _, _, _ = path_directions(net, [long], max_rows=10)
    far = long[-1] - origin
    assert abs(flatten(d1) @ far) > 0


def test_a_one_sided_axis_holds_zero_and_covers_its_range_and_is_the_networks_loss():
    for low, high, n in ((-0.3, 2.0, 41), (0.0, 1.0, 5), (-1.0, 0.0, 7), (-0.01, 5.0, 9)):
        a = axis_offsets((low, high), n)
        assert len(a) == n and a[0] <= low and a[-1] >= high
        assert np.count_nonzero(a == 0.0) == 1
        np.testing.assert_allclose(np.diff(a), (high - low) / (n - 2))  # evenly spaced
    np.testing.assert_array_equal(axis_offsets(2.0, 5), [-2.0, -1.0, 0.0, 1.0, 2.0])
    for bad in ((0.5, 1.0), (-1.0, -0.5), (0.0, 0.0)):
        with pytest.raises(ValueError, match="span"):
            axis_offsets(bad, 5)
    # a slice with one-sided axes: its cells are Network.loss at those weights, the centre too
    base, paths = raced_paths()
    net = base.network
    X, Y = base.X, base.Y
    d1, d2, labels, _ = path_directions(net, paths)
    land = loss_landscape(net, X, Y, d1, d2, span=((-0.1, 0.9), (-0.4, 0.2)), resolution=7)
    i0, j0 = int(np.flatnonzero(land.betas == 0)[0]), int(np.flatnonzero(land.alphas == 0)[0])
    assert (i0, j0) != (3, 3) and land.loss[i0, j0] == land.origin_loss == net.loss(X, Y)
    probe = Network(net.spec, params=net.get_parameters())
    for i, j in ((0, 0), (1, 5), (6, 2), (i0, 6)):
        point = land.origin + land.alphas[j] * land.d1 + land.betas[i] * land.d2
        probe.set_parameters(unflatten(point, net.get_parameters()))
        assert land.loss[i, j] == pytest.approx(probe.loss(X, Y), rel=1e-10, abs=1e-12)
