"""The glossary window: every term and symbol the app uses, in plain words, searchable.

Help → Glossary opens it; a symbol's link in the inspector (``glossary:ID``), the
diagram's Symbols list, a layer caption or the colour legend open it at one entry
(``show_entry``). The entries are ``engine.glossary``'s, translated with Qt's
translate; each is an anchor named by its id. The window is not modal: it stays open
beside the main window while the learner steps on, and closes with it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from engine.glossary import glossary

CURRENT_BACKGROUND = "#fff4c2"  # the entry asked for, as the inspector marks its current phase


def _matches(entry, words: list[str]) -> bool:
    haystack = " ".join((entry.id, entry.term, entry.symbol, entry.text)).casefold()
    return all(w in haystack for w in words)


class GlossaryWindow(QDialog):
    """A non-modal dialog: a search field over the glossary's entries, one anchor per entry."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Glossary"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(560, 640)
        self.current: str | None = None  # the entry asked for last, highlighted
        self._shown: list[str] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a word or a symbol (δ, ∂L/∂w, epoch…)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._render())
        self.count = QLabel()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.show_entry(url.path() or None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.browser, 1)
        if parent is not None:  # closes with the main window
            self._closer = _CloseWith(self)
            parent.installEventFilter(self._closer)
        self._render()

    def entries(self):
        """Every entry, translated now (a change of language shows at the next render)."""
        return glossary(QCoreApplication.translate)

    def shown_ids(self) -> list[str]:
        """The ids of the entries the search lets through, in order (for tests)."""
        return list(self._shown)

    def show_entry(self, entry_id: str | None = None) -> None:
        """Show the window (raised) at entry ``entry_id``, highlighted; None: at the top."""
        ids = [e.id for e in self.entries()]
        self.current = entry_id if entry_id in ids else None
        if self.current is not None and self.current not in self._shown:
            self.search.blockSignals(True)
            self.search.clear()  # the search hid the entry asked for
            self.search.blockSignals(False)
        self._render()
        self.show()
        self.raise_()
        self.activateWindow()
        if self.current is not None:
            self.browser.scrollToAnchor(self.current)

    def _render(self) -> None:
        words = self.search.text().casefold().split()
        entries = self.entries()
        shown = [e for e in entries if _matches(e, words)]
        self._shown = [e.id for e in shown]
        blocks = []
        for e in shown:
            # the symbols, unless the term already names them all ("delta δ")
            named = all(sym in e.term for sym in e.symbols)
            symbol = f" &nbsp;<code>{html.escape(e.symbol)}</code>" if not named else ""
            back = f" bgcolor='{CURRENT_BACKGROUND}'" if e.id == self.current else ""
            blocks.append(
                f"<a name='{html.escape(e.id)}'></a>"
                f"<table width='100%' cellpadding='4'{back}><tr><td>"
                f"<b>{html.escape(e.term)}</b>{symbol}<br>{html.escape(e.text)}"
                f"</td></tr></table>"
            )
        if not shown:
            blocks.append(f"<p><i>{html.escape(self.tr('No entry matches the search.'))}</i></p>")
        page = "".join(blocks)
        self.browser.setHtml(page)
        counted = self.tr("%1 of %2 entries").replace("%1", str(len(shown)))
        self.count.setText(counted.replace("%2", str(len(entries))))


class _CloseWith(QObject):
    """Closes the glossary when the window it belongs to closes."""

    def __init__(self, dialog: GlossaryWindow):
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, obj, event) -> bool:
        # hidden by the program (closed), not by the system (minimized)
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            self._dialog.close()
        return False
