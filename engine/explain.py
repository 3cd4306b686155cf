"""Explanations with the real numbers: the formulas of one training step for one neuron or parameter.

Pure functions of a NetworkSpec and the TraceRecords of a step (host NumPy arrays), so
the window can build them on its own thread without touching the worker's objects:

* ``explain_neuron(spec, records, layer, unit, row)``: z = Σ wⱼaⱼ + b with every term,
  a = f(z), the neuron's share of the loss, its δ by the chain rule, its bias update;
* ``explain_weight(spec, records, layer, i, j, row)``: the weight's term in z, the chain
  rule ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w with each factor's value, the sample's share and
  the batch total, the centred finite difference beside it, and the optimizer's update;
* ``explain_bias(...)``: the same for a bias (∂z/∂b = 1).

Layers are numbered as in the engine (1..L; layer 0 = the inputs); ``i``/``j``/``unit``
are 0-based array indices, shown 1-based. ``row`` is the traced sample's row in the
batch, or None for the batch mean. Every visible word goes through ``translate`` (the window
passes Qt's translate), numbers are shown to 6 significant digits.

``finite_difference`` recomputes the step's loss with one parameter nudged by ±h,
entirely from the records: the forward records carry W, b, the dropout masks and the
batch input, the loss record carries the targets.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from engine.activations import get_activation
from engine.losses import loss_value
from engine.spec import NetworkSpec
from engine.trace import TraceRecord, describe_phase

Translate = Callable[[str, str], str]  # (context, text) → text, as QCoreApplication.translate

# step of the centred finite difference (on float64 copies)
FD_STEP = 1e-6

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_FUSED = {("cce", "softmax"), ("bce", "sigmoid")}
_OPT_NAMES = {
    "sgd": "SGD",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "adagrad": "Adagrad",
    "rmsprop": "RMSprop",
    "adam": "Adam",
}
# terms of a weighted sum written out in full before it is abbreviated
MAX_TERMS = 4


def _same(context: str, text: str) -> str:
    """No translation (the engine's default; the window passes QCoreApplication.translate)."""
    return text


def fmt(x: float) -> str:
    """A number to 6 significant digits (as the inspector prints it)."""
    x = float(x)
    if x == 0.0:
        return "0"
    return f"{x:.6g}"


def _f(x: float) -> str:
    """A number as a factor: negative numbers in parentheses."""
    s = fmt(x)
    return f"({s})" if s.startswith("-") else s


def sub(n: int) -> str:
    """An integer as Unicode subscript digits."""
    return str(n).translate(_SUB)


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


# ----- reading records ---------------------------------------------------------------------
def _by_phase(records: Sequence[TraceRecord]) -> dict[str, TraceRecord]:
    return {r.phase: r for r in records}


def batch_size(records: Sequence[TraceRecord]) -> int:
    """Rows in the traced batch (0 if there are no records)."""
    for r in records:
        if r.kind == "forward":
            return int(r.arrays["a_prev"].shape[0])
    return 0


class _Reader:
    """Per-sample or batch-mean values of a record's arrays."""

    def __init__(self, records: Sequence[TraceRecord], row: int | None):
        self.rec = _by_phase(records)
        self.n = batch_size(records)
        self.row = None if row is None else min(max(int(row), 0), max(self.n - 1, 0))

    def get(self, phase: str) -> TraceRecord | None:
        return self.rec.get(phase)

    def v(self, record: TraceRecord, key: str, *index: int) -> float:
        arr = record.arrays[key]
        if self.row is None:
            return float(np.asarray(arr, dtype=np.float64).mean(axis=0)[index])
        return float(arr[(self.row, *index)])

    def vec(self, record: TraceRecord, key: str) -> np.ndarray:
        arr = np.asarray(record.arrays[key], dtype=np.float64)
        return arr.mean(axis=0) if self.row is None else arr[self.row]


def _who(translate: Translate, row: int | None, n: int) -> str:
    if row is None:
        return translate("explain", "mean over the batch of {n}").format(n=n)
    if n > 1:
        return translate("explain", "sample {r} of the batch of {n}").format(r=row + 1, n=n)
    return translate("explain", "the one training sample")


def _neuron_name(translate: Translate, spec: NetworkSpec, layer: int, unit: int) -> str:
    L = len(spec.layers)
    if layer == 0:
        return translate("explain", "input {u}").format(u=unit + 1)
    if layer == L:
        return translate("explain", "output neuron {u}").format(u=unit + 1)
    return translate("explain", "neuron {u} of hidden layer {k}").format(u=unit + 1, k=layer)


# ----- the formulas -----------------------------------------------------------------------
def _weighted_sum_lines(
    w: np.ndarray, a: np.ndarray, b: float, z: float, a_sym: str = "a"
) -> list[str]:
    """'z = w₁a₁ + … + b', the same with numbers, and the result."""
    m = len(w)
    idx = list(range(m)) if m <= MAX_TERMS else [0, 1, 2, m - 1]
    sym_terms, num_terms = [], []
    for pos, j in enumerate(idx):
        if m > MAX_TERMS and pos == 3:
            sym_terms.append("…")
            num_terms.append("…")
        sym_terms.append(f"w{sub(j + 1)}{a_sym}{sub(j + 1)}")
        num_terms.append(f"{_f(w[j])} × {_f(a[j])}")
    lines = [f"z = {' + '.join(sym_terms)} + b"]
    lines.append(f"  = {' + '.join(num_terms)} + {_f(b)}")
    lines.append(f"  = {fmt(z)}")
    return lines


def _activation_lines(
    act: str, slope: float, z: float, a: float, z_row: np.ndarray | None
) -> list[str]:
    """a = f(z) written out with the numbers."""
    if act == "sigmoid":
        return [f"a = σ(z) = 1 / (1 + e^(−z)) = 1 / (1 + e^({fmt(-z)})) = {fmt(a)}"]
    if act == "tanh":
        return [f"a = tanh(z) = tanh({fmt(z)}) = {fmt(a)}"]
    if act == "relu":
        return [f"a = max(0, z) = max(0, {fmt(z)}) = {fmt(a)}"]
    if act == "leaky_relu":
        return [f"a = max({slope:g}·z, z) = max({fmt(slope * z)}, {fmt(z)}) = {fmt(a)}"]
    if act == "linear":
        return [f"a = z = {fmt(a)}"]
    # softmax over the whole layer
    denom = "" if z_row is None else " + ".join(f"e^({fmt(v)})" for v in z_row[:MAX_TERMS])
    if z_row is not None and len(z_row) > MAX_TERMS:
        denom += " + …"
    return [f"a = e^z / Σⱼ e^(zⱼ) = e^({fmt(z)}) / ({denom}) = {fmt(a)}"]


def _derivative_text(act: str, slope: float, z: float, a: float, d: float) -> str:
    if act == "sigmoid":
        return f"∂a/∂z = σ′(z) = a(1 − a) = {_f(a)} × (1 − {_f(a)}) = {fmt(d)}"
    if act == "tanh":
        return f"∂a/∂z = 1 − a² = 1 − {_f(a)}² = {fmt(d)}"
    if act == "relu":
        return f"∂a/∂z = (1 if z > 0 else 0) = {fmt(d)}   (z = {fmt(z)})"
    if act == "leaky_relu":
        return f"∂a/∂z = (1 if z > 0 else {slope:g}) = {fmt(d)}   (z = {fmt(z)})"
    if act == "linear":
        return "∂a/∂z = 1"
    return f"∂a/∂z = {fmt(d)}"


def _derivative(spec: NetworkSpec, layer: int, z: np.ndarray, a: np.ndarray) -> np.ndarray | None:
    ly = spec.layers[layer - 1]
    act = get_activation(ly.activation, ly.leaky_slope)
    if act.derivative is None:
        return None
    return np.asarray(act.derivative(np, np.asarray(z), np.asarray(a)))


@dataclass(frozen=True)
class _Chain:
    """The factors of δ for one unit of one layer, for one sample or the batch mean."""

    dL_da: float | None  # None when fused with the loss (δ = a − y)
    da_dz: float | None  # None for softmax (a Jacobian, no single factor)
    delta: float
    lines: tuple[str, ...]
    note: str


def _delta_chain(
    translate: Translate, spec: NetworkSpec, rd: _Reader, layer: int, unit: int
) -> _Chain | None:
    """How δ of (layer, unit) = ∂L/∂z was computed, with its factors' values."""
    L = len(spec.layers)
    ly = spec.layers[layer - 1]
    n = rd.n
    fwd = rd.get(f"forward[{layer}]")
    if fwd is None:
        return None
    a = rd.v(fwd, "a", unit)
    z = rd.v(fwd, "z", unit)
    if layer == L:
        loss = rd.get("loss")
        if loss is None:
            return None
        y = rd.v(loss, "target", unit)
        delta = rd.v(loss, "delta", unit)
        k_out = spec.n_outputs
        per, per_num = ("", "") if n == 1 else (" / n", f" / {n}")
        if (spec.loss, ly.activation) in _FUSED:
            if spec.loss == "cce" or k_out == 1:
                scale, num = per, per_num
            else:
                scale, num = " / (n·k)", f" / {n * k_out}"
            lines = (f"δ = ∂L/∂z = (a − y){scale} = ({fmt(a)} − {fmt(y)}){num} = {fmt(delta)}",)
            which = (
                translate("explain", "softmax with cross-entropy")
                if spec.loss == "cce"
                else translate("explain", "sigmoid with binary cross-entropy")
            )
            note = translate(
                "explain",
                "For {which} the chain rule ∂L/∂a · ∂a/∂z collapses to a − y: the 1/a of the "
                "loss's derivative cancels against the activation's slope. The engine uses a − y "
                "directly, which is exact and never overflows.",
            ).format(which=which)
            return _Chain(None, None, delta, lines, note)
        dL_da = rd.v(loss, "dL_da", unit)
        if spec.loss == "sse":
            first = f"∂L/∂a = (a − y){per} = ({fmt(a)} − {fmt(y)}){per_num} = {fmt(dL_da)}"
        else:  # mse
            scale = "2 / k" if n == 1 else "2 / (n·k)"
            first = f"∂L/∂a = (a − y) · {scale} = ({fmt(a)} − {fmt(y)}) · 2 / {n * k_out} = {fmt(dL_da)}"
    else:
        nxt = rd.get(f"backward[{layer + 1}]")
        if nxt is None or "dL_da_prev" not in nxt.arrays:
            return None
        W = nxt.arrays["W"][:, unit]
        d_next = rd.vec(nxt, "delta")
        dL_da = rd.v(nxt, "dL_da_prev", unit)
        delta = rd.v(nxt, "delta_prev", unit)
        m = len(W)
        idx = list(range(m)) if m <= MAX_TERMS else [0, 1, 2, m - 1]
        num = []
        for pos, i in enumerate(idx):
            if m > MAX_TERMS and pos == 3:
                num.append("…")
            num.append(f"{_f(d_next[i])} × {_f(W[i])}")
        fwd_mask = fwd.arrays.get("mask")
        if fwd_mask is None:
            first = (
                "∂L/∂a = Σ δ·w "
                + translate("explain", "(over the neurons it feeds)")
                + f" = {' + '.join(num)}"
            )
        elif rd.row is None:  # a mean of products, not a product of means
            first = "∂L/∂a = (Σ δ·w) × mask " + translate("explain", "(mean over the batch)")
        else:  # dropout: the gradient reaches a only through out = a × mask
            mk = rd.v(fwd, "mask", unit)
            first = (
                "∂L/∂a = (Σ δ·w) × mask "
                + translate("explain", "(over the neurons it feeds)")
                + f" = ({' + '.join(num)}) × {fmt(mk)}"
            )
        first += f" = {fmt(dL_da)}"
    if ly.activation == "softmax":
        lines = (
            first,
            f"δ = aᵢ · (∂L/∂aᵢ − Σⱼ ∂L/∂aⱼ · aⱼ) = {fmt(delta)}",
        )
        note = translate(
            "explain",
            "Softmax mixes all outputs, so δ goes through its whole Jacobian, not one slope.",
        )
        return _Chain(dL_da, None, delta, lines, note)
    if rd.row is None:
        d = float(np.mean(_derivative(spec, layer, fwd.arrays["z"], fwd.arrays["a"])[:, unit]))
    else:
        d = float(_derivative(spec, layer, fwd.arrays["z"][rd.row], fwd.arrays["a"][rd.row])[unit])
    if rd.row is None:  # means of products are not products of means: no identities here
        lines = (
            first,
            "∂a/∂z " + translate("explain", "(mean over the batch)") + f" = {fmt(d)}",
            "δ "
            + translate("explain", "(mean over the batch of each sample's ∂L/∂a · ∂a/∂z)")
            + f" = {fmt(delta)}",
        )
    else:
        lines = (
            first,
            _derivative_text(ly.activation, ly.leaky_slope, z, a, d),
            f"δ = ∂L/∂z = ∂L/∂a · ∂a/∂z = {_f(dL_da)} × {_f(d)} = {fmt(delta)}",
        )
    note = (
        translate("explain", "∂L/∂a: how much the loss changes when this neuron's output changes.")
        if layer == L
        else translate(
            "explain",
            "∂L/∂a collects the δ of every neuron this one feeds, each times the weight between them.",
        )
    )
    return _Chain(dL_da, d, delta, lines, note)


def _forward_section(
    translate: Translate,
    spec: NetworkSpec,
    rd: _Reader,
    layer: int,
    unit: int,
    weight: int | None = None,
) -> Section | None:
    fwd = rd.get(f"forward[{layer}]")
    if fwd is None:
        return None
    ly = spec.layers[layer - 1]
    W = fwd.arrays["W"][unit]
    b = float(fwd.arrays["b"][unit])
    a_prev = rd.vec(fwd, "a_prev")
    z = rd.v(fwd, "z", unit)
    a = rd.v(fwd, "a", unit)
    lines: list[str] = []
    a_sym = "x" if layer == 1 else "a"
    if weight is not None:
        lines.append(
            translate("explain", "this weight's term")
            + f": w{sub(weight + 1)} · {a_sym}{sub(weight + 1)} = {_f(W[weight])} × {_f(a_prev[weight])} = "
            f"{fmt(W[weight] * a_prev[weight])}"
        )
    lines += _weighted_sum_lines(W, a_prev, b, z, a_sym)
    if rd.row is None:
        lines.append(translate("explain", "mean of a = f(z) over the batch = {a}").format(a=fmt(a)))
    else:
        z_row = fwd.arrays["z"][rd.row] if ly.activation == "softmax" else None
        lines += _activation_lines(ly.activation, ly.leaky_slope, z, a, z_row)
    note = ""
    if "mask" in fwd.arrays:
        mk = rd.v(fwd, "mask", unit)
        out = rd.v(fwd, "out", unit)
        if rd.row is None:
            lines.append(
                "dropout: out = a × mask, "
                + translate("explain", "mean over the batch")
                + f" = {fmt(out)}"
            )
        else:
            lines.append(f"dropout: out = a × mask = {_f(a)} × {_f(mk)} = {fmt(out)}")
        note = translate(
            "explain",
            "Dropout: a mask of 0 switches the neuron off for this step; kept ones are scaled by 1/keep.",
        )
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
        who=_neuron_name(translate, spec, layer, unit),
    )
    return Section(f"forward[{layer}]", title, tuple(lines), note)


