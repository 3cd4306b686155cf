"""The lesson dock: Help → Lessons lists the twelve lessons, a lesson opens with its project,
its pages are taken as a learner takes them (Show me, an answer, Reveal, right or wrong),
progress is remembered and a lesson can be restarted; a broken or hostile lesson file gets
its LessonError message, runs nothing, and leaves the window working."""

from __future__ import annotations

import json
import random

import pytest

pytest.importorskip("pytestqt")
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QRadioButton  # noqa: E402
from test_gui_support import close_window, shown_window  # noqa: E402

from engine.lessons import LessonError, check_lesson  # noqa: E402
from gui.app import lesson_option  # noqa: E402
from gui.lesson_menu import LessonList  # noqa: E402

pytestmark = pytest.mark.gui
WAIT = 60_000


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    yield w
    close_window(w)


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []

    def warning(_parent, _title, text, *a, **k):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def good_doc() -> dict:
    text = {"en": "Text", "zh_CN": "文本"}
    return {
        "format": "backprop-lab-lesson",
        "version": 1,
        "order": 1,
        "title": {"en": "Mine", "zh_CN": "我的"},
        "summary": text,
        "project": "example:worked-example",
        "pages": [
            {"kind": "read", "text": text},
            {
                "kind": "do",
                "text": text,
                "task": text,
                "done_when": 'phase == "forward[1]"',
                "show": "next_phase",
            },  # fmt: skip
        ],
    }


def test_a_broken_or_hostile_lesson_gets_its_message_and_runs_nothing(
    window, qtbot, tmp_path, warnings
):
    marker = tmp_path / "ran"
    hostile = {
        "not-json": '{"format": "backprop-lab-lesson",\n "pages": [,]}',
        "not-utf8": b"\xff\xfe\x00{",
        "code": lambda d: d["pages"][1].update(done_when=f"__import__('os').system('touch {marker}')"),
        "attribute": lambda d: d["pages"][1].update(done_when="phase.__class__.__mro__"),
        "action": lambda d: d["pages"][1].update(show=["next_phase", f"rm -rf {marker}"]),
        "outside": lambda d: d.update(project="../../../etc/passwd.bplab"),
        "no-chinese": lambda d: d["title"].pop("zh_CN"),
        "junk-pages": lambda d: d.update(pages=[{"kind": ["do"]}, 7]),
        "missing-project": lambda d: d.update(project="nowhere.bplab"),
        "deep": "[" * 5000 + "]" * 5000,
    }  # fmt: skip
    menu = window.lessons
    for name, change in hostile.items():
        folder = tmp_path / name
        folder.mkdir()
        if isinstance(change, bytes):
            (folder / "lesson.json").write_bytes(change)
        elif isinstance(change, str):
            (folder / "lesson.json").write_text(change, encoding="utf-8")
        else:
            doc = good_doc()
            change(doc)
            (folder / "lesson.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
        with pytest.raises(LessonError) as info:
            check_lesson(str(folder))
        assert not menu.open_file(str(folder)), name
        assert warnings[-1] == str(info.value), name  # LessonError's own text, file and line
        assert str(folder / "lesson.json") in warnings[-1], name
    assert len(warnings) == len(hostile)
    assert not marker.exists() and menu.dock is None  # nothing ran, no lesson opened
    # fuzzed: any value anywhere replaced by junk gives the message of the file and line
    rng = random.Random(0)
    junk = [None, 7, -1.5, True, [], {}, "__import__('os')", "x" * 5000, ["epochs 99999"] * 300]
    for k in range(25):
        doc = good_doc()
        place = rng.choice([doc, doc["title"], doc["pages"][0], doc["pages"][1]])
        place[rng.choice(sorted(place))] = rng.choice(junk)
        folder = tmp_path / f"fuzz-{k}"
        folder.mkdir()
        (folder / "lesson.json").write_text(json.dumps(doc), encoding="utf-8")
        window.file_actions.modified = False
        if not menu.open_file(str(folder)):
            assert warnings[-1].startswith(str(folder / "lesson.json")), warnings[-1]
    assert not marker.exists()
    # the window keeps working: a training step goes through
    c = window.controller
    step = c.latest.step
    window.act_step_batch.trigger()
    qtbot.waitUntil(lambda: c.latest.step == step + 1, timeout=WAIT)
    # and a good lesson from a file opens (the step left nothing to save), its Show me works
    window.file_actions.modified = False
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "lesson.json").write_text(json.dumps(good_doc()), encoding="utf-8")
    assert menu.open_file(str(folder))
    dock = menu.dock
    qtbot.waitUntil(lambda: dock.next_button.isEnabled(), timeout=WAIT)
    dock.next_button.click()
    assert not dock.next_button.isEnabled() and dock.show_button.isVisible()
    dock.show_button.click()
    qtbot.waitUntil(lambda: dock.next_button.isEnabled(), timeout=WAIT)
    assert c.latest.trace[-1].phase == "forward[1]"


