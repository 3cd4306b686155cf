"""Watching training happen, in the window with a real training process: at the slowest speed
every step is drawn, the speed is kept and follows [ and ]; the Training health dock draws a
curve per layer; the note bar names vanishing gradients, dead ReLUs and overfitting (with the
best epoch marked on the loss plot); "Don't show again" is remembered."""

from __future__ import annotations

import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, running_qthreads, shown_window  # noqa: E402

from engine.datasets import DatasetSpec  # noqa: E402
from engine.network import initial_parameters  # noqa: E402
from engine.spec import LayerSpec, NetworkSpec  # noqa: E402
from gui.notes_bar import NotesBar  # noqa: E402
from gui.speed_control import SETTINGS_KEY, SpeedControl  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 20_000


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)
    assert not running_qthreads()


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def use(qtbot, window, spec, dataset=None):
    """A new dataset and network, as the panels would send them, paused at step 0."""
    c = window.controller
    c.pause()
    if dataset is not None:
        c.set_dataset(dataset)
        qtbot.waitUntil(lambda: c.dataset is not None and c.dataset.spec == dataset, timeout=WAIT)
    c.set_spec(spec)
    c.reset()
    return wait_snapshot(
        qtbot, c, lambda s: s.spec.sizes == spec.sizes and s.step == 0 and not s.running
    )


def test_at_the_slowest_speed_every_step_is_drawn_at_about_30_a_second(window, qtbot, settings):
    c, speed = window.controller, window.speed
    assert speed.speed is None  # full speed unless chosen
    speed.slider.setValue(0)
    assert c.speed == 30.0 and settings.value(SETTINGS_KEY) in (0, "0")
    drawn: list[tuple[float, int, float]] = []  # (time, step, last loss point's step)
    # the diagram's edges and heatmaps, and the output map, are drawn for each step too: the
    # real drawing methods run, each call counted on its way through
    diagram, calls = window.diagram, {"edges": 0, "heatmaps": 0}
    partial = []  # steps whose diagram or output map was not drawn from that step's snapshot

    def counted(name, method):
        def through(*args):
            calls[name] += 1
            return method(*args)

        return through

    diagram._draw_edges_and_nodes = counted("edges", diagram._draw_edges_and_nodes)
    diagram.scene.show_heatmaps = counted("heatmaps", diagram.scene.show_heatmaps)

    def on_snapshot(snap):  # connected after the window's own show_snapshot: drawn by now
        if snap.running:
            x = window.loss_plot.train_loss.xData
            drawn.append((time.perf_counter(), snap.step, float(x[-1]) if x is not None else -1))
            if calls != {"edges": 1, "heatmaps": 1} or (
                window.output_view._shown_image is not snap.extra["decision"]
            ):
                partial.append((snap.step, dict(calls)))
        calls.update(edges=0, heatmaps=0)

    c.snapshotReady.connect(on_snapshot)
    c.play()
    qtbot.waitUntil(lambda: len(drawn) >= 10, timeout=WAIT)
    drawn.clear()
    qtbot.wait(3000)
    c.pause()
    wait_snapshot(qtbot, c, lambda s: not s.running)
    c.snapshotReady.disconnect(on_snapshot)
    steps = [s for _t, s, _x in drawn]
    assert len(steps) >= 30, steps
    missing = sorted(set(range(steps[0], steps[-1] + 1)) - set(steps))
    assert not missing, f"steps never drawn: {missing}"
    assert len(steps) == steps[-1] - steps[0] + 1  # one snapshot per step, none twice
    rate = (steps[-1] - steps[0]) / (drawn[-1][0] - drawn[0][0])
    assert 20 <= rate <= 40, f"{rate:.1f} steps a second"
    # the loss curve's newest point is the step drawn
    assert all(x == s for _t, s, x in drawn), [(s, x) for _t, s, x in drawn if x != s][:5]
    assert not partial, f"steps drawn only in part (step, calls): {partial[:5]}"


