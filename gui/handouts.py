"""Handouts: the inspector's page as Markdown or LaTeX, copied or saved for a worksheet.

The text is the very one ``backprop-lab explain --format markdown|latex`` prints for the
same project, phase and item (engine/explain's render module makes both): the inspector
keeps the ``Explanation`` it shows, and this button renders it. Links to the glossary
stay in the Markdown as ``glossary:`` links; the LaTeX needs XeLaTeX or LuaLaTeX (its
symbols are Unicode).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

FORMS = ("markdown", "latex")
SUFFIX = {"markdown": ".md", "latex": ".tex"}


def render(page, form: str) -> str:
    """``page`` (an engine.explain Explanation) as Markdown or LaTeX."""
    if form == "markdown":
        return page.to_markdown()
    if form == "latex":
        return page.to_latex()
    raise ValueError(f"form {form!r}: choose one of {', '.join(FORMS)}")


def save(text: str, path: str | Path) -> Path:
    """Write ``text`` (UTF-8) to ``path``; the path written."""
    path = Path(path)
    path.write_text(text, encoding="utf-8")
    return path


class HandoutButton(QToolButton):
    """ "Handout ▾": copy or save the page shown as Markdown or LaTeX."""

    saved = Signal(str)  # the path a handout was saved to

    def __init__(self, page: Callable[[], object | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._page = page  # the Explanation shown now, or None
        self.setText(self.tr("Handout"))
        self.setToolTip(self.tr("Copy or save this text as Markdown or LaTeX, for a worksheet"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.act_copy_md = menu.addAction(self.tr("Copy as Markdown"))
        self.act_copy_md.triggered.connect(lambda: self.copy("markdown"))
        self.act_copy_tex = menu.addAction(self.tr("Copy as LaTeX"))
        self.act_copy_tex.triggered.connect(lambda: self.copy("latex"))
        menu.addSeparator()
        self.act_save_md = menu.addAction(self.tr("Save as Markdown…"))
        self.act_save_md.triggered.connect(lambda: self.save_dialog("markdown"))
        self.act_save_tex = menu.addAction(self.tr("Save as LaTeX…"))
        self.act_save_tex.triggered.connect(lambda: self.save_dialog("latex"))
        self.setMenu(menu)

    def text_as(self, form: str) -> str | None:
        """The page shown, as ``form`` (markdown or latex); None when nothing is shown."""
        page = self._page()
        return None if page is None else render(page, form)

    def copy(self, form: str) -> bool:
        """Put the page on the clipboard as ``form``; False when there is none."""
        text = self.text_as(form)
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text)
        return True

    def save_dialog(self, form: str) -> None:
        text = self.text_as(form)
        if text is None:
            return
        files = (
            self.tr("Markdown (*.md);;All files (*)")
            if form == "markdown"
            else self.tr("LaTeX (*.tex);;All files (*)")
        )
        name = "inspector" + SUFFIX[form]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save handout"), name, files)
        if path:
            if not Path(path).suffix:
                path += SUFFIX[form]
            self.saved.emit(str(save(text, path)))
