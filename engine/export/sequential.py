"""The ``nn.Sequential`` layout of a network: its modules in order and its ``state_dict`` names.

The network ``W1, b1, W2, b2, …`` is the ``state_dict`` of

    nn.Sequential(Linear(n0, n1), Act1, Linear(n1, n2), Act2, …, Linear(…, nL), ActL)

with exactly one activation module after every Linear, the output layer's included
(``nn.Softmax(dim=1)``, ``nn.Sigmoid()``, or ``nn.Identity()`` for a linear layer), so the
Linear layers sit at indices 0, 2, 4, … and the keys are ``0.weight`` (out × in),
``0.bias``, ``2.weight``, … .
"""

from __future__ import annotations

from engine.spec import NetworkSpec

#: engine activation → the torch.nn module that computes it
TORCH_MODULES = {
    "sigmoid": "Sigmoid()",
    "tanh": "Tanh()",
    "relu": "ReLU()",
    "linear": "Identity()",
    "softmax": "Softmax(dim=1)",
}


def state_dict_key(name: str) -> str:
    """``W3`` → ``4.weight``, ``b1`` → ``0.bias``: the nn.Sequential key of an engine parameter."""
    k = int(name[1:])
    return f"{2 * (k - 1)}.{'weight' if name[0] == 'W' else 'bias'}"


def torch_activation(activation: str, leaky_slope: float = 0.01) -> str:
    """The torch.nn module (as source text, without ``nn.``) for an engine activation."""
    if activation == "leaky_relu":
        return f"LeakyReLU(negative_slope={float(leaky_slope)!r})"
    return TORCH_MODULES[activation]


def sequential_layout(spec: NetworkSpec) -> list[str]:
    """The modules of the equivalent nn.Sequential, in order, e.g. ``["Linear(2, 4)", "Tanh()", …]``.

    Every entry is valid Python source (the generated PyTorch code pastes it): sizes are
    ints, slopes float reprs, activations come from a fixed table.
    """
    sizes, out = spec.sizes, []
    for k, layer in enumerate(spec.layers, start=1):
        out.append(f"Linear({int(sizes[k - 1])}, {int(sizes[k])})")
        out.append(torch_activation(layer.activation, layer.leaky_slope))
    return out
