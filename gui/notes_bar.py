"""The note bar under the diagram: what the curves show, named (engine/notes.py).

Each of the snapshot's active notes (warnings first, at most ``MAX_NOTES``) is a row: its first
two sentences, a link to its glossary entry, "Don't show again" and ×. One note is open at a
time (the first, or the one whose "show" was clicked); the others fold to their name, so the bar
takes little of the diagram's height. × hides the note until it is no longer
active (it comes back if the phenomenon does); "Don't show again" hides it for good, remembered
in the settings (``notes/hidden``), and View → Notes turns it back on. Rows are made when a note
first shows and reused; while training plays, a note's changing numbers are rewritten at most
every ``TEXT_SECONDS`` (each rewrite may change the bar's height and relayout the window).
"""

from __future__ import annotations

import html
import re
import time

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.notes import NOTE_IDS
from session.snapshot import Snapshot

SETTINGS_KEY = "notes/hidden"
MAX_NOTES = 2
TEXT_SECONDS = 2.0
_STYLE = {
    "warning": "background: #fff3cd; border: 1px solid #e0c36a; border-radius: 3px;",
    "info": "background: #e8f1fb; border: 1px solid #a9c7e8; border-radius: 3px;",
}


# where a sentence ends: ". " before a capital, or a Chinese full stop (no space after it)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|(?<=[。！？])(?=.)")


def summary(text: str) -> str:
    """The first two sentences of a note (the whole text goes in the tooltip)."""
    sentences = _SENTENCE_END.split(text.strip())
    return ("" if sentences[0][-1:] in "。！？" else " ").join(sentences[:2])


