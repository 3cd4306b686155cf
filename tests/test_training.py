"""Training behaviour: learning XOR, phase vs fast stepping, determinism, spec errors, state."""

import dataclasses
import math

import numpy as np
import pytest

from engine.errors import DataError, SpecError, TrainingDiverged
from engine.network import Network, adapt_parameters
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.stepper import Stepper
from engine.trace import phase_names
from engine.training import Trainer

XOR_X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_Y = np.array([0, 1, 1, 0])


def blobs(n=60, seed=0, classes=3):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, classes, n)
    X = rng.normal(size=(n, 2)) * 0.5 + np.stack([np.cos(y * 2.1), np.sin(y * 2.1)], axis=1) * 2
    return X, y


def test_2_2_1_tanh_learns_xor(backend_case):
    spec = NetworkSpec(
        2,
        (LayerSpec(2, "tanh"), LayerSpec(1, "sigmoid")),
        loss="bce",
        optimizer=OptimizerSpec("sgd", 0.5),
        batch_size=4,
        init="xavier",
        seed=1,
        dtype=backend_case.dtype,
    ).validated()
    trainer = Trainer(spec, XOR_X, XOR_Y, backend=backend_case.backend)
    before = trainer.evaluate().train_loss
    trainer.run_steps(1500)
    m = trainer.evaluate()
    assert m.train_accuracy == 1.0
    assert m.train_loss < 0.1 < before
    out = trainer.predict(XOR_X)[:, 0]
    assert np.all((out > 0.5) == XOR_Y.astype(bool))


@pytest.mark.parametrize("optimizer", ["sgd", "nesterov", "rmsprop", "adam"])
def test_phase_stepping_equals_fast_stepping_bit_for_bit(backend_case, optimizer):
    X, y = blobs()
    spec = NetworkSpec.simple(
        2,
        [5, 4],
        3,
        activation="relu",
        optimizer=optimizer,
        lr=0.05,
        batch_size=7,
        dropout=0.2,
        l1=0.001,
        l2=0.01,
        dtype=backend_case.dtype,
        seed=4,
    )
    fast = Trainer(spec, X, y, backend=backend_case.backend)
    slow = Trainer(spec, X, y, backend=backend_case.backend)
    stepper = Stepper(slow)
    for _ in range(12):  # crosses an epoch boundary (60 / 7 → 9 steps an epoch)
        fast.step()
        records = stepper.finish_step()
        assert [r.phase for r in records] == phase_names(3)
    a, b = fast.state_dict(), slow.state_dict()
    for name in a["params"]:
        assert np.array_equal(a["params"][name], b["params"][name]), name
    for name, st in a["optimizer"]["state"].items():
        for key, arr in st.items():
            assert np.array_equal(arr, b["optimizer"]["state"][name][key]), (name, key)
    assert (
        (a["step"], a["epoch"], a["cursor"]) == (b["step"], b["epoch"], b["cursor"]) == (12, 1, 21)
    )


def test_phase_by_phase_records_hold_the_step_numbers():
    X, y = blobs(20)
    spec = NetworkSpec.simple(2, [3], 3, optimizer="sgd", lr=0.1, batch_size=5, dtype="float64")
    trainer = Trainer(spec, X, y)
    stepper = Stepper(trainer)
    w1 = trainer.network.get_parameters()["W1"]
    f1 = stepper.next_phase()
    np.testing.assert_allclose(f1.arrays["z"], f1.arrays["a_prev"] @ w1.T + f1.arrays["b"])
    np.testing.assert_allclose(f1.arrays["a"], np.tanh(f1.arrays["z"]))
    stepper.next_phase()  # forward[2]
    loss = stepper.next_phase()
    p = loss.arrays["output"]
    assert np.allclose(p.sum(axis=1), 1.0)
    expected = -np.mean(np.log(p[np.arange(5), y[stepper.batch_indices]]))
    assert loss.values["loss"] == pytest.approx(expected, rel=1e-12)
    back2 = stepper.next_phase()
    np.testing.assert_allclose(back2.arrays["dW"], back2.arrays["delta"].T @ back2.arrays["a_prev"])
    np.testing.assert_allclose(
        back2.arrays["delta_prev"], back2.arrays["dL_da_prev"] * back2.arrays["da_dz_prev"]
    )
    stepper.next_phase()  # backward[1]
    update = stepper.next_phase()
    np.testing.assert_allclose(
        update.arrays["W1.new"], update.arrays["W1.old"] - 0.1 * update.arrays["W1.grad"]
    )
    assert trainer.step_count == 1 and not stepper.mid_step


