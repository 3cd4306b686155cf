"""Opening a project in the window: missing or changed data is asked about before anything is
replaced, a project whose data cannot be used never becomes the document, and any file that
cannot be read gets one message naming it (security issue items 3, 4 and 6)."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

import gui.data_prompts as prompts  # noqa: E402
from engine.datasets import DatasetSpec, load_dataset  # noqa: E402
from engine.project import Project, load_project, save_project  # noqa: E402
from engine.spec import NetworkSpec  # noqa: E402
from engine.training import Trainer  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 15_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def write_csv(path, n=40, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    lines = ["u,v,label"] + [
        f"{float(a)!r},{float(b)!r},{c}" for (a, b), c in zip(X, y, strict=True)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def trained_project(tmp_path, n=40):
    csv = write_csv(tmp_path / "points.csv", n)
    ds = load_dataset(DatasetSpec(name="csv", path=str(csv), test_ratio=0.25))
    spec = NetworkSpec.simple(2, (3,), 2, activation="tanh", loss="cce", lr=0.1, batch_size=5)
    tr = Trainer(spec, ds.X_train, ds.y_train, ds.X_test, ds.y_test)
    tr.run_steps(7)
    project = Project.from_trainer(tr, ds.spec, preprocessing=ds.preprocessing.to_dict())
    path = tmp_path / "trained.bplab"
    save_project(path, project)
    return path, csv, tr


def test_a_project_whose_data_moved_does_not_become_the_document(
    window, qtbot, tmp_path, monkeypatch
):
    path, csv, _ = trained_project(tmp_path)
    elsewhere = tmp_path / "moved"
    elsewhere.mkdir()
    shutil.move(csv, elsewhere / "renamed.csv")
    asked = []
    monkeypatch.setattr(prompts, "ask_locate", lambda *a: asked.append(a) or None)
    fa, c = window.file_actions, window.controller
    assert not fa.open_path(str(path))
    assert asked and asked[0][2] == str(csv)  # it named the missing file
    assert fa.path is None and "trained" not in window.windowTitle()
    assert c.dataset.spec.name == "circle"  # the session in the window is untouched
    # located: it opens, and becomes the document once its data has loaded
    monkeypatch.setattr(prompts, "ask_locate", lambda *a: str(elsewhere / "renamed.csv"))
    assert fa.open_path(str(path))
    qtbot.waitUntil(lambda: fa.path == str(path), timeout=WAIT)
    assert c.dataset.spec.name == "csv" and c.dataset.spec.path.endswith("renamed.csv")
    assert fa.modified  # the located path is not in the file until it is saved
    assert window.windowTitle().startswith("trained.bplab*")


def test_changed_data_is_asked_about_and_training_on_saves_a_project_the_cli_accepts(
    window, qtbot, tmp_path, monkeypatch
):
    path, csv, _ = trained_project(tmp_path)
    write_csv(csv, n=41, seed=0)  # one more row: the data changed
    monkeypatch.setattr(prompts, "ask_train_on_changed", lambda *a: False)
    fa, c = window.file_actions, window.controller
    assert not fa.open_path(str(path))
    assert fa.path is None and c.dataset.spec.name == "circle"
    monkeypatch.setattr(prompts, "ask_train_on_changed", lambda *a: True)
    assert fa.open_path(str(path))
    qtbot.waitUntil(lambda: fa.path == str(path), timeout=WAIT)
    step = c.latest.step
    c.step_batch()
    qtbot.waitUntil(lambda: c.latest is not None and c.latest.step == step + 1, timeout=WAIT)
    out = tmp_path / "trained-on.bplab"
    assert fa.save_to(str(out))
    saved = load_project(out)
    trainer, data = saved.make_trainer()  # the CLI's check: same data, same rows
    assert trainer.n_train == data.X_train.shape[0] and trainer.step_count == step + 1


def test_a_project_that_cannot_be_read_gets_one_message_naming_it(window, qtbot, tmp_path):
    path, _, _ = trained_project(tmp_path)
    text = path.read_text()
    huge = tmp_path / "huge-int.bplab"
    huge.write_text(text.replace('"epoch": 1', '"epoch": ' + "9" * 5000, 1))
    wide = tmp_path / "wide.bplab"
    doc = json.loads(text)  # two 100,000-wide hidden layers: ~10 billion weights
    hidden = dict(doc["spec"]["layers"][0], units=100_000)
    doc["spec"]["layers"] = [hidden, hidden, doc["spec"]["layers"][-1]]
    wide.write_text(json.dumps(doc))
    fa = window.file_actions
    for bad, cause in ((huge, "corrupt"), (wide, "of memory")):
        assert not fa.open_path(str(bad))
        shown = window.banner.label.text()
        assert str(bad) in shown and cause in shown, shown
        assert fa.path is None
    assert window.controller.dataset.spec.name == "circle"
