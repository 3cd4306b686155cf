"""The main window with a real worker thread: play/pause/step counts, hyper-parameters and data
reaching the worker, reset, divergence, timeline, closing during training, live plotting."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, process_alive, running_qthreads, shown_window  # noqa: E402

from engine.datasets import DatasetSpec  # noqa: E402
from engine.network import initial_parameters  # noqa: E402
from engine.trace import phase_names  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    """Fail a test that leaves a running QThread or an open top-level window behind (as napari does)."""
    before = {id(w) for w in QApplication.topLevelWidgets()}
    yield
    QApplication.processEvents()
    threads = running_qthreads()
    assert not threads, f"QThreads still running after the test: {threads}"
    left = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in before and w.graphicsProxyWidget() is None
    ]
    assert not left, f"windows left open: {left}"


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def test_default_session_is_playgrounds(window):
    """circle data on 2 → 4 → 2 → 1 tanh, bce with a sigmoid output, SGD lr 0.03, batch 10."""
    snap = window.controller.latest
    spec = snap.spec
    assert "Backprop Lab" in window.windowTitle()
    assert spec.sizes == (2, 4, 2, 1)
    assert [ly.activation for ly in spec.layers] == ["tanh", "tanh", "sigmoid"]
    assert (spec.loss, spec.optimizer.name, spec.optimizer.lr, spec.batch_size) == (
        "bce",
        "sgd",
        0.03,
        10,
    )
    assert window.controller.dataset.spec.name == "circle"
    assert snap.heatmaps is not None and len(snap.heatmaps) == 4
    assert snap.heatmaps[0].shape[0] == 2 and snap.heatmaps[-1].shape[0] == 1


def test_play_pause_and_step_counts(window, qtbot):
    c = window.controller
    c.play()
    wait_snapshot(qtbot, c, lambda s: s.running and s.step > 50)
    assert window.act_play.text() == "Pause"
    c.pause()
    snap = wait_snapshot(qtbot, c, lambda s: not s.running)
    assert window.act_play.text() == "Play"
    paused_at = snap.step
    qtbot.wait(300)
    c.poll()
    assert c.latest.step == paused_at, "training went on after Pause"
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == paused_at + 1)
    n_phases = len(phase_names(3))
    for _i in range(n_phases - 1):
        c.step_phase()
    snap = wait_snapshot(qtbot, c, lambda s: len(s.trace) == n_phases - 1)
    assert snap.step == paused_at + 1 and snap.next_phase == "update"
    c.step_phase()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == paused_at + 2)
    assert snap.next_phase is None and [r.phase for r in snap.trace] == phase_names(3)
    # the keyboard: Right is the next phase, Left goes back
    window.act_step_phase.trigger()
    snap = wait_snapshot(qtbot, c, lambda s: s.next_phase == "forward[2]")
    window.act_step_back.trigger()
    snap = wait_snapshot(
        qtbot,
        c,
        lambda s: s.next_phase is None and len(s.trace) == 0 or s.next_phase == "forward[1]",
    )
    assert snap.step == paused_at + 2


def test_hyperparameter_change_reaches_the_worker(window, qtbot):
    c, panel = window.controller, window.hyper_panel
    c.play()
    panel.lr.setText("0.1")
    panel.lr.editingFinished.emit()
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.lr == 0.1 and s.step > 0)
    assert snap.running, "a hyper-parameter change must not stop training"
    # a bad number names the field and is not applied
    panel.batch_size.setText("ten")
    panel.batch_size.editingFinished.emit()
    assert "Batch size" in panel.message.text()
    assert "Batch size" in window.banner.label.text()
    panel.optimizer.setCurrentIndex(panel.optimizer.findData("adam"))
    panel.optimizer.activated.emit(panel.optimizer.currentIndex())
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.name == "adam")
    assert snap.spec.batch_size == 10 and snap.spec.optimizer.lr == 0.1
    assert not panel.form.isRowVisible(panel.momentum) and panel.form.isRowVisible(panel.beta1)
    c.pause()


def test_dataset_switch_to_iris_shows_a_true_confusion_matrix(window, qtbot):
    c, panel = window.controller, window.dataset_panel
    panel.source.setCurrentIndex(panel.source.findData("iris"))
    panel.source.activated.emit(panel.source.currentIndex())
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.n_inputs == 4 and "confusion" in s.extra)
    assert snap.spec.sizes == (4, 4, 2, 3) and snap.spec.loss == "cce"
    assert snap.heatmaps is None
    assert not window.busy.isVisible()  # the "loading" indicator went away with the new data
    if snap.step == 0:  # a new dataset starts from the seed's initial weights
        init = initial_parameters(snap.spec)
        for k, v in init.items():
            np.testing.assert_array_equal(snap.params[k], v.astype(snap.spec.dtype))
    ds = c.dataset
    assert ds.spec.name == "iris"
    # independent computation: forward pass with NumPy on the snapshot's weights
    a = ds.X_test.astype(np.float32)
    for k, layer in enumerate(snap.spec.layers, start=1):
        z = a @ snap.params[f"W{k}"].T + snap.params[f"b{k}"]
        a = np.tanh(z) if layer.activation == "tanh" else np.exp(z - z.max(1, keepdims=True))
    pred = a.argmax(axis=1)
    expected = np.zeros((3, 3), dtype=int)
    for t, p in zip(ds.y_test, pred, strict=True):
        expected[t, p] += 1
    np.testing.assert_array_equal(snap.extra["confusion"], expected)
    assert window.output_view.stack.currentWidget() is window.output_view.cm_widget


def test_reset_brings_back_the_same_initial_weights(window, qtbot):
    c = window.controller
    first = c.latest
    spec = first.spec
    expected = {k: v.astype(spec.dtype) for k, v in initial_parameters(spec).items()}
    for k in expected:
        np.testing.assert_array_equal(first.params[k], expected[k])
    c.play()
    snap = wait_snapshot(qtbot, c, lambda s: s.step > 100)
    assert not np.array_equal(snap.params["W1"], expected["W1"])
    window.act_reset.trigger()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 0 and not s.running)
    for k in expected:
        np.testing.assert_array_equal(snap.params[k], expected[k])
    assert len(snap.history) == 1


def test_divergence_pauses_and_says_where(window, qtbot):
    c = window.controller
    c.set_dataset(DatasetSpec(name="reg-plane"))
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.loss == "mse")
    c.set_spec(snap.spec.with_optimizer(lr=1e6))
    wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.lr == 1e6)
    c.play()
    snap = wait_snapshot(qtbot, c, lambda s: s.message is not None and "diverged" in s.message)
    assert not snap.running
    assert f"step {snap.step}" in snap.message and "learning rate" in snap.message
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=WAIT)
    assert "diverged" in window.banner.label.text()
    # the window keeps working: a lower learning rate and Reset train again
    c.set_spec(snap.spec.with_optimizer(lr=0.01))
    c.reset()
    c.play()
    snap = wait_snapshot(qtbot, c, lambda s: s.running and s.step > 20 and s.message is None)
    c.pause()
    assert np.isfinite(snap.params["W1"]).all()


def test_timeline_restore_and_weight_edit(window, qtbot):
    c = window.controller
    for _ in range(3):
        c.step_batch()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 3)
    assert set(snap.timeline) >= {0, 1, 2, 3}
    c.restore_timeline(1)
    snap1 = wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert max(snap1.timeline) == 3  # viewing step 1 keeps the later steps to come back to
    # step 1 again from the restored state equals the first time through: replay two steps
    c.step_batch()
    c.step_batch()
    snap3 = wait_snapshot(qtbot, c, lambda s: s.step == 3 and max(s.timeline) == 3)
    for k in snap.params:
        np.testing.assert_array_equal(snap3.params[k], snap.params[k])
    window.diagram.weightEdited.emit("W2", (1, 0), 0.625)
    snap = wait_snapshot(qtbot, c, lambda s: s.params["W2"][1, 0] == np.float32(0.625))
    assert snap.step == 3


def test_close_during_training_stops_the_thread(qtbot, tmp_path):
    """No thread and no training process are left behind."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, autosave=False)
    w.show()
    c = w.controller
    c.play()
    qtbot.waitUntil(lambda: c.latest is not None and c.latest.step > 10, timeout=WAIT)
    pid = c.worker_pid
    assert pid is not None and process_alive(pid)
    w.file_actions.modified = False
    assert w.close()
    assert not c.running
    assert not process_alive(pid)
    w.deleteLater()
    QApplication.processEvents()
    # the layout is remembered
    assert settings.value("window/state") is not None