def _loss_section(
    translate: Translate, spec: NetworkSpec, rd: _Reader, unit: int | None
) -> Section | None:
    rec = rd.get("loss")
    if rec is None:
        return None
    lines: list[str] = []
    if unit is not None:
        a = rd.v(rec, "output", unit)
        y = rd.v(rec, "target", unit)
        k = spec.n_outputs
        if spec.loss == "sse":
            lines.append(
                f"E{sub(unit + 1)} = ½(y − a)² = ½({fmt(y)} − {fmt(a)})² = {fmt(0.5 * (y - a) ** 2)}"
            )
        elif spec.loss == "mse":
            lines.append(f"(a − y)² / k = ({fmt(a)} − {fmt(y)})² / {k} = {fmt((a - y) ** 2 / k)}")
        elif spec.loss == "bce":
            term = -(y * np.log(max(a, 1e-300)) + (1 - y) * np.log(max(1 - a, 1e-300))) / k
            lines.append(
                f"−[y·log a + (1 − y)·log(1 − a)] / k = −[{fmt(y)}·log {fmt(a)} + {fmt(1 - y)}·log {fmt(1 - a)}] / {k} = {fmt(term)}"
            )
        else:
            term = -y * np.log(max(a, 1e-300)) if y else 0.0
            lines.append(f"−y·log a = −{fmt(y)} × log {fmt(a)} = {fmt(term)}")
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
    if rec.values.get("regularization"):
        lines.append(
            translate("explain", "+ regularization {r} = total {t}").format(
                r=fmt(rec.values["regularization"]), t=fmt(rec.values["loss"])
            )
        )
    from engine.losses import FORMULAS

    note = translate(
        "explain", "The loss measures how far the predictions are from the targets: {f}"
    ).format(f=FORMULAS[spec.loss])
    return Section("loss", describe_phase("loss", translate), tuple(lines), note)