def test_same_seed_same_bits_and_other_seed_differs():
    X, y = blobs()
    spec = NetworkSpec.simple(2, [6], 3, optimizer="adam", lr=0.01, dropout=0.3, seed=7)
    runs = []
    for s in (7, 7, 8):
        t = Trainer(spec.replace(seed=s), X, y)
        t.run_steps(30)
        runs.append(t.network.get_parameters())
    assert all(np.array_equal(runs[0][k], runs[1][k]) for k in runs[0])
    assert not np.array_equal(runs[0]["W1"], runs[2]["W1"])


def test_run_until_stops_at_the_epoch_end_the_deadline_or_an_interrupt():
    X, y = blobs()  # 60 rows, batch 10: 6 steps an epoch
    spec = NetworkSpec.simple(2, [6], 3, optimizer="adam", lr=0.01, batch_size=10, dropout=0.2)
    a, b = Trainer(spec, X, y), Trainer(spec, X, y)
    ticks = iter(range(10_000))
    clock = lambda: next(ticks)  # noqa: E731  one tick per call: one call per step
    assert a.run_until(deadline=10**9, clock=clock) == 6 and a.epoch == 1  # the epoch's end
    assert a.run_until(deadline=next(ticks) + 3, clock=clock) == 3  # the deadline
    calls = []
    assert a.run_until(10**9, interrupt=lambda: calls.append(1) or len(calls) == 2) == 2
    b.run_steps(11)  # the same 11 steps as one call: the same bits
    assert a.step_count == 11
    pa, pb = a.network.get_parameters(), b.network.get_parameters()
    assert all(np.array_equal(pa[k], pb[k]) for k in pa)


def test_reset_brings_back_the_same_initial_weights():
    X, y = blobs()
    t = Trainer(NetworkSpec.simple(2, [4, 2], 3, seed=3), X, y)
    initial = t.network.get_parameters()
    t.run_steps(20)
    t.reset()
    again = t.network.get_parameters()
    assert all(np.array_equal(initial[k], again[k]) for k in initial)
    assert t.step_count == 0


