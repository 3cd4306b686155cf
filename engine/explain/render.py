"""An explanation written out as plain text, HTML, markdown or LaTeX, symbols linked to the glossary.

HTML and markdown link each glossary symbol's first appearance on the page as
``<a href="glossary:ID">δ</a>`` (the window opens the glossary there); plain text and
LaTeX carry no links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Protocol

from engine.glossary import symbol_links


class _Section(Protocol):
    """What is drawn of a page's section (engine.explain.page.Section)."""

    @property
    def phase(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def lines(self) -> tuple[str, ...]: ...
    @property
    def note(self) -> str: ...


class Explanation(Protocol):
    """What is drawn of a page (engine.explain.page.Explanation, which calls these functions)."""

    @property
    def heading(self) -> str: ...
    @property
    def sections(self) -> Sequence[_Section]: ...
    @property
    def current_phase(self) -> str | None: ...
    @property
    def footer(self) -> str: ...


_HIGHLIGHT = "#fff4c2"  # the current phase's section
_PLAIN = "#f4f6f8"
_MONO = "font-family:'DejaVu Sans Mono',monospace;"


@cache
def _symbols() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern matching every glossary symbol (longest first), and symbol → entry id."""
    ids: dict[str, str] = {}
    parts = []
    for symbol, entry_id in symbol_links():
        ids.setdefault(symbol, entry_id)
        text = re.escape(symbol)
        if symbol[:1].isascii() and symbol[:1].isalpha():  # a letter or a word: not inside one
            text = rf"(?<![A-Za-z0-9_∂'’]){text}"
        if symbol[-1:].isascii() and symbol[-1:].isalnum():
            text = rf"{text}(?![A-Za-z0-9_\u0302′(])"
        parts.append(text)
    return re.compile("|".join(parts)), ids


def link_symbols(
    text: str,
    seen: set[str],
    escape: Callable[[str], str],
    link: Callable[[str, str], str],
    prose: bool = False,
) -> str:
    """``text`` escaped, with the first appearance of each glossary entry not yet ``seen``
    linked (``link(entry_id, escaped symbol)``); ``seen`` collects the entries linked.

    In ``prose`` (a note) only symbols that are no Latin letters or words are linked: there
    "a" is an article, not an activation.
    """
    pattern, ids = _symbols()
    out, pos = [], 0
    for m in pattern.finditer(text):
        entry_id = ids[m.group(0)]
        if entry_id in seen or (prose and m.group(0)[:1].isascii()):
            continue
        seen.add(entry_id)
        out += [escape(text[pos : m.start()]), link(entry_id, escape(m.group(0)))]
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def _html_link(entry_id: str, shown: str) -> str:
    return f'<a href="glossary:{entry_id}">{shown}</a>'


def to_text(page: Explanation) -> str:
    """Plain text, one line per formula (for tests, copying and the command line)."""
    out = [page.heading]
    for s in page.sections:
        out.append("")
        out.append(s.title)
        out.extend("  " + line for line in s.lines)
        if s.note:
            out.append("  " + s.note)
    if page.footer:
        out += ["", page.footer]
    return "\n".join(out)


def to_html(page: Explanation) -> str:
    """Rich text for a QTextBrowser: the current phase's section highlighted, symbols linked."""
    seen: set[str] = set()

    def esc(text: str) -> str:
        return html.escape(text).replace("  ", "&nbsp;&nbsp;")

    parts = [f"<h3 style='margin-bottom:4px'>{html.escape(page.heading)}</h3>"]
    for s in page.sections:
        current = s.phase == page.current_phase
        bg = _HIGHLIGHT if current else _PLAIN
        border = "#e0a800" if current else "#d0d7de"
        lines = "<br>".join(link_symbols(line, seen, esc, _html_link) for line in s.lines)
        note = (
            "<br><span style='color:#444;'><i>"
            + link_symbols(s.note, seen, html.escape, _html_link, prose=True)
            + "</i></span>"
            if s.note
            else ""
        )
        parts.append(
            f"<a name='{html.escape(s.phase)}'></a>"
            f"<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            f"style='margin-top:6px; border-collapse:collapse; border-color:{border}; "
            f"background-color:{bg};'><tr><td bgcolor='{bg}' style='border-color:{border};'>"
            f'<b>{html.escape(s.title)}</b><br><span style="{_MONO}">{lines}</span>{note}'
            f"</td></tr></table>"
        )
    if page.footer:
        parts.append(f"<p style='color:#555'>{html.escape(page.footer)}</p>")
    return "".join(parts)


def _formulas(lines: Sequence[str]) -> list[list[str]]:
    """The lines grouped into formulas: a continuation line ("  = …") joins the one before."""
    out: list[list[str]] = []
    for line in lines:
        if line.startswith(" ") and line.lstrip().startswith("=") and out:
            out[-1].append(line.strip())
        else:
            out.append([line.strip()])
    return out


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _markdown_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def to_markdown(page: Explanation) -> str:
    """Markdown for a worksheet: a heading, a part per phase (its formulas as a list)."""
    seen: set[str] = set()
    out = [f"### {_markdown_escape(page.heading)}"]
    for s in page.sections:
        current = " ◀" if s.phase == page.current_phase else ""
        out += ["", f"**{_markdown_escape(s.title)}**{current}", ""]
        for line in _formulas(s.lines):
            out.append(
                "- "
                + "  \n  ".join(link_symbols(x, seen, _markdown_escape, _html_link) for x in line)
            )
        if s.note:
            note = link_symbols(s.note, seen, _markdown_escape, _html_link, prose=True)
            out += ["", f"*{note}*"]
    if page.footer:
        out += ["", _markdown_escape(page.footer)]
    return "\n".join(out) + "\n"


_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\textasciitilde{}",
}


def _latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIAL.get(ch, ch) for ch in text)


def to_latex(page: Explanation) -> str:
    """A LaTeX fragment for a worksheet (Unicode symbols: compile with XeLaTeX or LuaLaTeX)."""
    out = [f"\\subsection*{{{_latex_escape(page.heading)}}}"]
    for s in page.sections:
        out += ["", f"\\paragraph{{{_latex_escape(s.title)}}}"]
        if s.lines:
            out.append("\\begin{itemize}")
            out += [
                "  \\item " + " \\\\ ".join(_latex_escape(x) for x in line)
                for line in _formulas(s.lines)
            ]
            out.append("\\end{itemize}")
        if s.note:
            out.append(f"\\emph{{{_latex_escape(s.note)}}}")
    if page.footer:
        out += ["", _latex_escape(page.footer)]
    return "\n".join(out) + "\n"
