"""The Lesson dock (Help → Lessons and Help → Open lesson… are gui/lesson_menu.py).

The dock shows one page of a lesson at a time (engine/lessons: the format): its Markdown
text, then per kind a task with **Show me** (Do), a question with **Reveal** (Predict), or
something pointed at (Look). A Do page is done when its ``done_when`` holds on a snapshot;
a Predict page's answer is evaluated on the learner's own network after its ``reveal``
has run. Actions run through ``session.lesson_actions.ActionRunner`` and the controller's
``post``, one at a time, each until the worker shows it done. Where the learner is in
each lesson is kept in the settings. A lesson file the user opens is untrusted: a bad one
gets LessonError's message, and nothing in it runs code (expressions and actions are a
fixed vocabulary; Markdown is shown without fetching anything).
"""

from __future__ import annotations

import math
import re

from PySide6 import QtWidgets as qw
from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QPushButton, QWidget

import engine.lessons as lessons
from engine.lessons.actions import ActionError, item_index
from engine.lessons.expressions import ExpressionError, evaluate
from session.lesson_actions import ActionRunner
from session.lesson_state import lesson_state

#: a lesson's view names → the window's dock keys
VIEW_DOCKS = {"loss": "loss", "output": "output", "health": "health", "race": "race",
              "landscape": "landscape", "inspector": "inspector", "step": "step", "data": "data",
              "hyperparameters": "hyper"}  # fmt: skip
#: what the race view draws on a page whose answer reads a race's numbers (its test loss…)
RACE_FIELDS = (("race_test_loss", "test_loss"), ("race_loss", "train_loss"))
FLASH_MS = 1500
POLL_MS = 100


def _int(value) -> int:
    """A page number from the settings (which may hold anything)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def app_language() -> str:
    """The lessons' language for this interface: "zh_CN" where it is Chinese, else "en"."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