def test_state_dict_round_trip_continues_exactly():
    X, y = blobs()
    spec = NetworkSpec.simple(2, [5], 3, optimizer="adam", lr=0.01, batch_size=8, dropout=0.1)
    straight = Trainer(spec, X, y)
    straight.run_steps(25)
    first = Trainer(spec, X, y)
    first.run_steps(11)  # mid-epoch
    saved = first.state_dict()
    second = Trainer(spec, X, y)
    second.load_state_dict(saved)
    second.run_steps(14)
    a, b = straight.network.get_parameters(), second.network.get_parameters()
    assert all(np.array_equal(a[k], b[k]) for k in a)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (
            lambda s: dataclasses.replace(s, layers=(LayerSpec(0, "tanh"), s.layers[-1])),
            "layers[0].units",
        ),
        (
            lambda s: dataclasses.replace(s, layers=(LayerSpec(3, "softmax"), s.layers[-1])),
            "layers[0].activation",
        ),
        (
            lambda s: dataclasses.replace(s, layers=(LayerSpec(3, "swish"), s.layers[-1])),
            "layers[0].activation",
        ),
        (lambda s: dataclasses.replace(s, layers=(s.layers[0], LayerSpec(3, "linear"))), "loss"),
        (lambda s: dataclasses.replace(s, loss="hinge"), "loss"),
        (lambda s: dataclasses.replace(s, optimizer=OptimizerSpec("adam", -0.1)), "optimizer.lr"),
        (lambda s: dataclasses.replace(s, optimizer=OptimizerSpec("lbfgs")), "optimizer.name"),
        (lambda s: dataclasses.replace(s, l2=-1.0), "l2"),
        (lambda s: dataclasses.replace(s, dropout=1.0), "dropout"),
        (lambda s: dataclasses.replace(s, batch_size=0), "batch_size"),
        (lambda s: dataclasses.replace(s, init="glorot"), "init"),
        (lambda s: dataclasses.replace(s, dtype="float16"), "dtype"),
        (
            lambda s: dataclasses.replace(s, optimizer=OptimizerSpec("sgd", math.nan)),
            "optimizer.lr",
        ),
    ],
)
def test_impossible_specs_name_the_field(change, field):
    good = NetworkSpec.simple(2, [3], 3)
    with pytest.raises(SpecError) as err:
        change(good).validated()
    assert err.value.field == field
    assert str(err.value).startswith(field)


def test_spec_from_dict_names_unknown_and_missing_fields():
    d = NetworkSpec.simple(2, [3], 3).to_dict()
    d["layers"][0]["colour"] = "red"
    with pytest.raises(SpecError, match=r"layers\[0\]\.colour"):
        NetworkSpec.from_dict(d)
    d = NetworkSpec.simple(2, [3], 3).to_dict()
    del d["n_inputs"]
    with pytest.raises(SpecError, match="n_inputs"):
        NetworkSpec.from_dict(d)
    spec = NetworkSpec.simple(2, [3, 2], 1, loss="bce", optimizer="adam", l2=0.1)
    assert NetworkSpec.from_dict(spec.to_dict()) == spec


def test_divergence_stops_with_the_step():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 2)) * 100
    y = (X @ np.array([3.0, -2.0]))[:, None] * 100
    spec = NetworkSpec.simple(2, [8], 1, loss="mse", activation="relu", lr=10.0, batch_size=5)
    t = Trainer(spec, X, y)
    with pytest.raises(TrainingDiverged) as err:
        t.run_steps(500)
    assert 1 <= err.value.step <= 500
    assert f"step {err.value.step}" in str(err.value)
    assert "learning rate" in str(err.value)


def test_early_stopping_restores_the_best_weights():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(30, 2))
    y = rng.integers(0, 2, 30)  # pure noise: the test loss soon stops improving
    Xt = rng.normal(size=(30, 2))
    yt = rng.integers(0, 2, 30)
    spec = NetworkSpec.simple(2, [32], 2, activation="relu", optimizer="adam", lr=0.05, patience=3)
    t = Trainer(spec, X, y, Xt, yt)
    for _ in range(200):
        t.run_epoch()
        if t.stopped_early:
            break
    assert t.stopped_early
    assert t.evaluate().test_loss == pytest.approx(t.best_test_loss, rel=1e-6)


def test_editing_the_spec_keeps_weights_of_unchanged_parts():
    X, y = blobs()
    spec = NetworkSpec.simple(2, [4, 3], 3, seed=2)
    t = Trainer(spec, X, y)
    t.run_steps(5)
    before = t.network.get_parameters()
    # add a neuron to the first hidden layer
    wider = spec.with_layer(0, units=5)
    t.set_spec(wider)
    after = t.network.get_parameters()
    assert after["W1"].shape == (5, 2)
    np.testing.assert_array_equal(after["W1"][:4], before["W1"])
    np.testing.assert_array_equal(after["W2"][:, :4], before["W2"])
    np.testing.assert_array_equal(after["W3"], before["W3"])
    t.step()  # and it still trains
    # a learning-rate change keeps everything, including the optimizer
    t.set_spec(wider.with_optimizer(lr=0.001))
    assert t.optimizer.spec.lr == 0.001
    np.testing.assert_array_equal(
        t.network.get_parameters()["W3"], t.network.get_parameters()["W3"]
    )


