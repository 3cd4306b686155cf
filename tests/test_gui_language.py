"""View → Language: the window switches to 简体中文 and back at once, without a restart, and
the session (training, the open project) goes on; the choice is remembered; Chinese has a
font to render with."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from gui.language import (  # noqa: E402
    chosen_language,
    effective_language,
    ensure_cjk_font,
    switch_language,
    translators,
)

pytestmark = pytest.mark.gui
WAIT = 15_000


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QLocale

    locale = QLocale()  # the default the tests after these expect back
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    box = {"w": w}
    yield box
    translators().install("en")
    QLocale.setDefault(locale)
    current = box["w"]
    close_window(current)


def test_switching_to_chinese_and_back_without_a_restart(window, qtbot):
    w = window["w"]
    c = w.controller
    assert "&File" in menu_titles(w)
    c.step_phase()
    c.step_phase()
    qtbot.waitUntil(lambda: c.latest is not None and len(c.latest.trace) == 2, timeout=WAIT)
    english_phase = w.step_panel.findChildren(type(w.banner.label))  # the panel's labels
    english_texts = {lbl.text() for lbl in english_phase if lbl.text()}
    pid = c.worker_pid

    zh = switch_language(w, "zh_CN")
    window["w"] = zh
    assert zh is not w and zh.controller is c and c.worker_pid == pid  # training goes on
    assert "文件(&F)" in menu_titles(zh)
    assert zh.docks["loss"].windowTitle() == QCoreApplication.translate("MainWindow", "Loss")
    assert zh.docks["loss"].windowTitle() != "Loss"
    zh_texts = {lbl.text() for lbl in zh.step_panel.findChildren(type(zh.banner.label))}
    assert any("阶段" in t or "前向" in t for t in zh_texts), zh_texts
    qtbot.waitUntil(lambda: "前向传播" in zh.inspector.browser.toPlainText(), timeout=WAIT)
    assert chosen_language(zh.settings) == "zh_CN"
    assert zh.controller.latest.trace and len(zh.controller.latest.trace) == 2  # same step
    # the notes are worded by the worker: it words them again in Chinese at once, paused
    assert "mini-batch" in w.notes_bar.shown_ids()
    qtbot.waitUntil(lambda: "批大小" in zh.notes_bar.rows["mini-batch"].text.text(), timeout=WAIT)

    en = switch_language(zh, "en")
    window["w"] = en
    assert "&File" in menu_titles(en) and en.docks["loss"].windowTitle() == "Loss"
    en_texts = {lbl.text() for lbl in en.step_panel.findChildren(type(en.banner.label))}
    assert en_texts & english_texts
    assert chosen_language(en.settings) == "en"


def test_system_choice_follows_the_locale():
    from PySide6.QtCore import QLocale

    expected = "zh_CN" if QLocale.system().name().startswith("zh") else QLocale.system().name()
    assert effective_language("system") == expected
    assert effective_language("zh_CN") == "zh_CN"


def test_chinese_has_a_font():
    assert ensure_cjk_font()
