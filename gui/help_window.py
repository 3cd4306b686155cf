"""The help window (F1): where to start, the keys, what each dock shows, and more to read.

The keys are ``gui.key_table``'s (the README's table, kept there once). The docks are the
window's own, each with a line on what it shows. Links open the glossary, the lessons
(where the window has them) and the documentation: ``docs/*.md`` and the README, in the
interface's language where a translation sits beside the English file
(``README.zh-CN.md``, ``docs/NAME.zh-CN.md``), shown here as formatted Markdown. The window
is not modal: it stays open beside the main window, and closes with it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtWidgets import QDialog, QDockWidget, QTextBrowser, QVBoxLayout, QWidget

from gui import key_table
from gui.glossary_window import _CloseWith

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

# what each dock shows, by the dock's object name
_DOCKS = {
    "dock-data": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Data: the dataset (built-in, your CSV, .npz or MNIST folder), its samples, noise, "
        "split and seed, with a preview.",
    ),
    "dock-hyper": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Hyper-parameters: loss, optimizer and learning rate, batch size, regularization, "
        "dropout, initializer, early stopping, backend and precision. Changes apply at the "
        "next step.",
    ),
    "dock-output": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Output: what the network answers. The decision map with the data for 2-D sets, a "
        "confusion matrix for other classification, predicted against actual values for "
        "regression. Hover a neuron to see its own picture here.",
    ),
    "dock-loss": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Loss: the training and test loss (and accuracy) as training goes on, on a log scale "
        "if you like; hover to read the values.",
    ),
    "dock-step": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Step through: one training step phase by phase (forward, loss, backward, update), "
        "the sample traced, and the timeline of earlier steps.",
    ),
    "dock-inspector": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Inspector: the formula of the neuron, weight or bias you clicked, with this step's "
        "numbers; copy or save it as Markdown or LaTeX for a handout.",
    ),
    "dock-health": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Training health: how large the gradients and weights are, layer by layer, and "
        "neurons that died or saturated.",
    ),
    "dock-race": QT_TRANSLATE_NOOP(
        "HelpWindow",
        "Race: several runs side by side (learning rates, optimizers), their loss curves and "
        "decision maps.",
    ),
    "dock-landscape": QT_TRANSLATE_NOOP(
        "HelpWindow", "Landscape: the loss as two weights change, with the path training took."
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpWindow", text)


def language_suffix() -> str:
    """The documentation's suffix for the interface's language ("zh-CN"), or "" for English."""
    return "zh-CN" if QLocale().language() == QLocale.Language.Chinese else ""


def documents(suffix: str | None = None) -> list[Path]:
    """The README and docs/*.md, each in the language of ``suffix`` where translated."""
    suffix = language_suffix() if suffix is None else suffix
    english = [ROOT / "README.md"] + sorted(p for p in DOCS.glob("*.md") if p.suffixes == [".md"])
    found = []
    for path in english:
        translated = path.with_name(f"{path.stem}.{suffix}.md") if suffix else path
        found.append(translated if translated.exists() else path)
    return [p for p in found if p.exists()]


def document_title(path: Path) -> str:
    """A Markdown file's first heading, or its name."""
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    except OSError:
        pass
    return path.name


class HelpWindow(QDialog):
    """A non-modal window of help, in one page of anchors: start, keys, docks, more."""

    glossaryRequested = Signal(str)  # "" for the glossary's top
    lessonsRequested = Signal()
    workedExampleRequested = Signal()

    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent if parent is not None else window)
        self._window = window
        self.setWindowTitle(self.tr("Backprop Lab Help"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(640, 720)
        self.shown_document: Path | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.setSearchPaths([str(DOCS), str(ROOT)])
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self._closer = _CloseWith(self)
        window.installEventFilter(self._closer)

    # ----- showing --------------------------------------------------------------------------
    def show_help(self, anchor: str | None = None) -> None:
        """Show the help page (raised), scrolled to ``anchor`` ("keys", "docks", "more")."""
        self.shown_document = None
        self.browser.setHtml(self.page())
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def show_document(self, path: Path) -> None:
        """Show one Markdown document here, under a link back to the help."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            text = f"{path}: {exc}"
        back = self.tr("← Back to the help")
        self.shown_document = path
        self.browser.setMarkdown(f"[{back}](help:top)\n\n{text}")
        self.show()
        self.raise_()

    def page(self) -> str:
        """The help page as HTML."""

        def esc(text: str) -> str:
            return html.escape(text)

        has_lessons = getattr(self._window, "lessons", None) is not None
        steps = (
            self.tr(
                "Press Play (Space) and watch the network learn: the edges, the decision map "
                "and the loss change."
            ),
            self.tr(
                "Pause, then press Next phase (→) to run one training step a phase at a time. "
                "Click a neuron or a weight: the inspector writes its formula with the numbers."
            ),
            self.tr(
                "Open the worked example: a tiny network whose every number is worked out by hand."
            ),
        )
        heads = {
            "top": self.tr("Where to start"),
            "keys": self.tr("Keys"),
            "docks": self.tr("What each part shows"),
            "more": self.tr("More to read"),
        }
        head = {k: f"<a name='{k}'></a><h2>{esc(text)}</h2>" for k, text in heads.items()}
        open_it = self.tr("Open it")
        parts = [head["top"], "<ol>"]
        parts += [f"<li>{esc(step)}</li>" for step in steps[:2]]
        example = f"<a href='action:worked-example'>{esc(open_it)}</a>"
        parts.append(f"<li>{esc(steps[2])} {example}</li></ol>")
        parts.append(head["keys"])
        parts.append("<table cellpadding='3' cellspacing='0' border='0'>")
        for keys, text in key_table.rows():
            text = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(text))  # `.bplab`: code
            parts.append(f"<tr><td><b>{esc(keys)}</b></td><td>{text}</td></tr>")
        parts.append("</table>")
        parts += [head["docks"], "<ul>"]
        diagram = self.tr(
            "The diagram: the network, weights as coloured edges (blue positive, orange "
            "negative, thicker is larger), each neuron's output over the plane; during a step, "
            "the numbers of the phase. Right-click its background to save it as a figure."
        )
        parts.append(f"<li>{esc(diagram)}</li>")
        docks = list(getattr(self._window, "docks", {}).values())  # the window's order first
        docks += [d for d in self._window.findChildren(QDockWidget) if d not in docks]
        for dock in docks:
            text = _DOCKS.get(dock.objectName())
            shown = _tr(text) if text else dock.windowTitle()
            parts.append(f"<li>{esc(shown)}</li>")
        parts.append("</ul>")
        parts += [head["more"], "<ul>"]
        links = [
            ("glossary:", self.tr("Glossary (Shift+F1): every term and symbol in plain words"))
        ]
        if has_lessons:
            links.append(("action:lessons", self.tr("Lessons: read, do, predict, then see")))
        for href, text in links:
            parts.append(f"<li><a href='{href}'>{esc(text)}</a></li>")
        for path in documents():
            parts.append(
                f"<li><a href='doc:{esc(str(path.relative_to(ROOT)))}'>"
                f"{esc(document_title(path))}</a></li>"
            )
        parts.append("</ul>")
        return "".join(parts)

    # ----- links --------------------------------------------------------------------------
    def _on_link(self, url: QUrl) -> None:
        scheme, path = url.scheme(), url.path()
        if scheme == "glossary":
            self.glossaryRequested.emit(path)
        elif scheme == "help":
            self.show_help(path or None)
        elif scheme == "doc":
            target = (ROOT / path).resolve()
            if target.is_relative_to(ROOT) and target.suffix == ".md":
                self.show_document(target)
        elif scheme == "action" and path == "lessons":
            self.lessonsRequested.emit()
        elif scheme == "action" and path == "worked-example":
            self.workedExampleRequested.emit()