def test_lesson_4_through_the_dock_marks_right_and_wrong(window, qtbot):
    menu = window.lessons
    assert menu.open_lesson("backprop-by-hand", page=0)
    dock = menu.dock
    qtbot.waitUntil(lambda: dock.next_button.isEnabled(), timeout=WAIT)
    assert dock.title.text() == "Backpropagation by hand" and dock.where.text() == "Page 1 of 10"
    # the learner's answers: some right (the post's numbers), some wrong
    answers = {
        1: ("0.5", False, 0.593269992),
        2: ("0.75136507", True, 0.75136507),
        3: ("0.298371109", True, 0.298371109),
        4: ("0.1", False, 0.082167041),
        5: ("0.000438568", True, 0.000438568),
        6: ("0.35891648", True, 0.35891648),
        8: ("0.15", False, 0.149780716),
    }
    settings = window.settings
    for i in range(1, 10):
        dock.next_button.click()
        assert dock.index == i and int(settings.value("lessons/backprop-by-hand/page")) == i
        page = dock.page
        if page.kind == "predict":
            guess, right, number = answers[i]
            assert not dock.next_button.isEnabled()  # answer first
            dock.answer_field.setText(guess)
            dock.reveal_button.click()
            qtbot.waitUntil(lambda i=i: i in dock._results, timeout=WAIT)
            _, answer, marked = dock._results[i]
            assert marked is right and abs(answer - number) < 1e-8, (i, answer)
            assert dock.status.text().startswith("✓" if right else "✗")
            assert f"{answer:.9g}" in dock.status.text()
            assert right or f"you said {guess}" in dock.status.text()
        elif page.kind == "do":
            assert not dock.next_button.isEnabled()
            dock.show_button.click()
        qtbot.waitUntil(lambda: dock.next_button.isEnabled(), timeout=WAIT)
        if page.look is not None and page.look[0] == "weight":
            kind, item = page.look
            layer, row, col = int(item[1]), int(item[3]) - 1, int(item[5]) - 1
            assert window.diagram.selection == ("weight", layer, row, col)
    assert window.controller.latest.trace[-1].phase == "update"
    # the last page points at the loss view
    assert window.docks["loss"].isVisible()
    dock.next_button.click()
    assert settings.value("lessons/backprop-by-hand/finished") in (True, "true")
    # the list shows the progress; a restart goes back to the first page and the project
    listing = LessonList(menu)
    rows = [listing.tree.topLevelItem(k) for k in range(listing.tree.topLevelItemCount())]
    assert len(rows) == 12 and rows[3].text(0) == "4. Backpropagation by hand"
    assert rows[3].text(1) == "10" and rows[3].text(2) == "finished"
    assert rows[0].text(2) == "not started"
    listing.deleteLater()
    dock.restart()
    qtbot.waitUntil(lambda: window.controller.latest.step == 0, timeout=WAIT)
    assert dock.index == 0 and int(settings.value("lessons/backprop-by-hand/page")) == 0


def test_the_lessons_follow_the_language_and_reopen_where_the_learner_was(window, qtbot, warnings):
    menu = window.lessons
    menu.language = "zh_CN"
    listing = LessonList(menu)
    assert listing.tree.topLevelItem(3).text(0) == "4. 手算反向传播"
    listing.deleteLater()
    window.settings.setValue("lessons/loss/page", 2)
    assert menu.open_lesson("loss")
    dock = menu.dock
    assert dock.index == 2 and dock.title.text().startswith("损失函数")
    assert "交叉熵" in dock.text.toPlainText()
    dock.set_language("en")
    assert dock.title.text().startswith("The loss")
    for index, labels in ((4, ["Larger", "Smaller"]), (6, ["Yes", "No"])):  # two choice pages
        dock.index = index
        dock._show_page(load=False)
        QApplication.processEvents()  # a widget added to a shown one is shown from the loop
        shown = [
            r.text() for r in dock.choice_box.findChildren(QRadioButton) if r.isVisibleTo(dock)
        ]
        assert shown == labels
    assert not menu.open_lesson("no-such-lesson")  # a message, the lesson stays
    assert "no such lesson" in warnings[-1] and dock.lesson.id == "loss"