def test_live_plot_while_training(window, qtbot):
    """~6 s of training with the window drawing live (guards the PySide6/pyqtgraph abort)."""
    c = window.controller
    c.play()
    qtbot.wait(6000)
    snap = wait_snapshot(qtbot, c, lambda s: s.running and len(s.history) > 20)
    c.pause()
    x, y = window.loss_plot.train_loss.getData()
    assert x is not None and len(x) > 20
    assert window.loss_plot.readout_at(float(x[-1])).startswith("step")
    assert "steps/s" in window.status_rate.text() and window.status_step.text()
    assert snap.history.train_loss[-1] < snap.history.train_loss[0]


def test_save_open_export_import_round_trip(window, qtbot, tmp_path):
    from engine.project import load_project
    from engine.weights_io import load_weights

    c, files = window.controller, window.file_actions
    for _ in range(5):
        c.step_batch()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 5)
    path = str(tmp_path / "session.bplab")
    assert files.save_to(path)
    assert files.path == path and not files.modified and "session.bplab" in window.windowTitle()
    project = load_project(path)
    assert project.spec == snap.spec and project.state["step"] == 5
    for k, v in snap.params.items():
        np.testing.assert_array_equal(project.state["params"][k], v)
    # export: npz weights named as nn.Sequential's state_dict, equal to the worker's weights
    written = files.export_to(str(tmp_path / "weights"), "npz")
    assert written == [str(tmp_path / "weights.npz")]
    model = load_weights(written[0], expect=snap.spec)
    for k, v in snap.params.items():
        np.testing.assert_array_equal(model.params[k], v)
    # train on, then open the saved project: the session goes back to step 5 exactly
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 6)
    files.modified = False
    assert files.open_path(path)
    back = wait_snapshot(qtbot, c, lambda s: s.step == 5)
    for k, v in snap.params.items():
        np.testing.assert_array_equal(back.params[k], v)
    # import weights: a changed file's values reach the worker
    changed = {k: v + 0.5 for k, v in model.params.items()}
    from engine.export.model import TrainedModel
    from engine.export.npz_json import save_weights

    save_weights(
        str(tmp_path / "changed.npz"), TrainedModel(snap.spec, changed, model.preprocessing)
    )
    assert files.import_path(str(tmp_path / "changed.npz"))
    got = wait_snapshot(qtbot, c, lambda s: np.array_equal(s.params["W1"], changed["W1"]))
    np.testing.assert_array_equal(got.params["b3"], changed["b3"])


