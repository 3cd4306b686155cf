"""A summary of the phase just run, neuron by neuron, for when nothing is selected."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from engine.explain.numbers import fmt
from engine.explain.page import Explanation, Section, who
from engine.explain.records import Reader
from engine.spec import NetworkSpec
from engine.trace import TraceRecord, describe_phase
from engine.translation import Translate, untranslated

#: neurons listed one by one before "… and m more"
SHOWN_UNITS = 8


def explain_phase(
    spec: NetworkSpec,
    records: Sequence[TraceRecord],
    translate: Translate = untranslated,
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
    rd = Reader(records, row)
    rec = records[-1]
    if rec.kind == "forward":
        lines, note = _forward_summary(translate, spec, rd, rec)
    elif rec.kind == "loss":
        lines, note = _loss_summary(translate, spec, rd, rec)
    elif rec.kind == "backward":
        lines, note = _backward_summary(translate, spec, rd, rec)
    else:
        lines, note = _update_summary(translate, spec, rec)
    whose = who(translate, rd.row, rd.n)
    return Explanation(
        f"{describe_phase(rec.phase, translate)} — {whose}",
        (Section(rec.phase, describe_phase(rec.phase, translate), tuple(lines), note),),
        rec.phase,
        translate(
            "explain",
            "Click a neuron or a weight in the diagram to see its formula with the numbers.",
        ),
    )


def _per_unit(
    translate: Translate, values: np.ndarray, line: Callable[[int, float], str]
) -> list[str]:
    """One line per neuron (the first few), then how many more there are."""
    lines = [line(u, v) for u, v in enumerate(values[:SHOWN_UNITS])]
    if len(values) > SHOWN_UNITS:
        lines.append(translate("explain", "… and {m} more").format(m=len(values) - SHOWN_UNITS))
    return lines


def _forward_summary(
    translate: Translate, spec: NetworkSpec, rd: Reader, rec: TraceRecord
) -> tuple[list[str], str]:
    """forward[k]: every neuron's z and a."""
    assert rec.layer is not None
    ly = spec.layers[rec.layer - 1]
    lines = [
        translate("explain", "every neuron: z = Σ w·a + b, then a = {act}(z)").format(
            act=ly.activation
        )
    ]
    z, a = rd.vec(rec, "z"), rd.vec(rec, "a")
    note = translate("explain", "Click a neuron to see its sum term by term.")
    if "mask" not in rec.arrays:
        lines += _per_unit(translate, z, lambda u, v: f"  {u + 1}:  z = {fmt(v)},  a = {fmt(a[u])}")
        return lines, note
    out, mask = rd.vec(rec, "out"), rd.vec(rec, "mask")
    dropped = "  " + translate("explain", "(dropped)")

    def line(u: int, v: float) -> str:
        gone = dropped if rd.row is not None and mask[u] == 0 else ""
        return f"  {u + 1}:  z = {fmt(v)},  a = {fmt(a[u])},  out = a × mask = {fmt(out[u])}{gone}"

    lines += _per_unit(translate, z, line)
    return lines, translate(
        "explain", "Dropout: out = a × mask is what the next layer sees; a dropped neuron sends 0."
    ) + " " + note


def _loss_summary(
    translate: Translate, spec: NetworkSpec, rd: Reader, rec: TraceRecord
) -> tuple[list[str], str]:
    """loss: every output's prediction and target, the data loss, the regularization."""
    out, y = rd.vec(rec, "output"), rd.vec(rec, "target")
    lines = _per_unit(
        translate,
        out,
        lambda u, v: (
            "  "
            + translate("explain", "output {u}: prediction {a}, target {y}").format(
                u=u + 1, a=fmt(v), y=fmt(y[u])
            )
        ),
    )
    lines.append(translate("explain", "data loss L = {v}").format(v=fmt(rec.values["data_loss"])))
    if rec.values.get("regularization"):
        terms = ["½λ₂·ΣW²"] * bool(spec.l2) + ["λ₁·Σ|W|"] * bool(spec.l1)
        lines.append(
            translate("explain", "regularization {f} (weights only) = {v}").format(
                f=" + ".join(terms), v=fmt(rec.values["regularization"])
            )
        )
        lines.append(translate("explain", "total loss L = {v}").format(v=fmt(rec.values["loss"])))
    return lines, translate(
        "explain", "Click an output neuron to see its share of the loss and its δ."
    )


def _backward_summary(
    translate: Translate, spec: NetworkSpec, rd: Reader, rec: TraceRecord
) -> tuple[list[str], str]:
    """backward[k]: every neuron's δ, the largest weight gradient, what goes down a layer."""
    k = rec.layer
    assert k is not None
    lines = [translate("explain", "δ = ∂L/∂z of each neuron of layer {k}:").format(k=k)]
    lines += _per_unit(translate, rd.vec(rec, "delta"), lambda u, v: f"  {u + 1}:  δ = {fmt(v)}")
    reg = (" + λ₂·W" if spec.l2 else "") + (" + λ₁·sign(W)" if spec.l1 else "")
    lines.append(f"∂L/∂W = δᵀ · a_prev{reg},   ∂L/∂b = Σ δ")
    lines.append(
        translate("explain", "largest |∂L/∂W{k}| = {v}").format(
            k=k, v=fmt(np.max(np.abs(rec.arrays["dW"])))
        )
    )
    note = translate(
        "explain", "Click a weight to see its gradient by the chain rule, factor by factor."
    )
    if "delta_prev" in rec.arrays:
        below = rd.get(f"forward[{k - 1}]")
        if below is not None and "mask" in below.arrays:
            lines.append(
                translate(
                    "explain", "δ passed down to layer {j}: δ_prev = (δ · W) ⊙ mask ⊙ f′(z_prev)"
                ).format(j=k - 1)
            )
            note = (
                translate(
                    "explain",
                    "The dropout mask of layer {j} is in δ_prev: a neuron dropped for a sample "
                    "gets δ = 0 for it.",
                ).format(j=k - 1)
                + " "
                + note
            )
        else:
            lines.append(
                translate(
                    "explain", "δ passed down to layer {j}: δ_prev = (δ · W) ⊙ f′(z_prev)"
                ).format(j=k - 1)
            )
    return lines, note


def _update_summary(
    translate: Translate, spec: NetworkSpec, rec: TraceRecord
) -> tuple[list[str], str]:
    """update: the largest change of each layer's weights."""
    lines = [
        translate("explain", "W{k}: largest change {v}").format(
            k=k, v=fmt(np.max(np.abs(rec.arrays[f"W{k}.step"])))
        )
        for k in range(1, len(spec.layers) + 1)
    ]
    return lines, translate(
        "explain", "Click a weight to see its old value, gradient, step and new value."
    )