class _Markdown(qw.QTextBrowser):
    """A lesson's Markdown: shown as it is, links handled by the dock, nothing fetched."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setOpenLinks(False)  # the dock follows glossary links; nothing else is opened

    def loadResource(self, kind, url):  # noqa: N802 - Qt's name; a lesson loads no files
        return None


class _Flash(QWidget):
    """A frame drawn over a widget for a moment: "look here"."""

    def __init__(self, target: QWidget):
        super().__init__(target)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(target.rect())
        self.show()
        self.raise_()
        QTimer.singleShot(FLASH_MS, self.deleteLater)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setPen(QPen(QColor("#f59e0b"), 4))
        p.drawRoundedRect(self.rect().adjusted(2, 2, -3, -3), 6, 6)


class LessonDock(QDockWidget):
    """One page at a time of the lesson being taken, driving the window it belongs to."""

    def __init__(self, window):
        super().__init__(self.tr("Lesson"), window)
        self.setObjectName("dock-lesson")
        self.win = window
        self.controller = window.controller
        self.language = app_language()
        self.lesson: lessons.Lesson | None = None
        self.index = 0
        self.runner: ActionRunner | None = None
        self._purpose = ""  # "show" or "reveal" while actions run
        self._before = None  # the state when the learner pressed Reveal
        self._guess = None
        self._done: set[int] = set()
        self._results: dict[int, tuple] = {}  # page → (guess, answer, right)
        self._loading = False
        self._finished = False  # Next was pressed on the last page
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)
        self._build()
        c = self.controller
        c.snapshotReady.connect(self._on_snapshot)
        c.datasetChanged.connect(self._on_dataset)
        c.errorOccurred.connect(self._on_error)

    # ----- the widgets ---------------------------------------------------------------------
    def _button(self, text: str, slot, tip: str = "") -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        body = QWidget(self)
        col = qw.QVBoxLayout(body)
        self.title, self.where, self.task, self.question, self.status = (
            qw.QLabel(body) for _ in "12345"
        )
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        for label in (self.title, self.task, self.question, self.status):
            label.setWordWrap(True)
        for label in (self.task, self.question):
            label.setStyleSheet("font-weight: bold;")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        tip = self.tr("Start the lesson again from its first page")
        self.restart_button = self._button(self.tr("Restart"), self.restart, tip)
        self.text = _Markdown(body)
        self.text.anchorClicked.connect(self._link)
        self.answer_field = qw.QLineEdit(body)
        self.answer_field.setPlaceholderText(self.tr("Your answer"))
        self.answer_field.returnPressed.connect(self.reveal)
        self.choice_box = QWidget(body)
        self.choice_layout = qw.QVBoxLayout(self.choice_box)
        self.choice_layout.setContentsMargins(0, 0, 0, 0)
        self.choices = qw.QButtonGroup(self)
        tip = self.tr("Let the app do this page's task")
        self.show_button = self._button(self.tr("Show me"), self.show_me, tip)
        tip = self.tr("Run it and compare the app's answer with yours")
        self.reveal_button = self._button(self.tr("Reveal"), self.reveal, tip)
        self.look_button = self._button(self.tr("Point at it"), self.point)
        self.back_button = self._button(self.tr("◀ Back"), self.back)
        self.next_button = self._button(self.tr("Next ▶"), self.next)
        for items in (
            (self.title,),
            (self.where, None, self.restart_button),
            (self.text,),
            (self.task,),
            (self.question,),
            (self.answer_field,),
            (self.choice_box,),
            (self.show_button, self.reveal_button, self.look_button, None),
            (self.status,),
            (self.back_button, None, self.next_button),
        ):
            line = qw.QHBoxLayout()
            for w in items:
                if w is None:
                    line.addStretch(1)
                else:
                    line.addWidget(w, 1 if w is self.title or w is self.text else 0)
            col.addLayout(line, 1 if items[0] is self.text else 0)
        body.setMinimumWidth(300)
        self.setWidget(body)

    # ----- lessons and pages ---------------------------------------------------------------
    def open(self, lesson: lessons.Lesson, page: int | None = None, load: bool = True) -> None:
        """Take ``lesson``: load its project, show ``page`` (else where the learner left it)."""
        self.runner = None
        self._timer.stop()
        self.lesson = lesson
        self._done, self._results = set(), {}
        saved = _int(self.win.settings.value(f"lessons/{lesson.id}/page", 0))
        self.index = max(0, min(page if page is not None else saved, len(lesson.pages) - 1))
        self.show()
        self.raise_()
        if load:  # else the session in the window goes on (a window rebuilt in a new language)
            self._load(lesson.project_path(lesson.pages[self.index].project))
        self._show_page(load=False)

    def progress(self) -> dict | None:
        """Where the learner is in the lesson being taken, for ``resume`` (a window rebuilt in
        another language takes the lesson on where it was); None when no lesson is open."""
        if self.lesson is None:
            return None
        keys = ("lesson", "index", "runner", "_done", "_results", "_finished", "_purpose",
                "_before", "_guess", "_loading")  # fmt: skip
        return {key: getattr(self, key) for key in keys}

    def resume(self, progress: dict) -> None:
        """Take the lesson on as ``progress`` left it, on the session as it is now: the same
        page, its answers and tasks done, an action still running (nothing is reloaded)."""
        self.open(progress["lesson"], progress["index"], load=False)
        for key in ("_done", "_results", "_purpose", "_before", "_guess", "_loading"):
            setattr(self, key, progress[key])
        self._show_page(load=False)
        if progress["_finished"]:
            self._finish()
        runner = progress["runner"]
        if runner is not None and runner.busy:
            runner.retarget(self._select)  # the old window's diagram is gone
            self.runner = runner
            self.status.setText(self.tr("Working…"))
            self._timer.start()
        self._refresh()

    def restart(self) -> None:
        """Back to the first page, with the lesson's project as it starts."""
        if self.lesson is not None:
            self.win.settings.setValue(f"lessons/{self.lesson.id}/finished", False)
            self.open(self.lesson, 0)

    def set_language(self, language: str) -> None:
        """Show the lessons in ``language`` ("en", "zh_CN")."""
        self.language = language
        if self.lesson is not None:
            self._show_page(load=False)

    @property
    def page(self):
        return None if self.lesson is None else self.lesson.pages[self.index]

    def _text(self, text) -> str:
        return lessons.page_text(text, self.language) if text else ""

    def _load(self, path: str) -> None:
        self._loading = bool(self.win.file_actions.open_path(path, remember=False))
        if not self._loading:
            self.status.setText(self.tr("The lesson's project could not be loaded."))

    def _show_page(self, load: bool = True) -> None:
        lesson, page = self.lesson, self.page
        if lesson is None or page is None:
            return
        self.win.settings.setValue(f"lessons/{lesson.id}/page", self.index)
        if load and page.project:
            self._load(lesson.project_path(page.project))
        self.title.setText(self._text(lesson.title))
        self.where.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(lesson.pages)))
        )
        self.text.setMarkdown(self._text(page.text))
        self.task.setText(self._text(page.task))
        self.question.setText(self._text(page.question))
        self.answer_field.clear()
        for b in self.choices.buttons():  # gone at once (deleteLater waits for the event loop)
            self.choices.removeButton(b)
            self.choice_layout.removeWidget(b)
            b.hide()
            b.deleteLater()
        for choice in page.choices:
            b = qw.QRadioButton(self._text(choice.label), self.choice_box)
            b.setProperty("choice", choice.id)
            self.choices.addButton(b)
            self.choice_layout.addWidget(b)
        kind = page.kind
        self.task.setVisible(kind == "do")
        self.show_button.setVisible(kind == "do" and bool(page.show))
        self.question.setVisible(kind == "predict")
        self.answer_field.setVisible(kind == "predict" and not page.choices)
        self.choice_box.setVisible(kind == "predict" and bool(page.choices))
        self.reveal_button.setVisible(kind == "predict")
        self.look_button.setVisible(page.look is not None)
        self.status.setText("")
        self.status.setStyleSheet("")
        self._finished = False
        if self.index in self._results:
            self._show_result(*self._results[self.index])
        if page.look is not None:
            QTimer.singleShot(0, self.point)
        self._check_done()
        self._refresh()

    def next(self) -> None:
        if self.lesson is None or not self.next_button.isEnabled():
            return
        if self.index + 1 < len(self.lesson.pages):
            self.index += 1
            self._show_page()
        else:
            self.win.settings.setValue(f"lessons/{self.lesson.id}/finished", True)
            self._finish()
            self._refresh()

    def _finish(self) -> None:
        self._finished = True
        self.status.setStyleSheet("color: #15803d;")
        self.status.setText("✓ " + self.tr("You have finished this lesson."))

    def back(self) -> None:
        if self.lesson is not None and self.index > 0 and self.runner is None:
            self.index -= 1
            self._show_page(load=False)

    def _refresh(self) -> None:
        page, busy = self.page, self.runner is not None or self._loading
        if page is None:
            return
        done = (
            page.kind in ("read", "look")
            or (page.kind == "do" and self.index in self._done)
            or (page.kind == "predict" and self.index in self._results)
        )
        self.next_button.setEnabled(done and not busy and not self._finished)
        self.back_button.setEnabled(self.index > 0 and not busy)
        self.show_button.setEnabled(not busy and self.index not in self._done)
        self.reveal_button.setEnabled(not busy and self.index not in self._results)
        self.answer_field.setEnabled(self.index not in self._results)
        self.choice_box.setEnabled(self.index not in self._results)
        self.restart_button.setEnabled(not busy)

    # ----- Do and Predict -----------------------------------------------------------------
    def show_me(self) -> None:
        page = self.page
        if page is not None and page.kind == "do" and self.runner is None:
            self._run(page.show, "show")

    def reveal(self) -> None:
        page = self.page
        if page is None or page.kind != "predict" or self.runner is not None or self._loading:
            return
        if self.index in self._results:
            return
        if page.choices:
            chosen = self.choices.checkedButton()
            if chosen is None:
                self.status.setText(self.tr("Choose an answer first."))
                return
            guess = chosen.property("choice")
        else:
            try:
                guess = float(self.answer_field.text().strip().replace(",", "."))
            except ValueError:
                guess = math.nan
            if not math.isfinite(guess):
                self.status.setText(self.tr("Type a number first."))
                return
        snap, self._guess = self.controller.latest, guess
        self._before = None if snap is None else lesson_state(snap, self._dataset_name())
        self._run(page.reveal, "reveal")  # (says so when the training is not ready)

    def _dataset_name(self) -> str:
        ds = self.controller.dataset
        return ds.spec.name if ds is not None else ""

    def _run(self, actions, purpose: str) -> None:
        snap, ds = self.controller.latest, self.controller.dataset
        if snap is None or ds is None or self._loading:
            self.status.setText(self.tr("The training is not ready yet; try again in a moment."))
            return
        self._purpose = purpose
        self.status.setText(self.tr("Working…"))
        self.runner = ActionRunner(
            actions, self.controller.post, self.lesson.folder, snap, ds.spec, select=self._select
        )
        self._timer.start()
        self._refresh()
        self._check_runner()

    def _tick(self) -> None:
        if self.runner is not None:
            self.runner.poll()
            self._check_runner()

    def _check_runner(self) -> None:
        runner = self.runner
        if runner is None or runner.busy:
            return
        self.runner = None
        self._timer.stop()
        if runner.error is not None:
            self.status.setText(self.tr("The app could not do it: %1").replace("%1", runner.error))
        elif self._purpose == "reveal":
            self._answer(runner.snap)
        else:
            self.status.setText("")
            self._check_done(runner.snap)
        self._refresh()

    def _answer(self, snap) -> None:
        page = self.page
        try:
            state = lesson_state(snap, self._dataset_name(), self._before)
            answer = lessons.answer_of(page, state)
        except ExpressionError as exc:
            self.status.setText(self.tr("The lesson's answer cannot be computed: %1").replace(
                "%1", str(exc)))  # fmt: skip
            return
        right = lessons.grade(page, self._guess, answer)
        self._results[self.index] = (self._guess, answer, right)
        self._show_result(self._guess, answer, right)

    def _show_result(self, guess, answer, right: bool) -> None:
        page = self.page
        if page.choices:
            labels = {c.id: self._text(c.label) for c in page.choices}
            said, got = labels.get(str(guess), str(guess)), labels.get(str(answer), str(answer))
            self.choices.blockSignals(True)
            for b in self.choices.buttons():
                b.setChecked(b.property("choice") == guess)
            self.choices.blockSignals(False)
        else:
            said, got = f"{guess:.9g}", f"{float(answer):.9g}"
            self.answer_field.setText(f"{guess:.9g}")
        text = self.tr("Right! The app computed: %1") if right else self.tr(
            "Not quite. The app computed %1; you said %2.")  # fmt: skip
        self.status.setText(("✓ " if right else "✗ ") + text.replace("%1", got).replace("%2", said))
        self.status.setStyleSheet(f"color: {'#15803d' if right else '#b91c1c'};")

    def _check_done(self, snap=None) -> None:
        page = self.page
        snap = snap if snap is not None else self.controller.latest
        if page is None or page.kind != "do" or self.index in self._done or snap is None:
            return
        if self._loading:
            return
        try:
            done = bool(evaluate(page.done_when or "", lesson_state(snap, self._dataset_name())))
        except ExpressionError:
            done = False  # not available yet (a phase not run, say)
        if done:
            self._done.add(self.index)
            self.status.setStyleSheet("color: #15803d;")
            self.status.setText("✓ " + self.tr("Done. Press Next."))
            self._refresh()

    # ----- the app's signals ---------------------------------------------------------------
    def _on_snapshot(self, snap) -> None:
        if self.runner is not None:
            self.runner.snapshot(snap)
            self._check_runner()
        if not self._loading:
            self._check_done(snap)

    def _on_dataset(self, dataset) -> None:
        if self.runner is not None:
            self.runner.dataset(dataset.spec)
        if self._loading:
            self._loading = False
            QTimer.singleShot(0, self._refresh)

    def _on_error(self, message: str) -> None:
        if self.runner is not None:
            self.runner.fail(message)
            self._check_runner()
        self._loading = False

    # ----- pointing at things -------------------------------------------------------------
    def point(self) -> None:
        """Point at the page's ``look``: select the item in the diagram, or raise the view."""
        page = self.page
        if page is not None and page.look is not None:
            target, what = page.look
            if target == "view":
                self.show_view(what)
            else:
                self._select(target, what)

    def show_view(self, name: str) -> None:
        """Raise a view's dock and flash it."""
        if name == "diagram":
            _Flash(self.win.diagram)
            return
        key = VIEW_DOCKS.get(name, name)
        dock = self.win.docks.get(key) or self.win.findChild(QDockWidget, f"dock-{key}")
        if dock is None:
            self.win.statusBar().showMessage(
                self.tr("This window has no %1 view.").replace("%1", name), 5000
            )
            return
        dock.show()
        dock.raise_()
        _Flash(dock)
        if name == "race":
            self._race_field()

    def _race_field(self) -> None:
        """The race view draws what the page's answer reads: its test loss, say (it showed
        the training loss while the question was about the test loss)."""
        page = self.page
        field = getattr(
            getattr(getattr(self.win, "compare", None), "race_dock", None), "field", None
        )
        if page is None or not page.answer or field is None:
            return
        for word, key in RACE_FIELDS:
            if re.search(rf"\b{word}\s*\(", page.answer) and field.findData(key) >= 0:
                field.setCurrentIndex(field.findData(key))
                return

    def _select(self, kind: str, item: str) -> None:
        """Select a neuron, weight or bias in the diagram (the inspector follows)."""
        spec = self.controller.spec
        try:
            found, layer, index = item_index(item)
        except ActionError:
            return
        sizes = spec.sizes if spec is not None else ()
        if found != kind or layer >= len(sizes) or index[0] > sizes[layer]:
            return
        d = self.win.diagram
        if kind == "neuron":
            d.scene.set_selected(layer, index[0] - 1)
            d.neuronSelected.emit(layer, index[0] - 1)
        elif kind == "bias" and layer >= 1:
            d.select_bias(layer, index[0] - 1)
        elif kind == "weight" and layer >= 1 and index[1] <= sizes[layer - 1]:
            d.scene.select(("weight", layer, index[0] - 1, index[1] - 1))
            d.edgeSelected.emit(layer, index[0] - 1, index[1] - 1)
        _Flash(d)

    def _link(self, url: QUrl) -> None:
        """glossary:ID opens the glossary at that entry; other links are not followed."""
        if url.scheme() == "glossary":
            self.win.glossary_window.show_entry(url.path())
