"""What one neuron did in a step: its weighted sum, its activation, its share of the loss, its δ."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from engine.explain import regularization
from engine.explain.chain import delta_chain
from engine.explain.names import Names
from engine.explain.numbers import factor, fmt, sum_terms
from engine.explain.page import Explanation, Section, finish, neuron_name, not_stepped, who
from engine.explain.records import Reader
from engine.explain.update import update_section
from engine.losses import FORMULAS
from engine.spec import NetworkSpec
from engine.trace import TraceRecord, describe_phase
from engine.translation import Translate, untranslated


def _weighted_sum_lines(
    translate: Translate,
    names: Names,
    layer: int,
    unit: int,
    w: np.ndarray,
    a: np.ndarray,
    b: float,
    z: float,
) -> list[str]:
    """'z = w₁a₁ + … + b', the same with numbers (a subtotal for terms left out), the result."""
    z_sym, terms, b_sym = names.sum_symbols(layer, unit, len(w))
    symbols = sum_terms(len(w), lambda j: terms[j])
    numbers = sum_terms(
        len(w),
        lambda j: f"{factor(w[j])} × {factor(a[j])}",
        lambda j: float(w[j]) * float(a[j]),
        translate,
    )
    return [
        f"{z_sym} = {' + '.join(symbols)} + {b_sym}",
        f"  = {' + '.join(numbers)} + {factor(b)}",
        f"  = {fmt(z)}",
    ]


def _activation_lines(
    translate: Translate,
    out: str,
    act: str,
    slope: float,
    z: float,
    a: float,
    z_row: np.ndarray | None,
) -> list[str]:
    """a = f(z) written out with the numbers (``out`` names a: "a" or "a = out_h1")."""
    if act == "sigmoid":
        return [f"{out} = σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^({fmt(-z)})) = {fmt(a)}"]
    if act == "tanh":
        return [f"{out} = tanh(z) = tanh({fmt(z)}) = {fmt(a)}"]
    if act == "relu":
        return [f"{out} = max(0, z) = max(0, {fmt(z)}) = {fmt(a)}"]
    if act == "leaky_relu":
        return [f"{out} = max({slope:g}·z, z) = max({fmt(slope * z)}, {fmt(z)}) = {fmt(a)}"]
    if act == "linear":
        return [f"{out} = z = {fmt(a)}"]
    # softmax over the whole layer
    if z_row is None:
        return [f"{out} = e^z / Σⱼ e^(zⱼ) = {fmt(a)}"]
    denom = sum_terms(
        len(z_row),
        lambda j: f"e^({fmt(z_row[j])})",
        lambda j: float(np.exp(float(z_row[j]))),
        translate,
    )
    return [f"{out} = e^z / Σⱼ e^(zⱼ) = e^({fmt(z)}) / ({' + '.join(denom)}) = {fmt(a)}"]


def forward_section(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    layer: int,
    unit: int,
    weight: int | None = None,
) -> Section | None:
    """forward[layer] at one neuron: z = Σ w·a + b term by term, a = f(z), dropout.

    With ``weight`` (an input index) the line for that weight's own term comes first.
    """
    fwd = rd.get(f"forward[{layer}]")
    if fwd is None:
        return None
    names = Names(spec)
    ly = spec.layers[layer - 1]
    W = fwd.arrays["W"][unit]
    b = float(fwd.arrays["b"][unit])
    a_prev = rd.vec(fwd, "a_prev")
    z = rd.v(fwd, "z", unit)
    a = rd.v(fwd, "a", unit)
    lines: list[str] = []
    if weight is not None:
        p = names.param(f"W{layer}", (unit, weight))
        lines.append(
            translate("explain", "this weight's term")
            + f": {p} · {names.incoming(layer, weight)} = {factor(W[weight])} × "
            f"{factor(a_prev[weight])} = {fmt(W[weight] * a_prev[weight])}"
        )
    lines += _weighted_sum_lines(translate, names, layer, unit, W, a_prev, b, z)
    out = names.output(layer, unit)
    if rd.row is None:
        lines.append(translate("explain", "mean of a = f(z) over the batch = {a}").format(a=fmt(a)))
    else:
        z_row = fwd.arrays["z"][rd.row] if ly.activation == "softmax" else None
        lines += _activation_lines(translate, out, ly.activation, ly.leaky_slope, z, a, z_row)
    note = ""
    if "mask" in fwd.arrays:
        lines_, note = _dropout(translate, rd, fwd, unit, a)
        lines += lines_
    elif rd.row is not None and rd.n > 1:
        note = translate("explain", "Batch mean: z = {z}, a = {a}").format(
            z=fmt(np.mean(fwd.arrays["z"][:, unit])), a=fmt(np.mean(fwd.arrays["a"][:, unit]))
        )
    if not note:
        prev = (
            translate("explain", "the inputs x")
            if layer == 1
            else translate("explain", "the outputs a of layer {k}").format(k=layer - 1)
        )
        note = translate(
            "explain",
            "Each incoming value ({prev}) times its weight, summed with the bias, then the activation {act}.",
        ).format(prev=prev, act=ly.activation)
    title = translate("explain", "{phase}: {who}").format(
        phase=describe_phase(f"forward[{layer}]", translate),
        who=neuron_name(translate, spec, layer, unit),
    )
    return Section(f"forward[{layer}]", title, tuple(lines), note)


def _dropout(
    translate: Translate, rd: Reader, fwd: TraceRecord, unit: int, a: float
) -> tuple[list[str], str]:
    """The dropout line (out = a × mask) and its note; says when the neuron was dropped."""
    out = rd.v(fwd, "out", unit)
    if rd.row is None:
        dropped = int(np.sum(np.asarray(fwd.arrays["mask"])[:, unit] == 0))
        lines = [
            "dropout: out = a × mask, "
            + translate("explain", "mean over the batch")
            + f" = {fmt(out)}",
            translate("explain", "dropped for {d} of the {n} samples").format(d=dropped, n=rd.n),
        ]
    else:
        mk = rd.v(fwd, "mask", unit)
        lines = [f"dropout: out = a × mask = {factor(a)} × {factor(mk)} = {fmt(out)}"]
        if mk == 0.0:
            return lines, translate(
                "explain",
                "This neuron was dropped for this sample (mask 0): the next layer sees 0 from it, "
                "and its δ will be 0, so none of its weights learns from this sample.",
            )
    return lines, translate(
        "explain",
        "Dropout: a mask of 0 switches the neuron off for this step; kept ones are scaled by 1/keep.",
    )


def loss_section(
    translate: Translate, spec: NetworkSpec, rd: Reader, unit: int | None
) -> Section | None:
    """The loss phase: an output neuron's share of the loss (``unit``), the data loss, the total."""
    rec = rd.get("loss")
    if rec is None:
        return None
    lines: list[str] = []
    if unit is not None:
        lines.append(_share_line(translate, spec, rd, rec, unit))
        a, y = rd.v(rec, "output", unit), rd.v(rec, "target", unit)
        lines.append(
            translate("explain", "prediction a = {a}, target y = {y}").format(a=fmt(a), y=fmt(y))
        )
    if rd.row is not None:
        per = float(rec.arrays["per_sample"][rd.row])
        sym = "E_total = Σ E" if spec.loss == "sse" else translate("explain", "loss of this sample")
        lines.append(f"{sym} = {fmt(per)}")
    lines.append(
        translate("explain", "data loss L (mean over the batch of {n}) = {v}").format(
            n=rd.n, v=fmt(rec.values["data_loss"])
        )
    )
    note = translate(
        "explain", "The loss measures how far the predictions are from the targets: {f}."
    ).format(f=FORMULAS[spec.loss])
    if regularization.is_on(spec):
        lines += regularization.loss_lines(translate, spec, rd, rec)
        note += " " + regularization.loss_note(translate, spec)
    return Section("loss", describe_phase("loss", translate), tuple(lines), note)