def test_bad_project_file_is_named_and_nothing_is_lost(window, qtbot, tmp_path):
    c = window.controller
    c.step_batch()
    before = wait_snapshot(qtbot, c, lambda s: s.step == 1)
    bad = tmp_path / "broken.bplab"
    bad.write_text('{"format": "backprop-lab-project", "version": 1, "spec": {')
    assert not window.file_actions.open_path(str(bad))
    assert "broken.bplab" in window.banner.label.text() and window.banner.isVisible()
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, x=np.zeros(3))
    assert not window.file_actions.import_path(str(wrong))
    assert "wrong.npz" in window.banner.label.text()
    c.step_batch()
    after = wait_snapshot(qtbot, c, lambda s: s.step == 2)
    assert after.spec == before.spec


def test_app_main_opens_the_window_and_exits_cleanly(qapp, monkeypatch, tmp_path):
    """gui.app.main: the named application, the window, exit code 0 and no thread left running."""
    from PySide6.QtCore import QTimer

    from gui import app as app_module

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no autosave to recover
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    seen = {}

    def close_it():
        wins = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["title"] = wins[0].windowTitle() if wins else None
        for w in wins:
            w.file_actions.modified = False
            w.close()

    QTimer.singleShot(1500, close_it)
    code = app_module.main([])
    assert code == 0
    assert QApplication.applicationName() == "Backprop Lab"
    assert QApplication.organizationName() == "Backprop Lab"
    assert seen["title"] and "Backprop Lab" in seen["title"]
    assert not running_qthreads()


