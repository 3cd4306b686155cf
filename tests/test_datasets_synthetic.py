"""Synthetic datasets follow TensorFlow Playground's published definitions (src/dataset.ts),
deterministically per seed; features, preprocessing, splitting and the spec round-trip."""

import json
import math

import numpy as np
import pytest

from engine.datasets import (
    BUILTIN,
    DatasetSpec,
    Preprocessing,
    expand,
    grid,
    load_dataset,
    one_hot,
    split_indices,
    synthetic,
)
from engine.errors import DataError

CLASSIFIERS = ["circle", "xor", "gauss", "spiral", "moons", "blobs", "spirals"]
ALL = CLASSIFIERS + ["reg-plane", "reg-gauss"]


@pytest.mark.parametrize("name", ALL)
def test_deterministic_per_seed_and_seed_matters(name):
    a = synthetic.generate(name, 300, 0.2, seed=7)
    b = synthetic.generate(name, 300, 0.2, seed=7)
    c = synthetic.generate(name, 300, 0.2, seed=8)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert not np.array_equal(a[0], c[0])
    assert a[0].shape == (300, 2) and a[0].dtype == np.float64


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("n", [2, 7, 500])
def test_exact_counts_and_domain(name, n):
    X, y = synthetic.generate(name, n, 0.0, seed=1)
    assert X.shape == (n, 2) and y.shape[0] == n
    if name not in ("gauss", "blobs"):  # Gaussians have unbounded tails
        assert np.all(np.abs(X) <= 6.0)


def test_circle_radii_and_labels():
    X, y = synthetic.generate("circle", 500, 0.0, seed=3)
    r = np.hypot(X[:, 0], X[:, 1])
    assert np.all(r[:250] <= 2.5) and np.all(y[:250] == 1)
    assert np.all((r[250:] >= 3.5) & (r[250:] <= 5.0)) and np.all(y[250:] == 0)
    # with noise, labels come from the noisy point: some flip, positions do not move
    Xn, yn = synthetic.generate("circle", 2000, 0.5, seed=3)
    rn = np.hypot(Xn[:, 0], Xn[:, 1])
    assert np.all(rn <= 5.0)
    flipped = np.mean(yn != (rn < 2.5))
    assert 0.05 < flipped < 0.6


def test_xor_padding_and_sign_rule():
    X, y = synthetic.generate("xor", 2000, 0.0, seed=4)
    assert np.all(np.abs(X) >= 0.3) and np.all(np.abs(X) <= 5.3)
    assert np.array_equal(y, (X[:, 0] * X[:, 1] >= 0).astype(int))
    Xn, yn = synthetic.generate("xor", 2000, 0.5, seed=4)
    assert 0 < np.mean(yn != (Xn[:, 0] * Xn[:, 1] >= 0)) < 0.5


@pytest.mark.parametrize("noise,variance", [(0.0, 0.5), (0.25, 2.25), (0.5, 4.0)])
def test_gauss_centres_and_variance_scale(noise, variance):
    assert synthetic.gauss_variance(noise) == pytest.approx(variance)
    X, y = synthetic.generate("gauss", 40000, noise, seed=5)
    pos, neg = X[y == 1], X[y == 0]
    assert len(pos) == len(neg) == 20000
    assert np.allclose(pos.mean(0), [2, 2], atol=0.06) and np.allclose(
        neg.mean(0), [-2, -2], atol=0.06
    )
    assert np.allclose(pos.var(0), variance, rtol=0.05)


def test_spiral_arms_follow_the_formula():
    n = 400
    X, y = synthetic.generate("spiral", n, 0.0, seed=0)
    half = n // 2
    i = np.arange(half)
    r = i / half * 5
    for k, (label, dt) in enumerate([(1, 0.0), (0, math.pi)]):
        t = 1.75 * i / half * 2 * math.pi + dt
        arm = X[k * half : (k + 1) * half]
        assert np.allclose(arm, np.column_stack([r * np.sin(t), r * np.cos(t)]))
        assert np.all(y[k * half : (k + 1) * half] == label)
    Xn, _ = synthetic.generate("spiral", n, 0.5, seed=0)
    assert np.max(np.abs(Xn - X)) <= 0.5 + 1e-12 and np.max(np.abs(Xn - X)) > 0.3