def _backprop_gradient_lines(
    translate: Translate, spec: NetworkSpec, rd: _Reader, layer: int, i: int, j: int | None
) -> tuple[list[str], str] | None:
    """Chain rule for ∂L/∂W[i, j] (j given) or ∂L/∂b[i] (j None), sample share and batch total."""
    bwd = rd.get(f"backward[{layer}]")
    chain = _delta_chain(translate, spec, rd, layer, i)
    if bwd is None or chain is None:
        return None
    n = rd.n
    lines = list(chain.lines)
    if j is not None:
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
                    f"∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w = {_f(chain.dL_da)} × {_f(chain.da_dz)} × {_f(a_j)} = {fmt(share)}"
                )
            else:
                lines.append(f"∂L/∂w = δ · ∂z/∂w = {_f(chain.delta)} × {_f(a_j)} = {fmt(share)}")
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
                reg.append(f"λ₂·w = {fmt(spec.l2)} × {_f(w)}")
            if spec.l1:
                reg.append(f"λ₁·sign(w) = {fmt(spec.l1)} × {fmt(np.sign(w))}")
            lines.append(
                translate("explain", "+ regularization: {terms}; ∂L/∂w = {d} + {r} = {t}").format(
                    terms="; ".join(reg), d=fmt(data_part), r=_f(total - data_part), t=fmt(total)
                )
            )
    else:
        total = float(bwd.arrays["db"][i])
        if rd.row is None:
            lines.append(
                translate("explain", "∂L/∂b = Σ over the batch of δ = {v}").format(v=fmt(total))
            )
        else:
            share = float(bwd.arrays["delta"][rd.row, i])
            lines.append(f"∂L/∂b = δ · ∂z/∂b = {_f(share)} × 1 = {fmt(share)}")
            if n > 1:
                lines.append(
                    translate(
                        "explain", "batch total ∂L/∂b = Σ of the {n} samples' δ = {v}"
                    ).format(n=n, v=fmt(total))
                )
    return lines, chain.note


