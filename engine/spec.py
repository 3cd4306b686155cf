"""The network spec: a plain, validated, serialisable description of a network and how it trains.

The spec is what the diagram edits, what a project file stores and what the command
line builds. Parameters (the arrays) live elsewhere (``engine.network``).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from engine.errors import SpecError
from engine.files import human_bytes, machine_memory
from engine.optimizers import OPTIMIZERS_BY_NAME, hyperparameter_fields, spec_default

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear", "softmax")
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "linear")
LOSSES = ("mse", "sse", "bce", "cce")
#: the optimizers' names, from their declarations in engine.optimizers
OPTIMIZERS = tuple(OPTIMIZERS_BY_NAME)
INITIALIZERS = ("xavier", "xavier-normal", "he", "uniform", "zeros")
DTYPES = ("float32", "float64")

#: Output activation that goes with each loss when none is given.
DEFAULT_OUTPUT_ACTIVATION = {"cce": "softmax", "bce": "sigmoid", "mse": "linear", "sse": "linear"}
#: ``eps`` defaults, as in ``torch.optim`` (declared by each optimizer).
DEFAULT_EPS = {
    name: hp.default
    for name, cls in OPTIMIZERS_BY_NAME.items()
    if (hp := cls.hyperparameter("eps"))
}


def _default(field: str) -> float:
    """The default of a hyper-parameter every optimizer using it agrees on (not optional)."""
    value = spec_default(field)
    if value is None:
        raise TypeError(f"{field!r} is declared optional: its OptimizerSpec default is None")
    return value


@dataclass(frozen=True)
class LayerSpec:
    """One dense layer: its width, activation and which of its parameters are frozen."""

    units: int
    activation: str = "tanh"
    freeze_weights: bool = False
    freeze_biases: bool = False
    leaky_slope: float = 0.01


@dataclass(frozen=True)
class OptimizerSpec:
    """An optimizer and its hyper-parameters, named as in ``torch.optim``.

    Which optimizer uses which field, the defaults and the allowed ranges are declared by
    the optimizer classes in ``engine.optimizers``; the defaults here and ``check`` read them
    from there (tests/test_optimizer_declarations.py: every field here is declared there).
    """

    name: str = "sgd"
    lr: float = _default("lr")
    momentum: float = _default("momentum")  # momentum, nesterov
    beta1: float = _default("beta1")  # adam
    beta2: float = _default("beta2")  # adam
    eps: float | None = spec_default("eps")  # None: the optimizer's own default (DEFAULT_EPS)
    alpha: float = _default("alpha")  # rmsprop smoothing constant

    @property
    def effective_eps(self) -> float:
        """The eps actually used: the given one or torch's default for this optimizer."""
        return DEFAULT_EPS.get(self.name, 1e-8) if self.eps is None else self.eps

    def check(self, where: str = "optimizer") -> None:
        """Raise SpecError naming the field (``optimizer.lr``) unless the optimizer is known and
        every hyper-parameter lies in its declared range (the chosen optimizer's declaration,
        else the first optimizer's that declares it: a value is kept across a switch)."""
        if self.name not in OPTIMIZERS:
            raise SpecError(
                f"{where}.name",
                f"unknown optimizer {self.name!r}; choose one of {', '.join(OPTIMIZERS)}",
            )
        own = OPTIMIZERS_BY_NAME[self.name]
        for name in hyperparameter_fields():
            hp = own.hyperparameter(name) or next(
                h for c in OPTIMIZERS_BY_NAME.values() if (h := c.hyperparameter(name))
            )
            value = getattr(self, name)
            if value is None and hp.optional:
                continue
            _check_real(
                value,
                f"{where}.{name}",
                low=hp.minimum,
                high=hp.maximum,
                low_open=hp.open_min,
                high_open=hp.open_max,
            )


