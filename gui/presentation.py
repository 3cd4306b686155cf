"""Presentation mode, text zoom and the theme: the window as a teacher shows it on a projector.

View → Presentation (F11 or Ctrl+Shift+P) shows the window full screen with the diagram,
the step panel (the current phase) and the inspector; the other docks are hidden, and
each comes back from the View menu; leaving gives back the layout from before. The text
zoom (Ctrl+= / Ctrl+- / Ctrl+0) scales the inspector, the step panel, the diagram's
labels and headline, and the plots' axes. The theme is light or dark (the system's on
first run), with a high-contrast variant whose edges are twice as thick. The zoom, the
theme and the mode are kept in the settings.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from gui import theme
from gui.diagram import style as diagram_style
from gui.widgets.zoom_fonts import zoom_fonts

ZOOMS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5)
KEEP_DOCKS = ("dock-step", "dock-inspector")  # shown in presentation, beside the diagram
KEY_ZOOM, KEY_MODE, KEY_THEME = "view/zoom", "view/presentation", "view/theme"
KEY_CONTRAST, KEY_NORMAL = "view/high_contrast", "view/docks_before_presentation"


def _number(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _flag(value) -> bool:
    """A QSettings boolean (an INI file gives it back as the text "true")."""
    return value is True or str(value).lower() in ("true", "1")


def _names(value) -> list[str] | None:
    """A list of dock names from the settings (an INI file gives one name back as a string)."""
    if value is None:
        return None
    return [value] if isinstance(value, str) else [str(v) for v in value]


class Presentation(QObject):
    """The window's presentation mode, zoom and theme, with their actions and settings."""

    zoomChanged = Signal(float)
    modeChanged = Signal(bool)  # presentation mode entered (True) or left
    themeChanged = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.settings = window.settings
        self.active = False
        self._docks_before: list[str] = []  # the docks open before presentation mode
        self._in_front: list[QDockWidget] = []  # those of them in front (a tab's current)
        self._was_full_screen = False
        zoom = _number(self.settings.value(KEY_ZOOM, 1.0), 1.0)
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        choice = str(self.settings.value(KEY_THEME, theme.SYSTEM))
        self.theme_choice = choice if choice in (theme.LIGHT, theme.DARK) else theme.SYSTEM
        self.high_contrast = _flag(self.settings.value(KEY_CONTRAST, False))
        self._make_actions()
        self.apply()
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        if _flag(self.settings.value(KEY_MODE, False)):
            self.set_presentation(True, _names(self.settings.value(KEY_NORMAL)))

    # ----- actions ------------------------------------------------------------------------
    def _action(self, text: str, slot, keys=(), checkable: bool = False) -> QAction:
        act = QAction(text, self.win)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.setCheckable(checkable)
        (act.toggled if checkable else act.triggered).connect(slot)
        self.win.addAction(act)
        return act

    def _make_actions(self) -> None:
        self.act_presentation = self._action(
            self.tr("Presentation"), self.set_presentation, ("F11", "Ctrl+Shift+P"), True
        )
        self.act_presentation.setStatusTip(
            self.tr("Full screen: the diagram, the current phase and the inspector, large (F11)")
        )
        self.act_zoom_in = self._action(
            self.tr("Larger text"), lambda: self.step_zoom(+1), ("Ctrl+=", "Ctrl++")
        )
        self.act_zoom_out = self._action(
            self.tr("Smaller text"), lambda: self.step_zoom(-1), ("Ctrl+-",)
        )
        self.act_zoom_reset = self._action(
            self.tr("Text at 100 %"), lambda: self.set_zoom(1.0), ("Ctrl+0",)
        )
        self.act_contrast = self._action(
            self.tr("High contrast"), self.set_high_contrast, checkable=True
        )
        self.act_contrast.setStatusTip(self.tr("Black and white, thick edges: for projectors"))
        self.act_contrast.setChecked(self.high_contrast)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for choice, text in (
            (theme.SYSTEM, self.tr("As the system")),
            (theme.LIGHT, self.tr("Light")),
            (theme.DARK, self.tr("Dark")),
        ):
            act = QAction(text, self.win)
            act.setCheckable(True)
            act.setChecked(choice == self.theme_choice)
            act.triggered.connect(lambda _on, c=choice: self.set_theme(c))
            self.theme_group.addAction(act)
            self.theme_actions[choice] = act

    def populate_menu(self, menu: QMenu) -> None:
        """View → Presentation, the text zoom, the theme and high contrast."""
        menu.addSeparator()
        menu.addAction(self.act_presentation)
        menu.addAction(self.act_zoom_in)
        menu.addAction(self.act_zoom_out)
        menu.addAction(self.act_zoom_reset)
        themes = menu.addMenu(self.tr("Theme"))
        for act in self.theme_actions.values():
            themes.addAction(act)
        menu.addAction(self.act_contrast)

    # ----- zoom ---------------------------------------------------------------------------
    def set_zoom(self, zoom: float) -> None:
        """Text at ``zoom`` (1 = 100 %) in the inspector, step panel, diagram and plots."""
        zoom = min(max(float(zoom), ZOOMS[0]), ZOOMS[-1])
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self.settings.setValue(KEY_ZOOM, zoom)
        self.apply()
        self.zoomChanged.emit(zoom)
        self.win.statusBar().showMessage(
            self.tr("Text at %1 %").replace("%1", f"{round(zoom * 100)}"), 2000
        )

    def step_zoom(self, direction: int) -> None:
        """One step larger (+1) or smaller (−1) along ZOOMS."""
        if direction > 0:
            larger = [z for z in ZOOMS if z > self.zoom + 1e-9]
            self.set_zoom(larger[0] if larger else ZOOMS[-1])
        else:
            smaller = [z for z in ZOOMS if z < self.zoom - 1e-9]
            self.set_zoom(smaller[-1] if smaller else ZOOMS[0])

    # ----- theme --------------------------------------------------------------------------
    @property
    def dark(self) -> bool:
        return theme.resolve(self.theme_choice)

    def set_theme(self, choice: str) -> None:
        """light, dark, or system (follow the system's colour scheme)."""
        self.theme_choice = choice
        self.theme_actions[choice].setChecked(True)
        if choice == theme.SYSTEM:
            self.settings.remove(KEY_THEME)
        else:
            self.settings.setValue(KEY_THEME, choice)
        self.apply()
        self.themeChanged.emit()

    def _system_scheme_changed(self, _scheme) -> None:
        """The system went light or dark: followed while the theme is "As the system"."""
        if self.theme_choice == theme.SYSTEM:
            self.apply()
            self.themeChanged.emit()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = bool(on)
        self.settings.setValue(KEY_CONTRAST, self.high_contrast)
        if self.act_contrast.isChecked() != self.high_contrast:
            self.act_contrast.setChecked(self.high_contrast)
        self.apply()
        self.themeChanged.emit()

    def apply(self) -> None:
        """Put the zoom and the theme into every view that shows them."""
        win, dark, hc, zoom = self.win, self.dark, self.high_contrast, self.zoom
        theme.apply_theme(dark, hc)
        diagram_style.set_style(zoom, dark, hc)
        win.diagram.restyle()
        paper = theme.paper_palette(QApplication.palette())
        for browser in (win.inspector.browser, win.glossary_window.browser):
            browser.setPalette(paper)  # light pages: their highlights are light colours
        zoom_fonts(win.inspector, zoom)
        zoom_fonts(win.step_panel, zoom)
        default = not dark and not hc and zoom == 1.0
        for plot in win.findChildren(pg.PlotWidget):
            if not default or plot.property("_themed"):
                theme.style_plot(plot, dark, hc, zoom)
                plot.setProperty("_themed", True)

    # ----- presentation mode --------------------------------------------------------------
    def set_presentation(self, on: bool, docks_before: list[str] | None = None) -> None:
        """Enter (True) or leave presentation mode; ``docks_before``: the docks open before it
        (from the settings, when the window starts in presentation mode).

        Only which docks are open changes, never where they are: leaving opens those open
        before and raises those that were in front (restoring a whole saved layout instead
        could crash Qt with tabbed docks made after the first show)."""
        on = bool(on)
        if on == self.active:
            return
        self.active = on
        win = self.win
        if self.act_presentation.isChecked() != on:
            self.act_presentation.setChecked(on)
        self.settings.setValue(KEY_MODE, on)
        docks = win.findChildren(QDockWidget)
        if on:
            if docks_before is None:
                docks_before = [d.objectName() for d in docks if d.toggleViewAction().isChecked()]
                self._in_front = [d for d in docks if d.isVisible()]
            self._docks_before = list(docks_before)
            self.settings.setValue(KEY_NORMAL, self._docks_before)
            for dock in docks:
                dock.setVisible(dock.objectName() in KEEP_DOCKS)
            self._was_full_screen = win.isFullScreen()
            win.setWindowState(win.windowState() | Qt.WindowState.WindowFullScreen)
        else:
            for dock in docks:
                dock.setVisible(dock.objectName() in self._docks_before)
            for dock in self._in_front:
                dock.raise_()
            self.settings.remove(KEY_NORMAL)
            if not self._was_full_screen:
                win.setWindowState(win.windowState() & ~Qt.WindowState.WindowFullScreen)
        win.diagram.view.fit()
        self.modeChanged.emit(on)
