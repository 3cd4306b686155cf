"""Backprop gradients against centred finite differences, for every activation × loss pair."""

import itertools

import numpy as np
import pytest

from engine.backend import get_backend
from engine.gradcheck import DEFAULT_TOLERANCE, check_gradients, numerical_gradient
from engine.network import Network, initial_parameters
from engine.spec import HIDDEN_ACTIVATIONS, LayerSpec, NetworkSpec
from engine.training import encode_targets

# (loss, output activation): every pairing the spec allows
OUTPUTS = [
    ("cce", "softmax"),
    ("bce", "sigmoid"),
    ("mse", "linear"),
    ("mse", "sigmoid"),
    ("mse", "tanh"),
    ("mse", "softmax"),
    ("mse", "relu"),
    ("mse", "leaky_relu"),
    ("sse", "linear"),
    ("sse", "sigmoid"),
    ("sse", "softmax"),
]


def _problem(loss: str, out_act: str, hidden_act: str, l1=0.0, l2=0.0, frozen=False, seed=0):
    rng = np.random.default_rng(seed)
    n_out = 3 if out_act == "softmax" or loss == "cce" else 2
    layers = (
        LayerSpec(4, hidden_act, freeze_weights=frozen),
        LayerSpec(3, hidden_act, freeze_biases=frozen),
        LayerSpec(n_out, out_act),
    )
    spec = NetworkSpec(3, layers, loss=loss, l1=l1, l2=l2, dtype="float64", seed=seed).validated()
    X = rng.normal(size=(7, 3))
    if loss == "cce":
        y = rng.integers(0, n_out, size=7)
    elif loss == "bce":
        y = rng.integers(0, 2, size=(7, n_out)).astype(float)
    else:
        y = rng.normal(size=(7, n_out))
    params = initial_parameters(spec)
    # keep ReLU pre-activations away from the kink so finite differences are smooth
    params = {k: v + (0.05 if k.startswith("b") else 0.0) for k, v in params.items()}
    return spec, params, X, y


@pytest.mark.parametrize(
    ("loss", "out_act", "hidden_act"),
    [(lo, oa, ha) for (lo, oa), ha in itertools.product(OUTPUTS, HIDDEN_ACTIVATIONS)],
)
def test_every_activation_and_loss_matches_finite_differences(loss, out_act, hidden_act):
    spec, params, X, y = _problem(loss, out_act, hidden_act)
    reports = check_gradients(spec, params, X, y)
    assert [r.name for r in reports] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    for r in reports:
        assert r.relative_error < DEFAULT_TOLERANCE, (r.name, r.backprop, r.numerical)
        assert r.worst_element_error < DEFAULT_TOLERANCE, (r.name, r.backprop, r.numerical)


@pytest.mark.parametrize(("l1", "l2"), [(0.01, 0.0), (0.0, 0.03), (0.02, 0.05)])
@pytest.mark.parametrize("frozen", [False, True])
@pytest.mark.parametrize(
    ("loss", "out_act"), [("cce", "softmax"), ("bce", "sigmoid"), ("sse", "linear")]
)
def test_regularization_and_frozen_parameters(l1, l2, frozen, loss, out_act):
    spec, params, X, y = _problem(loss, out_act, "tanh", l1=l1, l2=l2, frozen=frozen, seed=3)
    for r in check_gradients(spec, params, X, y):
        assert r.relative_error < DEFAULT_TOLERANCE, (r.name, r.backprop, r.numerical)
        assert r.worst_element_error < DEFAULT_TOLERANCE, (r.name, r.backprop, r.numerical)


def test_gradient_check_detects_a_wrong_gradient():
    """The check itself can fail: a perturbed backprop gradient is caught."""
    spec, params, X, y = _problem("cce", "softmax", "tanh")
    net = Network(spec, get_backend("numpy"), params)
    Y = encode_targets(spec, y, net.backend)
    _, grads = net.loss_and_gradients(X, Y)
    num = numerical_gradient(net, X, Y, "W2")
    wrong = grads["W2"].copy()
    wrong[0, 0] *= 1.01
    rel = np.abs(num - wrong) / (np.abs(num) + np.abs(wrong))
    assert rel.max() > 1e-4


@pytest.mark.parametrize(
    ("loss", "out_act"), [("cce", "softmax"), ("bce", "sigmoid"), ("mse", "softmax")]
)
def test_backprop_on_every_backend_matches_float64_finite_differences(backend_case, loss, out_act):
    spec, params, X, y = _problem(loss, out_act, "tanh", l1=0.01, l2=0.02)
    spec = spec.replace(dtype=backend_case.dtype)
    net = Network(spec, backend_case.backend, params)
    be = backend_case.backend
    _, grads = net.loss_and_gradients(be.asarray(X, spec.dtype), encode_targets(spec, y, be))
    ref = {r.name: r.numerical for r in check_gradients(spec, params, X, y)}
    for name, g in grads.items():
        host = be.to_host(g)
        assert isinstance(host, np.ndarray)
        scale = np.abs(ref[name]).max() + 1e-12
        assert np.abs(host - ref[name]).max() / scale < (
            1e-6 if spec.dtype == "float64" else 1e-3
        ), name


def test_large_logits_are_stable_and_silent():
    """No overflow warnings (pytest turns warnings into errors) and finite losses for |z| ~ 1e4."""
    for loss, out in (("cce", "softmax"), ("bce", "sigmoid")):
        spec = NetworkSpec.simple(
            2, [], 3 if loss == "cce" else 1, loss=loss, output_activation=out, dtype="float64"
        )
        params = {"W1": np.full((spec.n_outputs, 2), 5000.0), "b1": np.zeros(spec.n_outputs)}
        params["W1"][0] *= -1
        net = Network(spec, get_backend("numpy"), params)
        X = np.array([[1.0, 1.0], [-1.0, 2.0]])
        y = np.array([1, 0]) if loss == "cce" else np.array([[0.0], [1.0]])
        total, grads = net.loss_and_gradients(X, encode_targets(spec, y, net.backend))
        assert np.isfinite(total) and total > 100
        assert all(np.all(np.isfinite(g)) for g in grads.values())
