"""What one weight or bias did in a step: its term in z, its gradient by the chain rule, its update."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.explain import regularization
from engine.explain.chain import Chain, delta_chain
from engine.explain.names import Names
from engine.explain.neuron import forward_section, loss_section
from engine.explain.numbers import factor, fmt
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
    src = translate("explain", "input {j}").format(j=j + 1)
    if layer > 1:
        src = neuron_name(translate, spec, layer - 1, j)
    heading = translate("explain", "weight {name}: {src} → {dst} — {who}").format(
        name=Names(spec).both(name, (i, j)),
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
    sections.append(update_section(translate, spec, rd, name, (i, j)))
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
    heading = translate("explain", "bias {name} of {who} — {w}").format(
        name=Names(spec).both(name, (unit,)),
        who=neuron_name(translate, spec, layer, unit),
        w=who(translate, rd.row, rd.n),
    )
    if not records:
        return not_stepped(heading, translate)
    sections: list[Section | None] = [forward_section(translate, spec, rd, layer, unit)]
    if layer == len(spec.layers):
        sections.append(loss_section(translate, spec, rd, unit))
    sections.append(_gradient_section(translate, spec, records, rd, layer, unit, None))
    sections.append(update_section(translate, spec, rd, name, (unit,)))
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
    note = chain.note
    index: tuple[int, ...]
    names = Names(spec)
    if j is not None:
        name, index = f"W{layer}", (i, j)
        sym = names.param(name, index)
        more, total = _weight_gradient_lines(translate, spec, rd, bwd, chain, layer, i, j, sym)
        title = translate("explain", "{phase}: gradient of this weight")
        if regularization.is_on(spec):
            note += " " + regularization.gradient_note(translate, spec)
    else:
        name, index = f"b{layer}", (i,)
        sym = names.param(name, index)
        more, total = _bias_gradient_lines(translate, rd, bwd, i, sym)
        title = translate("explain", "{phase}: gradient of this bias")
        if regularization.is_on(spec):
            note += " " + regularization.bias_note(translate)
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
    return Section(phase, title.format(phase=describe_phase(phase, translate)), tuple(lines), note)


def _weight_gradient_lines(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    bwd: TraceRecord,
    chain: Chain,
    layer: int,
    i: int,
    j: int,
    p: str,
) -> tuple[list[str], float]:
    """(lines for ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w, the sum of the samples' shares and the
    regularization term; the total)."""
    lines: list[str] = []
    n = rd.n
    a_j = rd.v(bwd, "a_prev", j)
    sym_in = Names(spec).incoming(layer, j)
    total = float(bwd.arrays["dW"][i, j])
    delta = np.asarray(bwd.arrays["delta"], dtype=np.float64)[:, i]
    data_part = float(np.sum(delta * np.asarray(bwd.arrays["a_prev"], dtype=np.float64)[:, j]))
    reg_symbols, reg_numbers, _ = regularization.gradient_terms(
        spec, float(bwd.arrays["W"][i, j]), p
    )
    if rd.row is None:
        lines.append(
            translate(
                "explain", "∂L/∂{p} = Σ over the batch of δ · {a} (1/n is inside δ) = {v}"
            ).format(p=p, a=sym_in, v=fmt(data_part if reg_symbols else total))
        )
    else:
        share = float(delta[rd.row] * float(bwd.arrays["a_prev"][rd.row, j]))
        lines.append(f"∂z/∂{p} = {sym_in} = {fmt(a_j)}")
        if chain.dL_da is not None and chain.da_dz is not None:
            lines.append(
                f"∂L/∂{p} = ∂L/∂a · ∂a/∂z · ∂z/∂{p} = {factor(chain.dL_da)} × {factor(chain.da_dz)} × {factor(a_j)} = {fmt(share)}"
            )
        else:
            lines.append(
                f"∂L/∂{p} = δ · ∂z/∂{p} = {factor(chain.delta)} × {factor(a_j)} = {fmt(share)}"
            )
        if n > 1:
            lines.append(
                translate(
                    "explain",
                    "batch total of the samples' shares: Σ of the {n} shares δ · {a} = {v}",
                ).format(n=n, a=sym_in, v=fmt(data_part if reg_symbols else total))
            )
    if reg_symbols:
        lines.append(
            f"∂L/∂{p} = Σ δ·{sym_in}{reg_symbols} = {fmt(data_part)}{reg_numbers} = {fmt(total)}"
        )
    return lines, total


def _bias_gradient_lines(
    translate: Translate, rd: Reader, bwd: TraceRecord, i: int, p: str
) -> tuple[list[str], float]:
    """(lines for ∂L/∂b = δ · 1 and its batch total; the total)."""
    lines: list[str] = []
    total = float(bwd.arrays["db"][i])
    if rd.row is None:
        lines.append(
            translate("explain", "∂L/∂{p} = Σ over the batch of δ = {v}").format(p=p, v=fmt(total))
        )
    else:
        share = float(bwd.arrays["delta"][rd.row, i])
        lines.append(f"∂L/∂{p} = δ · ∂z/∂{p} = {factor(share)} × 1 = {fmt(share)}")
        if rd.n > 1:
            lines.append(
                translate("explain", "batch total ∂L/∂{p} = Σ of the {n} samples' δ = {v}").format(
                    p=p, n=rd.n, v=fmt(total)
                )
            )
    return lines, total
