"""Ghost runs on the loss plot, with a real training process: a pinned curve stays, faint and
labelled with what changed since ("lr 0.03 → 0.3"), while the learner changes the learning
rate and trains again; at most five stay; a right-click finds the ghost under the mouse;
the labels name every kind of change."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QPointF, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, running_qthreads  # noqa: E402

from engine.spec_rules import default_spec  # noqa: E402
from gui.controller import TrainingController  # noqa: E402
from gui.ghosts import MAX_GHOSTS, spec_differences  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    c = TrainingController(heatmap_resolution=16, start=False)
    w = MainWindow(controller=c, settings=settings, autosave=False)
    w.resize(1280, 800)
    w.show()
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    yield w
    close_window(w)
    assert not running_qthreads()


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def test_a_ghost_stays_with_its_label_while_the_learner_trains_again(window, qtbot):
    c, plot, ghosts = window.controller, window.loss_plot, window.loss_plot.ghosts
    c.step_epoch()
    first = wait_snapshot(qtbot, c, lambda s: s.step == 25)
    qtbot.waitUntil(lambda: len(plot.train_loss.getData()[0]) == 2, timeout=WAIT)
    window.compare.act_pin.trigger()
    assert len(ghosts.ghosts) == 1 and ghosts.labels == ["ghost: same settings"]
    ghost = ghosts.ghosts[0]
    x0, y0 = ghost.item.getData()
    np.testing.assert_array_equal(y0, first.history.train_loss)
    assert ghost.item in plot.loss_widget.getPlotItem().items  # the same plot
    pen = ghost.item.opts["pen"]
    assert pen.color().alpha() < 255 and pen.style() != 1  # faint and dashed
    # the learner changes the learning rate (as the panel does), starts over and trains
    window.hyper_panel.specEdited.emit(c.latest.spec.with_optimizer(lr=0.3))
    c.reset()
    c.step_epoch()
    c.step_epoch()
    again = wait_snapshot(qtbot, c, lambda s: s.step == 50 and s.spec.optimizer.lr == 0.3)
    qtbot.waitUntil(lambda: ghosts.labels == ["ghost: lr 0.03 → 0.3"], timeout=WAIT)
    qtbot.waitUntil(lambda: len(plot.train_loss.getData()[0]) == 3, timeout=WAIT)
    legend = [label.text for _s, label in plot.loss_widget.getPlotItem().legend.items]
    assert "ghost: lr 0.03 → 0.3" in legend
    x1, y1 = ghost.item.getData()
    np.testing.assert_array_equal(x1, x0)
    np.testing.assert_array_equal(y1, y0)
    assert not np.array_equal(again.history.train_loss[:2], y0)  # the new run differs
    # the view keeps it in sight, and a right-click on it finds it
    vb = plot.loss_widget.getPlotItem().getViewBox()
    x_range, y_range = vb.viewRange()
    assert x_range[1] >= x0[-1] and y_range[1] >= y0.max()
    QApplication.processEvents()
    on_curve = vb.mapViewToScene(QPointF(float(x0[1]), float(y0[1])))
    assert ghosts.ghost_at(on_curve) is ghost
    assert ghosts.ghost_at(vb.mapViewToScene(QPointF(float(x0[1]), float(y0.max()) * 3))) is None


def test_at_most_five_ghosts_stay_and_clear_removes_them(window, qtbot):
    c, ghosts = window.controller, window.loss_plot.ghosts
    plot_items = window.loss_plot.loss_widget.getPlotItem().items
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert not window.compare.act_clear_ghosts.isEnabled()
    for _ in range(MAX_GHOSTS + 1):
        window.compare.act_pin.trigger()
    assert len(ghosts.ghosts) == MAX_GHOSTS
    assert sum(1 for g in ghosts.ghosts if g.item in plot_items) == MAX_GHOSTS
    colors = {g.item.opts["pen"].color().getRgb()[:3] for g in ghosts.ghosts}
    assert len(colors) == MAX_GHOSTS
    gone = ghosts.ghosts[0]
    ghosts.remove(gone)
    assert gone.item not in plot_items and len(ghosts.ghosts) == MAX_GHOSTS - 1
    assert window.compare.act_clear_ghosts.isEnabled()
    window.compare.act_clear_ghosts.trigger()
    assert not ghosts.ghosts and not window.compare.act_clear_ghosts.isEnabled()
    legend = [label.text for _s, label in window.loss_plot.loss_widget.getPlotItem().legend.items]
    assert not any(text.startswith("ghost") for text in legend)


def test_the_labels_name_what_changed():
    a = default_spec()
    b = a.with_optimizer(name="adam", lr=0.01).replace(batch_size=25, l2=0.001)
    diffs = spec_differences(a, b, "circle", "spiral")
    assert diffs[:4] == ["data circle → spiral", "optimizer SGD → Adam", "lr 0.03 → 0.01",
                         "batch size 10 → 25"]  # fmt: skip
    assert "L2 0 → 0.001" in diffs
    assert spec_differences(a, a) == []
