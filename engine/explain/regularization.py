"""L1/L2 regularization written out: its term in the loss and its term in a weight's gradient.

The loss gets R = ½λ₂·ΣW² + λ₁·Σ|W| over every weight of every layer (never the biases);
a weight's gradient gets its derivative, λ₂·w + λ₁·sign(w) (engine.network).
"""

from __future__ import annotations

import numpy as np

from engine.explain.numbers import factor, fmt
from engine.explain.records import Reader
from engine.spec import NetworkSpec
from engine.trace import TraceRecord
from engine.translation import Translate


def is_on(spec: NetworkSpec) -> bool:
    """Whether L1 or L2 regularization is on."""
    return bool(spec.l1 or spec.l2)


def loss_lines(translate: Translate, spec: NetworkSpec, rd: Reader, loss: TraceRecord) -> list[str]:
    """R = ½λ₂·ΣW² + λ₁·Σ|W| with the numbers, then L = data loss + R (the loss record's)."""
    data_loss, reg, total = (loss.values[k] for k in ("data_loss", "regularization", "loss"))
    weights = []
    for k in range(1, len(spec.layers) + 1):
        fwd = rd.get(f"forward[{k}]")
        if fwd is None:
            return []
        weights.append(np.asarray(fwd.arrays["W"], dtype=np.float64))
    symbols, numbers = [], []
    lines = []
    where = translate("explain", "(every weight of every layer; biases are not regularized)")
    if spec.l2:
        squares = float(sum(np.sum(w * w) for w in weights))
        lines.append(f"ΣW² = {fmt(squares)}   {where}")
        symbols.append("½λ₂·ΣW²")
        numbers.append(f"½ × {fmt(spec.l2)} × {fmt(squares)}")
    if spec.l1:
        absolute = float(sum(np.sum(np.abs(w)) for w in weights))
        lines.append(f"Σ|W| = {fmt(absolute)}   {where}")
        symbols.append("λ₁·Σ|W|")
        numbers.append(f"{fmt(spec.l1)} × {fmt(absolute)}")
    lines.append(
        translate("explain", "regularization")
        + f" R = {' + '.join(symbols)} = {' + '.join(numbers)} = {fmt(reg)}"
    )
    lines.append(
        translate("explain", "total loss")
        + f" L = L_data + R = {fmt(data_loss)} + {fmt(reg)} = {fmt(total)}"
    )
    return lines


def loss_note(translate: Translate, spec: NetworkSpec) -> str:
    """Where the regularization term comes from and where it goes (and Keras's L2 convention)."""
    parts = []
    if spec.l2:
        parts.append(
            translate(
                "explain",
                "L2 regularization adds ½λ₂·ΣW² over every weight to the loss, biases excluded; "
                "its derivative λ₂·w is added to each weight's gradient in the backward pass. "
                "Keras's l2(λ) adds λ·ΣW² without the ½, so it equals λ₂ = 2λ here.",
            )
        )
    if spec.l1:
        parts.append(
            translate(
                "explain",
                "L1 regularization adds λ₁·Σ|W| over every weight to the loss, biases excluded; "
                "its derivative λ₁·sign(w) is added to each weight's gradient in the backward pass.",
            )
        )
    return " ".join(parts)


def gradient_terms(spec: NetworkSpec, w: float, p: str) -> tuple[str, str, float]:
    """(" + λ₂·w + λ₁·sign(w)", the same with numbers, its value) for a weight's gradient."""
    symbols, numbers, value = "", "", 0.0
    if spec.l2:
        symbols += f" + λ₂·{p}"
        numbers += f" + {fmt(spec.l2)} × {factor(w)}"
        value += spec.l2 * w
    if spec.l1:
        sign = float(np.sign(w))
        symbols += f" + λ₁·sign({p})"
        numbers += f" + {fmt(spec.l1)} × {factor(sign)}"
        value += spec.l1 * sign
    return symbols, numbers, value


def gradient_note(translate: Translate, spec: NetworkSpec) -> str:
    """Why a weight's gradient has a λ term."""
    terms = ["½λ₂·ΣW²"] * bool(spec.l2) + ["λ₁·Σ|W|"] * bool(spec.l1)
    return translate(
        "explain",
        "The λ term is the derivative of the regularization {r} that the loss adds for every weight.",
    ).format(r=" + ".join(terms))


def bias_note(translate: Translate) -> str:
    """Why a bias's gradient has none."""
    return translate("explain", "Biases are not regularized: their gradient has no λ term.")
