"""Optimizers with exactly the update rules and defaults of ``torch.optim``.

Each optimizer keeps its state per parameter name (``"W1"``, ``"b1"``, …) and turns a
gradient g into a *step* s; the parameter then moves by p ← p − s. Returning the step
lets the trace show old value, gradient, step and new value, and keeps the traced and
the fast path on one code path (so they agree bit for bit).

L1/L2 regularization is already inside g when it arrives here (engine.network adds
λ₂·w and λ₁·sign(w) to ∂L/∂W, as PyTorch's ``weight_decay`` does for L2).

State that decays towards zero (momentum buffers, Adam's moments) is flushed to exact
zero once it falls below the smallest normal float: subnormal numbers make x86 float
arithmetic several times slower, and would slow training as it goes on.

**One place per optimizer.** Each optimizer class declares its ``name`` (as in a spec and
on the command line), its ``display_name``, its ``hyperparameters`` (``HyperParameter``:
the ``OptimizerSpec`` field, symbol, label, default, range and help) and its ``formula``.
``OPTIMIZERS_BY_NAME`` lists the classes in order; the spec's ``OPTIMIZERS``, its defaults
and validation, the hyper-parameter panel and the command line's options and help all read
from there, so a new optimizer is a class here and a line in that list (plus an
``OptimizerSpec`` field if it brings a new hyper-parameter). This module imports no other
engine module but ``translation`` and ``flat_update`` (which imports none), so
``engine.spec`` can import it.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from engine.flat_update import FLUSH_EVERY, FlatGroup, FlatUpdates
from engine.translation import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class HyperParameter:
    """One hyper-parameter of an optimizer, as the panel, the command line and the spec see it.

    ``label`` and ``help`` are English, marked with ``QT_TRANSLATE_NOOP("optimizers", …)``:
    the window shows ``QCoreApplication.translate("optimizers", label)``.
    """

    field: str  # the OptimizerSpec field ("lr", "momentum", "beta1", "beta2", "eps", "alpha")
    symbol: str  # as in the formulas: "η", "μ", "β₁", "β₂", "ε", "α"
    label: str  # a few words: "Learning rate"
    default: float  # torch.optim's, except lr and momentum (see LEARNING_RATE, MOMENTUM)
    minimum: float
    maximum: float | None = None  # None: no upper bound
    open_min: bool = False  # the minimum itself is not allowed
    open_max: bool = False  # the maximum itself is not allowed
    help: str = ""  # one line: what it does, its unit and its range
    optional: bool = False  # the spec may hold None, meaning this optimizer's default


LEARNING_RATE = HyperParameter(
    "lr",
    "η",
    QT_TRANSLATE_NOOP("optimizers", "Learning rate"),
    0.03,  # TensorFlow Playground's start; torch.optim's differs between optimizers
    minimum=0.0,
    open_min=True,
    help=QT_TRANSLATE_NOOP(
        "optimizers",
        "Size of each step: a weight moves by η times its gradient (or the gradient as the optimizer rescales it). A number above 0, usually 0.001 to 0.3.",
    ),
)
MOMENTUM = HyperParameter(
    "momentum",
    "μ",
    QT_TRANSLATE_NOOP("optimizers", "Momentum"),
    0.9,  # torch.optim.SGD's 0 would be no momentum at all; 0.9 is the usual choice
    minimum=0.0,
    maximum=1.0,
    open_max=True,
    help=QT_TRANSLATE_NOOP(
        "optimizers",
        "Share of the previous steps each step keeps, so steps gather speed along a steady slope; 0 is plain SGD. A fraction from 0 to below 1.",
    ),
)
EPSILON = HyperParameter(
    "eps",
    "ε",
    QT_TRANSLATE_NOOP("optimizers", "Stability term"),
    1e-8,
    minimum=0.0,
    open_min=True,
    help=QT_TRANSLATE_NOOP(
        "optimizers",
        "Added to the square root in the denominator, so that a weight whose gradients were tiny cannot take a huge step. A small number above 0.",
    ),
    optional=True,
)


class Settings(Protocol):
    """What an optimizer reads from its spec (an ``engine.spec.OptimizerSpec``)."""

    @property
    def name(self) -> str: ...
    @property
    def lr(self) -> float: ...
    @property
    def momentum(self) -> float: ...
    @property
    def beta1(self) -> float: ...
    @property
    def beta2(self) -> float: ...
    @property
    def alpha(self) -> float: ...
    @property
    def effective_eps(self) -> float: ...


class Optimizer(FlatUpdates):
    """Base class: per-parameter state, a step counter per parameter, host (de)serialisation;
    ``update`` (engine/flat_update.py) moves the parameters."""

    #: the name in a spec, a project file and on the command line
    name = ""
    #: the name shown in the window (marked for translation under "optimizers")
    display_name = ""
    #: the hyper-parameters it reads from its spec, in the order they are shown
    hyperparameters: tuple[HyperParameter, ...] = ()
    #: the update rule, in the symbols of ``hyperparameters``
    formula = ""
    #: names of the state arrays this optimizer keeps per parameter
    buffers: tuple[str, ...] = ()

    @classmethod
    def hyperparameter(cls, field: str) -> HyperParameter | None:
        """The declaration of the spec field ``field``; None when this optimizer does not use it."""
        return next((hp for hp in cls.hyperparameters if hp.field == field), None)

    def __init__(self, spec: Settings, xp: Any):
        self.spec = spec
        self.xp = xp
        self.state: dict[str, dict[str, Any]] = {}
        self.steps: dict[str, int] = {}
        self._flat: FlatGroup | None = None  # while the state lives in one flat buffer
        self._last: Any = {}

    def step(self, name: str, param: Any, grad: Any) -> Any:
        """The step s for this parameter (p_new = p − s); updates the optimizer's state."""
        t = self.steps.get(name, 0) + 1
        self.steps[name] = t
        st = self.state.setdefault(name, {})
        s = self._step(st, t, param, grad)
        if t % FLUSH_EVERY == 0 and st:
            self._flush_subnormals(st)
        return s

    def _step(self, st: dict[str, Any], t: int, param: Any, grad: Any) -> Any:
        """The rule on one parameter (or a device buffer): the step, new state in ``st``."""
        raise NotImplementedError

    def _constants(self, t: int) -> tuple:
        """The rule's scalars for update ``t``, computed once for all of ``_kernel``'s blocks."""
        return ()

    def _kernel(self, c: tuple, p: Any, g: Any, s: Any, tmp: Any, *state: Any) -> None:
        """The rule in place on host NumPy blocks: the step into ``s``, the state arrays (in
        ``buffers`` order) updated, ``tmp`` as working space. The same operations in the
        same order as ``_step``, so the same bits."""
        raise NotImplementedError

    def _flush_subnormals(self, st: dict[str, Any]) -> None:
        xp = self.xp
        for key, arr in st.items():
            tiny = float(np.finfo(str(arr.dtype).split(".")[-1]).tiny)
            st[key] = xp.where(xp.abs(arr) < tiny, xp.zeros_like(arr), arr)

    def set_spec(self, spec: Settings) -> None:
        """Change hyper-parameters between steps, keeping the state (as editing param_groups does)."""
        self.spec = spec

    # ----- state as host arrays, for projects and the timeline ---------------------------
    def state_dict(self, to_host: Any) -> dict[str, Any]:
        if self._flat is not None:
            self._point_views(self._flat)  # step counts up to date
        return {
            "name": self.spec.name,
            "steps": dict(self.steps),
            "state": {
                n: {k: np.array(to_host(v)) for k, v in st.items()} for n, st in self.state.items()
            },
        }

    def load_state_dict(self, data: dict[str, Any], asarray: Any) -> None:
        self._flat = None
        self.steps = {str(k): int(v) for k, v in data.get("steps", {}).items()}
        self.state = {
            str(n): {str(k): asarray(v) for k, v in st.items()}
            for n, st in data.get("state", {}).items()
        }