def test_adapt_parameters_after_inserting_and_removing_a_layer():
    spec = NetworkSpec.simple(2, [4, 3], 2, seed=0)
    net = Network(spec)
    old = net.get_parameters()
    inserted = spec.replace(layers=(spec.layers[0], LayerSpec(6, "tanh"), *spec.layers[1:]))
    new = adapt_parameters(spec, old, inserted)
    np.testing.assert_array_equal(new["W1"], old["W1"])
    np.testing.assert_array_equal(new["W4"], old["W3"])  # the output layer kept its weights
    removed = spec.replace(layers=(spec.layers[0], spec.layers[2]))
    new = adapt_parameters(spec, old, removed)
    np.testing.assert_array_equal(new["W1"], old["W1"])
    assert new["W2"].shape == (2, 4)


def test_wrong_label_range_is_a_data_error():
    X, y = blobs(classes=3)
    with pytest.raises(DataError, match="output layer has 2 units"):
        Trainer(NetworkSpec.simple(2, [3], 2), X, y)


def test_flat_and_per_parameter_updates_agree_bit_for_bit():
    """NumPy moves all parameters as one flat buffer; array-api-strict (no views) one by one.

    Strict computes with NumPy underneath, so the two must agree to the last bit.
    """
    pytest.importorskip("array_api_strict")
    from engine.backend import get_backend

    X, y = blobs()
    for optimizer in ("momentum", "adagrad", "adam"):
        spec = NetworkSpec.simple(
            2, [5, 4], 3, optimizer=optimizer, lr=0.05, batch_size=8, dtype="float64", l2=0.01
        )
        spec = spec.with_layer(1, freeze_biases=True)
        flat = Trainer(spec, X, y)
        strict = Trainer(spec, X, y, backend=get_backend("array_api_strict"))
        assert flat.network.flat is not None and strict.network.flat is None
        flat.run_steps(40)
        strict.run_steps(40)
        a, b = flat.state_dict(), strict.state_dict()
        for name in a["params"]:
            assert np.array_equal(a["params"][name], b["params"][name]), (optimizer, name)
        assert a["optimizer"]["steps"] == b["optimizer"]["steps"]
        for name, st in a["optimizer"]["state"].items():
            for key, arr in st.items():
                assert np.array_equal(arr, b["optimizer"]["state"][name][key]), (
                    optimizer,
                    name,
                    key,
                )


def test_divergence_without_nan_is_caught_with_the_reset_hint():
    """At learning rate 100 the loss swings between ~0 and ~150 with weights in the
    thousands and never becomes NaN: that is divergence too, and it says so."""
    from engine.datasets import DatasetSpec, load_dataset
    from engine.errors import TrainingDiverged

    ds = load_dataset(DatasetSpec(name="circle", samples=200))
    spec = NetworkSpec.simple(2, (4, 2), 1, activation="tanh", loss="bce", lr=100.0, batch_size=10)
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    with pytest.raises(TrainingDiverged) as info:
        tr.run_steps(5000)
    text = str(info.value)
    assert info.value.step <= 5000 and np.isfinite(info.value.loss)
    assert ("jumped" in text or "exploded" in text) and "Reset" in text
    assert "lower the learning rate" in text


