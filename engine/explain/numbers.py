"""How the explanations write numbers: 6 significant digits, subscripts, long sums cut short."""

from __future__ import annotations

from collections.abc import Callable
from typing import SupportsFloat

#: terms of a sum written out in full before it is abbreviated
MAX_TERMS = 4

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def fmt(x: SupportsFloat) -> str:
    """A number to 6 significant digits (as the inspector prints it)."""
    x = float(x)
    if x == 0.0:
        return "0"
    return f"{x:.6g}"


def factor(x: SupportsFloat) -> str:
    """A number as a factor of a product: negative numbers in parentheses."""
    s = fmt(x)
    return f"({s})" if s.startswith("-") else s


def sub(n: int) -> str:
    """An integer as Unicode subscript digits."""
    return str(n).translate(_SUBSCRIPTS)


def sum_terms(m: int, term: Callable[[int], str]) -> list[str]:
    """The terms of a sum over m entries: all of them, or the first three, "…" and the last."""
    if m <= MAX_TERMS:
        return [term(j) for j in range(m)]
    return [term(0), term(1), term(2), "…", term(m - 1)]
