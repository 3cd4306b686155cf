"""An explanation's shape (a heading, a section per phase) and the words naming what it shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from engine.explain import render
from engine.explain.names import Names
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
        return render.to_text(self)

    def to_html(self) -> str:
        """Rich text for a QTextBrowser: the current phase highlighted, symbols linked to the glossary."""
        return render.to_html(self)

    def to_markdown(self) -> str:
        """Markdown for a worksheet, symbols linked to the glossary."""
        return render.to_markdown(self)

    def to_latex(self) -> str:
        """A LaTeX fragment for a worksheet."""
        return render.to_latex(self)


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
        words = translate("explain", "input {u}").format(u=unit + 1)
    elif layer == L:
        words = translate("explain", "output neuron {u}").format(u=unit + 1)
    else:
        words = translate("explain", "neuron {u} of hidden layer {k}").format(u=unit + 1, k=layer)
    post = Names(spec).neuron(layer, unit)
    return words if post is None else f"{words} ({post})"


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
