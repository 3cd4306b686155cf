"""Help → Lessons (the list of the shipped lessons, with where the learner is), Help → Open
lesson… (a lesson file someone wrote: untrusted, checked whole first), and the window's
Lesson dock (gui/lesson_dock.py) made and placed on first use."""

from __future__ import annotations

import shiboken6
from PySide6 import QtWidgets as qw
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

import engine.lessons as lessons
from gui.lesson_dock import LessonDock, _int, app_language

LESSON_WIDTH = 340  # the lesson's column, in pixels


class LessonList(QDialog):
    """Help → Lessons: the shipped lessons with their pages and where the learner is."""

    def __init__(self, menu: LessonMenu):
        super().__init__(menu.win)
        self.menu = menu
        self.setWindowTitle(self.tr("Lessons"))
        self.tree = qw.QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Lesson"), self.tr("Pages"), self.tr("Progress")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemDoubleClicked.connect(lambda *_a: self.accept())
        buttons, box = qw.QDialogButtonBox(self), qw.QDialogButtonBox
        self.open_button = buttons.addButton(self.tr("Open"), box.ButtonRole.AcceptRole)
        self.restart_button = buttons.addButton(self.tr("Restart"), box.ButtonRole.ActionRole)
        buttons.addButton(box.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.restart_button.clicked.connect(self._restart)
        col = qw.QVBoxLayout(self)
        col.addWidget(self.tree)
        col.addWidget(buttons)
        self.resize(620, 420)
        self.fill()

    def fill(self) -> None:
        self.tree.clear()
        language, settings = self.menu.language, self.menu.win.settings
        for lesson in lessons.shipped_lessons():
            page = _int(settings.value(f"lessons/{lesson.id}/page", 0))
            if settings.value(f"lessons/{lesson.id}/finished") in (True, "true"):
                progress = self.tr("finished")
            elif page > 0:
                progress = self.tr("page %1").replace("%1", str(page + 1))
            else:
                progress = self.tr("not started")
            title = f"{lesson.order}. {lessons.page_text(lesson.title, language)}"
            item = qw.QTreeWidgetItem([title, str(len(lesson.pages)), progress])
            item.setToolTip(0, lessons.page_text(lesson.summary, language))
            item.setData(0, Qt.ItemDataRole.UserRole, lesson.id)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def chosen(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _restart(self) -> None:
        lesson_id = self.chosen()
        if lesson_id is not None:
            self.menu.win.settings.remove(f"lessons/{lesson_id}")
            self.fill()


def place_lesson_dock(win, dock: LessonDock) -> None:
    """The lesson's column, left of the diagram: the lesson on top, the data and
    hyper-parameter tabs below it, the window's full height (the bottom docks give up their
    left corner). The diagram keeps its room: at 1280 × 800 the window still fits the screen
    (a column of its own beside the data's asked for ~1380 px)."""
    left, down = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.Orientation.Vertical
    win.setCorner(Qt.Corner.BottomLeftCorner, left)
    win.addDockWidget(left, dock, down)
    below = [
        d
        for d in (win.docks.get("data"), win.docks.get("hyper"))
        if d is not None and not d.isFloating() and win.dockWidgetArea(d) == left
    ]
    if below:  # taken out and put back whole (split out of their tabs, a stray tab bar stayed)
        raised = next((d for d in below if d.isVisible()), below[0])
        for d in below:
            win.removeDockWidget(d)
        win.addDockWidget(left, below[0], down)
        for d in below[1:]:
            win.tabifyDockWidget(below[0], d)
        for d in below:
            d.show()
        raised.raise_()
    win.resizeDocks([dock], [LESSON_WIDTH], Qt.Orientation.Horizontal)
    if below:
        tall = max(win.height() - 120, 400)
        win.resizeDocks([dock, below[0]], [int(tall * 0.62), int(tall * 0.38)], down)
    QTimer.singleShot(0, win.fit_screen)


class LessonMenu(QObject):
    """The window's lesson actions (Help → Lessons, Help → Open lesson…) and its dock."""

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.dock: LessonDock | None = None
        self.act_lessons = QAction(self.tr("Lessons…"), window)
        self.act_lessons.setStatusTip(self.tr("Guided lessons: read, do, predict, then see"))
        self.act_lessons.triggered.connect(self.choose)
        self.act_open = QAction(self.tr("Open lesson…"), window)
        self.act_open.setStatusTip(self.tr("Open a lesson file someone wrote"))
        self.act_open.triggered.connect(self.open_dialog)
        self.language = app_language()  # of the lessons: the interface's, unless set
        QTimer.singleShot(0, self._settle_corner)  # after the window's saved layout is restored

    def populate_menu(self, menu) -> None:
        menu.addAction(self.act_lessons)
        menu.addAction(self.act_open)

    def _dock(self) -> LessonDock:
        if self.dock is None:
            self.dock = LessonDock(self.win)
            self.dock.set_language(self.language)
            if not self.win.restoreDockWidget(self.dock):  # else where it was (a rebuilt window)
                place_lesson_dock(self.win, self.dock)
            self.dock.toggleViewAction().toggled.connect(self._lesson_shown)
        self._lesson_shown(True)
        return self.dock

    def _lesson_shown(self, shown: bool) -> None:
        """The first-run tip steps aside while the lesson is open; closed, the bottom docks
        have their corner back."""
        if not shiboken6.isValid(self.win):
            return  # the window is going (its docks hide as it goes)
        tip = getattr(getattr(self.win, "classroom", None), "tip", None)
        if tip is not None:
            tip.set_lesson_open(shown)
        if not shown:
            self.win.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)

    def _settle_corner(self) -> None:
        """A layout saved with a lesson open gives the left column the corner: none is open."""
        if self.dock is None:
            self._lesson_shown(False)

    def choose(self) -> None:
        """Help → Lessons: pick one from the list."""
        dialog = LessonList(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.open_lesson(dialog.chosen())

    def open_lesson(self, lesson_id: str, page: int | None = None, load: bool = True) -> bool:
        """Open a shipped lesson by id (``--lesson ID``); a message when there is none.
        ``load=False`` keeps the session as it is (its project is loaded already)."""
        try:
            lesson = lessons.find_lesson(lesson_id)
        except lessons.LessonError as exc:
            self._refuse(str(exc))
            return False
        return self.take(lesson, page, load)

    def open_dialog(self) -> None:
        files = self.tr("Lessons (lesson.json *.json);;All files (*)")
        path, _ = qw.QFileDialog.getOpenFileName(self.win, self.tr("Open lesson"), "", files)
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> bool:
        """Open a lesson file (untrusted): checked whole first; a bad one gets its message."""
        try:
            lesson = lessons.check_lesson(path)
        except lessons.LessonError as exc:
            self._refuse(str(exc))
            return False
        except (OSError, ValueError, RecursionError, MemoryError) as exc:
            self._refuse(f"{path}: {exc or type(exc).__name__}")
            return False
        return self.take(lesson)

    def take(self, lesson: lessons.Lesson, page: int | None = None, load: bool = True) -> bool:
        if load and not self.win.file_actions.confirm_discard():
            return False
        self._dock().open(lesson, page, load)
        return True

    def resume(self, progress: dict | None) -> None:
        """Take a lesson on where another window's dock left it (``LessonDock.progress``):
        the window rebuilt in another language, on the same session (nothing is reloaded)."""
        if progress is not None:
            self._dock().resume(progress)

    def _refuse(self, message: str) -> None:
        self.last_message = message
        qw.QMessageBox.warning(self.win, self.tr("This lesson cannot be opened"), message)