@pytest.mark.parametrize("k", [3, 4, 5])
def test_spirals_and_blobs_have_k_classes(k):
    X, y = synthetic.generate("spirals", 500, 0.0, seed=0, classes=k)
    assert sorted(np.unique(y)) == list(range(k)) and np.ptp(np.bincount(y)) <= 1
    assert np.all(np.hypot(X[:, 0], X[:, 1]) <= 5.0)
    Xb, yb = synthetic.generate("blobs", 3000, 0.0, seed=0, classes=k)
    assert sorted(np.unique(yb)) == list(range(k))
    for c in range(k):
        a = 2 * math.pi * c / k
        assert np.allclose(Xb[yb == c].mean(0), [4 * math.sin(a), 4 * math.cos(a)], atol=0.15)


def test_two_arm_spirals_equal_spiral_geometry():
    X2, y2 = synthetic.generate("spirals", 400, 0.0, seed=0, classes=2)
    X, y = synthetic.generate("spiral", 400, 0.0, seed=0)
    assert np.allclose(X2, X)  # same arms (Δt = 0, π); arm k is class k here
    assert np.array_equal(y2, 1 - y)


def test_moons_shape():
    X, y = synthetic.generate("moons", 400, 0.0, seed=0)
    assert np.bincount(y).tolist() == [200, 200]
    outer = X[y == 0] / 3 + [0.5, 0.25]
    assert np.allclose(np.hypot(outer[:, 0], outer[:, 1]), 1.0)


def test_regression_plane_label():
    X, y = synthetic.generate("reg-plane", 1000, 0.0, seed=0)
    assert y.shape == (1000, 1)
    assert np.allclose(y[:, 0], (X[:, 0] + X[:, 1]) / 10)
    assert np.all(np.abs(X) <= 6)
    _, yn = synthetic.generate("reg-plane", 1000, 0.5, seed=0)
    assert np.abs(yn - y).max() > 0.1


def test_regression_gaussians_label():
    lab = synthetic.reg_gauss_label
    for cx, cy, sign in synthetic.REG_GAUSSIANS:
        assert lab(np.array([cx]), np.array([cy]))[0] == sign
    assert (
        lab(np.array([0.0]), np.array([0.0]))[0] == 0.0
    )  # 2.5 away from every centre → clamped to 0
    assert lab(np.array([-4.0]), np.array([1.5]))[0] == pytest.approx(0.5)  # d = 1
    X, y = synthetic.generate("reg-gauss", 1200, 0.0, seed=0)
    assert np.allclose(y[:, 0], lab(X[:, 0], X[:, 1])) and np.all(np.abs(y) <= 1)


@pytest.mark.parametrize("name", ALL)
def test_load_defaults(name):
    d = load_dataset(DatasetSpec(name=name))
    n = 500 if name in CLASSIFIERS else 1200
    assert BUILTIN[name].default_samples == n
    assert len(d.X_train) + len(d.X_test) == n
    assert abs(len(d.X_test) - n / 2) <= 2  # Playground's 50 % test split
    assert d.is_2d and d.input_names == ("x1", "x2") and d.feature_names == ("x1", "x2")
    assert d.raw_train.shape == (len(d.X_train), 2)
    assert d.X_train.dtype == np.float64
    if name in CLASSIFIERS:
        assert d.task == "classification" and d.y_train.dtype == np.int64 and d.y_train.ndim == 1
    else:
        assert (
            d.task == "regression"
            and d.y_train.shape == (len(d.X_train), 1)
            and d.class_names == ()
        )


def test_load_is_reproducible_and_seeded():
    a = load_dataset(DatasetSpec(name="spiral", noise=0.1, seed=3))
    b = load_dataset(DatasetSpec(name="spiral", noise=0.1, seed=3))
    c = load_dataset(DatasetSpec(name="spiral", noise=0.1, seed=4))
    assert np.array_equal(a.X_train, b.X_train) and np.array_equal(a.y_test, b.y_test)
    assert not np.array_equal(a.raw_train, c.raw_train)


