"""What one weight or bias did in a step: its term in z, its gradient by the chain rule, its update."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.explain.chain import Chain, delta_chain
from engine.explain.neuron import forward_section, loss_section
from engine.explain.numbers import factor, fmt, sub
from engine.explain.page import Explanation, Section, finish, neuron_name, not_stepped, who
from engine.explain.records import Reader
from engine.explain.update import update_section
from engine.gradcheck import FD_STEP, finite_difference
from engine.spec import NetworkSpec
from engine.trace import TraceRecord, describe_phase
from engine.translation import Translate, untranslated


def explain_weight(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    i: int,
    j: int,
    row: int | None = 0,
    translate: Translate = untranslated,
) -> Explanation:
    """The weight W_layer[i, j] (from unit j below to unit i): its term, its gradient, its update."""
    rd = Reader(records, row)
    name = f"W{layer}"
    src = (
        translate("explain", "input {j}").format(j=j + 1)
        if layer == 1
        else translate("explain", "neuron {j} of layer {k}").format(j=j + 1, k=layer - 1)
    )
    heading = translate("explain", "weight {name}[{i},{j}]: {src} → {dst} — {who}").format(
        name=name,
        i=i + 1,
        j=j + 1,
        src=src,
        dst=neuron_name(translate, spec, layer, i),
        who=who(translate, rd.row, rd.n),
    )
    if not records:
        return not_stepped(heading, translate)
    sections: list[Section | None] = [forward_section(translate, spec, rd, layer, i, weight=j)]
    if layer == len(spec.layers):
        sections.append(loss_section(translate, spec, rd, i))
    sections.append(_gradient_section(translate, spec, records, rd, layer, i, j))
    sections.append(update_section(translate, spec, rd, name, (i, j), "w"))
    return finish(heading, sections, records)


def explain_bias(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    unit: int,
    row: int | None = 0,
    translate: Translate = untranslated,
) -> Explanation:
    """The bias b_layer[unit]: its place in z, its gradient (∂z/∂b = 1), its update."""
    rd = Reader(records, row)
    name = f"b{layer}"
    heading = translate("explain", "bias {name}[{u}] of {who} — {w}").format(
        name=name,
        u=unit + 1,
        who=neuron_name(translate, spec, layer, unit),
        w=who(translate, rd.row, rd.n),
    )
    if not records:
        return not_stepped(heading, translate)
    sections: list[Section | None] = [forward_section(translate, spec, rd, layer, unit)]
    if layer == len(spec.layers):
        sections.append(loss_section(translate, spec, rd, unit))
    sections.append(_gradient_section(translate, spec, records, rd, layer, unit, None))
    sections.append(update_section(translate, spec, rd, name, (unit,), "b"))
    return finish(heading, sections, records)


def _gradient_section(
    translate: Translate,
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    rd: Reader,
    layer: int,
    i: int,
    j: int | None,
) -> Section | None:
    """backward[layer] for W[i, j] (j given) or b[i] (j None): chain rule, total, finite difference."""
    bwd = rd.get(f"backward[{layer}]")
    chain = delta_chain(translate, spec, rd, layer, i)
    if bwd is None or chain is None:
        return None
    lines = list(chain.lines)
    index: tuple[int, ...]
    if j is not None:
        more, total = _weight_gradient_lines(translate, spec, rd, bwd, chain, layer, i, j)
        name, index, sym = f"W{layer}", (i, j), "w"
        title = translate("explain", "{phase}: gradient of this weight")
    else:
        more, total = _bias_gradient_lines(translate, rd, bwd, i)
        name, index, sym = f"b{layer}", (i,), "b"
        title = translate("explain", "{phase}: gradient of this bias")
    lines += more
    fd = finite_difference(spec, records, name, index)
    if fd is not None:
        rel = abs(fd - total) / max(abs(fd) + abs(total), 1e-300)
        lines.append(
            translate(
                "explain",
                "check by finite differences: (L({p} + h) − L({p} − h)) / 2h = {fd} (h = {h:g}); backprop {bp}; relative difference {rel}",
            ).format(p=sym, fd=fmt(fd), h=FD_STEP, bp=fmt(total), rel=f"{rel:.1e}")
        )
    phase = f"backward[{layer}]"
    return Section(
        phase, title.format(phase=describe_phase(phase, translate)), tuple(lines), chain.note
    )


def _weight_gradient_lines(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    bwd: TraceRecord,
    chain: Chain,
    layer: int,
    i: int,
    j: int,
) -> tuple[list[str], float]:
    """(lines for ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w, its batch total and regularization; the total)."""
    lines: list[str] = []
    n = rd.n
    a_j = rd.v(bwd, "a_prev", j)
    sym_in = f"x{sub(j + 1)}" if layer == 1 else f"a{sub(j + 1)}"
    total = float(bwd.arrays["dW"][i, j])
    if rd.row is None:
        lines.append(
            translate(
                "explain", "∂L/∂w = Σ over the batch of δ · {a} (1/n is inside δ) = {v}"
            ).format(a=sym_in, v=fmt(total))
        )
    else:
        share = float(bwd.arrays["delta"][rd.row, i] * bwd.arrays["a_prev"][rd.row, j])
        lines.append(f"∂z/∂w = {sym_in} = {fmt(a_j)}")
        if chain.dL_da is not None and chain.da_dz is not None:
            lines.append(
                f"∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w = {factor(chain.dL_da)} × {factor(chain.da_dz)} × {factor(a_j)} = {fmt(share)}"
            )
        else:
            lines.append(
                f"∂L/∂w = δ · ∂z/∂w = {factor(chain.delta)} × {factor(a_j)} = {fmt(share)}"
            )
        if n > 1:
            lines.append(
                translate(
                    "explain", "batch total ∂L/∂w = Σ of the {n} samples' shares = {v}"
                ).format(n=n, v=fmt(total))
            )
    w = float(bwd.arrays["W"][i, j])
    if spec.l2 or spec.l1:
        data_part = float(np.sum(bwd.arrays["delta"][:, i] * bwd.arrays["a_prev"][:, j]))
        reg = []
        if spec.l2:
            reg.append(f"λ₂·w = {fmt(spec.l2)} × {factor(w)}")
        if spec.l1:
            reg.append(f"λ₁·sign(w) = {fmt(spec.l1)} × {fmt(np.sign(w))}")
        lines.append(
            translate("explain", "+ regularization: {terms}; ∂L/∂w = {d} + {r} = {t}").format(
                terms="; ".join(reg), d=fmt(data_part), r=factor(total - data_part), t=fmt(total)
            )
        )
    return lines, total


def _bias_gradient_lines(
    translate: Translate, rd: Reader, bwd: TraceRecord, i: int
) -> tuple[list[str], float]:
    """(lines for ∂L/∂b = δ · 1 and its batch total; the total)."""
    lines: list[str] = []
    total = float(bwd.arrays["db"][i])
    if rd.row is None:
        lines.append(
            translate("explain", "∂L/∂b = Σ over the batch of δ = {v}").format(v=fmt(total))
        )
    else:
        share = float(bwd.arrays["delta"][rd.row, i])
        lines.append(f"∂L/∂b = δ · ∂z/∂b = {factor(share)} × 1 = {fmt(share)}")
        if rd.n > 1:
            lines.append(
                translate("explain", "batch total ∂L/∂b = Σ of the {n} samples' δ = {v}").format(
                    n=rd.n, v=fmt(total)
                )
            )
    return lines, total
