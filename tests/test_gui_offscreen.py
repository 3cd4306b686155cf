"""Views off screen draw nothing and catch up when they come into view (issue #14): Qt 6 keeps a
dock behind another tab "visible", so the Training health tab behind Step through used to
redraw its curves while training played, unseen; a closed Loss dock, or a hidden Inspector, the
same. Each keeps the latest snapshot and draws it when its dock shows again, and a figure of a
tab behind another is made from the latest state, with the tab in front put back after."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from test_gui_support import close_window, running_qthreads  # noqa: E402

from gui.loss_plot import history_upto  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.widgets.on_screen import off_screen  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, autosave=False)
    w.file_actions.modified = False
    w.resize(1400, 900)
    w.show()
    c = w.controller
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    # the first-run layout: Training health is a tab behind Step through
    qtbot.waitUntil(
        lambda: w.docks["health"] in w.tabifiedDockWidgets(w.docks["step"]), timeout=WAIT
    )
    yield w
    w.controller.pause()
    close_window(w)
    assert not running_qthreads()


def play_for(qtbot, window, steps: int) -> None:
    """Play until the window has been handed a snapshot ``steps`` steps further, then pause and
    wait for the paused snapshot."""
    c = window.controller
    start = c.latest.step
    c.play()
    qtbot.waitUntil(lambda: c.latest.running and c.latest.step >= start + steps, timeout=WAIT)
    c.pause()
    qtbot.waitUntil(lambda: not c.latest.running, timeout=WAIT)


def test_the_health_tab_behind_step_through_draws_only_when_chosen(window, qtbot):
    panel, health, step = window.health_panel, window.docks["health"], window.docks["step"]
    # both report "visible" (Qt 6), only one shows
    assert health.isVisible() and step.isVisible()
    assert off_screen(panel) and not off_screen(window.step_panel)
    before = panel.redraws
    play_for(qtbot, window, 2000)
    assert panel.redraws == before  # nothing drawn unseen
    assert panel.curve_count("grad_rms") == 0
    latest = window.controller.latest
    health.raise_()  # the learner chooses the tab: the curves of the latest snapshot, at once
    qtbot.waitUntil(lambda: not off_screen(panel), timeout=WAIT)
    assert panel.redraws == before + 1
    n_layers = len(latest.spec.layers)
    assert panel.curve_count("grad_rms") == n_layers
    drawn = panel.plots["grad_rms"].curves[0].xData
    rows = latest.health_history["step"]
    assert drawn[-1] == rows[rows <= latest.step][-1]
    assert off_screen(window.step_panel)  # now Step through is the tab behind


def test_a_closed_loss_dock_catches_up_when_opened(window, qtbot):
    plot, dock = window.loss_plot, window.docks["loss"]
    play_for(qtbot, window, 50)
    shown = len(plot.train_loss.xData)
    dock.hide()
    assert off_screen(plot)
    play_for(qtbot, window, 500)
    assert len(plot.train_loss.xData) == shown  # closed: not drawn
    dock.show()
    latest = window.controller.latest
    want = history_upto(latest.history, latest.step)
    qtbot.waitUntil(lambda: len(plot.train_loss.xData) == len(want), timeout=WAIT)
    assert plot.train_loss.xData[-1] == want.step[-1]


def test_a_hidden_inspector_shows_the_latest_step_when_opened(window, qtbot):
    inspector, dock = window.inspector, window.docks["inspector"]
    dock.hide()
    window.controller.step_phase()  # the first phase of step 1, traced
    qtbot.waitUntil(lambda: bool(window.controller.latest.trace), timeout=WAIT)
    assert inspector.page() is None or not inspector.page().current_phase
    dock.show()
    qtbot.waitUntil(
        lambda: inspector.page() is not None and bool(inspector.page().current_phase), timeout=WAIT
    )
    assert inspector.page().current_phase == window.controller.latest.trace[-1].phase


def test_a_figure_of_the_tab_behind_is_drawn_and_the_front_tab_comes_back(window, qtbot, tmp_path):
    panel, step = window.health_panel, window.docks["step"]
    play_for(qtbot, window, 2000)
    assert panel.curve_count("grad_rms") == 0  # unseen, so not drawn
    png = window.classroom.figures.export("health", str(tmp_path / "health.png"), 1.0)
    assert panel.curve_count("grad_rms") == len(window.controller.latest.spec.layers)
    assert tmp_path.joinpath("health.png").stat().st_size > 0 and png.endswith(".png")
    qtbot.waitUntil(lambda: not off_screen(window.step_panel), timeout=WAIT)
    assert not step.visibleRegion().isEmpty() and off_screen(panel)