def test_features_expand_exactly():
    p = np.array([[1.0, 2.0], [-0.5, 3.0]])
    all_f = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
    e = expand(p, all_f)
    expected = np.column_stack(
        [
            p[:, 0],
            p[:, 1],
            p[:, 0] ** 2,
            p[:, 1] ** 2,
            p[:, 0] * p[:, 1],
            np.sin(p[:, 0]),
            np.sin(p[:, 1]),
        ]
    )
    assert np.array_equal(e, expected)
    d = load_dataset(DatasetSpec(name="circle", features=("x1^2", "x2^2"), normalize="none"))
    assert d.feature_names == ("x1^2", "x2^2")
    assert np.allclose(d.X_train, d.raw_train**2)


@pytest.mark.parametrize("bad", [(), ("x3",), ("x1", "x1"), "x1"])
def test_bad_features(bad):
    with pytest.raises(DataError, match="features"):
        DatasetSpec(features=bad).validate()


@pytest.mark.parametrize("method", ["standard", "minmax", "none"])
def test_preprocessing_fitted_on_train_only(method):
    d = load_dataset(DatasetSpec(name="gauss", normalize=method, features=("x1", "x2", "x1*x2")))
    pre = d.preprocessing
    assert np.allclose(pre.transform(d.raw_train), d.X_train)
    assert np.allclose(pre.transform(d.raw_test), d.X_test)
    if method == "standard":
        assert np.allclose(d.X_train.mean(0), 0, atol=1e-12) and np.allclose(d.X_train.std(0), 1)
        assert not np.allclose(d.X_test.mean(0), 0, atol=1e-6)
    elif method == "minmax":
        assert np.allclose(d.X_train.min(0), 0) and np.allclose(d.X_train.max(0), 1)
    else:
        assert np.array_equal(d.X_train, expand(d.raw_train, ("x1", "x2", "x1*x2")))
    back = Preprocessing.from_dict(json.loads(json.dumps(pre.to_dict())))
    assert back == pre
    assert np.array_equal(back.transform(d.raw_test), d.X_test)


def test_preprocessing_constant_column_and_bad_dicts():
    pre = Preprocessing.fit(np.array([[1.0, 5.0], [3.0, 5.0]]), (), "standard")
    assert pre.scale.tolist() == [1.0, 1.0]
    good = pre.to_dict()
    for key, value, field in [
        ("method", "zscore", "method"),
        ("offset", [1.0], "scale"),
        ("scale", [1.0, 0.0], "scale"),
        ("offset", ["a", 1], "offset"),
        ("features", ["x9"], "features"),
        ("scale", [1.0, float("nan")], "scale"),
    ]:
        bad = dict(good, **{key: value})
        with pytest.raises(DataError, match=f"preprocessing.{field}"):
            Preprocessing.from_dict(bad)
    with pytest.raises(DataError, match="preprocessing.method"):
        Preprocessing.from_dict({k: v for k, v in good.items() if k != "method"})


def test_one_hot():
    assert one_hot(np.array([2, 0]), 3).tolist() == [[0, 0, 1], [1, 0, 0]]


def test_stratified_split_keeps_class_proportions():
    y = np.array([0] * 80 + [1] * 20)
    tr, te = split_indices(100, 0.25, 0, y)
    assert len(te) == 25 and np.bincount(y[te]).tolist() == [20, 5]
    assert sorted(np.concatenate([tr, te]).tolist()) == list(range(100))
    tr2, te2 = split_indices(100, 0.25, 0, y)
    assert np.array_equal(te, te2)
    tr0, te0 = split_indices(100, 0.0, 0, y)
    assert len(te0) == 0 and len(tr0) == 100 and not np.array_equal(tr0, np.arange(100))


def test_test_ratio_zero_gives_empty_test():
    d = load_dataset(DatasetSpec(name="xor", test_ratio=0.0))
    assert d.X_test.shape == (0, 2) and d.y_test.shape == (0,) and len(d.X_train) == 500


