"""The window's training process: ``session.process.serve`` with the window's translators.

Run as ``python -P -m gui.training_child`` by ``ProcessWorker``; the window passes the
paths of the ``.qm`` files it loaded as the ``translations`` option.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QTranslator

from engine.translation import Translate
from session.process import serve


def translation_files() -> list[str]:
    """The .qm files the window's translators loaded, for the training process's messages."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    return [t.filePath() for t in app.findChildren(QTranslator) if t.filePath()]


def _main() -> int:
    app = QCoreApplication([sys.argv[0]])
    installed: list[QTranslator] = []

    def load(paths: list[str]) -> None:
        """Use these catalogues in place of the ones loaded before."""
        for t in installed:
            app.removeTranslator(t)
        installed.clear()
        for path in paths:
            t = QTranslator(app)
            if t.load(path):
                app.installTranslator(t)
                installed.append(t)

    def make_translate(options: dict) -> Translate:
        load(options.get("translations", []))
        return QCoreApplication.translate

    return serve(make_translate, load)


if __name__ == "__main__":
    sys.exit(_main())
