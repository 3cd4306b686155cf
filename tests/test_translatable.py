"""Every user-visible string in gui/ goes through Qt's translation.

A static check over the source: a string literal passed straight to a Qt call that
shows text (QLabel("…"), setText("…"), setToolTip("…"), QAction("…"), addMenu("…"), …)
is a string a translator can never reach. Wrap it in self.tr(…) or
QCoreApplication.translate(context, …).
"""

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[1] / "gui"

# calls whose string arguments are shown to the user
SHOWN = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QDockWidget",
    "QMenu",
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWindowTitle",
    "setPlaceholderText",
    "addMenu",
    "addAction",
    "setTitle",
    "showMessage",
    "addTab",
    "setTabText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setLabel",
    "addItem",
    "addItems",
    "information",
    "warning",
    "critical",
    "question",
    "setWhatsThis",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "setInformativeText",
    "setDetailedText",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_text(node: ast.expr) -> bool:
    """A literal with letters in it (not "", not "%", not a number or an object name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (
            any(ch.isalpha() for ch in node.value)
            and " " in node.value.strip()
            or (node.value[:1].isupper() and node.value.isalpha() and len(node.value) > 2)
        )
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
            for v in node.values
        )
    return False


def untranslated(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in SHOWN:
            for arg in node.args:
                if _is_text(arg):
                    found.append((node.lineno, ast.unparse(arg)[:60]))
    return found


def test_the_checker_catches_a_bare_string():
    assert untranslated('label.setText("Hello there")') == [(1, "'Hello there'")]
    assert untranslated('label.setText(self.tr("Hello there"))') == []
    assert untranslated('QPushButton(f"Step {n} now")')


def test_no_bare_user_visible_strings_in_gui():
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        for line, text in untranslated(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(GUI.parent)}:{line}: {text}")
    assert not problems, "strings shown without tr():\n" + "\n".join(problems)