def _share_line(
    translate: Translate, spec: NetworkSpec, rd: Reader, rec: TraceRecord, unit: int
) -> str:
    """An output's share of the loss for this sample with the numbers (or its batch mean)."""
    k = spec.n_outputs
    if rd.row is None:  # the mean of the samples' shares (not the share of the mean a)
        a_all = np.asarray(rec.arrays["output"], dtype=np.float64)[:, unit]
        y_all = np.asarray(rec.arrays["target"], dtype=np.float64)[:, unit]
        shares = {
            "sse": lambda: 0.5 * (y_all - a_all) ** 2,
            "mse": lambda: (a_all - y_all) ** 2 / k,
            "bce": lambda: (
                -(
                    y_all * np.log(np.maximum(a_all, 1e-300))
                    + (1 - y_all) * np.log(np.maximum(1 - a_all, 1e-300))
                )
                / k
            ),
            "cce": lambda: -y_all * np.log(np.maximum(a_all, 1e-300)),
        }[spec.loss]()
        return translate(
            "explain", "this output's share of the loss, mean over the batch = {v}"
        ).format(v=fmt(np.mean(shares)))
    a, y = rd.v(rec, "output", unit), rd.v(rec, "target", unit)
    if spec.loss == "sse":
        e = Names(spec).loss_share(unit)
        return f"{e} = ½(y − a)² = ½({fmt(y)} − {fmt(a)})² = {fmt(0.5 * (y - a) ** 2)}"
    if spec.loss == "mse":
        return f"(a − y)² / k = ({fmt(a)} − {fmt(y)})² / {k} = {fmt((a - y) ** 2 / k)}"
    if spec.loss == "bce":
        term = -(y * np.log(max(a, 1e-300)) + (1 - y) * np.log(max(1 - a, 1e-300))) / k
        return (
            f"−[y·log a + (1 − y)·log(1 − a)] / k = −[{factor(y)} × log({fmt(a)}) + "
            f"{factor(1 - y)} × log({fmt(1 - a)})] / {k} = {fmt(term)}"
        )
    if y == 0:  # cce: only the target class counts
        return "−y·log a = 0   (y = 0)"
    return f"−y·log a = −{factor(y)} × log({fmt(a)}) = {fmt(-y * np.log(max(a, 1e-300)))}"


