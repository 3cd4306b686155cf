"""Weights from PyTorch: a plain state_dict in .npz or .safetensors becomes a project's initial
weights (by order and shape), our safetensors export loads in torch, and a .pt is never unpickled."""

from __future__ import annotations

import os
import pickle

import numpy as np
import pytest

from cli import main
from engine.errors import FileFormatError
from engine.export import export_model
from engine.export.model import TrainedModel
from engine.network import Network, initial_parameters
from engine.project import load_project
from engine.spec import LayerSpec, NetworkSpec
from engine.weights_io import PICKLE_REFUSAL, load_weights

torch = pytest.importorskip("torch")
safetensors_torch = pytest.importorskip("safetensors.torch")
nn = torch.nn

#: iris: 4 measurements, 3 classes; the project's network is 4 → 5 → 3 (tanh, softmax)
NEW_IRIS = ["new", "--dataset", "iris", "--hidden", "5", "--dtype", "float64", "-q"]


def torch_iris_model(seed: int = 0):
    """The nn.Sequential PyTorch would train for the iris project, with random weights."""
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(4, 5), nn.Tanh(), nn.Linear(5, 3), nn.Softmax(dim=1)).double()


def project_predictions(path) -> tuple[np.ndarray, np.ndarray]:
    """(network inputs, the project's outputs on them) for a project's training rows."""
    from engine.datasets import load_dataset

    project = load_project(path)
    X = load_dataset(project.dataset).X_train
    return X, Network(project.spec, params=project.state["params"]).predict(X)


@pytest.mark.parametrize("kind", ["npz", "safetensors"])
def test_a_pytorch_state_dict_becomes_the_projects_weights(tmp_path, capsys, kind):
    model = torch_iris_model()
    state = model.state_dict()
    if kind == "npz":  # the one line docs/cli.md gives, keys 0.weight, 0.bias, 2.weight, 2.bias
        weights = tmp_path / "w.npz"
        np.savez(weights, **{k: v.cpu().numpy() for k, v in state.items()})
    else:  # with a prefix, as a model wrapped in another module saves it
        weights = tmp_path / "w.safetensors"
        safetensors_torch.save_file({f"model.net.{k}": v for k, v in state.items()}, weights)
    project = tmp_path / "p.bplab"
    assert main([*NEW_IRIS, "-o", str(project), "--weights", str(weights)]) == 0, (
        capsys.readouterr().err
    )
    X, ours = project_predictions(project)
    with torch.no_grad():
        theirs = model(torch.from_numpy(X)).numpy()
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-14)
    stored = load_project(project).state["params"]
    np.testing.assert_array_equal(stored["W2"], state["2.weight"].numpy())  # out × in, as is


def test_layers_are_matched_in_the_order_of_their_numbers(tmp_path):
    """Six Linear layers: safetensors keeps keys sorted as text (0, 10, 2, …); 2 comes before 10."""
    widths = [3, 7, 6, 5, 4, 4, 2]
    modules = []
    for a, b in zip(widths, widths[1:], strict=False):
        modules += [nn.Linear(a, b), nn.ReLU()]
    model = nn.Sequential(*modules[:-1], nn.Identity()).double()
    path = tmp_path / "deep.safetensors"
    safetensors_torch.save_file(model.state_dict(), path)
    layers = tuple(LayerSpec(w, "relu") for w in widths[1:-1]) + (LayerSpec(2, "linear"),)
    spec = NetworkSpec(3, layers, loss="mse", dtype="float64").validated()
    params = load_weights(path, expect=spec).params
    X = np.random.default_rng(1).normal(size=(9, 3))
    with torch.no_grad():
        theirs = model(torch.from_numpy(X)).numpy()
    np.testing.assert_allclose(Network(spec, params=params).predict(X), theirs, atol=1e-13)


def _iris_spec(hidden=(5,)) -> NetworkSpec:
    return NetworkSpec.simple(4, list(hidden), 3, dtype="float64")


def _save_npz(path, arrays) -> None:
    np.savez(path, **{k: np.asarray(v) for k, v in arrays.items()})


