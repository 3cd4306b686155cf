"""The update phase for one weight or bias: the optimizer's rule, its state and the step, with numbers.

Symbols (docs/step-through.md): g is the gradient ∂L/∂p, Δp the step (p ← p − Δp), t
the optimizer's step count. The optimizer's state has letters that never name a
parameter: Momentum's and Nesterov's velocity v, Adagrad's running sum G, RMSprop's
running average s, Adam's averages m and v (with m̂, v̂ corrected for their start at 0).
The rule is written for the parameter shown: ``b ← b − η·v`` for a bias.
"""

from __future__ import annotations

from engine.explain.names import Names
from engine.explain.numbers import factor, fmt, sup
from engine.explain.page import Section
from engine.explain.records import Reader
from engine.optimizers import OPTIMIZERS_BY_NAME
from engine.spec import NetworkSpec
from engine.trace import TraceRecord, describe_phase
from engine.translation import Translate

#: optimizer → {its state buffer (as torch.optim names it): the letter the text uses}
BUFFER_SYMBOLS: dict[str, dict[str, str]] = {
    "sgd": {},
    "momentum": {"momentum_buffer": "v"},
    "nesterov": {"momentum_buffer": "v"},
    "adagrad": {"sum": "G"},
    "rmsprop": {"square_avg": "s"},
    "adam": {"exp_avg": "m", "exp_avg_sq": "v"},
}


def rule(optimizer: str, p: str) -> str:
    """The optimizer's update rule for the parameter called ``p`` (w, b, w5, …)."""
    return {
        "sgd": f"{p} ← {p} − η·g",
        "momentum": f"v ← μ·v + g;  {p} ← {p} − η·v",
        "nesterov": f"v ← μ·v + g;  {p} ← {p} − η·(g + μ·v)",
        "adagrad": f"G ← G + g²;  {p} ← {p} − η·g / (√G + ε)",
        "rmsprop": f"s ← α·s + (1 − α)·g²;  {p} ← {p} − η·g / (√s + ε)",
        "adam": (
            f"m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ = m / (1 − β₁ᵗ);  "
            f"v̂ = v / (1 − β₂ᵗ);  {p} ← {p} − η·m̂ / (√v̂ + ε)"
        ),
    }[optimizer]


class _State:
    """One parameter entry's optimizer state before and after the update, from the record."""

    def __init__(self, rec: TraceRecord, name: str, index: tuple[int, ...]):
        self.rec, self.name, self.index = rec, name, index
        self.t = int(rec.values.get(f"{name}.t", 0))

    def has(self, buffer: str) -> bool:
        return f"{self.name}.state.{buffer}.new" in self.rec.arrays

    def old(self, buffer: str) -> float:
        """The buffer's value before the step (0 before the optimizer's first step)."""
        arr = self.rec.arrays.get(f"{self.name}.state.{buffer}.old")
        return 0.0 if arr is None else float(arr[self.index])

    def new(self, buffer: str) -> float:
        return float(self.rec.arrays[f"{self.name}.state.{buffer}.new"][self.index])