@dataclass(frozen=True)
class NetworkSpec:
    """A whole network: layer sizes and activations, loss, initializer, regularization, optimizer."""

    n_inputs: int
    layers: tuple[LayerSpec, ...]  # hidden layers, then the output layer (always the last)
    loss: str = "cce"
    init: str = "xavier"
    optimizer: OptimizerSpec = field(default_factory=OptimizerSpec)
    l1: float = 0.0
    l2: float = 0.0
    dropout: float = 0.0  # inverted dropout on hidden layers' outputs, training only
    batch_size: int = 10
    patience: int | None = None  # early stopping: epochs without a better test loss; None = off
    dtype: str = "float32"
    seed: int = 0

    # ----- derived views -------------------------------------------------------------
    @property
    def sizes(self) -> tuple[int, ...]:
        """Widths of every layer, inputs first: (n_inputs, hidden…, outputs)."""
        return (self.n_inputs, *(layer.units for layer in self.layers))

    @property
    def n_outputs(self) -> int:
        return self.layers[-1].units

    @property
    def hidden(self) -> tuple[LayerSpec, ...]:
        return self.layers[:-1]

    def replace(self, **changes: Any) -> NetworkSpec:
        """A copy with some fields changed, validated."""
        return dataclasses.replace(self, **changes).validated()

    def with_optimizer(self, **changes: Any) -> NetworkSpec:
        return self.replace(optimizer=dataclasses.replace(self.optimizer, **changes))

    def with_layer(self, index: int, **changes: Any) -> NetworkSpec:
        layers = list(self.layers)
        layers[index] = dataclasses.replace(layers[index], **changes)
        return self.replace(layers=tuple(layers))

    # ----- validation ----------------------------------------------------------------
    def validated(self) -> NetworkSpec:
        """Return self if the spec is possible; else raise SpecError naming the field."""
        _check_int(self.n_inputs, "n_inputs", minimum=1)
        if not isinstance(self.layers, tuple) or len(self.layers) == 0:
            raise SpecError("layers", "a network needs at least an output layer")
        last = len(self.layers) - 1
        for i, layer in enumerate(self.layers):
            name = f"layers[{i}]"
            if not isinstance(layer, LayerSpec):
                raise SpecError(name, f"expected a layer, got {type(layer).__name__}")
            _check_int(layer.units, f"{name}.units", minimum=1)
            if layer.activation not in ACTIVATIONS:
                raise SpecError(
                    f"{name}.activation",
                    f"unknown activation {layer.activation!r}; choose one of {', '.join(ACTIVATIONS)}",
                )
            if layer.activation == "softmax" and i != last:
                raise SpecError(f"{name}.activation", "softmax is only allowed on the output layer")
            _check_real(layer.leaky_slope, f"{name}.leaky_slope", low=0.0, high=1.0)
            for flag in ("freeze_weights", "freeze_biases"):
                if not isinstance(getattr(layer, flag), bool):
                    raise SpecError(f"{name}.{flag}", "must be true or false")
        out = self.layers[-1]
        if self.loss not in LOSSES:
            raise SpecError(
                "loss", f"unknown loss {self.loss!r}; choose one of {', '.join(LOSSES)}"
            )
        if out.activation == "softmax" and out.units < 2:
            raise SpecError(f"layers[{last}].units", "a softmax output needs at least 2 units")
        if self.loss == "cce" and out.activation != "softmax":
            raise SpecError(
                "loss",
                f"categorical cross-entropy needs a softmax output layer, not {out.activation!r}",
            )
        if self.loss == "bce" and out.activation != "sigmoid":
            raise SpecError(
                "loss", f"binary cross-entropy needs a sigmoid output layer, not {out.activation!r}"
            )
        if self.init not in INITIALIZERS:
            raise SpecError(
                "init",
                f"unknown initializer {self.init!r}; choose one of {', '.join(INITIALIZERS)}",
            )
        opt = self.optimizer
        if not isinstance(opt, OptimizerSpec):
            raise SpecError("optimizer", "expected an optimizer spec")
        opt.check("optimizer")
        _check_real(self.l1, "l1", low=0.0)
        _check_real(self.l2, "l2", low=0.0)
        _check_real(self.dropout, "dropout", low=0.0, high=1.0, high_open=True)
        _check_int(self.batch_size, "batch_size", minimum=1)
        if self.patience is not None:
            _check_int(self.patience, "patience", minimum=1)
        if self.dtype not in DTYPES:
            raise SpecError("dtype", f"unknown dtype {self.dtype!r}; choose float32 or float64")
        _check_int(self.seed, "seed", minimum=0)
        self._check_memory()
        return self

    def _check_memory(self) -> None:
        """Refuse a network whose training could not fit in this machine's memory.

        Training holds each parameter about four times over (the value, its gradient and up
        to two optimizer buffers); a 100,000-wide layer would otherwise fail deep inside
        NumPy with a MemoryError instead of a message that names the layer.
        """
        itemsize = 4 if self.dtype == "float32" else 8
        sizes = self.sizes
        per_layer = [(sizes[i] + 1) * sizes[i + 1] for i in range(len(sizes) - 1)]
        need = 4 * itemsize * sum(per_layer)
        have = machine_memory()
        if need > have:
            big = max(range(len(per_layer)), key=per_layer.__getitem__)
            raise SpecError(
                f"layers[{big}].units",
                f"the network has {sum(per_layer):,} parameters ({per_layer[big]:,} in layer "
                f"{big + 1} alone): training it needs about {human_bytes(need)} of memory, "
                f"and this machine has {human_bytes(have)}",
            )

    # ----- serialisation -------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (lists, not tuples)."""
        d = dataclasses.asdict(self)
        d["layers"] = [dict(layer) for layer in d["layers"]]
        return d

    @classmethod
    def from_dict(cls, data: Any) -> NetworkSpec:
        """Build and validate a spec from a dict as written by ``to_dict``; SpecError names bad fields."""
        if not isinstance(data, dict):
            raise SpecError("spec", "expected an object")
        data = dict(data)
        layers_raw = data.pop("layers", None)
        if not isinstance(layers_raw, list | tuple):
            raise SpecError("layers", "expected a list of layers")
        layers = tuple(_build(LayerSpec, raw, f"layers[{i}]") for i, raw in enumerate(layers_raw))
        optimizer = _build(OptimizerSpec, data.pop("optimizer", {}), "optimizer")
        spec = _build(cls, {**data, "layers": layers, "optimizer": optimizer}, "spec", nested=True)
        return spec.validated()

    @classmethod
    def simple(
        cls,
        n_inputs: int,
        hidden: tuple[int, ...] | list[int],
        n_outputs: int,
        *,
        activation: str = "tanh",
        output_activation: str | None = None,
        loss: str = "cce",
        optimizer: str = "sgd",
        lr: float = 0.03,
        **kwargs: Any,
    ) -> NetworkSpec:
        """Convenience builder: same activation on every hidden layer."""
        out_act = output_activation or DEFAULT_OUTPUT_ACTIVATION[loss]
        layers = tuple(LayerSpec(int(u), activation) for u in hidden) + (
            LayerSpec(int(n_outputs), out_act),
        )
        opt = kwargs.pop("optimizer_spec", None) or OptimizerSpec(optimizer, lr)
        return cls(n_inputs, layers, loss=loss, optimizer=opt, **kwargs).validated()


