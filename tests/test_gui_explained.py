"""The window keeps what the learner sees consistent and explained, with a real controller
and worker: one "Batch mean" setting for the diagram, the inspector and the step panel;
Previous phase off while there is nothing to go back to; Help → Glossary, and the
glossary opened at an entry from an inspector link, the diagram's Symbols list, a layer
caption and the colour legend."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.glossary import glossary  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 15_000


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKPROP_LAB_WORKER", "thread")  # the same worker, started faster
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


def wait_snapshot(qtbot, c, pred, timeout=WAIT):
    qtbot.waitUntil(lambda: c.latest is not None and pred(c.latest), timeout=timeout)
    return c.latest


def step_phases(qtbot, window, n):
    c = window.controller
    for _ in range(n):
        before = c.latest
        want = before.next_phase or "forward[1]"
        c.step_phase()
        wait_snapshot(qtbot, c, lambda s, b=before, w=want: s is not b and s.trace[-1].phase == w)


def test_batch_mean_is_one_setting_for_diagram_inspector_and_step_panel(window, qtbot):
    d, ins, panel = window.diagram, window.inspector, window.step_panel
    step_phases(qtbot, window, 1)  # forward[1] of the playground (batch of 10)
    node = d.scene.nodes[1][0]
    vp = d.view.viewport()
    QTest.mouseClick(vp, Qt.MouseButton.LeftButton, pos=d.view.mapFromScene(node.scenePos()))
    assert ins.selection == ("neuron", 1, 0)
    sample_text = ins.text()
    emitted = []
    for view in (d, ins, panel):
        view.batchMeanToggled.connect(lambda on, v=view: emitted.append((type(v).__name__, on)))
    # ticked in the step panel: the diagram draws the batch mean, the inspector explains it
    qtbot.mouseClick(panel.mean_check, Qt.MouseButton.LeftButton)
    assert panel.batch_mean and ins.batch_mean and d.batch_mean
    assert ins.mean_check.isChecked() and d.sample_combo.currentIndex() == 1
    assert emitted == [("StepPanel", True)], "the others follow with their signals blocked"
    assert ins.text() != sample_text
    # changed on the diagram: the step panel and the inspector follow
    d.sample_combo.setCurrentIndex(0)
    assert not panel.batch_mean and not ins.batch_mean and not panel.mean_check.isChecked()
    assert ins.text() == sample_text
    # and from the inspector's own box
    qtbot.mouseClick(ins.mean_check, Qt.MouseButton.LeftButton)
    assert panel.mean_check.isChecked() and d.sample_combo.currentIndex() == 1
    assert not panel.sample_spin.isEnabled()  # one sample is not followed now
    assert emitted == [("StepPanel", True), ("NetworkDiagram", False), ("InspectorPanel", True)]


def test_batch_mean_numbers_on_the_diagram_are_the_records_means(window, qtbot):
    d = window.diagram
    step_phases(qtbot, window, 1)
    rec = window.controller.latest.trace[-1]
    window.step_panel.mean_check.setChecked(True)
    from gui.diagram.items import format_value

    expected = [format_value(float(v)) for v in np.mean(rec.arrays["a"], axis=0)]
    assert [n.value_text for n in d.scene.nodes[1]] == expected


def test_previous_phase_is_off_while_there_is_nothing_to_go_back_to(window, qtbot):
    act, button = window.act_step_back, window.step_panel.prev_button
    tool = window.toolbar.widgetForAction(act)
    assert window.controller.latest.step == 0 and not window.controller.latest.trace
    assert not act.isEnabled() and not tool.isEnabled() and not button.isEnabled()
    step_phases(qtbot, window, 1)
    assert act.isEnabled() and button.isEnabled()
    window.act_step_back.trigger()  # back to step 0 before its first phase
    wait_snapshot(qtbot, window.controller, lambda s: not s.trace and s.step == 0)
    assert not act.isEnabled() and not button.isEnabled()


def test_help_glossary_opens_a_searchable_non_modal_window(window, qtbot):
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    assert window.act_glossary in help_menu.actions()
    window.act_glossary.trigger()
    g = window.glossary_window
    qtbot.waitUntil(g.isVisible)
    assert not g.isModal()
    everything = [e.id for e in glossary()]
    assert g.shown_ids() == everything and "delta" in everything
    g.search.setText("δ")
    assert "delta" in g.shown_ids() and len(g.shown_ids()) < len(everything)
    g.search.setText("no such word anywhere")
    assert g.shown_ids() == [] and "No entry" in g.browser.toPlainText()
    g.show_entry("dropout")  # asked for an entry the search hides: the search is cleared
    assert g.search.text() == "" and g.current == "dropout"
    assert "#fff4c2" in g.browser.toHtml().lower()
    window.close()  # the glossary goes with the window
    assert not g.isVisible()


def link_position(browser, href: str) -> QPoint:
    """The viewport point of the first link to ``href`` in a QTextBrowser."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and frag.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(frag.position() + min(1, frag.length() - 1))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_an_inspector_link_opens_the_glossary_at_its_entry(window, qtbot):
    step_phases(qtbot, window, 5)  # through the loss and backward[3]
    d = window.diagram
    edge = d.scene.edge_item(3, 0, 0)
    vp = d.view.viewport()
    QTest.mouseClick(
        vp, Qt.MouseButton.LeftButton, pos=d.view.mapFromScene(edge.path().pointAtPercent(0.5))
    )
    ins = window.inspector
    assert ins.selection == ("weight", 3, 0, 0)
    html = ins.browser.toHtml()
    assert 'href="glossary:' in html
    href = "glossary:gradient" if 'href="glossary:gradient"' in html else None
    href = href or html.split('href="', 2)[1].split('"')[0]
    pos = link_position(ins.browser, href)
    with qtbot.waitSignal(ins.glossaryRequested) as sig:
        QTest.mouseClick(ins.browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    entry = href.split(":", 1)[1]
    assert sig.args == [entry]
    g = window.glossary_window
    assert g.isVisible() and g.current == entry


def test_every_symbol_on_the_diagram_is_explained_and_linked(window, qtbot):
    d, g = window.diagram, window.glossary_window
    ids = {e.id for e in glossary()}
    key = d.symbol_key
    assert set(key.entries()) <= ids
    text = key.label.text()
    for symbol in ("z = Σ w·a + b", "a = f(z)", "δ = ∂L/∂z", "∂L/∂w", "Δw, Δb"):
        assert symbol in text
    for words in ("blue / orange", "thick edge", "crossed-out neuron"):
        assert words in text
    qtbot.mouseClick(d.key_button, Qt.MouseButton.LeftButton)
    assert key.isVisible()
    key.label.linkActivated.emit("glossary:delta")  # what a click on its "more" link sends
    assert not key.isVisible() and g.isVisible() and g.current == "delta"
    g.close()
    # the colour legend: its tooltip explains colours and widths; a click opens the glossary
    assert "orange" in d.legend.toolTip() and "thicker" in d.legend.toolTip()
    qtbot.mouseClick(d.legend, Qt.MouseButton.LeftButton)
    assert g.isVisible() and g.current == "colours"
    g.close()
    # the caption under a layer: a tooltip, and a click opens its entry
    step_phases(qtbot, window, 5)  # backward[3]: the output layer shows δ
    caption = d.scene.headers.captions[3]
    assert caption.isVisible() and caption.text() == "δ = ∂L/∂z"
    assert caption.toolTip().startswith("δ = ∂L/∂z: how much the loss changes")
    pos = d.view.mapFromScene(caption.sceneBoundingRect().center())
    QTest.mouseClick(d.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert g.isVisible() and g.current == "delta"
    g.close()
