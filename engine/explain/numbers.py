"""How the explanations write numbers: 6 significant digits, never −0, subscripts, long sums cut short."""

from __future__ import annotations

from collections.abc import Callable
from typing import SupportsFloat

from engine.translation import Translate, untranslated

#: a sum of more terms than this is written as its first three terms, the subtotal of
#: the terms in between and its last term
MAX_TERMS = 5

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def fmt(x: SupportsFloat) -> str:
    """A number to 6 significant digits (as the inspector prints it); zero is "0", never "-0"."""
    x = float(x)
    if x == 0.0:  # also -0.0
        return "0"
    s = f"{x:.6g}"
    return "0" if s in ("-0", "0") else s


def factor(x: SupportsFloat) -> str:
    """A number as a factor of a product: negative numbers in parentheses."""
    s = fmt(x)
    return f"({s})" if s.startswith("-") else s


def sub(n: int) -> str:
    """An integer as Unicode subscript digits."""
    return str(n).translate(_SUBSCRIPTS)


def sup(n: int) -> str:
    """An integer as Unicode superscript digits (an exponent: 0.9³)."""
    return str(n).translate(_SUPERSCRIPTS)


def sum_terms(
    m: int,
    term: Callable[[int], str],
    value: Callable[[int], float] | None = None,
    translate: Translate = untranslated,
) -> list[str]:
    """The terms of a sum over m entries: all of them, or the first three, the rest, the last.

    Written with symbols (``value`` None) the terms left out are "…"; written with numbers
    (``value(j)`` the j-th term's value) they are "⟨k more terms: subtotal⟩", so the terms
    shown and the subtotal add up to the sum.
    """
    if m <= MAX_TERMS:
        return [term(j) for j in range(m)]
    if value is None:
        middle = "…"
    else:
        hidden = range(3, m - 1)
        subtotal = sum(float(value(j)) for j in hidden)
        middle = (
            "⟨"
            + translate("explain", "{k} more terms: {v}").format(k=len(hidden), v=fmt(subtotal))
            + "⟩"
        )
    return [term(0), term(1), term(2), middle, term(m - 1)]