@pytest.mark.parametrize(
    "name, loss, out", [("circle", "bce", 1), ("spiral", "cce", 3), ("reg-plane", "mse", 1)]
)
def test_ordinary_training_never_counts_as_diverged(name, loss, out):
    from engine.datasets import DatasetSpec, load_dataset

    ds = load_dataset(DatasetSpec(name=name, samples=200))
    act = {"bce": "sigmoid", "cce": "softmax", "mse": "linear"}[loss]
    spec = NetworkSpec.simple(
        ds.n_features,
        (8, 8),
        out,
        activation="relu",
        loss=loss,
        output_activation=act,
        lr=0.03,
        batch_size=1,
        optimizer="adam",
    )
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    tr.run_steps(3000)  # batch size 1: the noisiest losses SGD gives
    assert tr.step_count == 3000


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_blocked_flat_updates_agree_with_per_parameter_updates_bit_for_bit(optimizer, monkeypatch):
    """On the host the flat update runs block by block in place (flat_update.BLOCK elements at
    a time); with blocks of 7 every parameter is cut across blocks, and a subnormal flush
    (every 16 updates) falls inside the run. Still the bits of the per-parameter rule."""
    pytest.importorskip("array_api_strict")
    import engine.flat_update
    from engine.backend import get_backend

    monkeypatch.setattr(engine.flat_update, "BLOCK", 7)
    X, y = blobs()
    for dtype in ("float64", "float32"):
        spec = NetworkSpec.simple(
            2, [5, 4], 3, optimizer=optimizer, lr=0.05, batch_size=8, dtype=dtype, l1=0.001
        )
        spec = spec.with_layer(0, freeze_biases=True)
        flat = Trainer(spec, X, y)
        strict = Trainer(spec, X, y, backend=get_backend("array_api_strict"))
        assert flat.network.flat is not None and flat.network.flat.size > 7
        flat.run_steps(35)
        strict.run_steps(35)
        a, b = flat.state_dict(), strict.state_dict()
        for name in a["params"]:
            assert np.array_equal(a["params"][name], b["params"][name]), (dtype, name)
        assert a["optimizer"]["steps"] == b["optimizer"]["steps"]
        for name, st in a["optimizer"]["state"].items():
            for key, arr in st.items():
                assert np.array_equal(arr, b["optimizer"]["state"][name][key]), (name, key)
        steps = flat.optimizer.last_steps()
        assert set(steps) == set(flat.network.flat_names)


def test_an_mlp_trains_as_torch_with_blocked_updates(monkeypatch):
    """A ReLU MLP with softmax cross-entropy and Adam, its update cut into blocks: the same
    weights as torch.nn + torch.optim.Adam after ten steps (float64)."""
    torch = pytest.importorskip("torch")
    import engine.flat_update

    monkeypatch.setattr(engine.flat_update, "BLOCK", 100)
    rng = np.random.default_rng(3)
    X = rng.normal(size=(64, 6))
    y = rng.integers(0, 4, 64)
    spec = NetworkSpec.simple(
        6, [16, 12], 4, activation="relu", optimizer="adam", lr=0.01, batch_size=16
    ).replace(dtype="float64")
    tr = Trainer(spec, X, y)
    params = tr.network.get_parameters()
    model = torch.nn.Sequential(
        torch.nn.Linear(6, 16),
        torch.nn.ReLU(),
        torch.nn.Linear(16, 12),
        torch.nn.ReLU(),
        torch.nn.Linear(12, 4),
    ).double()
    with torch.no_grad():
        for k, layer in enumerate(model[::2], start=1):
            layer.weight.copy_(torch.from_numpy(params[f"W{k}"]))
            layer.bias.copy_(torch.from_numpy(params[f"b{k}"]))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y)
    for _ in range(10):
        tr.step()
        idx = torch.from_numpy(np.asarray(tr.perm[tr.cursor - 16 : tr.cursor]))
        opt.zero_grad()
        torch.nn.functional.cross_entropy(model(Xt[idx]), yt[idx]).backward()
        opt.step()
    ours = tr.network.get_parameters()
    for k, layer in enumerate(model[::2], start=1):
        np.testing.assert_allclose(
            ours[f"W{k}"], layer.weight.detach().numpy(), rtol=1e-9, atol=1e-12
        )
        np.testing.assert_allclose(
            ours[f"b{k}"], layer.bias.detach().numpy(), rtol=1e-9, atol=1e-12
        )
