"""Echo each changed field: what the worker accepted comes back into the window, and only
what depends on the changed field is redrawn.

A learning-rate edit travels to the training process and back as a "spec" event; the
diagram must keep its items and the user's zoom (only a new architecture rebuilds it).
A backend the worker cannot use falls back to NumPy; the panel and the status bar must
both end on the backend really in use.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, running_qthreads  # noqa: E402

from engine.backend import available_backends  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 10_000


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    yield
    QApplication.processEvents()
    assert not running_qthreads()


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, autosave=False)
    w.file_actions.modified = False
    w.show()
    qtbot.waitExposed(w)
    c = w.controller
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(w.diagram.scene.weights), timeout=WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def test_a_learning_rate_edit_keeps_the_diagram_and_its_zoom_a_new_neuron_rebuilds(window, qtbot):
    c, d, panel = window.controller, window.diagram, window.hyper_panel
    view = d.view
    view.zoom_by(2.0)
    view.centerOn(d.scene.nodes[1][0])
    transform = view.transform()
    centre = view.mapToScene(view.viewport().rect().center())
    items = list(d.scene.items())  # held, so that no id can be reused
    before = {id(i) for i in items}
    assert before

    # the output map and the loss curves: a snapshot that brings nothing new redraws neither
    maps, curves = [], []
    window.output_view.image.sigImageChanged.connect(lambda: maps.append(1))
    window.loss_plot.train_loss.sigPlotChanged.connect(lambda *_a: curves.append(1))

    with qtbot.waitSignal(
        c.specChanged, timeout=WAIT, check_params_cb=lambda s: s.optimizer.lr == 0.25
    ):
        panel.lr.setText("0.25")
        panel.lr.editingFinished.emit()
    wait_snapshot(qtbot, c, lambda s: s.spec.optimizer.lr == 0.25)  # drawn by every view
    assert d.spec.optimizer.lr == 0.25 and panel.lr.text() == "0.25"
    assert {id(i) for i in d.scene.items()} == before, "a learning rate rebuilt the diagram"
    assert view.transform() == transform and not view.auto_fit
    assert view.mapToScene(view.viewport().rect().center()) == centre
    assert maps == [] and curves == []
    c.step_batch()  # a step on the new learning rate: new weights, a new loss point
    wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert {id(i) for i in d.scene.items()} == before and view.transform() == transform
    assert maps and curves

    old_nodes = list(d.scene.nodes[1])
    assert d.change_units(1, +1)
    snap = wait_snapshot(qtbot, c, lambda s: s.spec.sizes == (2, 5, 2, 1))
    assert snap.spec.optimizer.lr == 0.25
    assert len(d.scene.nodes[1]) == 5
    assert not {id(n) for n in d.scene.nodes[1]} & {id(n) for n in old_nodes}


@pytest.mark.skipif("cupy" in available_backends(), reason="CuPy is installed here")
def test_an_unavailable_backend_ends_with_numpy_in_the_panel_and_the_status_bar(window, qtbot):
    c, panel = window.controller, window.hyper_panel
    qtbot.waitUntil(lambda: window.status_backend.text() == "numpy", timeout=WAIT)
    assert panel.backend.currentData() == "numpy"
    asked: list[str] = []
    panel.backendRequested.connect(asked.append)
    i = panel.backend.findData("cupy")
    panel.backend.setCurrentIndex(i)  # what a click on the item does, then "activated"
    panel.backend.activated.emit(i)
    with qtbot.waitSignal(c.errorOccurred, timeout=WAIT) as blocker:
        pass
    assert "CuPy" in blocker.args[0] and "NumPy" in blocker.args[0]
    qtbot.waitUntil(lambda: panel.backend.currentData() == "numpy", timeout=WAIT)
    c.step_batch()
    snap = wait_snapshot(qtbot, c, lambda s: s.step == 1)
    assert snap.backend == "numpy" and c.backend == "numpy"
    assert panel.backend.currentData() == "numpy"
    assert window.status_backend.text() == "numpy"
    assert asked == ["cupy"], "pushing the backend into the panel must not ask for it again"