def update_section(
    translate: Translate,
    spec: NetworkSpec,
    rd: Reader,
    name: str,
    index: tuple[int, ...],
) -> Section | None:
    """The update phase for one parameter entry: old value, gradient, state, step, new value."""
    rec = rd.get("update")
    if rec is None:
        return None
    p = Names(spec).param(name, index)
    old = float(rec.arrays[f"{name}.old"][index])
    g = float(rec.arrays[f"{name}.grad"][index])
    d = float(rec.arrays[f"{name}.step"][index])
    new = float(rec.arrays[f"{name}.new"][index])
    layer = int(name[1:])
    ly = spec.layers[layer - 1]
    is_weight = name.startswith("W")
    frozen = ly.freeze_weights if is_weight else ly.freeze_biases
    title = describe_phase("update", translate)
    if frozen:
        return Section(
            "update",
            title,
            (
                translate("explain", "{s} is frozen: it keeps its value {v}").format(
                    s=p, v=fmt(old)
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
    if opt.name == "sgd":
        lines = [
            f"{p} ← {p} − η · ∂L/∂{p} = {factor(old)} − {fmt(opt.lr)} × {factor(g)} = {fmt(new)}"
        ]
        note = translate(
            "explain",
            "Gradient descent: move against the gradient, by the learning rate η times its size.",
        )
    else:
        # the optimizer's name is declared (and marked for lupdate) in engine.optimizers
        opt_name = translate("optimizers", OPTIMIZERS_BY_NAME[opt.name].display_name)
        state = _State(rec, name, index)
        lines = [
            translate("explain", "rule ({opt}): {f}").format(opt=opt_name, f=rule(opt.name, p))
        ]
        lines.append(f"g = ∂L/∂{p} = {fmt(g)}")
        lines += _state_lines(translate, spec, state, p, g, d)
        lines.append(f"{p} ← {p} − Δ{p} = {factor(old)} − {factor(d)} = {fmt(new)}")
        note = translate(
            "explain",
            "{opt} keeps a memory of past gradients (its state), so its step is not simply η·g.",
        ).format(opt=opt_name)
        if g != 0.0:
            lines.append(
                translate("explain", "effective learning rate")
                + f" = Δ{p} / g = {factor(d)} / {factor(g)} = {fmt(d / g)}   (η = {fmt(opt.lr)})"
            )
            if d / g < 0:
                note += " " + translate(
                    "explain",
                    "The effective learning rate is negative: the memory of earlier gradients points "
                    "the other way than this batch's gradient and outweighs it, so this step moves "
                    "{p} uphill for this batch.",
                ).format(p=p)
        if opt.name == "adam" and state.t == 1:
            note += " " + translate(
                "explain",
                "On Adam's first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves "
                "by about ±η = ±{lr}, whatever the size of its gradient.",
            ).format(lr=fmt(opt.lr))
    if spec.l1 or spec.l2:
        note += " " + (
            translate("explain", "The gradient includes the regularization term.")
            if is_weight
            else translate("explain", "Biases are not regularized: g is the data gradient alone.")
        )
    return Section("update", title, tuple(lines), note)


def _state_lines(
    translate: Translate, spec: NetworkSpec, st: _State, p: str, g: float, d: float
) -> list[str]:
    """The optimizer's state before → after with the numbers, and the step Δp it gives."""
    opt = spec.optimizer
    lr, eps = fmt(opt.lr), fmt(opt.effective_eps)
    first = translate("explain", "(the first step: v starts as g)")
    if opt.name in ("momentum", "nesterov"):
        if not st.has("momentum_buffer"):
            return [f"Δ{p} = {fmt(d)}"]
        v = st.new("momentum_buffer")
        if st.t <= 1:
            lines = [f"v ← g = {fmt(v)}   {first}"]
        else:
            lines = [
                f"v ← μ·v + g = {fmt(opt.momentum)} × {factor(st.old('momentum_buffer'))} + "
                f"{factor(g)} = {fmt(v)}"
            ]
        if opt.name == "momentum":
            lines.append(f"Δ{p} = η·v = {lr} × {factor(v)} = {fmt(d)}")
        else:
            lines.append(
                f"Δ{p} = η·(g + μ·v) = {lr} × ({factor(g)} + {fmt(opt.momentum)} × {factor(v)}) "
                f"= {fmt(d)}"
            )
        return lines
    if opt.name == "adagrad" and st.has("sum"):
        G = st.new("sum")
        return [
            f"G ← G + g² = {fmt(st.old('sum'))} + {factor(g)}² = {fmt(G)}",
            f"Δ{p} = η·g / (√G + ε) = {lr} × {factor(g)} / (√{fmt(G)} + {eps}) = {fmt(d)}",
        ]
    if opt.name == "rmsprop" and st.has("square_avg"):
        s = st.new("square_avg")
        alpha = opt.alpha
        return [
            f"s ← α·s + (1 − α)·g² = {fmt(alpha)} × {fmt(st.old('square_avg'))} + "
            f"{fmt(1 - alpha)} × {factor(g)}² = {fmt(s)}",
            f"Δ{p} = η·g / (√s + ε) = {lr} × {factor(g)} / (√{fmt(s)} + {eps}) = {fmt(d)}",
        ]
    if opt.name == "adam" and st.has("exp_avg"):
        return _adam_lines(translate, spec, st, p, g, d)
    return [f"Δ{p} = {fmt(d)}"]


def _adam_lines(
    translate: Translate, spec: NetworkSpec, st: _State, p: str, g: float, d: float
) -> list[str]:
    """Adam's t, m, v, m̂, v̂ and step, with the numbers."""
    opt = spec.optimizer
    b1, b2, t = opt.beta1, opt.beta2, st.t
    m, v = st.new("exp_avg"), st.new("exp_avg_sq")
    m_hat = m / (1.0 - b1**t)
    v_hat = v / (1.0 - b2**t)
    return [
        translate("explain", "t = {t} (this parameter's updates so far, this one included)").format(
            t=t
        ),
        f"m ← β₁·m + (1 − β₁)·g = {fmt(b1)} × {factor(st.old('exp_avg'))} + {fmt(1 - b1)} × "
        f"{factor(g)} = {fmt(m)}",
        f"v ← β₂·v + (1 − β₂)·g² = {fmt(b2)} × {fmt(st.old('exp_avg_sq'))} + {fmt(1 - b2)} × "
        f"{factor(g)}² = {fmt(v)}",
        f"m̂ = m / (1 − β₁ᵗ) = {factor(m)} / (1 − {fmt(b1)}{sup(t)}) = {fmt(m_hat)}",
        f"v̂ = v / (1 − β₂ᵗ) = {fmt(v)} / (1 − {fmt(b2)}{sup(t)}) = {fmt(v_hat)}",
        f"Δ{p} = η·m̂ / (√v̂ + ε) = {fmt(opt.lr)} × {factor(m_hat)} / (√{fmt(v_hat)} + "
        f"{fmt(opt.effective_eps)}) = {fmt(d)}",
    ]
