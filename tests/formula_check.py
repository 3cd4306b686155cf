"""Recomputes the explanations' formula lines from the numbers printed in them.

A formula line reads ``symbols = numbers = … = result``: every part written in numbers
alone (``0.4 − 0.5 × 0.082167``) must evaluate to the printed result. The printed numbers
have 6 significant digits, so each carries an error of up to 5e-6 of itself, propagated
through the arithmetic; a part that is off by more than that bound is wrong.

Understood: + − - × · / ( ) [ ] ² and superscript exponents, √, ½, e^(…), tanh(…),
log(…), max(…, …), and "⟨k more terms: subtotal⟩" (the subtotal of terms left out).
Text after three spaces is a remark, not part of the formula.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

NUMBER = r"\d+(?:\.\d+)?(?:e[+-]?\d+)?"
_NUMBER_ONLY = re.compile(rf"[-−]?{NUMBER}")
_ELIDED = re.compile(rf"⟨[^⟩]*?([-−]?{NUMBER})\s*⟩")
_TOKEN = re.compile(rf"\s*({NUMBER}|tanh|max|log|e\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[-−+×·/()\[\],√½])")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
REL = 5e-6  # half a unit of the 6th significant digit, relative


@dataclass(frozen=True)
class Val:
    """A value and a bound on its absolute error."""

    v: float
    e: float


class FormulaError(AssertionError):
    """A formula line whose numbers do not give its printed result."""


class _Parser:
    def __init__(self, text: str):
        self.tokens: list[str] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise ValueError(f"cannot read {text[pos:]!r}")
            self.tokens.append(m.group(1))
            pos = m.end()
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise ValueError(f"expected {expected!r}, found {tok!r}")
        self.i += 1
        return tok

    def parse(self) -> Val:
        v = self.expr()
        if self.peek() is not None:
            raise ValueError(f"unexpected {self.peek()!r}")
        return v

    def expr(self) -> Val:
        v = self.term()
        while self.peek() in ("+", "−", "-"):
            op = self.take()
            w = self.term()
            v = Val(v.v + w.v if op == "+" else v.v - w.v, v.e + w.e)
        return v

    def term(self) -> Val:
        v = self.unary()
        while True:
            tok = self.peek()
            if tok in ("×", "·"):
                self.take()
                v = _mul(v, self.unary())
            elif tok == "/":
                self.take()
                v = _div(v, self.unary())
            elif tok in ("(", "["):  # implicit product: ½(y − a)²
                v = _mul(v, self.power())
            else:
                return v

    def unary(self) -> Val:
        if self.peek() in ("−", "-"):
            self.take()
            v = self.unary()
            return Val(-v.v, v.e)
        return self.power()

    def power(self) -> Val:
        v = self.primary()
        while (tok := self.peek()) is not None and tok[0] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
            self.take()
            v = _pow(v, int(tok.translate(_SUPERSCRIPT)))
        return v

    def primary(self) -> Val:
        tok = self.take()
        if tok in ("(", "["):
            v = self.expr()
            self.take(")" if tok == "(" else "]")
            return v
        if tok == "½":
            return Val(0.5, 0.0)
        if tok == "√":
            x = self.power()
            lo = math.sqrt(max(x.v - x.e, 0.0))
            return Val(math.sqrt(x.v), math.sqrt(x.v + x.e) - lo)
        if tok == "e^":
            x = self.primary()
            return Val(math.exp(x.v), math.exp(x.v) * math.expm1(x.e))
        if tok in ("tanh", "log", "max"):
            self.take("(")
            args = [self.expr()]
            while self.peek() == ",":
                self.take()
                args.append(self.expr())
            self.take(")")
            x = args[0]
            if tok == "tanh":
                return Val(math.tanh(x.v), x.e)
            if tok == "max":
                return Val(max(a.v for a in args), max(a.e for a in args))
            if x.v - x.e <= 0:
                return Val(math.log(x.v), math.inf)
            return Val(math.log(x.v), math.log(x.v) - math.log(x.v - x.e))
        if re.fullmatch(NUMBER, tok):
            value = float(tok)
            return Val(value, abs(value) * REL)
        raise ValueError(f"unexpected {tok!r}")


def _mul(a: Val, b: Val) -> Val:
    return Val(a.v * b.v, abs(a.v) * b.e + abs(b.v) * a.e + a.e * b.e)


def _div(a: Val, b: Val) -> Val:
    if abs(b.v) <= b.e:
        return Val(a.v / b.v if b.v else math.inf, math.inf)
    return Val(a.v / b.v, (abs(a.v) * b.e + abs(b.v) * a.e) / (b.v * b.v - abs(b.v) * b.e))


def _pow(a: Val, n: int) -> Val:
    hi = (abs(a.v) + a.e) ** n
    return Val(a.v**n, hi - abs(a.v) ** n)


def _looks_numeric(part: str) -> bool:
    """Written in numbers alone (no symbol, no word)."""
    rest = re.sub(rf"tanh|max|log|e\^|{NUMBER}", "", part)
    return not any(ch.isalpha() for ch in rest) and any(ch.isdigit() for ch in part)


def evaluate(text: str) -> Val:
    """The value of a part written in numbers, with its error bound."""
    return _Parser(_ELIDED.sub(r"(\1)", text)).parse()


@cache  # pages repeat sections (a neuron's sum is on every page of its weights)
def check_line(line: str) -> int:
    """Check one formula line; returns how many numeric parts were recomputed (0: not a formula).

    Raises FormulaError when a numeric part misses the printed result, or cannot be read.
    """
    formula = line.strip().split("   ")[0]
    parts = [p.strip() for p in formula.split(" = ")]
    if len(parts) < 2 or not _NUMBER_ONLY.fullmatch(parts[-1]):
        return 0
    result = float(parts[-1].replace("−", "-"))
    checked = 0
    for part in parts[:-1]:
        plain = _ELIDED.sub(r"(\1)", part)
        if not plain or not _looks_numeric(plain) or _NUMBER_ONLY.fullmatch(plain):
            continue
        try:
            got = _Parser(plain).parse()
        except (ValueError, OverflowError, ZeroDivisionError) as exc:
            raise FormulaError(f"{line!r}: cannot read {part!r} ({exc})") from None
        bound = 2 * (got.e + abs(result) * REL) + 1e-12
        if not abs(got.v - result) <= bound:
            raise FormulaError(
                f"{line!r}: {part} = {got.v!r} (± {got.e:.2g}), but the line says {result!r}"
            )
        checked += 1
    return checked


def check_lines(lines: list[str] | tuple[str, ...]) -> list[str]:
    """Check every line (continuation lines "  = …" joined to the line before); returns the
    formulas that were recomputed."""
    joined: list[str] = []
    for line in lines:
        if line.lstrip().startswith("= ") and joined:
            joined[-1] += " " + line.strip()
        else:
            joined.append(line)
    return [line for line in joined if check_line(line)]
