"""The Landscape dock: its centre is the loss the loss plot shows (computed by the real
training process), a slice through two weights picked in the diagram, a race's paths drawn
in the runs' colours, toy mode draws one path per optimizer, and the contour lines lie on
their level."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from test_gui_support import close_window, running_qthreads  # noqa: E402

from engine.optimizers import OPTIMIZERS_BY_NAME  # noqa: E402
from engine.spec import OptimizerSpec  # noqa: E402
from engine.toy_surfaces import optimizer_path, surface  # noqa: E402
from gui.contours import contour_levels, contour_segments  # noqa: E402
from gui.controller import TrainingController  # noqa: E402
from gui.landscape_view import RESOLUTION, LandscapeView  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402
from gui.run_colors import run_color  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 30_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    c = TrainingController(heatmap_resolution=16, start=False)
    w = MainWindow(controller=c, settings=settings, autosave=False)
    w.show()
    qtbot.waitUntil(lambda: c.latest is not None and c.dataset is not None, timeout=WAIT)
    yield w
    close_window(w)
    assert not running_qthreads()


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def computed_at(view: LandscapeView, step: int):
    return lambda: view._pending is None and view.result is not None and view.centre_step == step


def test_the_centre_is_the_loss_the_plot_shows_and_recompute_moves_it(window, qtbot):
    c, view, plot = window.controller, window.compare.landscape, window.loss_plot
    c.step_epoch()
    wait_snapshot(qtbot, c, lambda s: s.step == 25)
    qtbot.waitUntil(lambda: len(plot.train_loss.getData()[0]) == 2, timeout=WAIT)
    view.recompute()
    qtbot.waitUntil(computed_at(view, 25), timeout=WAIT)
    shown = float(plot.train_loss.getData()[1][-1])
    assert view.centre_loss == pytest.approx(shown, rel=1e-6)
    c_ = RESOLUTION // 2
    assert view.result["loss"].shape == (RESOLUTION, RESOLUTION)
    assert view.plot.value_at(0.0, 0.0) == view.result["loss"][c_, c_] == view.centre_loss
    assert f"{view.centre_loss:.4g}" in view.info.text()
    assert view.plot.markers and "step 25" in view.plot.markers[0][1].textItem.toPlainText()
    assert len(view.plot.markers) == 1  # no "now" marker while the weights are the centre's
    # training moves the weights away from the centre: the view says so, Recompute follows
    c.step_epoch()
    wait_snapshot(qtbot, c, lambda s: s.step == 50)
    qtbot.waitUntil(lambda: "step 50" in view.info.text(), timeout=WAIT)
    # the slice's centre stays marked, and where the weights are now is marked beside it
    qtbot.waitUntil(lambda: len(view.plot.markers) == 2, timeout=WAIT)
    centre, now = (text.textItem.toPlainText() for _, text in view.plot.markers)
    assert "slice taken here (step 25)" == centre and "now (step 50)" == now
    dot = view.plot.markers[1][0].data[0]
    a, b = float(dot["x"]), float(dot["y"])
    snap = c.latest
    rel = np.concatenate([snap.params[k].ravel() for k in snap.params]) - view.result["origin"]
    residual = rel - a * view.result["d1"] - b * view.result["d2"]  # the nearest point's
    assert abs(residual @ view.result["d1"]) < 1e-6 * np.linalg.norm(rel)
    assert abs(residual @ view.result["d2"]) < 1e-6 * np.linalg.norm(rel)
    assert (a, b) != (0.0, 0.0)
    view.recompute_button.click()
    qtbot.waitUntil(computed_at(view, 50), timeout=WAIT)
    qtbot.waitUntil(lambda: len(plot.train_loss.getData()[0]) == 3, timeout=WAIT)
    assert view.centre_loss == pytest.approx(float(plot.train_loss.getData()[1][-1]), rel=1e-6)


def test_a_slice_through_two_weights_picked_in_the_diagram(window, qtbot):
    view = window.compare.landscape
    assert not view.from_diagram.isEnabled()
    window.diagram.edgeSelected.emit(2, 1, 0)  # W2[1, 0]
    window.diagram.biasSelected.emit(1, 3)  # b1[3]
    assert view.from_diagram.isEnabled()
    view.from_diagram.click()
    assert view.request()["weights"] == [["W2", [1, 0]], ["b1", [3]]]
    qtbot.waitUntil(lambda: view._pending is None and view.result is not None, timeout=WAIT)
    assert view.result["labels"] == ["W2[1, 0]", "b1[3]"]
    assert view.plot.plot.getAxis("bottom").labelText == "change of W2[1, 0]"


def test_a_race_draws_each_runs_path_in_its_colour(window, qtbot):
    c, view = window.controller, window.compare.landscape
    window.compare.start_race({"optimizer": ["sgd", "momentum", "adam"]}, 2)
    assert window.docks["landscape"].isVisible() and view.isVisible()  # shown beside the race
    snap = wait_snapshot(qtbot, c, lambda s: s.race is not None and s.race["state"] == "finished")
    last = int(snap.race["table"][0]["step"])

    def whole_paths() -> bool:  # fetched again once the race is over, without being asked
        paths = (view.result or {}).get("paths") or []
        return view._pending is None and len(paths) == 3 and paths[0]["steps"][-1] == last

    qtbot.waitUntil(whole_paths, timeout=WAIT)
    assert view.plot.path_count == 3
    paths = view.result["paths"]
    assert len(paths) == 3
    for i, (item, path) in enumerate(zip(view.plot.paths, paths, strict=True)):
        x, y = item.getData()
        np.testing.assert_allclose(x, path["coords"][:, 0])
        assert item.opts["pen"].color().getRgb()[:3] == run_color(i)
        assert abs(x[0]) < 1e-9 and abs(y[0]) < 1e-9  # every run starts at the centre
    assert [item.name() for item in view.plot.paths] == ["SGD", "Momentum", "Adam"]
    # the race chose the slice on its main directions, fitted to the paths: they cover most
    # of its main axis, from the centre (which lies on the grid) to a little past their end
    assert view.slice_kind.currentData() == "paths"
    assert view.plot.plot.getAxis("bottom").labelText == "main direction 1"
    coords = np.concatenate([p["coords"] for p in paths])
    lo, hi = np.minimum(coords.min(axis=0), 0.0), np.maximum(coords.max(axis=0), 0.0)
    a, b = view.result["alphas"], view.result["betas"]
    assert a[0] <= lo[0] and a[-1] >= hi[0] and b[0] <= lo[1] and b[-1] >= hi[1]
    assert (hi[0] - lo[0]) / (a[-1] - a[0]) > 0.7 and 0.0 in a and 0.0 in b
    share = f"{100 * view.result['explained']:.0f} % of their movement"
    assert view.result["explained"] > 0.5 and share in view.info.text()
    # the centre's name lies below left of it, out of the way of the paths leaving it rightwards
    xs = np.concatenate([p["coords"][:, 0] for p in paths])
    assert xs[np.abs(xs).argmax()] > 0
    # (below left of it; below right when the centre is near the plot's left edge)
    near_left = 0.0 - a[0] < 0.3 * (a[-1] - a[0])
    assert tuple(view.plot.markers[0][1].anchor) == ((0.0, 0.0) if near_left else (1.0, 0.0))
    # two random directions: "Fit paths" makes the (short) paths fill the slice too
    view.slice_kind.setCurrentIndex(view.slice_kind.findData("random"))
    qtbot.waitUntil(
        lambda: view._pending is None and view.result.get("explained") is None, timeout=WAIT
    )
    qtbot.waitUntil(lambda: view._pending is None and not view._refit, timeout=WAIT)
    paths = view.result["paths"]
    reach = max(float(np.abs(p["coords"]).max()) for p in paths)
    span = float(view.span.value())
    assert reach <= span and reach >= span / 5 - 1e-12  # "Fit paths": they fill the slice


def drawn(qtbot, view: LandscapeView, name: str, paths: int) -> None:
    """Wait for the toy surface's paths (computed off the GUI thread)."""
    qtbot.waitUntil(
        lambda: (
            view._toy_future is None
            and view.toy_result is not None
            and view.toy_result.name == name
            and view.plot.path_count == paths
        ),
        timeout=WAIT,
    )