class SGD(Optimizer):
    """Plain gradient descent.  s = lr · g"""

    name = "sgd"
    display_name = QT_TRANSLATE_NOOP("optimizers", "SGD")
    hyperparameters = (LEARNING_RATE,)
    formula = "w ← w − η·g"

    def _step(self, st, t, param, grad):
        return self.spec.lr * grad

    def _constants(self, t):
        return (self.spec.lr,)

    def _kernel(self, c, p, g, s, tmp):
        np.multiply(g, c[0], out=s)


class Momentum(Optimizer):
    """SGD with momentum μ (dampening 0), as torch.optim.SGD(momentum=μ).

    b₁ = g;  b_t = μ·b_{t−1} + g;  s = lr · b_t
    """

    name = "momentum"
    display_name = QT_TRANSLATE_NOOP("optimizers", "Momentum")
    hyperparameters = (LEARNING_RATE, MOMENTUM)
    formula = "v ← μ·v + g;  w ← w − η·v"
    buffers = ("momentum_buffer",)

    def _step(self, st, t, param, grad):
        if t == 1:
            buf = grad * 1.0  # a copy
        else:
            buf = st["momentum_buffer"]
            buf *= self.spec.momentum
            buf += grad
        st["momentum_buffer"] = buf
        return self.spec.lr * self._direction(buf, grad)

    def _direction(self, buf: Any, grad: Any) -> Any:
        return buf

    def _constants(self, t):
        return (t, self.spec.momentum, self.spec.lr)

    def _kernel(self, c, p, g, s, tmp, buf):
        t, mu, lr = c
        if t == 1:
            np.multiply(g, 1.0, out=buf)
        else:
            np.multiply(buf, mu, out=buf)
            np.add(buf, g, out=buf)
        np.multiply(self._direction_into(buf, g, mu, tmp), lr, out=s)

    def _direction_into(self, buf: Any, g: Any, mu: float, tmp: Any) -> Any:
        return buf