def test_speed_keys_and_the_saved_speed(window, qtbot, settings):
    speed, c = window.speed, window.controller
    assert window.speed.act_slower.shortcut().toString() == "["
    speed.act_slower.trigger()
    assert speed.slider.value() == speed.slider.maximum() - 1 and c.speed == 30_000.0
    speed.act_faster.trigger()
    assert c.speed is None and not speed.act_faster.isEnabled()
    for _ in range(10):
        speed.act_slower.trigger()
    assert speed.slider.value() == 0 and not speed.act_slower.isEnabled()
    speed.act_faster.trigger()
    assert c.speed == 100.0
    # the keys themselves; typed into a field, [ is a character, not a speed
    window.activateWindow()
    window.diagram.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketRight)
    assert c.speed == 300.0
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_BracketLeft)
    assert c.speed == 100.0
    lr = window.hyper_panel.lr
    window.docks["hyper"].raise_()
    lr.setFocus()
    qtbot.waitUntil(lr.hasFocus, timeout=WAIT)
    QTest.keyClick(lr, Qt.Key.Key_BracketLeft)
    assert "[" in lr.text() and c.speed == 100.0
    QTest.keyClick(lr, Qt.Key.Key_Escape)
    again = SpeedControl(settings)  # the next start
    assert again.speed == 100.0
    settings.setValue(SETTINGS_KEY, "nonsense")
    assert SpeedControl(settings).speed is None


def deep_sigmoid() -> NetworkSpec:
    spec = NetworkSpec.simple(2, (8,) * 6, 1, activation="sigmoid", loss="bce", batch_size=10)
    return spec.replace(init="xavier").validated()


def test_vanishing_gradients_and_dead_relus_in_the_health_dock_and_the_note_bar(window, qtbot):
    c, bar, panel = window.controller, window.notes_bar, window.health_panel
    window.docks["health"].raise_()
    use(qtbot, window, deep_sigmoid())
    c.play()
    qtbot.waitUntil(lambda: "vanishing-gradients" in bar.shown_ids(), timeout=60_000)
    c.pause()
    snap = wait_snapshot(qtbot, c, lambda s: not s.running)
    qtbot.waitUntil(lambda: panel.curve_count("grad_rms") == 7, timeout=WAIT)
    assert panel.curve_count("update_ratio") == 7
    assert panel.curve_count("saturated") == 6  # the sigmoid output under cross-entropy is not
    assert panel.curve_count("dead") == 0  # no ReLU layer
    assert "7" in panel.legend.text() and "output" in panel.legend.text()
    # the first layer's gradient curve lies far below the last one's (log10 values): 100×
    # apart where the note's rule held, and far apart still at the end (the last point is the
    # one measured at Pause, a step later than the rule's)
    first, last = panel.plots["grad_rms"].curves[0], panel.plots["grad_rms"].curves[6]
    n = min(len(first.yData), len(last.yData))
    gap = np.asarray(last.yData[-n:]) - np.asarray(first.yData[-n:])
    assert gap.max() > 2 and np.median(gap[-10:]) > 1.5, gap[-10:]
    assert bar.shown_ids()[0] == "vanishing-gradients"  # warnings first
    assert "Vanishing gradients" in bar.rows["vanishing-gradients"].text.text()
    assert snap.notes[0]["id"] == "vanishing-gradients"
    # one note open at a time: the second folds to its name until its "show" is clicked
    second = bar.rows[bar.shown_ids()[1]]
    assert not second.expanded and 'href="expand:' in second.text.text()
    bar.open_link(f"expand:{second.note_id}")
    assert second.expanded and not bar.rows["vanishing-gradients"].expanded

    spec = NetworkSpec(2, (LayerSpec(8, "relu"), LayerSpec(1, "sigmoid")), loss="bce").validated()
    use(qtbot, window, spec)
    params = initial_parameters(spec)
    params["b1"][:] = -5.0
    c.set_parameters(params)
    c.play()
    qtbot.waitUntil(lambda: "dead-relu" in bar.shown_ids(), timeout=60_000)
    c.pause()
    wait_snapshot(qtbot, c, lambda s: not s.running)
    assert "vanishing-gradients" not in bar.shown_ids()
    qtbot.waitUntil(lambda: panel.curve_count("dead") == 1, timeout=WAIT)
    assert panel.plots["dead"].curves[0].yData[-1] == 100.0  # every unit of layer 1
    assert panel.curve_count("saturated") == 0
    assert "0 in layer 1" in panel.plots["grad_rms"].caption.text()  # no gradient reaches it
    row = bar.rows["dead-relu"]
    assert "8 of the 8 units of layer 1" in row.text.text()
    assert 'href="glossary:dead-relu"' in row.text.text()
    opened = []
    bar.glossaryRequested.connect(opened.append)
    row.text.linkActivated.emit("glossary:dead-relu")
    assert opened == ["dead-relu"] and window.glossary_window.current == "dead-relu"
    window.glossary_window.close()


