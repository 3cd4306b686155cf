"""The application: QApplication set-up (names, translations), the main window, an optional project."""

from __future__ import annotations

import os
import sys


def lesson_option(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lesson ID`` (or ``--lesson=ID``) taken out of ``argv``: (ID or None, the rest)."""
    rest, lesson = [], None
    it = iter(argv)
    for arg in it:
        if arg == "--lesson":
            lesson = next(it, "")
        elif arg.startswith("--lesson="):
            lesson = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return lesson, rest


def main(argv: list[str] | None = None) -> int:
    """Open Backprop Lab's window (with the project named in ``argv``, if any, or the lesson
    ``--lesson ID``); the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lesson, argv = lesson_option(argv)
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(
        [sys.argv[0], *[a for a in argv if a.startswith("-")]]
    )
    app.setApplicationName("Backprop Lab")
    app.setOrganizationName("Backprop Lab")
    app.setApplicationDisplayName("Backprop Lab")
    from PySide6.QtCore import QLocale, QSettings

    from gui.language import chosen_language, effective_language, translators

    # the language chosen in View → Language (the system's on the first run)
    language = effective_language(chosen_language(QSettings()))
    translators().install(language)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))

    import pyqtgraph as pg

    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    projects = [a for a in argv if not a.startswith("-")]
    if lesson is not None:  # the lesson loads its own project, in the lesson dock
        window.lessons.open_lesson(lesson)
    elif projects:
        window.file_actions.open_path(projects[0])
    else:
        window.file_actions.offer_recovery()
    code = app.exec()
    # View → Language rebuilds the window: the one open at the end is the application's
    window = app.property("backprop_lab_window") or window
    window.shutdown()
    return int(code)