class Nesterov(Momentum):
    """Nesterov momentum, as torch.optim.SGD(momentum=μ, nesterov=True).

    b₁ = g;  b_t = μ·b_{t−1} + g;  s = lr · (g + μ·b_t)
    """

    name = "nesterov"
    display_name = QT_TRANSLATE_NOOP("optimizers", "Nesterov")
    hyperparameters = (LEARNING_RATE, MOMENTUM)
    formula = "v ← μ·v + g;  w ← w − η·(g + μ·v)"

    def _direction(self, buf: Any, grad: Any) -> Any:
        return grad + self.spec.momentum * buf

    def _direction_into(self, buf: Any, g: Any, mu: float, tmp: Any) -> Any:
        np.multiply(buf, mu, out=tmp)
        return np.add(g, tmp, out=tmp)


class Adagrad(Optimizer):
    """Adagrad (lr_decay 0, initial accumulator 0), as torch.optim.Adagrad.

    G_t = G_{t−1} + g²;  s = lr · g / (√G_t + ε)     (ε = 1e-10)
    """

    name = "adagrad"
    display_name = QT_TRANSLATE_NOOP("optimizers", "Adagrad")
    hyperparameters = (LEARNING_RATE, dataclasses.replace(EPSILON, default=1e-10))
    formula = "G ← G + g²;  w ← w − η·g / (√G + ε)"
    buffers = ("sum",)

    def _step(self, st, t, param, grad):
        xp = self.xp
        acc = st.get("sum")
        if acc is None:
            acc = xp.zeros_like(grad)
        acc += grad * grad
        st["sum"] = acc
        denom = xp.sqrt(acc)
        denom += self.spec.effective_eps
        s = grad / denom
        s *= self.spec.lr
        return s

    def _constants(self, t):
        return (self.spec.effective_eps, self.spec.lr)

    def _kernel(self, c, p, g, s, tmp, acc):
        eps, lr = c
        np.multiply(g, g, out=tmp)
        np.add(acc, tmp, out=acc)
        np.sqrt(acc, out=tmp)
        np.add(tmp, eps, out=tmp)
        np.divide(g, tmp, out=s)
        np.multiply(s, lr, out=s)


