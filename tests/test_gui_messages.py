"""Stale messages: a banner goes once its cause is gone (issue "Reliability and security",
items 11 and 13). A bad CSV's error after a good CSV loads, "training diverged" after the data
changes or after Reset, "Nothing to step back to" after a project is opened."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.datasets import DatasetSpec  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 15_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def settle(qtbot, window, ms=300):
    """Let every event and snapshot in flight reach the window."""
    qtbot.wait(ms)
    window.controller.poll()
    QApplication.processEvents()


def shown(window) -> str:
    """The banner's text while it is visible, else ""."""
    return window.banner.label.text() if window.banner.isVisible() else ""


def write_csv(path, n=40, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = (X[:, 0] * X[:, 1] > 0).astype(int)
    rows = [f"{a!r},{b!r},{c}" for (a, b), c in zip(X.tolist(), y.tolist(), strict=True)]
    path.write_text("u,v,label\n" + "\n".join(rows) + "\n")
    return path


def diverge(window, qtbot):
    c = window.controller
    c.set_dataset(DatasetSpec(name="reg-plane"))
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss == "mse")
    c.set_spec(snap.spec.with_optimizer(lr=1e6))
    wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.lr == 1e6)
    c.play()
    snap = wait_snapshot(qtbot, c, lambda s: s.message is not None and "diverged" in s.message)
    qtbot.waitUntil(lambda: "diverged" in shown(window), timeout=WAIT)
    return snap


def test_a_bad_csv_error_goes_when_a_good_csv_loads(window, qtbot, tmp_path):
    c, panel = window.controller, window.dataset_panel
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,2,0\n3,oops,1\n5,6,0\n")
    with qtbot.waitSignal(c.errorOccurred, timeout=WAIT):
        panel.datasetRequested.emit(DatasetSpec(name="csv", path=str(bad)))
    assert "line 3" in shown(window)
    good = write_csv(tmp_path / "good.csv")
    with qtbot.waitSignal(c.datasetChanged, timeout=WAIT):
        panel.datasetRequested.emit(DatasetSpec(name="csv", path=str(good)))
    settle(qtbot, window)
    assert shown(window) == "", f"stale banner: {shown(window)!r}"
    assert "bad.csv" not in window.statusBar().currentMessage()


def test_divergence_message_goes_after_reset(window, qtbot):
    diverge(window, qtbot)
    window.act_reset.trigger()
    wait_snapshot(qtbot, window.controller, lambda s: s.step == 0 and s.message is None)
    settle(qtbot, window)
    assert "diverged" not in shown(window)
    assert "diverged" not in window.statusBar().currentMessage()


def test_divergence_message_goes_when_the_data_changes(window, qtbot):
    diverge(window, qtbot)
    c = window.controller
    with qtbot.waitSignal(c.datasetChanged, timeout=WAIT):
        c.set_dataset(DatasetSpec(name="circle"))
    wait_snapshot(qtbot, c, lambda s: s.spec.n_inputs == 2 and s.spec.loss != "mse")
    settle(qtbot, window)
    assert "diverged" not in shown(window)
    assert "diverged" not in window.statusBar().currentMessage()


def test_nothing_to_step_back_to_goes_when_a_project_opens(window, qtbot, tmp_path):
    c, files = window.controller, window.file_actions
    c.play()
    wait_snapshot(qtbot, c, lambda s: s.running and s.step > 5)
    c.pause()
    wait_snapshot(qtbot, c, lambda s: not s.running)
    path = tmp_path / "saved.bplab"
    assert files.save_to(str(path)), window.banner.label.text()
    c.step_back()  # after Play there is no traced step to go back into
    wait_snapshot(qtbot, c, lambda s: s.message is not None and "step back" in s.message)
    qtbot.waitUntil(lambda: "step back" in shown(window), timeout=WAIT)
    with qtbot.waitSignal(c.datasetChanged, timeout=WAIT):
        assert files.open_path(str(path))
    settle(qtbot, window)
    assert "step back" not in shown(window)
    assert "step back" not in window.statusBar().currentMessage()
    # caused again once the worker moved on, the same message is shown again
    c.play()
    wait_snapshot(qtbot, c, lambda s: s.running and s.message is None)
    c.pause()
    wait_snapshot(qtbot, c, lambda s: not s.running)
    c.step_back()
    qtbot.waitUntil(lambda: "step back" in shown(window), timeout=WAIT)