def _build(kind: type, raw: Any, where: str, nested: bool = False) -> Any:
    if not isinstance(raw, dict):
        raise SpecError(where, "expected an object")
    names = {f.name for f in dataclasses.fields(kind)}
    unknown = sorted(set(raw) - names)
    if unknown:
        prefix = "" if where == "spec" else where + "."
        raise SpecError(prefix + unknown[0], "unknown field")
    try:
        return kind(**raw)
    except TypeError as exc:  # a missing required field
        missing = [f.name for f in dataclasses.fields(kind) if f.name not in raw]
        prefix = "" if where == "spec" else where + "."
        raise SpecError(prefix + (missing[0] if missing else "?"), "missing field") from exc


def _check_int(value: Any, name: str, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError(name, f"must be a whole number, got {value!r}")
    if value < minimum:
        raise SpecError(name, f"must be at least {minimum}, got {value}")


def _check_real(
    value: Any,
    name: str,
    low: float | None = None,
    high: float | None = None,
    low_open: bool = False,
    high_open: bool = False,
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SpecError(name, f"must be a number, got {value!r}")
    if not math.isfinite(value):
        raise SpecError(name, f"must be finite, got {value!r}")
    if low is not None and (value < low or (low_open and value == low)):
        raise SpecError(name, f"must be {'>' if low_open else '≥'} {low:g}, got {value:g}")
    if high is not None and (value > high or (high_open and value == high)):
        raise SpecError(name, f"must be {'<' if high_open else '≤'} {high:g}, got {value:g}")