def test_toy_mode_draws_one_path_per_optimizer(qtbot):
    c = TrainingController(start=False, worker="thread")
    view = LandscapeView(c)
    qtbot.addWidget(view)
    view.mode.setCurrentIndex(view.mode.findData("toy"))
    view.toy.set_chosen(["sgd", "momentum", "adam"])
    drawn(qtbot, view, "valley", 3)
    names = [OPTIMIZERS_BY_NAME[n].display_name for n in ("sgd", "momentum", "adam")]
    assert [item.name() for item in view.plot.paths] == names
    valley = surface("valley")
    for item, name in zip(view.plot.paths, ("sgd", "momentum", "adam"), strict=True):
        x, y = item.getData()
        assert (x[0], y[0]) == valley.start
        expected = optimizer_path("valley", OptimizerSpec(name=name, lr=0.01), 500)
        np.testing.assert_array_equal(np.c_[x, y], expected.points)
    # the valley's first picture shows what it is there for: Momentum reaches the floor
    # before SGD, which creeps along it, and the caption says so
    sgd, mom = (dict(view.toy_result.paths)[n].steps_to(1e-3) for n in ("sgd", "momentum"))
    assert mom is not None and sgd is not None and mom < sgd
    assert f"Momentum: f < 0.001 after {mom} steps" in view.info.text()
    assert len({item.opts["pen"].color().getRgb()[:3] for item in view.plot.paths}) == 3
    view.toy.surface.setCurrentIndex(view.toy.surface.findData("rosenbrock"))
    view.toy.set_chosen(list(OPTIMIZERS_BY_NAME))
    drawn(qtbot, view, "rosenbrock", len(OPTIMIZERS_BY_NAME))
    assert all(item.getData()[0][0] == -1.5 for item in view.plot.paths)
    assert "Rosenbrock" in view.toy.surface.currentText() and "(1 − x)²" in view.info.text()
    assert c.shutdown()


def test_contour_lines_lie_on_their_level():
    xs, ys = np.linspace(-2, 2, 61), np.linspace(-1, 3, 81)
    xx, yy = np.meshgrid(xs, ys)
    circle = xx**2 + (yy - 1) ** 2
    x, y = contour_segments(xs, ys, circle, [1.0])
    assert len(x) % 2 == 0 and len(x) > 40
    np.testing.assert_allclose(np.hypot(x, y - 1), 1.0, atol=2e-3)
    saddle = xx**2 - (yy - 1) ** 2  # a level through saddle cells: both diagonals
    x, y = contour_segments(xs, ys, saddle, [0.0])
    np.testing.assert_allclose(np.abs(x), np.abs(y - 1), atol=0.02)
    for sx, sy in ((1, 1), (1, -1), (-1, 1), (-1, -1)):  # both lines, all four arms
        assert np.any((sx * x > 1) & (sy * (y - 1) > 1))
    levels, log = contour_levels(circle)
    assert log and np.all(np.diff(np.log(levels)) > 0)
    levels, log = contour_levels(saddle)
    assert not log and len(levels) == 12
