"""The interface language: View → Language (System, English, 简体中文), switched at once.

Qt sends every widget a LanguageChange when a translator is installed or removed. The
window answers it by rebuilding its widgets (``switch_language``): a new MainWindow on the
same controller, so training, the open project, the layout and the lesson go on, and
every string is read again through the new translators — none can be missed. The choice
is remembered; the first run follows the system locale.

Chinese needs a CJK font: where the system has none (a minimal Linux install), the
shipped subset of Noto Sans SC (assets/fonts, SIL Open Font License) is loaded, so Chinese
never renders as boxes.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu

from assets import asset_path

if TYPE_CHECKING:
    from gui.main_window import MainWindow

#: the choices of View → Language: code → its name, always written in its own language
LANGUAGES = {"system": "", "en": "English", "zh_CN": "简体中文"}
SETTING = "language"
FONT_FILE = "NotoSansSC-subset.otf"


def chosen_language(settings: QSettings) -> str:
    """The remembered choice ("system" on the first run)."""
    value = settings.value(SETTING, "system")
    return value if value in LANGUAGES else "system"


def effective_language(choice: str) -> str:
    """The catalogue a choice loads: "en", "zh_CN", … ("system" follows the locale)."""
    if choice != "system":
        return choice
    name = QLocale.system().name()  # e.g. "zh_CN", "de_DE"
    return "zh_CN" if name.startswith("zh") else name


class Translators:
    """The application's installed translators (Qt's own and Backprop Lab's), replaceable."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        """Load the catalogues of ``language`` in place of the current ones."""
        for t in self.installed:
            self.app.removeTranslator(t)
            t.setParent(None)  # the training process loads the app's translators: not these
            t.deleteLater()
        self.installed = []
        self.language = language
        if language in ("en", "C"):
            return
        folders = (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            ("backprop_lab", str(asset_path("translations"))),
        )
        for name, folder in folders:
            t = QTranslator(self.app)
            if t.load(QLocale(language), name, "_", folder):
                self.app.installTranslator(t)
                self.installed.append(t)
        if language.startswith("zh"):
            ensure_cjk_font()

    def files(self) -> list[str]:
        """The .qm files loaded (the training process loads the same)."""
        return [t.filePath() for t in self.installed if t.filePath()]


_TRANSLATORS: Translators | None = None


def translators() -> Translators:
    """The application's translators (created on first use)."""
    global _TRANSLATORS
    app = QCoreApplication.instance()
    if _TRANSLATORS is None or _TRANSLATORS.app is not app:
        _TRANSLATORS = Translators(app)
    return _TRANSLATORS


def has_cjk_font() -> bool:
    """Whether some font the application can use has Simplified Chinese glyphs."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_cjk_font() -> bool:
    """Load the shipped Chinese font where the system has none; whether Chinese can render."""
    if has_cjk_font():
        return True
    path = asset_path("fonts", FONT_FILE)
    if not path.is_file():
        return False
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return False
    families = QFontDatabase.applicationFontFamilies(font_id)
    app = QApplication.instance()
    if families and isinstance(app, QApplication):
        font = QFont(app.font())
        font.setFamilies([app.font().family(), *families])  # Latin first, Chinese as fallback
        app.setFont(font)
    return has_cjk_font()


def _disconnect_all(controller: QObject) -> None:
    """Cut every connection from the controller's signals (the old window's views go)."""
    meta = controller.metaObject()
    for i in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(i)
        if method.methodType() != method.MethodType.Signal:
            continue
        signal = getattr(controller, bytes(method.name()).decode(), None)
        if signal is None:
            continue
        with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
            warnings.simplefilter("ignore", RuntimeWarning)
            signal.disconnect()


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Install ``choice``'s translators and rebuild the window in it; the new window.

    The session goes on untouched: the same controller (and training process), the open
    project's path and modified flag, the dock layout, the window's place on screen.
    """
    from gui.main_window import MainWindow

    settings = window.settings
    settings.setValue(SETTING, choice)
    trans = translators()
    language = effective_language(choice)
    trans.install(language)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))  # lessons follow
    controller = window.controller
    controller.set_translations(trans.files())
    window.save_layout()
    geometry = window.saveGeometry()
    fa = window.file_actions
    path, modified = fa.path, fa.modified
    dock = getattr(window.lessons, "dock", None)
    lesson = dock.progress() if dock is not None else None  # its page, answers, a running task
    _disconnect_all(controller)
    _retire(window)
    new = MainWindow(controller=controller, settings=settings, autosave=fa.autosave_enabled)
    controller.setParent(new)
    new.restoreGeometry(geometry)
    new.file_actions.path, new.file_actions.modified = path, modified
    new.file_actions.update_title()
    _show_state_of(new, controller)
    new.lessons.resume(lesson)  # where the learner was, on the learner's network (no reload)
    new.show()
    window.deleteLater()
    return new


def _retire(window: MainWindow) -> None:
    """Leave the session to the rebuilt window: stop the old one's timers and hide it,
    without stopping the controller it hands over."""
    window._shut_down = True
    window.file_actions.stop_autosave()
    window.hide()


def _show_state_of(window: MainWindow, controller) -> None:
    """Draw what the controller already has (a window rebuilt on a running session)."""
    if controller.dataset is not None:
        window._on_dataset_changed(controller.dataset)
    if controller.spec is not None:
        window._on_spec_changed(controller.spec)
    window.hyper_panel.set_backend(controller.backend)
    if controller.latest is not None:
        window.show_snapshot(controller.latest)


class LanguageMenu(QObject):
    """View → Language: the choices as checkable actions; choosing one switches at once."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        current = chosen_language(window.settings)
        for code, name in LANGUAGES.items():
            label = name or QCoreApplication.translate("Language", "System (%1)").replace(
                "%1", QLocale.system().nativeLanguageName()
            )
            act = QAction(label, self.group)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.actions[code] = act

    def populate_menu(self, parent: QMenu) -> None:
        """Add the Language submenu to ``parent`` (the View menu)."""
        menu = parent.addMenu(QCoreApplication.translate("Language", "&Language"))
        menu.setToolTip(
            QCoreApplication.translate(
                "Language", "The interface language; numbers and formulas stay the same"
            )
        )
        for act in self.actions.values():
            menu.addAction(act)

    def choose(self, code: str) -> None:
        """Switch to ``code`` (does nothing when it is already the language)."""
        if code == chosen_language(self.window.settings) and code != "system":
            return
        holder = QApplication.instance()
        new = switch_language(self.window, code)
        if holder is not None:
            holder.setProperty("backprop_lab_window", new)  # gui/app.py finds the window here
