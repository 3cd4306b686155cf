"""A training process that stays down (issue "Reliability and security", item 7): the window
shows the session as stopped, disables what the stopped session would drop, keeps Save
working, and Training → Restart training goes on from the last saved state."""

from __future__ import annotations

import os
import signal

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

import session.process as process  # noqa: E402
from engine.project import load_project  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(process, "MAX_RESTARTS", 0)  # the first death already stays down
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def kill_for_good(window, qtbot):
    """Two steps (a checkpoint at step 2), Play, then the training process is killed."""
    c = window.controller
    c.step_batch()
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 2)
    qtbot.wait(300)  # the checkpoint after the manual step
    c.play()
    wait_snapshot(qtbot, c, lambda s: s.running)
    pid = c.worker_pid
    with qtbot.waitSignal(c.trainingStopped, timeout=WAIT) as blocker:
        os.kill(pid, signal.SIGKILL)
    wait_snapshot(qtbot, c, lambda s: not s.running)
    qtbot.wait(100)
    QApplication.processEvents()
    return pid, blocker.args[0]


def test_a_stopped_session_shows_as_stopped_saves_and_restarts(window, qtbot, tmp_path):
    c, w = window.controller, window
    assert not w.stopped_state.act_restart.isEnabled()
    pid, message = kill_for_good(window, qtbot)
    assert c.stopped and "Restart training" in message
    # the window says so, and offers only what still works
    assert w.banner.isVisible() and "not restarted" in w.banner.label.text()
    assert w.stopped_state.label.isVisible() and w.stopped_state.label.text() == "Training stopped"
    assert w.stopped_state.act_restart.isEnabled()
    assert w.stopped_state.act_restart in w.menuBar().actions()[2].menu().actions()
    for act in (w.act_play, w.act_step_phase, w.act_step_batch, w.act_step_epoch, w.act_reset):
        assert not act.isEnabled(), act.text()
        assert "Restart training" in act.toolTip()
    assert not w.step_panel.next_button.isEnabled() and not w.hyper_panel.isEnabled()
    assert w.act_play.text() == "Play" and w.status_rate.text() == "– steps/s"
    assert not c.latest.running and c.latest.steps_per_second == 0.0
    # Save still works, from the last state the process saved
    path = tmp_path / "stopped.bplab"
    assert w.file_actions.save_to(str(path)), w.banner.label.text()
    saved = load_project(str(path))
    assert saved.state is not None and saved.state["step"] >= 2
    # Restart training: a new process, from there
    with qtbot.waitSignal(c.trainingResumed, timeout=WAIT):
        w.stopped_state.act_restart.trigger()
    assert c.worker_pid not in (None, pid)
    assert not c.stopped and not w.stopped_state.act_restart.isEnabled()
    assert not w.stopped_state.label.isVisible()
    assert w.act_play.isEnabled() and w.act_step_batch.isEnabled() and w.hyper_panel.isEnabled()
    assert w.act_play.toolTip() == "Train continuously (Space)"
    step = c.latest.step
    assert step >= saved.state["step"]
    w.act_step_batch.trigger()
    wait_snapshot(qtbot, c, lambda s: s.step == step + 1)
    QApplication.processEvents()
    assert not w.banner.isVisible() or "not restarted" not in w.banner.label.text()