class RMSprop(Optimizer):
    """RMSprop (not centred, no momentum), as torch.optim.RMSprop.

    v_t = α·v_{t−1} + (1 − α)·g²;  s = lr · g / (√v_t + ε)     (α = 0.99, ε = 1e-8)
    """

    name = "rmsprop"
    display_name = QT_TRANSLATE_NOOP("optimizers", "RMSprop")
    hyperparameters = (
        LEARNING_RATE,
        HyperParameter(
            "alpha",
            "α",
            QT_TRANSLATE_NOOP("optimizers", "Smoothing"),
            0.99,
            minimum=0.0,
            maximum=1.0,
            open_max=True,
            help=QT_TRANSLATE_NOOP(
                "optimizers",
                "Decay of the running mean of squared gradients that divides each step; closer to 1 remembers longer. A fraction from 0 to below 1.",
            ),
        ),
        EPSILON,
    )
    formula = "s ← α·s + (1 − α)·g²;  w ← w − η·g / (√s + ε)"
    buffers = ("square_avg",)

    def _step(self, st, t, param, grad):
        xp = self.xp
        alpha = self.spec.alpha
        v = st.get("square_avg")
        if v is None:
            v = xp.zeros_like(grad)
        v *= alpha
        sq = grad * grad
        sq *= 1.0 - alpha
        v += sq
        st["square_avg"] = v
        denom = xp.sqrt(v)
        denom += self.spec.effective_eps
        s = grad / denom
        s *= self.spec.lr
        return s

    def _constants(self, t):
        return (self.spec.alpha, 1.0 - self.spec.alpha, self.spec.effective_eps, self.spec.lr)

    def _kernel(self, c, p, g, s, tmp, v):
        alpha, one_minus, eps, lr = c
        np.multiply(v, alpha, out=v)
        np.multiply(g, g, out=tmp)
        np.multiply(tmp, one_minus, out=tmp)
        np.add(v, tmp, out=v)
        np.sqrt(v, out=tmp)
        np.add(tmp, eps, out=tmp)
        np.divide(g, tmp, out=s)
        np.multiply(s, lr, out=s)


class Adam(Optimizer):
    """Adam, as torch.optim.Adam (no amsgrad, no weight decay of its own).

    m_t = β₁·m_{t−1} + (1 − β₁)·g
    v_t = β₂·v_{t−1} + (1 − β₂)·g²
    s = (lr / (1 − β₁ᵗ)) · m_t / (√v_t / √(1 − β₂ᵗ) + ε)      (β₁ 0.9, β₂ 0.999, ε 1e-8)
    """

    name = "adam"
    display_name = QT_TRANSLATE_NOOP("optimizers", "Adam")
    hyperparameters = (
        LEARNING_RATE,
        HyperParameter(
            "beta1",
            "β₁",
            QT_TRANSLATE_NOOP("optimizers", "Mean decay"),
            0.9,
            minimum=0.0,
            maximum=1.0,
            open_max=True,
            help=QT_TRANSLATE_NOOP(
                "optimizers",
                "Decay of the running mean of the gradients (the first moment), the direction of each step; closer to 1 remembers longer. A fraction from 0 to below 1.",
            ),
        ),
        HyperParameter(
            "beta2",
            "β₂",
            QT_TRANSLATE_NOOP("optimizers", "Square decay"),
            0.999,
            minimum=0.0,
            maximum=1.0,
            open_max=True,
            help=QT_TRANSLATE_NOOP(
                "optimizers",
                "Decay of the running mean of squared gradients (the second moment), which scales each weight's step; closer to 1 remembers longer. A fraction from 0 to below 1.",
            ),
        ),
        EPSILON,
    )
    formula = "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  w ← w − η·m̂ / (√v̂ + ε)"
    buffers = ("exp_avg", "exp_avg_sq")

    def _step(self, st, t, param, grad):
        xp = self.xp
        b1, b2 = self.spec.beta1, self.spec.beta2
        m = st.get("exp_avg")
        v = st.get("exp_avg_sq")
        if m is None:
            m = xp.zeros_like(grad)
            v = xp.zeros_like(grad)
        m *= b1
        m += (1.0 - b1) * grad
        v *= b2
        sq = grad * grad
        sq *= 1.0 - b2
        v += sq
        st["exp_avg"], st["exp_avg_sq"] = m, v
        step_size = self.spec.lr / (1.0 - b1**t)
        denom = xp.sqrt(v)
        denom /= math.sqrt(1.0 - b2**t)
        denom += self.spec.effective_eps
        s = m / denom
        s *= step_size
        return s

    def _constants(self, t):
        b1, b2 = self.spec.beta1, self.spec.beta2
        step_size = self.spec.lr / (1.0 - b1**t)
        bias2 = math.sqrt(1.0 - b2**t)
        return (b1, 1.0 - b1, b2, 1.0 - b2, bias2, self.spec.effective_eps, step_size)

    def _kernel(self, c, p, g, s, tmp, m, v):
        b1, one_minus_b1, b2, one_minus_b2, bias2, eps, step_size = c
        np.multiply(m, b1, out=m)
        np.multiply(g, one_minus_b1, out=tmp)
        np.add(m, tmp, out=m)
        np.multiply(v, b2, out=v)
        np.multiply(g, g, out=tmp)
        np.multiply(tmp, one_minus_b2, out=tmp)
        np.add(v, tmp, out=v)
        np.sqrt(v, out=tmp)
        np.divide(tmp, bias2, out=tmp)
        np.add(tmp, eps, out=tmp)
        np.divide(m, tmp, out=s)
        np.multiply(s, step_size, out=s)


