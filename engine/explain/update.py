"""The update phase for one weight or bias: the optimizer's rule with the numbers."""

from __future__ import annotations

from engine.explain.numbers import factor, fmt
from engine.explain.page import Section
from engine.explain.records import Reader
from engine.optimizers import OPTIMIZERS_BY_NAME
from engine.spec import NetworkSpec
from engine.trace import describe_phase
from engine.translation import Translate


def update_section(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    name: str,
    index: tuple[int, ...],
    sym: str,
) -> Section | None:
    """The update phase for one parameter entry: old value, gradient, step, new value."""
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
        return Section(
            "update",
            title,
            (
                translate("explain", "{s} is frozen: it keeps its value {v}").format(
                    s=sym, v=fmt(old)
                ),
                translate("explain", "(its gradient {g} was computed but is not applied)").format(
                    g=fmt(g)
                ),
            ),
            translate(
                "explain", "Frozen parameters take part in the forward pass but never learn."
            ),
        )
    opt = spec.optimizer
    lr = opt.lr
    if opt.name == "sgd":
        lines = [
            f"{sym} ← {sym} − η · ∂L/∂{sym} = {factor(old)} − {fmt(lr)} × {factor(g)} = {fmt(new)}"
        ]
        note = translate(
            "explain",
            "Gradient descent: move against the gradient, by the learning rate η times its size.",
        )
    else:
        cls = OPTIMIZERS_BY_NAME[opt.name]
        # the optimizer's name is declared (and marked for lupdate) in engine.optimizers
        opt_name = translate("optimizers", cls.display_name)
        lines = [translate("explain", "rule ({opt}): {f}").format(opt=opt_name, f=cls.formula)]
        if opt.name == "momentum":
            lines.append(f"b = step / η = {fmt(s / lr)}")
        lines.append(
            translate("explain", "gradient g = {g}, step s = {s}").format(g=fmt(g), s=fmt(s))
        )
        lines.append(f"{sym} ← {sym} − s = {factor(old)} − {factor(s)} = {fmt(new)}")
        if g != 0.0:
            lines.append(
                translate("explain", "effective learning rate s / g = {r} (η = {lr})").format(
                    r=fmt(s / g), lr=fmt(lr)
                )
            )
        note = translate(
            "explain",
            "{opt} keeps a running memory of past gradients, so its step is not simply η·g.",
        ).format(opt=opt_name)
    if spec.l1 or spec.l2:
        note += " " + translate("explain", "The gradient includes the regularization term.")
    return Section("update", title, tuple(lines), note)