def _fd_line(
    translate: Translate,
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    name: str,
    index: tuple[int, ...],
    bp: float,
    sym: str,
) -> str:
    fd = finite_difference(spec, records, name, index)
    if fd is None:
        return ""
    rel = abs(fd - bp) / max(abs(fd) + abs(bp), 1e-300)
    return translate(
        "explain",
        "check by finite differences: (L({p} + h) − L({p} − h)) / 2h = {fd} (h = {h:g}); backprop {bp}; relative difference {rel}",
    ).format(p=sym, fd=fmt(fd), h=FD_STEP, bp=fmt(bp), rel=f"{rel:.1e}")


def _update_section(
    translate: Translate,
    spec: NetworkSpec,
    rd: _Reader,
    name: str,
    index: tuple[int, ...],
    sym: str,
) -> Section | None:
    rec = rd.get("update")
    if rec is None:
        return None
    old = float(rec.arrays[f"{name}.old"][index])
    g = float(rec.arrays[f"{name}.grad"][index])
    s = float(rec.arrays[f"{name}.step"][index])
    new = float(rec.arrays[f"{name}.new"][index])
    layer = int(name[1:])
    ly = spec.layers[layer - 1]
    frozen = ly.freeze_weights if name.startswith("W") else ly.freeze_biases
    title = describe_phase("update", translate)
    if frozen:
        lines = (
            translate("explain", "{s} is frozen: it keeps its value {v}").format(s=sym, v=fmt(old)),
            translate("explain", "(its gradient {g} was computed but is not applied)").format(
                g=fmt(g)
            ),
        )
        return Section(
            "update",
            title,
            lines,
            translate(
                "explain", "Frozen parameters take part in the forward pass but never learn."
            ),
        )
    opt = spec.optimizer
    lr = opt.lr
    if opt.name == "sgd":
        lines = [f"{sym} ← {sym} − η · ∂L/∂{sym} = {_f(old)} − {fmt(lr)} × {_f(g)} = {fmt(new)}"]
        note = translate(
            "explain",
            "Gradient descent: move against the gradient, by the learning rate η times its size.",
        )
    else:
        from engine.optimizers import OPTIMIZER_CLASSES

        lines = [
            translate("explain", "rule ({opt}): {f}").format(
                opt=_OPT_NAMES[opt.name], f=OPTIMIZER_CLASSES[opt.name].formula
            )
        ]
        if opt.name == "momentum":
            lines.append(f"b = step / η = {fmt(s / lr)}")
        lines.append(
            translate("explain", "gradient g = {g}, step s = {s}").format(g=fmt(g), s=fmt(s))
        )
        lines.append(f"{sym} ← {sym} − s = {_f(old)} − {_f(s)} = {fmt(new)}")
        if g != 0.0:
            lines.append(
                translate("explain", "effective learning rate s / g = {r} (η = {lr})").format(
                    r=fmt(s / g), lr=fmt(lr)
                )
            )
        note = translate(
            "explain",
            "{opt} keeps a running memory of past gradients, so its step is not simply η·g.",
        ).format(opt=_OPT_NAMES[opt.name])
    if spec.l1 or spec.l2:
        note += " " + translate("explain", "The gradient includes the regularization term.")
    return Section("update", title, tuple(lines), note)