def test_overfitting_marks_the_best_epoch_and_says_what_early_stopping_does(window, qtbot):
    c, bar, plot = window.controller, window.notes_bar, window.loss_plot
    noisy = DatasetSpec(name="circle", noise=0.5, test_ratio=0.98, samples=500)
    spec = NetworkSpec.simple(2, (8, 8), 1, activation="tanh", loss="bce", batch_size=10)
    spec = spec.with_optimizer(name="adam", lr=0.01).validated()
    assert spec.l1 == spec.l2 == spec.dropout == 0 and spec.patience is None
    use(qtbot, window, spec, noisy)
    assert plot.best_line is None or not plot.best_line.isVisible()
    c.play()

    def marked() -> bool:
        line = plot.best_line
        return "overfitting" in bar.shown_ids() and line is not None and line.isVisible()

    qtbot.waitUntil(marked, timeout=60_000)
    snap = c.latest  # the snapshot drawn last: no event ran since the check
    note = next(n for n in snap.notes if n["id"] == "overfitting")
    c.pause()
    values = note["values"]
    assert plot.best_line.value() == values["best_step"]
    label = plot.best_line.label.toPlainText()
    assert str(int(values["best_epoch"])) in label
    stop = plot.stop_line.label.toPlainText()
    assert "early stop" in stop and str(int(values["stop_epoch"])) in stop
    assert "early stopping would stop here" in plot.stop_line.toolTip()
    # 10 training rows, batch 10: an epoch is a step
    assert (
        plot.stop_line.value() == values["best_step"] + values["stop_epoch"] - values["best_epoch"]
    )
    bar.open_link("expand:overfitting")  # the one open (it is, unless another note came first)
    text = bar.rows["overfitting"].text.text()
    assert "Early stopping would have stopped at epoch" in text
    assert str(int(values["best_epoch"])) in text


def test_dont_show_again_is_remembered_and_the_view_menu_turns_it_back_on(window, qtbot, settings):
    bar, c = window.notes_bar, window.controller
    qtbot.waitUntil(lambda: "mini-batch" in bar.shown_ids(), timeout=WAIT)  # batch 10 of 250
    qtbot.mouseClick(bar.rows["mini-batch"].never, Qt.MouseButton.LeftButton)
    assert "mini-batch" not in bar.shown_ids() and bar.isHidden()
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert "mini-batch" in [n["id"] for n in c.latest.notes] and bar.isHidden()
    settings.sync()
    later = NotesBar(QSettings(settings.fileName(), QSettings.Format.IniFormat))  # the next start
    later.show_snapshot(c.latest)
    assert later.hidden_ids() == {"mini-batch"} and later.shown_ids() == []
    # View → Notes: the kind of note turned off is unchecked; checking it shows it again
    menu = bar.menu
    assert menu is not None and menu.title() == "Notes"
    menu.aboutToShow.emit()
    act = next(a for a in menu.actions() if a.text() == "Mini-batch gradient descent")
    assert act.isCheckable() and not act.isChecked()
    act.trigger()
    assert bar.hidden_ids() == set()
    qtbot.waitUntil(lambda: "mini-batch" in bar.shown_ids(), timeout=WAIT)
    # × hides a note only until it comes up again
    qtbot.mouseClick(bar.rows["mini-batch"].close_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden() and bar.hidden_ids() == set()
    assert bar._dismissed == {"mini-batch"}


def test_the_health_tab_grows_tall_enough_to_read_when_chosen(window, qtbot):
    window.resize(1400, 1000)
    step, dock = window.docks["step"], window.docks["health"]
    qtbot.waitUntil(lambda: window.height() == 1000, timeout=WAIT)
    window.resizeDocks([step], [170], Qt.Orientation.Vertical)  # a low bottom row
    qtbot.waitUntil(lambda: step.height() < 200, timeout=WAIT)
    low = step.height()
    dock.raise_()  # the learner picks the Training health tab: its curves get room
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() >= 250, timeout=WAIT)
    assert dock.height() >= low + 50 and dock.height() <= window.height() // 3 + 10
