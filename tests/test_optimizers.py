"""Each optimizer's first three updates against values worked out independently here.

The problem is a linear model (no hidden layer, linear output, SSE loss), whose
gradient has a closed form: with e = W·x + b − y for each sample,
∂L/∂W = (1/n) Σ e xᵀ and ∂L/∂b = (1/n) Σ e. The rules below are written from the
torch.optim documentation, in plain float64 NumPy, independently of engine/optimizers.py.
"""

import inspect
import math

import numpy as np
import pytest

from engine.optimizers import OPTIMIZERS_BY_NAME
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.training import Trainer

X = np.array([[0.5, -1.0], [1.5, 0.25], [-0.75, 2.0]])
Y = np.array([[1.0], [-0.5], [2.0]])
W0 = np.array([[0.3, -0.2]])
B0 = np.array([0.1])


def closed_form_grads(W, b):
    e = X @ W.T + b - Y  # (n, 1)
    return e.T @ X / len(X), e.sum(axis=0) / len(X)


def reference(name: str, lr: float, steps: int = 3, l2: float = 0.0, **hp):
    """Parameters after each of ``steps`` updates, by the torch.optim rules."""
    W, b = W0.copy(), B0.copy()
    state = {"W": {}, "b": {}}
    out = []
    for t in range(1, steps + 1):
        gW, gb = closed_form_grads(W, b)
        gW = gW + l2 * W  # weight decay on weights only
        new = {}
        for key, p, g in (("W", W, gW), ("b", b, gb)):
            st = state[key]
            if name == "sgd":
                p = p - lr * g
            elif name in ("momentum", "nesterov"):
                mu = hp.get("momentum", 0.9)
                st["buf"] = g.copy() if t == 1 else mu * st["buf"] + g
                d = g + mu * st["buf"] if name == "nesterov" else st["buf"]
                p = p - lr * d
            elif name == "adagrad":
                st["sum"] = st.get("sum", 0.0) + g * g
                p = p - lr * g / (np.sqrt(st["sum"]) + 1e-10)
            elif name == "rmsprop":
                a = hp.get("alpha", 0.99)
                st["v"] = a * st.get("v", 0.0) + (1 - a) * g * g
                p = p - lr * g / (np.sqrt(st["v"]) + 1e-8)
            elif name == "adam":
                b1, b2 = hp.get("beta1", 0.9), hp.get("beta2", 0.999)
                st["m"] = b1 * st.get("m", 0.0) + (1 - b1) * g
                st["v"] = b2 * st.get("v", 0.0) + (1 - b2) * g * g
                m_hat = st["m"] / (1 - b1**t)
                v_hat = st["v"] / (1 - b2**t)
                p = p - lr * m_hat / (np.sqrt(v_hat) + 1e-8)
            new[key] = p
        W, b = new["W"], new["b"]
        out.append((W.copy(), b.copy()))
    return out


CASES = [
    ("sgd", 0.1, {}),
    ("momentum", 0.1, {"momentum": 0.9}),
    ("momentum", 0.05, {"momentum": 0.5}),
    ("nesterov", 0.1, {"momentum": 0.9}),
    ("adagrad", 0.1, {}),
    ("rmsprop", 0.01, {}),
    ("rmsprop", 0.01, {"alpha": 0.9}),
    ("adam", 0.1, {}),
    ("adam", 0.05, {"beta1": 0.8, "beta2": 0.99}),
]


@pytest.mark.parametrize(("name", "lr", "hp"), CASES)
@pytest.mark.parametrize("l2", [0.0, 0.1])
def test_first_three_updates(backend_case, name, lr, hp, l2):
    spec = NetworkSpec(
        2,
        (LayerSpec(1, "linear"),),
        loss="sse",
        optimizer=OptimizerSpec(name, lr, **hp),
        l2=l2,
        batch_size=len(X),
        dtype=backend_case.dtype,
    ).validated()
    trainer = Trainer(spec, X, Y, backend=backend_case.backend, params={"W1": W0, "b1": B0})
    expected = reference(name, lr, l2=l2, **hp)
    for t in range(3):
        trainer.step()
        p = trainer.network.get_parameters()
        np.testing.assert_allclose(p["W1"], expected[t][0], rtol=backend_case.rtol, atol=1e-12)
        np.testing.assert_allclose(p["b1"], expected[t][1], rtol=backend_case.rtol, atol=1e-12)


def test_adam_first_step_has_size_lr():
    """Adam's first step is lr·sign(g) (up to ε): a property that needs no reference code."""
    spec = NetworkSpec(
        2,
        (LayerSpec(1, "linear"),),
        loss="sse",
        optimizer=OptimizerSpec("adam", 0.01),
        batch_size=3,
        dtype="float64",
    ).validated()
    trainer = Trainer(spec, X, Y, params={"W1": W0, "b1": B0})
    gW, _ = closed_form_grads(W0, B0)
    trainer.step()
    delta = trainer.network.get_parameters()["W1"] - W0
    np.testing.assert_allclose(delta, -0.01 * np.sign(gW), rtol=1e-6)


def test_l1_adds_sign_of_weight_to_the_gradient():
    spec = NetworkSpec(
        2,
        (LayerSpec(1, "linear"),),
        loss="sse",
        optimizer=OptimizerSpec("sgd", 0.1),
        l1=0.2,
        batch_size=3,
        dtype="float64",
    ).validated()
    trainer = Trainer(spec, X, Y, params={"W1": W0, "b1": B0})
    trainer.step()
    gW, gb = closed_form_grads(W0, B0)
    p = trainer.network.get_parameters()
    np.testing.assert_allclose(p["W1"], W0 - 0.1 * (gW + 0.2 * np.sign(W0)), rtol=1e-12)
    np.testing.assert_allclose(p["b1"], B0 - 0.1 * gb, rtol=1e-12)  # biases never regularized