def test_targets_for_each_loss():
    d = load_dataset(DatasetSpec(name="circle"))
    assert (
        d.n_outputs_for("bce") == 1 and d.n_outputs_for("cce") == 2 and d.n_outputs_for("mse") == 2
    )
    assert d.targets_for("bce").shape == (250, 1) and d.targets_for("bce").dtype == np.float64
    assert np.array_equal(d.targets_for("cce", "test"), d.y_test)
    assert np.array_equal(d.targets_for("sse").argmax(1), d.y_train)
    b = load_dataset(DatasetSpec(name="blobs", classes=4))
    assert b.n_classes == 4 and b.n_outputs_for("cce") == 4
    with pytest.raises(DataError, match="bce needs exactly 2 classes"):
        b.targets_for("bce")
    r = load_dataset(DatasetSpec(name="reg-plane"))
    assert (
        r.n_classes == 0 and r.n_outputs_for("mse") == 1 and r.targets_for("mse").shape == (600, 1)
    )
    with pytest.raises(DataError, match="regression"):
        r.n_outputs_for("cce")


def test_spec_round_trip_and_bad_fields():
    spec = DatasetSpec(
        name="csv",
        path="d.csv",
        target=("a", "2"),
        task="regression",
        samples=None,
        noise=0.0,
        test_ratio=0.0,
        seed=5,
        normalize="minmax",
    )
    assert DatasetSpec.from_dict(json.loads(json.dumps(spec.to_dict()))) == spec
    for field, value in [
        ("name", "mnist2"),
        ("noise", 0.9),
        ("noise", "x"),
        ("samples", 1),
        ("samples", 2.5),
        ("classes", 9),
        ("test_ratio", 1.0),
        ("seed", -1),
        ("normalize", "zscore"),
        ("task", "ranking"),
        ("features", ["q"]),
        ("limit", 0),
        ("sha256", "abc"),
        ("bogus", 1),
        ("target", "y"),
    ]:
        d = dict(DatasetSpec().to_dict(), **{field: value})
        with pytest.raises(DataError, match=f"dataset.{field}"):
            DatasetSpec.from_dict(d)
    with pytest.raises(DataError, match="dataset.path"):
        load_dataset(DatasetSpec(name="csv"))


def test_grid_is_row_major():
    xs, pts = grid(5, (-6, 6))
    assert xs.tolist() == [-6, -3, 0, 3, 6]
    assert pts.shape == (25, 2)
    assert pts[1].tolist() == [-3, -6] and pts[5].tolist() == [-6, -3]


def test_bundled_iris_and_digits():
    iris = load_dataset(DatasetSpec(name="iris"))
    assert len(iris.X_train) + len(iris.X_test) == 150 and iris.n_features == 4
    assert iris.class_names == ("setosa", "versicolor", "virginica")
    assert np.bincount(iris.y_test).tolist() == [10, 10, 10]  # stratified 20 %
    assert not iris.is_2d and iris.image_shape is None
    digits = load_dataset(DatasetSpec(name="digits", normalize="none"))
    assert len(digits.X_train) + len(digits.X_test) == 1797 and digits.n_features == 64
    assert digits.n_classes == 10 and digits.image_shape == (8, 8)
    assert digits.raw_train.min() == 0 and digits.raw_train.max() == 16
    all_y = np.concatenate([digits.y_train, digits.y_test])
    assert np.bincount(all_y).sum() == 1797 and np.bincount(all_y).min() >= 170


def test_builtin_order_and_info():
    assert list(BUILTIN)[:4] == ["circle", "xor", "gauss", "spiral"]
    assert BUILTIN["reg-plane"].task == "regression" and BUILTIN["blobs"].has_classes
    assert BUILTIN["mnist"].needs_path and not BUILTIN["iris"].is_2d


@pytest.mark.parametrize("name", ["circle", "reg-plane", "iris"])
def test_no_test_split_is_allowed(name):
    d = load_dataset(DatasetSpec(name=name, test_ratio=0))
    assert d.X_test.shape == (0, d.X_train.shape[1])
    assert len(d.y_test) == 0 and d.y_test.shape[1:] == d.y_train.shape[1:]
