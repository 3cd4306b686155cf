"""An explanation's shape (a heading, a section per phase) and the words naming what it shows."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from engine.spec import NetworkSpec
from engine.trace import TraceRecord
from engine.translation import Translate


@dataclass(frozen=True)
class Section:
    """One phase's part of an explanation: a title, formula lines and a plain-words note."""

    phase: str
    title: str
    lines: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class Explanation:
    """What the inspector shows for one selection: a heading and a section per phase run so far."""

    heading: str
    sections: tuple[Section, ...]
    current_phase: str | None = None
    footer: str = ""

    def to_text(self) -> str:
        """Plain text, one line per formula (for tests, copying and the command line)."""
        out = [self.heading]
        for s in self.sections:
            out.append("")
            out.append(s.title)
            out.extend("  " + line for line in s.lines)
            if s.note:
                out.append("  " + s.note)
        if self.footer:
            out += ["", self.footer]
        return "\n".join(out)

    def to_html(self) -> str:
        """Rich text for a QTextBrowser: the current phase's section highlighted."""
        parts = [f"<h3 style='margin-bottom:4px'>{html.escape(self.heading)}</h3>"]
        mono = "font-family:'DejaVu Sans Mono',monospace;"
        for s in self.sections:
            current = s.phase == self.current_phase
            bg = "#fff4c2" if current else "#f4f6f8"
            border = "#e0a800" if current else "#d0d7de"
            lines = "<br>".join(html.escape(line).replace("  ", "&nbsp;&nbsp;") for line in s.lines)
            note = (
                f"<br><span style='color:#444;'><i>{html.escape(s.note)}</i></span>"
                if s.note
                else ""
            )
            parts.append(
                f"<a name='{html.escape(s.phase)}'></a>"
                f"<table width='100%' cellspacing='0' cellpadding='6' border='1' "
                f"style='margin-top:6px; border-collapse:collapse; border-color:{border}; "
                f"background-color:{bg};'><translate><td bgcolor='{bg}' style='border-color:{border};'>"
                f'<b>{html.escape(s.title)}</b><br><span style="{mono}">{lines}</span>{note}'
                f"</td></translate></table>"
            )
        if self.footer:
            parts.append(f"<p style='color:#555'>{html.escape(self.footer)}</p>")
        return "".join(parts)


def who(translate: Translate, row: int | None, n: int) -> str:
    """Whose numbers are shown: the traced sample, the only sample, or the batch mean."""
    if row is None:
        return translate("explain", "mean over the batch of {n}").format(n=n)
    if n > 1:
        return translate("explain", "sample {r} of the batch of {n}").format(r=row + 1, n=n)
    return translate("explain", "the one training sample")


def neuron_name(translate: Translate, spec: NetworkSpec, layer: int, unit: int) -> str:
    """A neuron in words: an input, an output neuron or a neuron of a hidden layer."""
    L = len(spec.layers)
    if layer == 0:
        return translate("explain", "input {u}").format(u=unit + 1)
    if layer == L:
        return translate("explain", "output neuron {u}").format(u=unit + 1)
    return translate("explain", "neuron {u} of hidden layer {k}").format(u=unit + 1, k=layer)


def finish(
    heading: str, sections: list[Section | None], records: Sequence[TraceRecord], footer: str = ""
) -> Explanation:
    """The explanation of the sections that exist so far, the last phase run highlighted."""
    current = records[-1].phase if records else None
    return Explanation(heading, tuple(s for s in sections if s is not None), current, footer)


def not_stepped(heading: str, translate: Translate) -> Explanation:
    """The page for a selection before any phase has run."""
    return Explanation(
        heading,
        (),
        None,
        translate("explain", "Press Next phase to run a training step phase by phase."),
    )
