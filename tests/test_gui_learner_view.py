"""The window as a learner meets it, with a real controller and training process: a dataset
switch gives the dataset's own loss and outputs, hand steps mark the project modified, the
keyboard comes back after a typed number, the loss plot drops undone points, the timeline
can be scrubbed back and forth, Reset layout is the first-run layout, the headline elides."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402
from test_gui_support import close_window, running_qthreads, shown_window  # noqa: E402

from gui.main_window import MainWindow  # noqa: E402
from gui.widgets.elide import shown_text  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)
    assert not running_qthreads()


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def pick_dataset(qtbot, window, name):
    panel, c = window.dataset_panel, window.controller
    panel.source.setCurrentIndex(panel.source.findData(name))
    panel.source.activated.emit(panel.source.currentIndex())
    qtbot.waitUntil(lambda: c.dataset is not None and c.dataset.spec.name == name, timeout=WAIT)
    return wait_snapshot(qtbot, c, lambda s: s.spec.n_inputs == c.dataset.n_features)


def output_of(snap):
    return snap.spec.loss, snap.spec.layers[-1].activation, snap.spec.n_outputs


def test_circle_plane_circle_gives_circle_its_own_loss_and_output(window, qtbot):
    c = window.controller
    snap = pick_dataset(qtbot, window, "reg-plane")
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss == "mse")
    assert output_of(snap) == ("mse", "linear", 1)
    snap = pick_dataset(qtbot, window, "circle")
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss != "mse")
    assert output_of(snap) == ("bce", "sigmoid", 1)
    assert window.hyper_panel.loss.currentData() == "bce"
    # a loss chosen in the panel on Circle is Circle's: Two Gaussians has its own
    panel = window.hyper_panel
    panel.loss.setCurrentIndex(panel.loss.findData("mse"))
    panel.loss.activated.emit(panel.loss.currentIndex())
    wait_snapshot(qtbot, c, lambda s: s.spec.loss == "mse")
    pick_dataset(qtbot, window, "gauss")
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss != "mse")
    assert output_of(snap) == ("bce", "sigmoid", 1)
    pick_dataset(qtbot, window, "circle")
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss == "mse")
    assert output_of(snap) == ("mse", "linear", 2)


def test_stepping_by_hand_marks_the_project_modified(window, qtbot, monkeypatch):
    c, files = window.controller, window.file_actions
    assert not files.modified
    qtbot.mouseClick(window.step_panel.step_button, Qt.MouseButton.LeftButton)
    wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert files.modified and "*" in window.windowTitle()
    files.modified = False
    window.act_step_phase.trigger()  # the Right key
    wait_snapshot(qtbot, c, lambda s: s.next_phase == "forward[2]")
    assert files.modified
    # so Ctrl+Q asks before the steps are lost
    asked = []

    def cancel(*_a, **_k):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.act_quit.trigger()
    assert asked and window.isVisible()


def test_enter_or_escape_in_a_field_gives_space_back_to_play(window, qtbot):
    c, lr = window.controller, window.hyper_panel.lr
    window.docks["hyper"].raise_()
    window.activateWindow()
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus, timeout=WAIT)
    lr.selectAll()
    QTest.keyClicks(lr, "0.1")
    QTest.keyClick(lr, Qt.Key.Key_Space)  # while editing, Space types into the field
    assert lr.text() == "0.1 " and not c.latest.running
    QTest.keyClick(lr, Qt.Key.Key_Backspace)
    QTest.keyClick(lr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lr.hasFocus(), timeout=WAIT)
    wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.lr == 0.1)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Space)
    wait_snapshot(qtbot, c, lambda s: s.running)
    c.pause()
    wait_snapshot(qtbot, c, lambda s: not s.running)
    # Escape drops the edit and leaves the field too
    batch = window.hyper_panel.batch_size
    batch.setFocus()
    qtbot.waitUntil(batch.hasFocus, timeout=WAIT)
    batch.selectAll()
    QTest.keyClicks(batch, "77")
    QTest.keyClick(batch, Qt.Key.Key_Escape)
    assert not batch.hasFocus() and batch.text() == "10"
    step = c.latest.step
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    snap = wait_snapshot(qtbot, c, lambda s: len(s.trace) == 1)
    assert snap.spec.batch_size == 10 and snap.step == step
    # a spin box of the data panel too
    samples = window.dataset_panel.samples
    window.docks["data"].raise_()
    samples.setFocus()
    qtbot.waitUntil(samples.hasFocus, timeout=WAIT)
    QTest.keyClick(samples, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not samples.hasFocus(), timeout=WAIT)


def test_the_loss_curve_drops_a_step_undone(window, qtbot):
    c, plot = window.controller, window.loss_plot
    for _ in range(3):
        c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 3)
    qtbot.waitUntil(lambda: list(plot.train_loss.getData()[0]) == [0, 1, 2, 3], timeout=WAIT)
    c.step_back()  # into step 3's update: step 3 is undone
    wait_snapshot(qtbot, c, lambda s: s.step == 2 and s.next_phase == "update")
    qtbot.waitUntil(lambda: list(plot.train_loss.getData()[0]) == [0, 1, 2], timeout=WAIT)


def test_the_timeline_scrubs_back_and_forth_and_drops_the_future_only_on_training(window, qtbot):
    c, steps, plot = window.controller, window.step_panel, window.loss_plot
    for _ in range(4):
        c.step_batch()
    at4 = wait_snapshot(qtbot, c, lambda s: s.step == 4)
    qtbot.waitUntil(lambda: steps.timeline_steps == (0, 1, 2, 3, 4), timeout=WAIT)
    steps.timeline_slider.setValue(1)  # the user lets go of the handle at step 1
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert snap.timeline == (0, 1, 2, 3, 4)
    qtbot.waitUntil(lambda: steps.timeline_slider.value() == 1, timeout=WAIT)
    assert steps.timeline_slider.maximum() == 4, "viewing step 1 dropped the later steps"
    qtbot.waitUntil(lambda: list(plot.train_loss.getData()[0]) == [0, 1], timeout=WAIT)
    steps.timeline_slider.setValue(4)  # and forward again: the same weights
    back = wait_snapshot(qtbot, c, lambda s: s.step == 4)
    np.testing.assert_array_equal(back.params["W1"], at4.params["W1"])
    qtbot.waitUntil(lambda: len(plot.train_loss.getData()[0]) == 5, timeout=WAIT)
    steps.timeline_slider.setValue(2)
    wait_snapshot(qtbot, c, lambda s: s.step == 2)
    window.act_step_batch.trigger()  # training from step 2: the later steps go, and it says so
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 3)
    assert snap.timeline == (0, 1, 2, 3) and "dropped" in snap.message
    qtbot.waitUntil(lambda: "dropped" in window.banner.label.text(), timeout=WAIT)


def test_reset_layout_is_the_first_run_layout(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, autosave=False)
    try:
        w.resize(1600, 1000)
        w.show()
        qtbot.wait(200)
        shown = ("data", "output", "loss", "step", "inspector")  # hyper: the tab behind data
        first = {k: w.docks[k].size() for k in shown}
        # the learner moves things about: a dock floats, two are closed, the rest reflow
        w.docks["inspector"].setFloating(True)
        w.docks["loss"].hide()
        w.docks["output"].hide()
        qtbot.wait(100)
        assert w.docks["inspector"].isFloating() and not w.docks["output"].isVisible()
        w.act_reset_layout.trigger()
        qtbot.wait(200)
        for key, size in first.items():
            got = w.docks[key].size()
            assert not w.docks[key].isFloating() and w.docks[key].isVisible()
            # within a few pixels: the bug was a much smaller view, not a rounding
            assert abs(got.width() - size.width()) <= 32, (key, got, size)
            assert abs(got.height() - size.height()) <= 32, (key, got, size)
    finally:
        close_window(w)


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_headline_ends_in_an_ellipsis_where_it_does_not_fit(window, qtbot, size):
    window.resize(*size)
    qtbot.wait(100)
    title = window.diagram.title
    title.setText("Ready: next is forward pass, layer 1 of a rather long network headline")
    qtbot.wait(20)
    fm = title.fontMetrics()
    assert fm.horizontalAdvance(title.text()) > title.contentsRect().width()
    shown = shown_text(title)
    assert shown.endswith("…") and fm.horizontalAdvance(shown) <= title.contentsRect().width()
    assert title.toolTip() == "" or title.toolTip() == title.text()
    pixmap = title.grab()  # paints: the full text becomes the tooltip
    assert not pixmap.isNull() and title.toolTip() == title.text()
