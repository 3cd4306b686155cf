"""Many classes (issue "Reliability and security", item 5): the confusion matrix is one image
whatever the number of classes (a 10,000-class CSV froze the window for minutes, one text item
per cell), the worker never builds a k × k object beyond 100 classes, and Auto asks before it
builds a classifier of more than 100 classes from whole numbers, offering regression."""

from __future__ import annotations

import time

import numpy as np
import pytest

pytest.importorskip("pytestqt")
import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.datasets import DatasetSpec  # noqa: E402
from engine.output_summary import MATRIX_CLASSES, confusion_summary  # noqa: E402
from gui.confusion_view import IMAGE_SIDE, ConfusionView, confusion_image  # noqa: E402
from gui.dataset_panel import DatasetPanel  # noqa: E402
from gui.many_classes import MAX_CLASSES  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 20_000


def write_classes_csv(path, k, n, seed=0):
    """A CSV of ``n`` rows whose last column holds ``k`` different whole numbers."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    y = 1000 + 7 * (np.arange(n) % k)  # whole numbers, not 0…k-1: names are not indices
    rows = [f"{a:.4f},{b:.4f},{c:.4f},{t}" for (a, b, c), t in zip(X, y, strict=True)]
    path.write_text("a,b,c,price\n" + "\n".join(rows) + "\n")
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


# ----- the worker's summary ---------------------------------------------------------------
def test_the_summary_of_10000_classes_holds_no_k_by_k_matrix():
    k, n = 10_000, 2000
    rng = np.random.default_rng(1)
    y = rng.integers(0, k, n)
    pred = np.where(rng.random(n) < 0.3, y, rng.integers(0, k, n))
    pred[:5] = 42  # five rows, whatever their class, taken for class 42
    y[:5] = 7
    s = confusion_summary(y, pred, k)
    assert "confusion" not in s
    assert all(np.asarray(v).size <= 3 * n for v in s.values())
    cells = s["confusion_cells"]
    assert cells.shape[1] == 3 and cells[:, 2].sum() == n
    assert s["correct"] == int((y == pred).sum()) and s["total"] == n
    assert tuple(s["confusion_top"][0]) == (7, 42, 5)


def test_the_summary_of_few_classes_keeps_the_whole_matrix():
    y = np.array([0, 1, 2, 2, 1, 0, 2])
    pred = np.array([0, 2, 2, 1, 2, 0, 2])
    s = confusion_summary(y, pred, 3)
    expected = np.zeros((3, 3), dtype=np.int64)
    np.add.at(expected, (y, pred), 1)
    np.testing.assert_array_equal(s["confusion"], expected)
    assert [tuple(r) for r in s["confusion_top"]] == [(1, 2, 2), (2, 1, 1)]
    assert MATRIX_CLASSES >= 20


# ----- the drawing ------------------------------------------------------------------------
def test_10000_classes_draw_as_one_image_in_well_under_a_second(qtbot):
    k, n = 10_000, 2000
    rng = np.random.default_rng(2)
    y = rng.integers(0, k, n)
    s = confusion_summary(y, rng.integers(0, k, n), k)
    view = ConfusionView()
    qtbot.addWidget(view)
    view.resize(400, 500)
    view.show()
    names = tuple(str(100_000 + i) for i in range(k))
    t0 = time.perf_counter()
    view.show_summary(s, names)
    view.repaint()
    QApplication.processEvents()
    took = time.perf_counter() - t0
    assert took < 1.0, f"drawing 10,000 classes took {took:.2f} s"
    items = view.plot.getPlotItem().items
    assert not [i for i in items if isinstance(i, pg.TextItem)]
    assert view.image.image.shape == (IMAGE_SIDE, IMAGE_SIDE) and view.block == 20
    lines = view.pair_lines()
    assert 1 <= len(lines) <= 10 and all("→ predicted" in line for line in lines)
    assert view.pairs.isVisible() and "10,000" in view.pairs.text()


def test_the_image_is_shares_of_each_true_class():
    cells = np.array([[0, 0, 3], [0, 1, 1], [1, 1, 2]])
    image, block = confusion_image(cells, 2)
    assert block == 1
    np.testing.assert_allclose(image, [[0.75, 0.25], [0.0, 1.0]])
    image, block = confusion_image(cells, 2, side=1)  # both classes in one pixel
    assert block == 2 and image.shape == (1, 1) and image[0, 0] == pytest.approx(1.0)


def test_few_classes_show_counts_in_the_cells_and_no_pair_list(qtbot):
    y = np.array([0, 1, 2, 2, 1, 0, 2])
    s = confusion_summary(y, np.array([0, 2, 2, 1, 2, 0, 2]), 3)
    view = ConfusionView()
    qtbot.addWidget(view)
    view.show()
    view.show_summary(s, ("a", "b", "c"))
    np.testing.assert_array_equal(view.labels._counts, s["confusion"])
    assert not view.pairs.isVisible() and view.pair_lines() == []


# ----- the data panel: the task, and the warning ----------------------------------------------
def test_the_task_choice_is_sent_with_the_spec(qtbot, tmp_path):
    from engine.datasets import load_dataset

    csv = write_classes_csv(tmp_path / "few.csv", 5, 60)
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel.set_dataset(load_dataset(DatasetSpec(name="csv", path=str(csv))))
    assert panel.form.isRowVisible(panel.task) and panel.task.currentData() is None
    assert "inferred: classification, 5 classes from whole numbers" in panel.info.text()
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000) as blocker:
        panel.task.setCurrentIndex(panel.task.findData("regression"))
        panel.task.activated.emit(panel.task.currentIndex())
    assert blocker.args[0].task == "regression"
    panel.set_dataset(load_dataset(blocker.args[0]))
    assert "regression" in panel.info.text() and "inferred" not in panel.info.text()
    panel.set_dataset(load_dataset(DatasetSpec(name="circle")))
    assert not panel.form.isRowVisible(panel.task)


def test_auto_asks_before_a_classifier_of_many_classes_and_offers_regression(
    window, qtbot, tmp_path
):
    c, panel = window.controller, window.dataset_panel
    csv = write_classes_csv(tmp_path / "prices.csv", MAX_CLASSES + 50, 600)
    requested: list = []
    panel.datasetRequested.connect(requested.append)
    panel._path = str(csv)
    panel.source.setCurrentIndex(panel.source.findData("csv"))
    panel._emit_spec()
    qtbot.waitUntil(lambda: panel.class_warning.isVisible(), timeout=WAIT)
    assert "150" in panel.class_warning.label.text() and not requested
    assert c.dataset.spec.name == "circle"  # nothing was built
    with qtbot.waitSignal(c.datasetChanged, timeout=WAIT) as blocker:
        panel.class_warning.use_regression.click()
    assert requested[-1].task == "regression" and blocker.args[0].task == "regression"
    assert panel.task.currentData() == "regression" and not panel.class_warning.isVisible()
    qtbot.waitUntil(lambda: "actual" in c.latest.extra, timeout=WAIT)
    assert window.output_view.stack.currentWidget() is window.output_view.reg_widget


def test_300_classes_kept_load_and_draw_without_freezing(window, qtbot, tmp_path):
    c, panel = window.controller, window.dataset_panel
    csv = write_classes_csv(tmp_path / "many.csv", 300, 1500)
    panel._path = str(csv)
    panel.source.setCurrentIndex(panel.source.findData("csv"))
    panel._emit_spec()
    qtbot.waitUntil(lambda: panel.class_warning.isVisible(), timeout=WAIT)
    t0 = time.perf_counter()
    with qtbot.waitSignal(c.datasetChanged, timeout=WAIT):
        panel.class_warning.keep.click()
    qtbot.waitUntil(
        lambda: (
            c.latest.extra.get("n_classes") == 300
            and bool(window.output_view.cm_widget.pair_lines())
        ),
        timeout=WAIT,
    )
    assert time.perf_counter() - t0 < 10
    assert c.dataset.spec.task is None  # Auto, kept: the panel says what it inferred
    assert "inferred: classification, 300 classes from whole numbers" in panel.info.text()
    view = window.output_view.cm_widget
    assert window.output_view.stack.currentWidget() is view
    assert view.image.image.shape == (300, 300)
    assert not [i for i in view.plot.getPlotItem().items if isinstance(i, pg.TextItem)]
    assert all(line.startswith("true 1") for line in view.pair_lines())
    # the same file again (a new seed) is not asked about twice
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000):
        panel.seed.setValue(3)


def test_a_file_is_counted_once_then_requests_go_at_once(qtbot, tmp_path):
    csv = write_classes_csv(tmp_path / "few.csv", 5, 60)
    panel = DatasetPanel()
    qtbot.addWidget(panel)
    panel._path = str(csv)
    panel.source.setCurrentIndex(panel.source.findData("csv"))
    with qtbot.waitSignal(panel.datasetRequested, timeout=3000):
        panel._emit_spec()  # counted on a background thread: 5 classes, nothing to ask
    sent: list = []
    panel.datasetRequested.connect(sent.append)
    panel.seed.setValue(4)
    panel._emit_spec()
    assert len(sent) == 1 and sent[0].seed == 4  # no second read of the file