def explain_neuron(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    unit: int,
    row: int | None = 0,
    translate: Translate = untranslated,
) -> Explanation:
    """Everything the step did at one neuron so far (layer 0 = an input), with the numbers."""
    rd = Reader(records, row)
    n = rd.n
    heading = f"{neuron_name(translate, spec, layer, unit)} — {who(translate, rd.row, n)}"
    L = len(spec.layers)
    if not records:
        return not_stepped(heading, translate)
    if layer == 0:
        fwd = rd.get("forward[1]")
        x = rd.v(fwd, "a_prev", unit) if fwd is not None else float("nan")
        sec = Section(
            "forward[1]",
            translate("explain", "Input"),
            (f"{Names(spec).incoming(1, unit)} = {fmt(x)}",),
            translate("explain", "Inputs are data, not learned: backpropagation stops here."),
        )
        return finish(heading, [sec], records)
    sections: list[Section | None] = [forward_section(translate, spec, rd, layer, unit)]
    if layer == L:
        sections.append(loss_section(translate, spec, rd, unit))
    origin = f"backward[{layer + 1}]" if layer < L else f"backward[{layer}]"
    chain = delta_chain(translate, spec, rd, layer, unit) if rd.get(origin) is not None else None
    if chain is not None:
        title = translate("explain", "{phase}: δ of this neuron").format(
            phase=describe_phase(origin, translate)
        )
        sections.append(Section(origin, title, chain.lines, chain.note))
    bwd = rd.get(f"backward[{layer}]")
    if bwd is not None and layer < L:
        d = rd.v(bwd, "delta", unit)
        lines = (
            translate("explain", "δ = {d} (from the layer above)").format(d=fmt(d)),
            "∂L/∂wⱼ = δ · aⱼ,   ∂L/∂b = δ",
            translate("explain", "∂L/∂b (batch total) = {v}").format(v=fmt(bwd.arrays["db"][unit])),
        )
        sections.append(
            Section(
                f"backward[{layer}]",
                translate("explain", "{phase}: gradients of the incoming weights").format(
                    phase=describe_phase(f"backward[{layer}]", translate)
                ),
                lines,
                translate(
                    "explain",
                    "Each incoming weight's gradient is this δ times the value that weight carried.",
                ),
            )
        )
    sections.append(update_section(translate, spec, rd, f"b{layer}", (unit,)))
    return finish(heading, sections, records)
