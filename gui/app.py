"""The application: QApplication set-up (names, translations), the main window, an optional project."""

from __future__ import annotations

import os
import sys

from assets import asset_path

TRANSLATIONS = asset_path("translations")


def install_translators(app) -> list:
    """Load Qt's own and Backprop Lab's translations for the system locale, where present."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    translators = []
    locale = QLocale.system()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("backprop_lab", str(TRANSLATIONS))):
        if not os.path.isdir(folder):
            continue
        t = QTranslator(app)
        if t.load(locale, name, "_", folder):
            app.installTranslator(t)
            translators.append(t)
    return translators


def main(argv: list[str] | None = None) -> int:
    """Open Backprop Lab's window (with the project named in ``argv``, if any); the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(
        [sys.argv[0], *[a for a in argv if a.startswith("-")]]
    )
    app.setApplicationName("Backprop Lab")
    app.setOrganizationName("Backprop Lab")
    app.setApplicationDisplayName("Backprop Lab")
    install_translators(app)

    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    projects = [a for a in argv if not a.startswith("-")]
    if projects:
        window.file_actions.open_path(projects[0])
    else:
        window.file_actions.offer_recovery()
    code = app.exec()
    window.shutdown()
    return int(code)