# ----- the one list of optimizers ---------------------------------------------------------
#: every optimizer by name, in the order the window and the command line list them
OPTIMIZERS_BY_NAME: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, Adagrad, RMSprop, Adam)
}
OPTIMIZER_CLASSES = OPTIMIZERS_BY_NAME  # the former name


def optimizer_class(name: str) -> type[Optimizer]:
    """The optimizer called ``name``; KeyError naming the choices when there is none."""
    try:
        return OPTIMIZERS_BY_NAME[name]
    except KeyError:
        raise KeyError(
            f"unknown optimizer {name!r}; choose one of {', '.join(OPTIMIZERS_BY_NAME)}"
        ) from None


def hyperparameter_fields() -> tuple[str, ...]:
    """Every spec field some optimizer declares, in an order that keeps each optimizer's own."""
    order: list[str] = []
    for cls in OPTIMIZERS_BY_NAME.values():
        fields = [hp.field for hp in cls.hyperparameters]
        for i, name in enumerate(fields):
            if name not in order:
                later = [order.index(f) for f in fields[i + 1 :] if f in order]
                order.insert(min(later) if later else len(order), name)
    return tuple(order)


def users_of(field: str) -> tuple[type[Optimizer], ...]:
    """The optimizers that declare ``field``, in order."""
    return tuple(c for c in OPTIMIZERS_BY_NAME.values() if c.hyperparameter(field) is not None)


def declarations_of(field: str) -> tuple[HyperParameter, ...]:
    """The declarations of ``field`` by the optimizers that use it, in order."""
    return tuple(hp for c in users_of(field) if (hp := c.hyperparameter(field)) is not None)


def spec_default(field: str) -> float | None:
    """The ``OptimizerSpec`` default of ``field``: the default every optimizer declaring it
    agrees on, or None for an optional field (each optimizer then uses its own)."""
    decls = declarations_of(field)
    if not decls:
        raise KeyError(f"no optimizer declares the hyper-parameter {field!r}")
    if any(hp.optional for hp in decls):
        return None
    defaults = {hp.default for hp in decls}
    if len(defaults) != 1:
        raise ValueError(
            f"optimizers declare different defaults for {field!r} ({sorted(defaults)}): "
            "a field the spec shares needs one default, or optional=True"
        )
    return defaults.pop()


def make_optimizer(spec: Settings, xp: Any) -> Optimizer:
    return optimizer_class(spec.name)(spec, xp)
