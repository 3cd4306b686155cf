"""In the classroom: figures (PNG at a scale, SVG), the text zoom kept across a restart, the dark
theme's diagram, F1's help, and handouts equal to what ``explain`` prints.

The diagram tests drive a bare NetworkDiagram (fast); the others a MainWindow with its
training process, as a teacher would.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QContextMenuEvent, QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.network import initial_parameters  # noqa: E402
from engine.spec import NetworkSpec  # noqa: E402
from gui import figures  # noqa: E402
from gui.diagram import NetworkDiagram  # noqa: E402
from gui.diagram import style as diagram_style  # noqa: E402
from gui.diagram.colors import diverging_color  # noqa: E402
from session.snapshot import Snapshot  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 20_000
ROOT = Path(__file__).resolve().parents[1]
WORKED = ROOT / "assets" / "examples" / "worked-example.bplab"


@pytest.fixture(autouse=True)
def light_again():
    """Every test ends in the default look (the style is the process's)."""
    yield
    diagram_style.set_style(1.0, False, False)


@pytest.fixture
def diagram(qtbot):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    spec = NetworkSpec.simple(2, [4, 2], 1, loss="bce")
    params = {k: np.array(v, dtype=np.float64) for k, v in initial_parameters(spec).items()}
    params["W1"][0, 0], params["W1"][1, 0] = -1.5, 1.5  # one edge of each sign, surely
    d.set_spec(spec, ("x1", "x2"))
    d.show_snapshot(Snapshot(spec, params, 0, 0, None, None, False))
    d.labels_box.setChecked(True)  # the values on the edges: in the figure too
    return d


def pixels(image: QImage) -> np.ndarray:
    """(h, w) 0xAARRGGBB words of an image."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    h, w, bpl = image.height(), image.width(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * bpl).reshape(h, bpl)
    return raw[:, : w * 4].copy().view(np.uint32)


def test_a_2x_png_of_the_diagram_is_twice_the_1x_and_not_blank(diagram):
    one = figures.render_png(diagram, 1.0)
    two = figures.render_png(diagram, 2.0)
    assert one.width() > 300 and one.height() > 200
    assert (two.width(), two.height()) == (2 * one.width(), 2 * one.height())
    colours = np.unique(pixels(two))
    assert len(colours) > 200, f"a nearly blank figure: {len(colours)} colours"
    # the heatmaps' and edges' orange and blue are in it
    rgb = np.stack([(colours >> s) & 0xFF for s in (16, 8, 0)], axis=1).astype(int)
    assert ((rgb[:, 0] > 200) & (rgb[:, 2] < 80)).any(), "no orange"
    assert ((rgb[:, 2] > 150) & (rgb[:, 0] < 60)).any(), "no blue"


def test_an_svg_of_the_diagram_parses_and_holds_every_edge_as_a_path(diagram, tmp_path):
    path = figures.save_figure(diagram, tmp_path / "net.svg")
    root = ET.parse(path).getroot()  # well-formed XML
    assert root.tag.endswith("svg")
    curves = [
        e.get("d", "")
        for e in root.iter()
        if e.tag.endswith("path") and "C" in e.get("d", "") and e.get("d", "").startswith("M")
    ]
    assert diagram.scene.drawn_edge_count() == 2 * 4 + 4 * 2 + 2 * 1
    assert len(curves) >= diagram.scene.drawn_edge_count()
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Inputs" in texts and "weight w" in texts  # text stays text


def test_the_dark_theme_darkens_the_diagram_and_keeps_the_signs(diagram):
    diagram_style.set_style(dark=True)
    diagram.restyle()
    background = diagram.scene.backgroundBrush().color()
    assert background.lightness() < 60
    image = figures.render_png(diagram, 1.0)
    corner = image.pixelColor(image.width() - 3, image.height() - 3)
    assert corner.lightness() < 60, corner.name()
    for value, sign in ((-1.0, "orange"), (1.0, "blue")):
        c = diverging_color(value, 1.0)
        assert (c.red() > c.blue() + 100) if sign == "orange" else (c.blue() > c.red() + 100)
    negative = diagram.scene.edge_item(1, 0, 0).pen().color()  # W1[0,0] = −1.5
    positive = diagram.scene.edge_item(1, 1, 0).pen().color()  # W1[1,0] = +1.5
    assert negative.red() > negative.blue() + 100, negative.name()
    assert positive.blue() > positive.red() + 100, positive.name()
    diagram_style.set_style(dark=False)
    diagram.restyle()
    assert diagram.scene.backgroundBrush().color().lightness() > 240


def test_high_contrast_draws_thicker_edges(diagram):
    before = diagram.scene.edge_item(1, 0, 0).pen().widthF()
    diagram_style.set_style(hc=True)
    diagram.restyle()
    assert diagram.scene.edge_item(1, 0, 0).pen().widthF() == pytest.approx(2 * before)


# ----- the window ---------------------------------------------------------------------------
def make_window(qtbot, settings_file: Path):
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    return shown_window(qtbot, settings, WAIT)


def test_the_zoom_scales_the_inspector_and_survives_a_restart(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path / "settings.ini")
    try:
        base = w.inspector.browser.font().pointSizeF()
        phase = w.step_panel.phase_title.font().pointSizeF()
        w.classroom.presentation.act_zoom_in.trigger()
        w.classroom.presentation.set_zoom(1.5)
        assert w.inspector.browser.font().pointSizeF() == pytest.approx(1.5 * base)
        assert w.step_panel.phase_title.font().pointSizeF() == pytest.approx(1.5 * phase)
        assert diagram_style.STYLE.zoom == 1.5
        w.classroom.presentation.set_presentation(True)
        assert not w.docks["data"].isVisible() and w.docks["step"].isVisible()
    finally:
        close_window(w)
    diagram_style.set_style(1.0)  # as a new process would start
    w = make_window(qtbot, tmp_path / "settings.ini")
    try:
        p = w.classroom.presentation
        assert p.zoom == 1.5 and p.active and p.act_presentation.isChecked()
        assert w.inspector.browser.font().pointSizeF() == pytest.approx(1.5 * base)
        assert not w.docks["data"].isVisible()
        p.set_presentation(False)  # the layout from before comes back
        assert w.docks["data"].isVisible() or w.docks["hyper"].isVisible()
        p.act_zoom_reset.trigger()
        assert w.inspector.browser.font().pointSizeF() == pytest.approx(base)
    finally:
        close_window(w)


def test_f1_opens_help_and_shift_f1_the_glossary(qtbot, tmp_path, monkeypatch):
    w = make_window(qtbot, tmp_path / "settings.ini")
    try:
        # a right-click on a view's background offers its figure (the menu is recorded here)
        from gui.figure_actions import FigureActions

        asked = []
        monkeypatch.setattr(
            FigureActions,
            "menu",
            lambda _self, key: SimpleNamespace(exec=lambda _p: asked.append(key)),
        )
        for widget, key in ((w.loss_plot, "loss"), (w.diagram.view.viewport(), "diagram")):
            at = QPoint(3, 3)
            event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
            QApplication.sendEvent(widget, event)
            assert asked[-1:] == [key]
        help_window = w.classroom.help_window
        assert not help_window.isVisible()
        w.activateWindow()
        QTest.keyClick(w.diagram, Qt.Key.Key_F1)
        qtbot.waitUntil(help_window.isVisible, timeout=WAIT)
        text = help_window.browser.toPlainText()
        assert "Ctrl+Shift+P" in text and "Next phase" in text and "Inspector" in text
        assert not w.glossary_window.isVisible()
        help_window.close()
        QTest.keyClick(w.diagram, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(w.glossary_window.isVisible, timeout=WAIT)
        assert not help_window.isVisible()
    finally:
        close_window(w)


def test_the_handout_is_what_explain_prints_and_figures_of_every_view(qtbot, tmp_path):
    from cli.explain import explain_project

    w = make_window(qtbot, tmp_path / "settings.ini")
    try:
        fa, c = w.file_actions, w.controller
        fa.modified = False
        assert w.classroom.open_worked_example()
        # a copy to work on: the shipped file is never the document (Save asks where)
        qtbot.waitUntil(lambda: c.latest.spec.sizes == (2, 2, 2), timeout=WAIT)
        assert fa.path is None
        for _ in range(4):  # forward[1], forward[2], loss, backward[2]
            n = len(c.latest.trace)
            c.step_phase()
            qtbot.waitUntil(lambda n=n: len(c.latest.trace) == n + 1, timeout=WAIT)
        snap = c.latest
        phase = snap.trace[-1].phase
        assert phase == "backward[2]"
        sample = snap.traced_sample + 1
        qtbot.waitUntil(lambda: w.inspector.page() is not None, timeout=WAIT)
        for form in ("markdown", "latex"):
            expected = explain_project(str(WORKED), phase, "phase", sample, form)
            assert w.inspector.handout.text_as(form) == expected
        assert "backward" in w.inspector.handout.text_as("markdown").lower()
        for key, _title, _widget in w.classroom.figures.views():
            png = Path(w.classroom.figures.export(key, str(tmp_path / f"{key}.png"), 1.0))
            svg = Path(w.classroom.figures.export(key, str(tmp_path / f"{key}.svg")))
            assert QImage(str(png)).width() > 50, key
            ET.parse(svg)
    finally:
        close_window(w)


def test_the_key_table_holds_every_row_of_the_readme():
    from gui import key_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("| Key | Does |")
    rows = []
    for line in readme[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        rows.append(tuple(cell.strip() for cell in line.strip("|").split("|")))
    assert len(rows) >= 10
    table = set(key_table.rows(lambda text: text))
    missing = [r for r in rows if r not in table]
    assert not missing, f"README rows the help window does not show: {missing}"