def test_regenerate_features_and_backend_fallback(window, qtbot):
    c = window.controller
    first = c.dataset
    window.act_regenerate.trigger()
    qtbot.waitUntil(lambda: c.dataset is not first, timeout=WAIT)
    assert c.dataset.spec.seed == first.spec.seed + 1
    assert not np.array_equal(c.dataset.raw_train, first.raw_train)
    w_before = wait_snapshot(qtbot, c, lambda s: s.spec.n_inputs == 2).params["W1"]
    # switch on x1² as a third input: the x1 and x2 columns of W1 keep their weights
    window.diagram.featuresEdited.emit(("x1", "x2", "x1^2"))
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.n_inputs == 3)
    np.testing.assert_array_equal(snap.params["W1"][:, :2], w_before)
    assert c.dataset.feature_names == ("x1", "x2", "x1^2")
    assert snap.heatmaps[0].shape[0] == 3
    # CuPy where there is none: NumPy goes on, and the window says why
    from engine.backend import available_backends

    if "cupy" not in available_backends():
        with qtbot.waitSignal(c.errorOccurred, timeout=WAIT) as blocker:
            c.set_backend("cupy")
        assert "CuPy" in blocker.args[0] and "NumPy" in blocker.args[0]
        c.step_batch()
        snap = wait_snapshot(qtbot, c, lambda s: s.step == 1)
        assert snap.backend == "numpy"


def test_space_key_plays_and_previous_phase_after_play_stays_put(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    c = window.controller
    window.activateWindow()
    QTest.keyClick(window.diagram, Qt.Key.Key_Space)
    wait_snapshot(qtbot, c, lambda s: s.running and s.step > 10)
    QTest.keyClick(window.diagram, Qt.Key.Key_Space)
    snap = wait_snapshot(qtbot, c, lambda s: not s.running)
    # after Play there is no traced step to go back into: the weights stay where training left them
    window.act_step_back.trigger()
    back = wait_snapshot(qtbot, c, lambda s: s.message is not None)
    assert back.step == snap.step
    np.testing.assert_array_equal(back.params["W1"], snap.params["W1"])


def test_early_stopping_pauses_with_a_message(window, qtbot):
    c = window.controller
    spec = c.latest.spec.replace(patience=1).with_optimizer(lr=3.0)
    c.set_spec(spec)
    wait_snapshot(qtbot, c, lambda s: s.spec.patience == 1)
    c.play()
    snap = wait_snapshot(qtbot, c, lambda s: s.extra.get("stopped_early") and not s.running)
    assert "Early stopping" in snap.message


def test_autosave_and_recovery(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from engine.files import autosave_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    c, files = window.controller, window.file_actions
    for _ in range(4):
        c.step_batch()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 4)
    files.mark_modified()
    assert files.autosave()
    assert autosave_path().exists() and files.path is None and files.modified
    c.reset()
    wait_snapshot(qtbot, c, lambda s: s.step == 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert files.offer_recovery()
    back = wait_snapshot(qtbot, c, lambda s: s.step == 4)
    np.testing.assert_array_equal(back.params["W2"], snap.params["W2"])
    # a clean exit leaves no autosave behind
    files._autosave_enabled = True
    files.shutdown()
    assert not autosave_path().exists()


def test_close_asks_about_unsaved_changes(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window.file_actions.mark_modified()
    assert "*" in window.windowTitle()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and window.controller.running
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not window.controller.running


def test_a_bad_csv_is_named_with_its_line_and_the_data_stays(window, qtbot, tmp_path):
    c, panel = window.controller, window.dataset_panel
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,label\n1,2,0\n3,oops,1\n5,6,0\n")
    before = c.dataset
    with qtbot.waitSignal(c.errorOccurred, timeout=WAIT) as blocker:
        panel.datasetRequested.emit(DatasetSpec(name="csv", path=str(bad)))
    assert "bad.csv" in blocker.args[0] and "line 3" in blocker.args[0]
    assert "line 3" in window.banner.label.text()
    assert c.dataset is before and panel.source.currentData() == "circle"
    assert not window.busy.isVisible()
    c.step_batch()
    wait_snapshot(qtbot, c, lambda s: s.step == 1 and s.spec.n_inputs == 2)