def test_what_does_not_fit_is_named_with_the_file_and_the_key(tmp_path):
    sd = {k: v.numpy() for k, v in torch_iris_model().state_dict().items()}
    path = tmp_path / "w.npz"
    _save_npz(path, sd)
    with pytest.raises(
        FileFormatError,
        match=r"w\.npz: 0\.weight has shape \(5, 4\), layer 1 of the network expects \(6, 4\)",
    ):
        load_weights(path, expect=_iris_spec((6,)))
    with pytest.raises(FileFormatError, match=r"w\.npz: holds 2 layers \(0\.weight, 2\.weight\), "):
        load_weights(path, expect=_iris_spec((5, 5)))
    with pytest.raises(FileFormatError, match="without a network spec"):
        load_weights(path)  # a plain state_dict needs the project's spec
    _save_npz(path, {k: v for k, v in sd.items() if k != "2.bias"})
    with pytest.raises(FileFormatError, match=r"w\.npz: 2\.weight has no bias beside it"):
        load_weights(path, expect=_iris_spec())
    _save_npz(path, {**sd, "0.weight": sd["0.weight"].T.copy()})  # saved in × out
    with pytest.raises(FileFormatError, match=r"0\.weight has shape \(4, 5\).*as Keras stores"):
        load_weights(path, expect=_iris_spec())
    _save_npz(path, {**sd, "1.running_mean": np.zeros(5)})
    with pytest.raises(FileFormatError, match=r"'1\.running_mean' is not a Linear layer's weight"):
        load_weights(path, expect=_iris_spec())
    _save_npz(path, {**sd, "2.bias": np.array([1, 2, 3])})
    with pytest.raises(FileFormatError, match=r"2\.bias holds int64 values, expected floating"):
        load_weights(path, expect=_iris_spec())


def test_our_safetensors_export_loads_in_torch_and_back(tmp_path):
    spec = _iris_spec()
    rng = np.random.default_rng(4)
    params = {k: v + rng.normal(0, 0.3, v.shape) for k, v in initial_parameters(spec).items()}
    model = TrainedModel(spec, params, None, ["a", "b", "c", "d"], ["x", "y", "z"], None)
    model.task = "classification"
    (path,) = export_model(tmp_path / "m.safetensors", model, "safetensors")
    torch_model = torch_iris_model()
    torch_model.load_state_dict(safetensors_torch.load_file(path))  # nn.Sequential's names
    X = rng.normal(size=(6, 4))
    with torch.no_grad():
        np.testing.assert_allclose(torch_model(torch.from_numpy(X)).numpy(), model.predict(X))
    back = load_weights(path)  # our metadata rides in the header: self-contained
    assert back.spec == spec and back.class_names == ["x", "y", "z"]
    for k, v in params.items():
        np.testing.assert_array_equal(back.params[k], v)


def test_a_file_of_ours_must_agree_on_activations_and_preprocessing(tmp_path, capsys):
    project = tmp_path / "p.bplab"
    assert main([*NEW_IRIS, "-o", str(project)]) == 0
    weights = tmp_path / "w.safetensors"
    assert main(["export", str(project), "-o", str(weights), "-q"]) == 0
    relu = tmp_path / "relu.bplab"
    code = main([*NEW_IRIS, "-o", str(relu), "--activation", "relu", "--weights", str(weights)])
    err = capsys.readouterr().err
    assert code == 1 and "w.safetensors: the weights were trained with the activations" in err
    assert "tanh, softmax but the network has relu, softmax (layer 1 differs)" in err
    minmax = tmp_path / "minmax.bplab"
    code = main([*NEW_IRIS, "-o", str(minmax), "--normalize", "minmax", "--weights", str(weights)])
    err = capsys.readouterr().err
    assert code == 1 and "w.safetensors: the weights were trained on inputs normalized" in err
    assert not relu.exists() and not minmax.exists()
    # the same data and network take them
    same = tmp_path / "same.bplab"
    assert main([*NEW_IRIS, "-o", str(same), "--weights", str(weights)]) == 0


class _Payload:
    """Unpickled, creates ``marker`` (a folder): what a hostile checkpoint could do."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_pytorch_pickles_are_refused_without_being_unpickled(tmp_path, capsys):
    marker = tmp_path / "pwned"
    raw = pickle.dumps({"0.weight": _Payload(str(marker))}, protocol=4)
    files = {
        "w.pt": raw,
        "w.pth": raw,
        "renamed.npz": raw,  # a pickle under another name is found by its bytes
    }
    zipped = tmp_path / "zipped.npz"  # torch.save's zip around data.pkl, renamed
    torch.save({"0.weight": torch.zeros(5, 4)}, zipped)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    for name in [*files, "zipped.npz"]:
        with pytest.raises(FileFormatError) as err:
            load_weights(tmp_path / name, expect=_iris_spec())
        assert str(err.value) == f"{tmp_path / name}: {PICKLE_REFUSAL}"
    code = main([*NEW_IRIS, "-o", str(tmp_path / "p.bplab"), "--weights", str(tmp_path / "w.pt")])
    err = capsys.readouterr().err
    assert code == 1 and "w.pt: is a PyTorch pickle" in err and "can run any code" in err
    assert "safetensors.torch.save_file(model.state_dict()" in err and "np.savez(" in err
    assert not marker.exists() and not (tmp_path / "p.bplab").exists()
    pickle.loads(raw)  # the payload is real: unpickling it does create the folder
    assert marker.exists()