# ----- public API ---------------------------------------------------------------------------
def _finish(
    heading: str, sections: list[Section | None], records: Sequence[TraceRecord], footer: str = ""
) -> Explanation:
    current = records[-1].phase if records else None
    return Explanation(heading, tuple(s for s in sections if s is not None), current, footer)


def explain_neuron(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    unit: int,
    row: int | None = 0,
    translate: Translate = _same,
) -> Explanation:
    """Everything the step did at one neuron so far (layer 0 = an input), with the numbers."""
    rd = _Reader(records, row)
    n = rd.n
    heading = f"{_neuron_name(translate, spec, layer, unit)} — {_who(translate, rd.row, n)}"
    L = len(spec.layers)
    if not records:
        return Explanation(
            heading,
            (),
            None,
            translate("explain", "Press Next phase to run a training step phase by phase."),
        )
    if layer == 0:
        fwd = rd.get("forward[1]")
        x = rd.v(fwd, "a_prev", unit) if fwd is not None else float("nan")
        sec = Section(
            "forward[1]",
            translate("explain", "Input"),
            (f"x{sub(unit + 1)} = {fmt(x)}",),
            translate("explain", "Inputs are data, not learned: backpropagation stops here."),
        )
        return _finish(heading, [sec], records)
    sections: list[Section | None] = [_forward_section(translate, spec, rd, layer, unit)]
    if layer == L:
        sections.append(_loss_section(translate, spec, rd, unit))
    origin = f"backward[{layer + 1}]" if layer < L else f"backward[{layer}]"
    chain = _delta_chain(translate, spec, rd, layer, unit) if rd.get(origin) is not None else None
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
    sections.append(_update_section(translate, spec, rd, f"b{layer}", (unit,), "b"))
    return _finish(heading, sections, records)


