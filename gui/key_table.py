"""The keyboard's table, kept here once: the help window shows it, and a test checks that every
row of the README's table is one of these rows (tests/test_gui_help.py).

Each row is (keys, what they do) in English, the descriptions marked for lupdate under the
context "KeyTable"; ``rows`` translates them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "KeyTable"

KEYS: tuple[tuple[str, str], ...] = (
    ("Space", QT_TRANSLATE_NOOP("KeyTable", "Play / Pause: train continuously")),
    (
        "→",
        QT_TRANSLATE_NOOP(
            "KeyTable",
            "Next phase of the training step (forward layer by layer, loss, backward layer by "
            "layer, update)",
        ),
    ),
    ("←", QT_TRANSLATE_NOOP("KeyTable", "Previous phase")),
    ("Shift+→", QT_TRANSLATE_NOOP("KeyTable", "Next step: finish this batch's step")),
    ("Ctrl+→", QT_TRANSLATE_NOOP("KeyTable", "Next epoch")),
    ("[ / ]", QT_TRANSLATE_NOOP("KeyTable", "Train slower / faster")),
    (
        "Ctrl+R",
        QT_TRANSLATE_NOOP(
            "KeyTable", "Reset to the initial weights of the seed (the same weights every time)"
        ),
    ),
    ("Ctrl+G", QT_TRANSLATE_NOOP("KeyTable", "Regenerate the data with a new data seed")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("KeyTable", "Undo / redo an edit of the network")),
    (
        "Ctrl+O, Ctrl+S, Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("KeyTable", "Open, save, save a project (`.bplab`)"),
    ),
    (
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "KeyTable", "Export the trained network (npz, json, ONNX, NumPy or PyTorch code)"
        ),
    ),
    (
        "F",
        QT_TRANSLATE_NOOP("KeyTable", "Fit the whole network into view (with the diagram focused)"),
    ),
    (
        "F11 or Ctrl+Shift+P",
        QT_TRANSLATE_NOOP(
            "KeyTable", "Presentation mode: full screen, the diagram and the phase large"
        ),
    ),
    (
        "Ctrl+= / Ctrl+- / Ctrl+0",
        QT_TRANSLATE_NOOP("KeyTable", "Larger text / smaller text / text at 100 %"),
    ),
    ("F1", QT_TRANSLATE_NOOP("KeyTable", "Help: this window")),
    ("Shift+F1", QT_TRANSLATE_NOOP("KeyTable", "Glossary: every term and symbol in plain words")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("KeyTable", "Quit")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rows(translate: Callable[[str], str] | None = None) -> list[tuple[str, str]]:
    """The table, its descriptions translated (``translate``: Qt's, unless given)."""
    tr = _tr if translate is None else translate
    return [(keys, tr(text)) for keys, text in KEYS]