class NoteRow(QFrame):
    """One note: the text with its glossary link, "Don't show again" and ×."""

    def __init__(self, bar: NotesBar, note: dict):
        super().__init__(bar)
        self.note_id = str(note["id"])
        self.setObjectName("noteRow")
        self.setStyleSheet(
            f"QFrame#noteRow {{ {_STYLE.get(str(note['severity']), _STYLE['info'])} }}"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.text.linkActivated.connect(bar.open_link)
        self.never = QToolButton(self)
        self.never.setText(self.tr("Don't show again"))
        self.never.setToolTip(
            self.tr("Hide this kind of note for good (View → Notes shows it again)")
        )
        self.never.setAutoRaise(True)
        self.never.clicked.connect(lambda: bar.hide_for_good(self.note_id))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide this note until it comes up again"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(lambda: bar.dismiss(self.note_id))
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.never, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._html = ""
        self._note = note
        self.expanded = True
        self.set_note(note)

    def set_expanded(self, on: bool) -> None:
        """The note's two sentences, or (another note is open) only its name and "show"."""
        if on != self.expanded:
            self.expanded = on
            self.set_note(self._note)

    def set_note(self, note: dict) -> None:
        """Show the note's first two sentences (overfitting: its first and what early stopping
        does), the whole text in the tooltip; rewritten only when it changed."""
        self._note = note
        full = str(note["text"])
        short = summary(full)
        values = note.get("values") or {}
        if note["id"] == "overfitting" and "stop_epoch" in values:
            first = _SENTENCE_END.split(full.strip())[0]
            short = (
                first
                + ("" if first[-1:] in "。！？" else " ")
                + (
                    self.tr(
                        "Early stopping would have stopped at epoch %1 and kept the weights of "
                        "epoch %2, the best test loss (the line on the loss plot)."
                    )
                    .replace("%1", str(int(values["stop_epoch"])))
                    .replace("%2", str(int(values["best_epoch"])))
                )
            )
        text = html.escape(short)
        title, sep, rest = text.partition(": ")
        if not sep:  # Chinese: a full-width colon
            title, sep, rest = text.partition("：")
        body = f"<b>{title}</b>{sep}{rest}" if sep and len(title) < 40 else text
        entry = str(note.get("glossary") or "")
        link = f' <a href="glossary:{entry}">{self.tr("More in the glossary")}</a>' if entry else ""
        markup = body + link
        if not self.expanded:  # one line: the name, and a link that opens it
            name = title if sep and len(title) < 40 else text[:40] + "…"
            markup = f'<b>{name}</b> <a href="expand:{self.note_id}">{self.tr("show")}</a>'
        if markup != self._html:
            self._html = markup
            self.text.setText(markup)
            self.text.setToolTip(full)


class NotesBar(QWidget):
    """The active notes, under the diagram; hidden while there is none to show."""

    glossaryRequested = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.rows: dict[str, NoteRow] = {}
        self._dismissed: set[str] = set()
        self._active: tuple[dict, ...] = ()
        self._shown: list[str] = []
        self._open: str | None = None  # the note shown whole (the others fold to a line)
        self._texts_at = 0.0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 0)
        self._layout.setSpacing(2)
        self.menu: QMenu | None = None
        self.hide()

    # ----- what is hidden ---------------------------------------------------------------
    def hidden_ids(self) -> set[str]:
        """The notes turned off for good (the settings)."""
        value = self.settings.value(SETTINGS_KEY, [])
        if isinstance(value, str):  # QSettings gives one string for a one-item list
            value = [value] if value else []
        return {str(v) for v in (value or [])}

    def _set_hidden(self, ids: set[str]) -> None:
        self.settings.setValue(SETTINGS_KEY, sorted(ids))
        self._refresh(force=True)

    def hide_for_good(self, note_id: str) -> None:
        """ "Don't show again": remembered in the settings."""
        self._set_hidden(self.hidden_ids() | {note_id})

    def show_again(self, note_id: str | None = None) -> None:
        """Turn one note (None: every note) back on."""
        self._set_hidden(set() if note_id is None else self.hidden_ids() - {note_id})

    def dismiss(self, note_id: str) -> None:
        """×: hidden until the note is no longer active."""
        self._dismissed.add(note_id)
        self._refresh(force=True)

    def open_link(self, href: str) -> None:
        """A glossary link, or "show" on a folded note (it opens, the open one folds)."""
        kind, _, target = href.partition(":")
        if kind == "glossary":
            self.glossaryRequested.emit(target)
        elif kind == "expand":
            self._open = target
            self._refresh(force=True)

    # ----- snapshots --------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        active = tuple(snap.notes or ())
        ids = {str(n["id"]) for n in active}
        self._dismissed &= ids  # a note that went away may show again when it comes back
        changed_set = ids != {str(n["id"]) for n in self._active}
        self._active = active
        now = time.perf_counter()
        if changed_set or not snap.running or now - self._texts_at >= TEXT_SECONDS:
            self._texts_at = now
            self._refresh(force=changed_set)

    def shown_ids(self) -> list[str]:
        """The ids of the notes shown, in order."""
        return [] if self.isHidden() else list(self._shown)

    def _refresh(self, force: bool = False) -> None:
        hidden = self.hidden_ids() | self._dismissed
        notes = [n for n in self._active if str(n["id"]) not in hidden][:MAX_NOTES]
        shown = [str(n["id"]) for n in notes]
        for note in notes:
            row = self.rows.get(str(note["id"]))
            if row is None:
                row = self.rows[str(note["id"])] = NoteRow(self, note)
            else:
                row.set_note(note)
        order = [self.rows[i] for i in shown]
        self._shown = shown
        open_id = self._open if self._open in shown else (shown[0] if shown else None)
        for i in shown:
            self.rows[i].set_expanded(i == open_id)
        if force or [self._layout.itemAt(i).widget() for i in range(self._layout.count())] != order:
            for row in self.rows.values():
                self._layout.removeWidget(row)
                row.hide()
            for row in order:
                self._layout.addWidget(row)
                row.show()
        self.setVisible(bool(order))

    # ----- View → Notes -----------------------------------------------------------------
    def populate_menu(self, parent_menu: QMenu) -> QMenu:
        """View → Notes: a check per kind of note (unchecked: turned off), and Show all."""
        menu = self.menu = parent_menu.addMenu(self.tr("Notes"))
        menu.setToolTipsVisible(True)
        menu.aboutToShow.connect(self._fill_menu)
        self._fill_menu()
        return menu

    def note_names(self) -> dict[str, str]:
        """Every kind of note by id, as the menu names it."""
        names = {
            "vanishing-gradients": self.tr("Vanishing gradients"),
            "dead-relu": self.tr("Dead ReLUs"),
            "overfitting": self.tr("Overfitting"),
            "learning-rate-too-large": self.tr("Learning rate too large"),
            "plateau": self.tr("Plateau"),
            "sgd": self.tr("Batch size 1: SGD"),
            "batch-gradient-descent": self.tr("The whole set per step: batch gradient descent"),
            "mini-batch": self.tr("Mini-batch gradient descent"),
        }
        return {i: names.get(i, i) for i in NOTE_IDS}

    def _fill_menu(self) -> None:
        menu = self.menu
        if menu is None:
            return
        menu.clear()
        hidden = self.hidden_ids()
        for note_id, name in self.note_names().items():
            act = menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(note_id not in hidden)
            act.setToolTip(self.tr("Show this note when it applies"))
            act.toggled.connect(
                lambda on, i=note_id: (
                    self.show_again(i) if on else self._set_hidden(self.hidden_ids() | {i})
                )
            )
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Show all notes again"))
        show_all.setEnabled(bool(hidden))
        show_all.triggered.connect(lambda: self.show_again(None))
