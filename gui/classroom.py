"""The window's tools for a classroom, made in one place and put into its menus.

- View → Presentation, text zoom, theme, high contrast (gui/presentation.py);
- File → Export figure… and each view's right-click menu (gui/figure_actions.py);
- Help → Help (F1), Help → Keyboard shortcuts (gui/help_window.py); the glossary is Shift+F1;
- the first-run tip above the diagram (gui/first_run_tip.py).

The inspector's handouts (Markdown, LaTeX) are its own button (gui/handouts.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from assets import asset_path
from gui.figure_actions import FigureActions
from gui.first_run_tip import FirstRunTip
from gui.help_window import HelpWindow
from gui.presentation import Presentation

WORKED_EXAMPLE = asset_path("examples") / "worked-example.bplab"


def menu_holding(window, action: QAction) -> QMenu | None:
    """The menu of the window's menu bar that holds ``action``."""
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


class Classroom(QObject):
    """Presentation mode, figures, help and the first-run tip, wired into ``window``."""

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.presentation = Presentation(window)
        self.figures = FigureActions(window)
        self.help_window = HelpWindow(window)
        self.help_window.glossaryRequested.connect(
            lambda entry: window.glossary_window.show_entry(entry or None)
        )
        self.help_window.lessonsRequested.connect(self.open_lessons)
        self.help_window.workedExampleRequested.connect(self.open_worked_example)
        self.act_help = self._action(self.tr("Help"), lambda: self.help_window.show_help(), "F1")
        self.act_help.setStatusTip(self.tr("Where to start, the keys, what each part shows (F1)"))
        self.act_keys = self._action(
            self.tr("Keyboard shortcuts"), lambda: self.help_window.show_help("keys")
        )
        self.tip = FirstRunTip(window.settings, window)
        self.tip.workedExampleRequested.connect(self.open_worked_example)
        self.tip.helpRequested.connect(self.act_help.trigger)
        column = window.centralWidget().layout()
        column.insertWidget(column.indexOf(window.diagram), self.tip)
        self.presentation.modeChanged.connect(self._show_tip)
        self._show_tip(self.presentation.active)
        self._fill_menus()

    def _action(self, text: str, slot, key: str | None = None) -> QAction:
        act = QAction(text, self.win)
        if key:
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(slot)
        self.win.addAction(act)
        return act

    def _fill_menus(self) -> None:
        win = self.win
        help_menu = menu_holding(win, win.act_glossary)
        if help_menu is not None:
            help_menu.insertAction(win.act_glossary, self.act_help)
            help_menu.insertAction(win.act_glossary, self.act_keys)
        view = menu_holding(win, win.act_reset_layout)
        if view is not None:
            self.presentation.populate_menu(view)
        file_menu = menu_holding(win, win.file_actions.act_export)
        if file_menu is not None:
            actions = file_menu.actions()
            after = actions.index(win.file_actions.act_import) + 1
            before = actions[after] if after < len(actions) else None
            file_menu.insertAction(before, self.figures.act_export)

    def _show_tip(self, presenting: bool) -> None:
        """The first-run tip, unless dismissed; never on the projector (presentation mode)."""
        self.tip.setVisible(not presenting and not self.tip.dismissed())

    def open_worked_example(self) -> bool:
        """Open the worked example (after asking to save changes, as File → Open does)."""
        actions = self.win.file_actions
        if not actions.confirm_discard():
            return False
        return actions.open_path(str(WORKED_EXAMPLE), remember=False)

    def open_lessons(self) -> None:
        lessons = getattr(self.win, "lessons", None)
        if lessons is not None:
            lessons.act_lessons.trigger()