def test_a_lesson_fits_1280_by_800_and_the_first_run_tip_steps_aside(window, qtbot):
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280, timeout=WAIT)
    tip = window.classroom.tip
    assert tip.isVisible()  # fresh settings: the first-run tip shows
    window.compare.race_dock.field.setCurrentIndex(0)  # training loss
    assert window.lessons.open_lesson("overfitting", page=4)  # L2 against no cure: test loss
    dock = window.lessons.dock
    qtbot.waitUntil(lambda: not dock._loading and dock.reveal_button.isEnabled(), timeout=WAIT)
    qtbot.wait(200)
    # the window still fits the screen (a column of its own asked for ~1380 px)
    assert window.minimumSizeHint().width() <= 1280 and window.width() <= 1280
    assert not tip.isVisible()  # the lesson is the guide: the diagram gets the room
    assert window.diagram.width() >= 480
    # the lesson's column: the lesson on top, the data and hyper-parameter tabs below it
    data, hyper = window.docks["data"], window.docks["hyper"]
    assert abs(data.x() - dock.x()) < 8 and data.y() >= dock.y() + dock.height()
    assert window.tabifiedDockWidgets(data) == [hyper]
    assert dock.height() >= 380 and dock.text.height() >= 120
    # the race view draws what the question is about: the test loss
    assert window.compare.race_dock.field.currentData() == "test_loss"
    dock.close()
    qtbot.waitUntil(lambda: tip.isVisible(), timeout=WAIT)  # the lesson closed: back


def test_the_lesson_option_of_the_command_line():
    assert lesson_option(["--lesson", "loss", "-style", "x"]) == ("loss", ["-style", "x"])
    assert lesson_option(["--lesson=digits"]) == ("digits", [])
    assert lesson_option(["a.bplab"]) == (None, ["a.bplab"])


def test_switching_the_language_keeps_the_lesson_its_page_answers_and_network(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QLocale

    from gui.language import switch_language, translators

    asked: list[str] = []  # "Unsaved changes?" (the session is not replaced: nothing to ask)

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    locale = QLocale()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = shown_window(qtbot, settings, WAIT)
    c = w.controller
    box = {"w": w}
    try:
        assert w.lessons.open_lesson("backprop-by-hand", page=0)
        dock = w.lessons.dock
        qtbot.waitUntil(lambda: dock.next_button.isEnabled(), timeout=WAIT)
        dock.next_button.click()
        dock.answer_field.setText("0.5933")  # right: out_h1 = 0.593269992
        dock.reveal_button.click()
        qtbot.waitUntil(lambda: 1 in dock._results, timeout=WAIT)
        c.step_phase()  # the learner goes on by hand: forward[2], then the loss
        c.step_phase()
        qtbot.waitUntil(lambda: len(c.latest.trace) == 3, timeout=WAIT)
        zh = box["w"] = switch_language(w, "zh_CN")
        new = zh.lessons.dock
        assert not asked
        assert new is not None and new.lesson.id == "backprop-by-hand" and new.index == 1
        assert new.title.text() == "手算反向传播" and "h1" in new.text.toPlainText()
        assert new._results[1][2] is True and new.status.text().startswith("✓")
        assert new.next_button.isEnabled() and not new.reveal_button.isEnabled()
        assert new.answer_field.text() == "0.5933"
        qtbot.wait(1500)  # a reload of the lesson's project would have come by now
        assert c.latest.step == 0 and [t.phase for t in c.latest.trace] == [
            "forward[1]",
            "forward[2]",
            "loss",
        ]
        assert zh.lessons.dock.isVisible() and zh.docks["loss"].isVisible()
    finally:
        translators().install("en")
        QLocale.setDefault(locale)
        current = box["w"]
        close_window(current)
