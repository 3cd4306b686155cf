"""The Race dock with a real training worker: a race of three optimizers draws three curves
and three decision maps, "Make main network" gives the main network that run's weights, a
saved project keeps the race and reopens with its curves, and the Compare… dialog names a
bad choice before anything is sent."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402
from test_gui_support import close_window, running_qthreads  # noqa: E402

from engine.project import load_project  # noqa: E402
from gui.controller import TrainingController  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.run_colors import run_color  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 30_000


def make_window(qtbot, tmp_path, worker=None):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    c = TrainingController(heatmap_resolution=16, start=False, worker=worker)
    w = MainWindow(controller=c, settings=settings, autosave=False)
    w.file_actions.modified = False
    w.show()
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    return w


def close_and_check(w):
    close_window(w)
    assert not running_qthreads()


@pytest.fixture
def window(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    yield w
    close_and_check(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def finished(s) -> bool:
    return s.race is not None and s.race["state"] == "finished"


def legend_texts(plot) -> list[str]:
    return [label.text for _sample, label in plot.legend.items]


def test_a_race_of_three_optimizers_draws_three_curves_and_three_maps(window, qtbot):
    c, tools = window.controller, window.compare
    dialog = tools.race_dialog()
    dialog.select("optimizer", ["sgd", "momentum", "adam"])
    dialog.epochs.setValue(3)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    tools.start_race(dialog.grid(), dialog.epochs.value(), dialog.target_loss())
    snap = wait_snapshot(qtbot, c, finished)
    dock = tools.race_dock
    assert window.docks["race"].isVisible() and window.file_actions.modified
    qtbot.waitUntil(lambda: len(dock.curves) == 3, timeout=WAIT)
    # named as the window names the optimizers elsewhere (the toy surfaces, the panel)
    assert [curve.name() for curve in dock.curves] == ["SGD", "Momentum", "Adam"]
    assert legend_texts(dock.plot) == ["SGD", "Momentum", "Adam"]
    colors = [curve.opts["pen"].color().getRgb()[:3] for curve in dock.curves]
    assert colors == [run_color(i) for i in range(3)] and len(set(colors)) == 3
    for curve, run in zip(dock.curves, snap.race["runs"], strict=True):
        x, y = curve.getData()
        np.testing.assert_array_equal(y, run["curves"]["train_loss"])
        assert list(x) == [0, 1, 2, 3]  # epochs since the race began
    assert dock.maps.map_count == 3
    assert [t.text for t in dock.maps._titles] == ["SGD", "Momentum", "Adam"]
    for img, run_map in zip(dock.maps.images, snap.race["decision"], strict=True):
        np.testing.assert_array_equal(img.image, run_map)
    assert dock.table.rowCount() == 3
    assert [dock.table.item(i, 0).text() for i in range(3)] == ["SGD", "Momentum", "Adam"]
    assert dock.table.item(2, 2).text() == f"{snap.race['table'][2]['train_loss']:.4g}"
    assert dock.table.item(0, 1).text() == "done"
    # the main network did not move
    assert snap.step == 0 and not dock.pause_button.isEnabled()


def test_a_saved_project_keeps_the_race_and_reopens_with_its_curves(window, qtbot, tmp_path):
    c, tools = window.controller, window.compare
    tools.start_race({"lr": [0.01, 0.1]}, 2, 0.5)
    wait_snapshot(qtbot, c, finished)
    # a new target loss: the table counts the steps each run took to reach it
    dock = tools.race_dock
    dock.target.setText("0.69")
    dock.target.editingFinished.emit()
    snap = wait_snapshot(qtbot, c, lambda s: s.race["target_loss"] == 0.69)
    header = dock.table.horizontalHeaderItem
    qtbot.waitUntil(lambda: header(6).text() == "Steps to\nloss 0.69", timeout=WAIT)
    reached = [row["steps_to_target"] for row in snap.race["table"]]
    assert reached[1] is not None
    assert [dock.table.item(i, 6).text() for i in range(2)] == [
        "—" if r is None else str(r) for r in reached
    ]
    path = str(tmp_path / "raced.bplab")
    assert window.file_actions.save_to(path)
    race = load_project(path).race
    assert race is not None and [r.label for r in race.runs] == ["0.01", "0.1"]
    np.testing.assert_array_equal(
        race.runs[1].curves["train_loss"], snap.race["runs"][1]["curves"]["train_loss"]
    )
    c.race_close()
    wait_snapshot(qtbot, c, lambda s: s.race is None)
    assert not tools.race_dock.curves
    assert window.file_actions.open_path(path)
    shown = wait_snapshot(qtbot, c, lambda s: s.race is not None and s.race["state"] == "saved")
    qtbot.waitUntil(lambda: len(dock.curves) == 2, timeout=WAIT)
    np.testing.assert_array_equal(
        dock.curves[1].getData()[1], shown.race["runs"][1]["curves"]["train_loss"]
    )
    dock.table.selectRow(0)
    assert not dock.promote_button.isEnabled(), "a reopened race cannot be promoted"
    assert "saved" in dock.status.text()


def test_make_main_network_gives_it_that_runs_weights(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path, worker="thread")  # the run's own trainer can be read
    try:
        c, dock = w.controller, w.compare.race_dock
        w.compare.start_race({"lr": [0.01, 0.3]}, 2)
        snap = wait_snapshot(qtbot, c, finished)
        qtbot.waitUntil(lambda: dock.table.rowCount() == 2, timeout=WAIT)
        run = c._worker._race.runs[1].trainer  # the race is over: its trainers are idle
        weights = {k: np.array(v) for k, v in run.network.get_parameters().items()}
        steps = int(snap.race["table"][1]["step"])
        assert not dock.promote_button.isEnabled()  # no run selected yet
        dock.table.selectRow(1)
        assert dock.promote_button.isEnabled()
        qtbot.mouseClick(dock.promote_button, Qt.MouseButton.LeftButton)
        promoted = wait_snapshot(qtbot, c, lambda s: s.step == steps)
        assert promoted.spec.optimizer.lr == 0.3
        assert set(promoted.params) == set(weights)
        for name, value in weights.items():
            np.testing.assert_array_equal(promoted.params[name], value)
        other = c._worker._race.runs[0].trainer.network.get_parameters()
        assert not np.array_equal(promoted.params["W1"], other["W1"])
        assert w.file_actions.modified
    finally:
        close_and_check(w)


def test_the_dialog_names_a_bad_choice(qtbot):
    from engine.spec_rules import default_spec
    from gui.race_dialog import RaceDialog

    dialog = RaceDialog(default_spec(), 250, 0.69)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.grid() == {"optimizer": ["sgd", "momentum", "adam"]} and ok.isEnabled()
    assert dialog.target_loss() == 0.1  # a fifth of the loss, rounded
    dialog.select("lr")
    assert dialog.grid() == {"lr": [0.003, 0.03, 0.3]}
    dialog.numbers.setText("0.1")
    assert not ok.isEnabled() and "2 to 6" in dialog.problem.text()
    dialog.numbers.setText("0.1, fast")
    assert not ok.isEnabled() and "fast" in dialog.problem.text()
    dialog.select("batch_size")
    assert dialog.grid() == {"batch_size": [1, 10, 50]} and ok.isEnabled()
    dialog.select("activation", ["relu"])
    assert not ok.isEnabled()


def test_other_data_shows_each_runs_accuracy_as_a_bar(qtbot):
    from engine.datasets import DatasetSpec, load_dataset
    from gui.race_maps import RaceMaps

    maps = RaceMaps()
    qtbot.addWidget(maps)
    maps.set_dataset(load_dataset(DatasetSpec(name="iris")))
    rows = [
        {"label": "sgd", "test_accuracy": 0.5, "train_accuracy": 0.6},
        {"label": "adam", "test_accuracy": 0.9, "train_accuracy": 0.95},
    ]
    race = {"runs": [{"label": r["label"]} for r in rows], "table": rows, "decision": None}
    maps.show_race(race, 3)
    assert maps.currentWidget() is maps.bars_widget and maps.map_count == 0
    assert maps.bar_heights == [0.5, 0.9]
    brushes = maps.bars.opts["brushes"]
    assert [b.color().getRgb()[:3] for b in brushes] == [run_color(0), run_color(1)]
    assert maps.bars_widget.getPlotItem().getAxis("left").labelText == "test accuracy"
    assert maps.title() == "Accuracy"
    # regression data: the bars are each run's loss, and the tab says so
    maps.set_dataset(load_dataset(DatasetSpec(name="reg-plane")))
    rows = [{"label": "sgd", "test_loss": 0.2, "train_loss": 0.1}]
    maps.show_race({"runs": [{"label": "sgd"}], "table": rows, "decision": None}, 1)
    assert maps.bar_heights == [0.2] and maps.title() == "Final loss"


def test_pause_resume_and_stop_steer_the_race(window, qtbot):
    c, dock = window.controller, window.compare.race_dock
    window.compare.start_race({"batch_size": [5, 25]}, 10_000)
    wait_snapshot(qtbot, c, lambda s: s.race is not None and s.race["state"] == "running")
    qtbot.waitUntil(lambda: dock.pause_button.isEnabled(), timeout=WAIT)
    assert dock.pause_button.text() == "Pause"
    dock.pause_button.click()
    wait_snapshot(qtbot, c, lambda s: s.race["state"] == "paused")
    qtbot.waitUntil(lambda: dock.pause_button.text() == "Resume", timeout=WAIT)
    dock.pause_button.click()
    wait_snapshot(qtbot, c, lambda s: s.race["state"] == "running")
    dock.stop_button.click()
    snap = wait_snapshot(qtbot, c, finished)
    assert [row["status"] for row in snap.race["table"]] == ["stopped", "stopped"]
    qtbot.waitUntil(lambda: not dock.stop_button.isEnabled(), timeout=WAIT)
    assert dock.table.item(0, 1).text() == "stopped"
    dock.close_button.click()
    wait_snapshot(qtbot, c, lambda s: s.race is None)
    qtbot.waitUntil(lambda: dock.stack.currentIndex() == 0 and not dock.curves, timeout=WAIT)