def explain_weight(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    i: int,
    j: int,
    row: int | None = 0,
    translate: Translate = _same,
) -> Explanation:
    """The weight W_layer[i, j] (from unit j below to unit i): its term, its gradient, its update."""
    rd = _Reader(records, row)
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
        dst=_neuron_name(translate, spec, layer, i),
        who=_who(translate, rd.row, rd.n),
    )
    if not records:
        return Explanation(
            heading,
            (),
            None,
            translate("explain", "Press Next phase to run a training step phase by phase."),
        )
    sections: list[Section | None] = [_forward_section(translate, spec, rd, layer, i, weight=j)]
    if layer == len(spec.layers):
        sections.append(_loss_section(translate, spec, rd, i))
    grad = _backprop_gradient_lines(translate, spec, rd, layer, i, j)
    if grad is not None:
        lines, note = grad
        bwd = rd.get(f"backward[{layer}]")
        fd = _fd_line(translate, spec, records, name, (i, j), float(bwd.arrays["dW"][i, j]), "w")
        if fd:
            lines.append(fd)
        title = translate("explain", "{phase}: gradient of this weight").format(
            phase=describe_phase(f"backward[{layer}]", translate)
        )
        sections.append(Section(f"backward[{layer}]", title, tuple(lines), note))
    sections.append(_update_section(translate, spec, rd, name, (i, j), "w"))
    return _finish(heading, sections, records)