def test_matches_torch_optim_when_installed():
    torch = pytest.importorskip("torch")
    for name, lr, hp in CASES:
        spec = NetworkSpec(
            2,
            (LayerSpec(1, "linear"),),
            loss="mse",
            optimizer=OptimizerSpec(name, lr, **hp),
            batch_size=3,
            dtype="float64",
        ).validated()
        trainer = Trainer(spec, X, Y, params={"W1": W0, "b1": B0})
        lin = torch.nn.Linear(2, 1).double()
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W0))
            lin.bias.copy_(torch.tensor(B0))
        kw = {"lr": lr}
        if name in ("momentum", "nesterov"):
            opt = torch.optim.SGD(
                lin.parameters(), momentum=hp["momentum"], nesterov=name == "nesterov", **kw
            )
        elif name == "sgd":
            opt = torch.optim.SGD(lin.parameters(), **kw)
        elif name == "adagrad":
            opt = torch.optim.Adagrad(lin.parameters(), **kw)
        elif name == "rmsprop":
            opt = torch.optim.RMSprop(lin.parameters(), alpha=hp.get("alpha", 0.99), **kw)
        else:
            betas = (hp.get("beta1", 0.9), hp.get("beta2", 0.999))
            opt = torch.optim.Adam(lin.parameters(), betas=betas, **kw)
        xt, yt = torch.tensor(X), torch.tensor(Y)
        for _ in range(3):
            opt.zero_grad()
            torch.nn.functional.mse_loss(lin(xt), yt).backward()
            opt.step()
            trainer.step()
            p = trainer.network.get_parameters()
            np.testing.assert_allclose(
                p["W1"], lin.weight.detach().numpy(), rtol=1e-12, err_msg=name
            )
            np.testing.assert_allclose(p["b1"], lin.bias.detach().numpy(), rtol=1e-12, err_msg=name)
    assert math.isfinite(float(p["W1"][0, 0]))


# each optimizer's torch.optim class, and the keyword (or keyword and index) of each declared field
TORCH_COUNTERPARTS = {
    "sgd": ("SGD", {}),
    "momentum": ("SGD", {"momentum": "momentum"}),
    "nesterov": ("SGD", {"momentum": "momentum"}),
    "adagrad": ("Adagrad", {"eps": "eps"}),
    "rmsprop": ("RMSprop", {"alpha": "alpha", "eps": "eps"}),
    "adam": ("Adam", {"beta1": ("betas", 0), "beta2": ("betas", 1), "eps": "eps"}),
}
# not torch's, on purpose (docs/cli.md): lr starts at TensorFlow Playground's 0.03 (torch's
# differs between optimizers), momentum at the usual 0.9 (torch.optim.SGD's 0 is no momentum)
NOT_TORCH_DEFAULTS = {"lr": 0.03, "momentum": 0.9}


def test_declared_defaults_are_torch_optims():
    torch = pytest.importorskip("torch")
    assert set(TORCH_COUNTERPARTS) == set(OPTIMIZERS_BY_NAME), (
        "name the torch.optim counterpart of every declared optimizer here"
    )
    assert inspect.signature(torch.optim.SGD).parameters["momentum"].default == 0
    for name, cls in OPTIMIZERS_BY_NAME.items():
        torch_class, keywords = TORCH_COUNTERPARTS[name]
        params = inspect.signature(getattr(torch.optim, torch_class)).parameters
        for hp in cls.hyperparameters:
            if hp.field in NOT_TORCH_DEFAULTS:
                assert hp.default == NOT_TORCH_DEFAULTS[hp.field], (name, hp.field)
                continue
            key = keywords[hp.field]
            if isinstance(key, tuple):
                torch_default = params[key[0]].default[key[1]]
            else:
                torch_default = params[key].default
            assert hp.default == torch_default, (name, hp.field, hp.default, torch_default)


def test_the_spec_defaults_train_as_torch_with_its_defaults():
    """Only lr (and μ) given: every other number is the declared default on our side and
    torch.optim's own default on its side."""
    torch = pytest.importorskip("torch")
    for name, cls in OPTIMIZERS_BY_NAME.items():
        torch_class, _ = TORCH_COUNTERPARTS[name]
        spec = NetworkSpec(
            2,
            (LayerSpec(1, "linear"),),
            loss="mse",
            optimizer=OptimizerSpec(name, 0.05),
            batch_size=3,
            dtype="float64",
        ).validated()
        trainer = Trainer(spec, X, Y, params={"W1": W0, "b1": B0})
        lin = torch.nn.Linear(2, 1).double()
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W0))
            lin.bias.copy_(torch.tensor(B0))
        kw: dict = {"lr": 0.05}
        if cls.hyperparameter("momentum") is not None:
            kw.update(momentum=spec.optimizer.momentum, nesterov=name == "nesterov")
        opt = getattr(torch.optim, torch_class)(lin.parameters(), **kw)
        xt, yt = torch.tensor(X), torch.tensor(Y)
        for _ in range(5):
            opt.zero_grad()
            torch.nn.functional.mse_loss(lin(xt), yt).backward()
            opt.step()
            trainer.step()
        p = trainer.network.get_parameters()
        np.testing.assert_allclose(p["W1"], lin.weight.detach().numpy(), rtol=1e-12, err_msg=name)
        np.testing.assert_allclose(p["b1"], lin.bias.detach().numpy(), rtol=1e-12, err_msg=name)
