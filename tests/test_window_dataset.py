"""The window's copy of the data: the training process sends a capped sample of the rows with the
real counts (MNIST's whole copy doubled the window's memory), and the data panel, the
hyper-parameter panel and the output view still show what they showed."""

from __future__ import annotations

import numpy as np
import pytest

from engine.datasets import DatasetSpec, load_dataset
from session import wire
from session.process import WINDOW_ROWS, _EventPipe, _without_rows


def test_capped_keeps_rows_spread_in_order_and_the_real_counts():
    ds = load_dataset(DatasetSpec(name="circle", samples=9000))  # 4500 + 4500 rows
    cut = ds.capped(1000)
    assert (len(cut.X_train), len(cut.X_test)) == (1000, 1000)
    assert (cut.n_train, cut.n_test) == (ds.n_train, ds.n_test) == (4500, 4500)
    assert cut.is_sample and not ds.is_sample
    assert cut.n_features == ds.n_features and cut.class_names == ds.class_names
    # rows of the real data, spread over it in order, the same every time
    rows = [int(np.flatnonzero((ds.X_train == x).all(axis=1))[0]) for x in cut.X_train]
    assert rows == sorted(rows) and rows[0] == 0 and rows[-1] == 4499
    for f in ("y_train", "raw_train"):
        np.testing.assert_array_equal(getattr(cut, f), getattr(ds, f)[rows])
    again = ds.capped(1000)
    np.testing.assert_array_equal(again.X_test, cut.X_test)
    small = load_dataset(DatasetSpec(name="circle", samples=200))
    assert small.capped(1000) is small  # small data travels whole


def test_a_capped_regression_set_keeps_its_target_range():
    ds = load_dataset(DatasetSpec(name="reg-plane", samples=8000))
    cut = ds.capped(500)
    assert len(cut.y_train) <= 500 and len(cut.y_test) <= 500
    for split in ("train", "test"):
        y, c = getattr(ds, f"y_{split}")[:, 0], getattr(cut, f"y_{split}")[:, 0]
        assert (c.min(), c.max()) == (y.min(), y.max())


def test_the_dataset_event_carries_a_capped_copy_and_captures_no_rows():
    sent = []

    class Sender:
        def event(self, event):
            sent.append(event)

    ds = load_dataset(DatasetSpec(name="circle", samples=2 * WINDOW_ROWS + 10))
    _EventPipe(Sender()).put(("dataset", ds))
    kind, shown = sent[0]
    assert kind == "dataset" and len(shown.X_train) == WINDOW_ROWS
    assert shown.n_train == ds.n_train > WINDOW_ROWS and shown.n_test == ds.n_test
    # through the wire, as the window receives it
    back = wire.decode(b"".join(bytes(part) for part in wire.encode(shown)))
    assert (back.n_train, back.n_test, len(back.X_test)) == (ds.n_train, ds.n_test, WINDOW_ROWS)
    empty = _without_rows(shown)
    assert len(empty.X_train) == 0 and (empty.n_train, empty.n_test) == (ds.n_train, ds.n_test)


@pytest.mark.gui
def test_the_window_draws_from_its_capped_copy(qtbot, tmp_path):
    pytest.importorskip("pytestqt")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, autosave=False)
    window.show()
    c = window.controller
    try:
        assert c.worker_kind == "process"
        qtbot.waitUntil(lambda: c.dataset is not None, timeout=15_000)
        c.set_dataset(DatasetSpec(name="circle", samples=6000))  # 3000 + 3000 rows
        qtbot.waitUntil(lambda: c.dataset.n_train == 3000, timeout=15_000)
        ds = c.dataset
        assert ds.is_sample and len(ds.X_train) == len(ds.X_test) == WINDOW_ROWS
        qtbot.waitUntil(lambda: c.latest is not None and c.latest.extra.get("decision") is not None)
        # the data panel counts the real rows and previews from the sample
        assert "3000 training and 3000 test samples" in window.dataset_panel.info.text()
        xs, _ = window.dataset_panel.scatter.getData()
        assert 0 < len(xs) <= WINDOW_ROWS
        # the output view scatters the sample over the decision map
        for item in (window.output_view.train_points, window.output_view.test_points):
            xs, ys = item.getData()
            assert 0 < len(xs) <= WINDOW_ROWS
        assert np.isin(xs, ds.raw_test[:, 0]).all()
        # the batch size is named against the real training set
        c.set_spec(c.spec.replace(batch_size=3000))
        qtbot.waitUntil(lambda: c.spec.batch_size == 3000, timeout=15_000)
        assert "3000" in window.hyper_panel.batch_kind.toolTip()
    finally:
        window.file_actions.modified = False
        window.close()
        window.deleteLater()
        QApplication.processEvents()