def explain_bias(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    layer: int,
    unit: int,
    row: int | None = 0,
    translate: Translate = _same,
) -> Explanation:
    """The bias b_layer[unit]: its place in z, its gradient (∂z/∂b = 1), its update."""
    rd = _Reader(records, row)
    name = f"b{layer}"
    heading = translate("explain", "bias {name}[{u}] of {who} — {w}").format(
        name=name,
        u=unit + 1,
        who=_neuron_name(translate, spec, layer, unit),
        w=_who(translate, rd.row, rd.n),
    )
    if not records:
        return Explanation(
            heading,
            (),
            None,
            translate("explain", "Press Next phase to run a training step phase by phase."),
        )
    sections: list[Section | None] = [_forward_section(translate, spec, rd, layer, unit)]
    if layer == len(spec.layers):
        sections.append(_loss_section(translate, spec, rd, unit))
    grad = _backprop_gradient_lines(translate, spec, rd, layer, unit, None)
    if grad is not None:
        lines, note = grad
        bwd = rd.get(f"backward[{layer}]")
        fd = _fd_line(translate, spec, records, name, (unit,), float(bwd.arrays["db"][unit]), "b")
        if fd:
            lines.append(fd)
        title = translate("explain", "{phase}: gradient of this bias").format(
            phase=describe_phase(f"backward[{layer}]", translate)
        )
        sections.append(Section(f"backward[{layer}]", title, tuple(lines), note))
    sections.append(_update_section(translate, spec, rd, name, (unit,), "b"))
    return _finish(heading, sections, records)


def explain_phase(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    translate: Translate = _same,
    row: int | None = 0,
) -> Explanation:
    """A summary of the phase just run, neuron by neuron, for when nothing is selected."""
    if not records:
        return Explanation(
            translate("explain", "Nothing stepped yet"),
            (),
            None,
            translate(
                "explain",
                "Press Next phase to run a training step phase by phase; "
                "click a neuron or a weight to see its numbers.",
            ),
        )
    rd = _Reader(records, row)
    rec = records[-1]
    lines: list[str] = []
    shown = 8  # neurons listed one by one

    def per_unit(values: np.ndarray, fmt_one) -> None:
        for u, v in enumerate(values[:shown]):
            lines.append(fmt_one(u, v))
        if len(values) > shown:
            lines.append(translate("explain", "… and {m} more").format(m=len(values) - shown))

    if rec.kind == "forward":
        k = rec.layer
        ly = spec.layers[k - 1]
        lines.append(
            translate("explain", "every neuron: z = Σ w·a + b, then a = {act}(z)").format(
                act=ly.activation
            )
        )
        z, a = rd.vec(rec, "z"), rd.vec(rec, "a")
        per_unit(z, lambda u, v: f"  {u + 1}:  z = {fmt(v)},  a = {fmt(a[u])}")
        note = translate("explain", "Click a neuron to see its sum term by term.")
    elif rec.kind == "loss":
        out, y = rd.vec(rec, "output"), rd.vec(rec, "target")
        per_unit(
            out,
            lambda u, v: (
                "  "
                + translate("explain", "output {u}: prediction {a}, target {y}").format(
                    u=u + 1, a=fmt(v), y=fmt(y[u])
                )
            ),
        )
        lines.append(
            translate("explain", "data loss L = {v}").format(v=fmt(rec.values["data_loss"]))
        )
        if rec.values.get("regularization"):
            lines.append(
                translate("explain", "regularization = {v}").format(
                    v=fmt(rec.values["regularization"])
                )
            )
        note = translate(
            "explain", "Click an output neuron to see its share of the loss and its δ."
        )
    elif rec.kind == "backward":
        k = rec.layer
        d = rd.vec(rec, "delta")
        lines.append(translate("explain", "δ = ∂L/∂z of each neuron of layer {k}:").format(k=k))
        per_unit(d, lambda u, v: f"  {u + 1}:  δ = {fmt(v)}")
        lines.append("∂L/∂W = δᵀ · a_prev,   ∂L/∂b = Σ δ")
        lines.append(
            translate("explain", "largest |∂L/∂W{k}| = {v}").format(
                k=k, v=fmt(np.max(np.abs(rec.arrays["dW"])))
            )
        )
        if "delta_prev" in rec.arrays:
            lines.append(
                translate(
                    "explain", "δ passed down to layer {j}: δ_prev = (δ · W) ⊙ f′(z_prev)"
                ).format(j=k - 1)
            )
        note = translate(
            "explain", "Click a weight to see its gradient by the chain rule, factor by factor."
        )
    else:
        for k in range(1, len(spec.layers) + 1):
            st = rec.arrays[f"W{k}.step"]
            lines.append(
                translate("explain", "W{k}: largest change {v}").format(
                    k=k, v=fmt(np.max(np.abs(st)))
                )
            )
        note = translate(
            "explain", "Click a weight to see its old value, gradient, step and new value."
        )
    who = _who(translate, rd.row, rd.n)
    return Explanation(
        f"{describe_phase(rec.phase, translate)} — {who}",
        (Section(rec.phase, describe_phase(rec.phase, translate), tuple(lines), note),),
        rec.phase,
        translate(
            "explain",
            "Click a neuron or a weight in the diagram to see its formula with the numbers.",
        ),
    )


