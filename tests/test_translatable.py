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


def _lupdate() -> str | None:
    import shutil
    import sys

    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_files_every_string_under_a_named_context(tmp_path):
    """Qt looks a translation up by (context, text): a string lupdate files under no context
    (a tr() through a local alias, say) can never be translated at run time."""
    import re
    import subprocess

    import pytest

    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "all.ts"
    result = subprocess.run(
        [tool, *lupdate_sources(), "-ts", str(ts)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    text = ts.read_text(encoding="utf-8")
    contexts = dict(
        (re.search(r"<name>(.*?)</name>", c).group(1), len(re.findall("<message", c)))
        for c in re.findall(r"<context>(.*?)</context>", text, re.S)
    )
    assert sum(contexts.values()) > 300  # the interface's strings were found
    assert "" not in contexts, f"{contexts.get('')} strings under no context"
    for expected in (
        "MainWindow",
        "NetworkDiagram",
        "StepPanel",
        "explain",
        "phase",
        "glossary",
        "optimizers",
    ):
        assert expected in contexts
    assert contexts["glossary"] >= 60  # a term and a text per entry


#: the engine modules whose words the window shows (docs/translating.md lists the same)
ENGINE_SOURCES = (
    "engine/optimizers.py",
    "engine/glossary.py",
    "engine/trace.py",
    "engine/notes.py",
    "engine/errors.py",
    "engine/datasets/csv_reader.py",
    "engine/datasets/registry.py",
)


def lupdate_sources() -> list[str]:
    """The files docs/translating.md gives lupdate: gui/, session/, the engine's shown words."""
    root = GUI.parent
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    sources += [str(p) for p in sorted((root / "session").glob("*.py"))]
    sources += [str(p) for p in sorted((root / "engine" / "explain").glob("*.py"))]
    sources += [str(root / name) for name in ENGINE_SOURCES]
    return sources


def _messages(ts_text: str, contexts: tuple[str, ...]) -> set[tuple[str, str]]:
    """(context, source text) of every message of these contexts in a catalogue."""
    import html
    import re

    found = set()
    for block in re.findall(r"<context>(.*?)</context>", ts_text, re.S):
        name = re.search(r"<name>(.*?)</name>", block).group(1)
        if name in contexts:
            for source in re.findall(r"<source>(.*?)</source>", block, re.S):
                found.add((name, html.unescape(source)))
    return found


def test_the_template_catalogue_holds_every_engine_string(tmp_path):
    """assets/translations/backprop_lab_template.ts is regenerated (docs/translating.md) whenever
    the explanations, the glossary, the phases or the optimizers' words change."""
    import subprocess

    import pytest

    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    root = GUI.parent
    engine = [str(p) for p in sorted((root / "engine" / "explain").glob("*.py"))]
    engine += [str(root / name) for name in ENGINE_SOURCES]
    ts = tmp_path / "engine.ts"
    result = subprocess.run([tool, *engine, "-ts", str(ts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    contexts = ("explain", "phase", "glossary", "optimizers", "notes", "errors")
    wanted = _messages(ts.read_text(encoding="utf-8"), contexts)
    template = root / "assets" / "translations" / "backprop_lab_template.ts"
    have = _messages(template.read_text(encoding="utf-8"), contexts)
    missing = sorted(wanted - have)
    assert not missing, f"{len(missing)} strings missing from the template, e.g. {missing[:3]}"
