"""The window's Import and Export with PyTorch and Keras: a torch state_dict imports, a .pt is
refused unread, and the training scripts carry the session's data and state."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pytestqt")
torch = pytest.importorskip("torch")
safetensors_torch = pytest.importorskip("safetensors.torch")
from PySide6.QtCore import QSettings  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.weights_io import load_weights  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=WAIT)
    return c.latest


class _Payload:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (self.marker,))


def test_import_from_torch_refuse_a_pickle_and_export_training_scripts(window, qtbot, tmp_path):
    """One window (they take seconds to start) for the whole round."""
    c, files = window.controller, window.file_actions
    sizes = c.spec.sizes  # the default network: 2 → 4 → 2 → 1
    modules = []
    for a, b in zip(sizes, sizes[1:], strict=False):
        modules += [torch.nn.Linear(a, b), torch.nn.Tanh()]
    torch.manual_seed(5)
    state = torch.nn.Sequential(*modules).state_dict()
    path = tmp_path / "torch.safetensors"
    safetensors_torch.save_file({f"net.{k}": v for k, v in state.items()}, path)
    assert files.import_path(str(path))
    got = wait_snapshot(
        qtbot, c, lambda s: np.array_equal(s.params["W1"], state["0.weight"].numpy())
    )
    np.testing.assert_array_equal(got.params["b3"], state["4.bias"].numpy())

    marker = tmp_path / "pwned"
    (tmp_path / "evil.pt").write_bytes(pickle.dumps(_Payload(str(marker))))
    assert not files.import_path(str(tmp_path / "evil.pt"))
    text = window.banner.label.text()
    assert "evil.pt" in text and "pickle" in text and "safetensors" in text
    assert not marker.exists()

    # export: safetensors, and the training scripts with the session's data and state
    for _ in range(3):
        c.step_batch()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 3)
    written = files.export_to(str(tmp_path / "w"), "safetensors")
    assert written == [str(tmp_path / "w.safetensors")]
    back = load_weights(written[0], expect=snap.spec)
    for k, v in snap.params.items():
        np.testing.assert_array_equal(back.params[k], v)

    for fmt in ("pytorch-train", "keras"):
        written = files.export_to(str(tmp_path / fmt.replace("-", "_")), fmt, epochs=2)
        script, data = written
        assert script.endswith(".py") and data.endswith(".npz")
        source = Path(script).read_text(encoding="utf-8")
        compile(source, script, "exec")
        assert "EPOCHS = 2" in source
        with np.load(data, allow_pickle=False) as z:  # the rows, though the capture had none
            np.testing.assert_array_equal(z["X_train"], c.dataset.X_train.astype(snap.spec.dtype))
            np.testing.assert_array_equal(z["0.weight"], snap.params["W1"])
            if fmt == "pytorch-train":  # mid-epoch: the permutation under way travels along
                assert "perm" in z.files and "START_STEP = 3" in source