def finite_difference(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    name: str,
    index: tuple[int, ...],
    h: float = FD_STEP,
) -> float | None:
    """(L(p + h) − L(p − h)) / 2h for one parameter, recomputed from the step's records.

    Uses the weights as they were in the forward pass, the same batch, targets and
    dropout masks, in float64. None until the forward and loss records are there.
    """
    rec = _by_phase(records)
    L = len(spec.layers)
    if "loss" not in rec or any(f"forward[{k}]" not in rec for k in range(1, L + 1)):
        return None
    params = {}
    masks = []
    for k in range(1, L + 1):
        fr = rec[f"forward[{k}]"]
        params[f"W{k}"] = np.array(fr.arrays["W"], dtype=np.float64)
        params[f"b{k}"] = np.array(fr.arrays["b"], dtype=np.float64)
        masks.append(
            None
            if fr.arrays.get("mask") is None
            else np.asarray(fr.arrays["mask"], dtype=np.float64)
        )
    X = np.asarray(rec["forward[1]"].arrays["a_prev"], dtype=np.float64)
    Y = np.asarray(rec["loss"].arrays["target"], dtype=np.float64)
    p = params[name]
    old = p[index]
    p[index] = old + h
    plus = _loss(spec, params, masks, X, Y)
    p[index] = old - h
    minus = _loss(spec, params, masks, X, Y)
    p[index] = old
    return (plus - minus) / (2 * h)


def _loss(spec: NetworkSpec, params: dict, masks: list, X: np.ndarray, Y: np.ndarray) -> float:
    """The step's total loss (data + regularization) for given float64 parameters."""
    a = X
    z = X
    for k, ly in enumerate(spec.layers, start=1):
        z = a @ params[f"W{k}"].T + params[f"b{k}"]
        a = get_activation(ly.activation, ly.leaky_slope).forward(np, z)
        if masks[k - 1] is not None and k < len(spec.layers):
            out = a * masks[k - 1]
        else:
            out = a
        if k < len(spec.layers):
            a = out
    total = float(loss_value(np, spec.loss, z, a, Y))
    for k in range(1, len(spec.layers) + 1):
        w = params[f"W{k}"]
        if spec.l1:
            total += spec.l1 * float(np.sum(np.abs(w)))
        if spec.l2:
            total += 0.5 * spec.l2 * float(np.sum(w * w))
    return total
