"""What the formulas call parameters and neurons: w, b, x₁, a₁, or the worked example's w5, b2, h1.

Indices in the app's names count from 1 (``W2[1,1]``, ``b2[1]``). For the worked example
(``engine.examples.is_worked_example``) the symbols are the post's: a weight is ``w5``, a
bias ``b2``, a neuron ``h1`` with its sum ``net_h1`` and output ``out_h1``, and each
explanation names both forms once (``w5 = W2[1,1]``).
"""

from __future__ import annotations

from engine.examples import is_worked_example, post_bias_name, post_neuron_name, post_weight_name
from engine.explain.numbers import sub
from engine.spec import NetworkSpec


def app_name(name: str, index: tuple[int, ...]) -> str:
    """A parameter entry as the app names it, counted from 1: ``W2[1,1]``, ``b2[1]``."""
    return f"{name}[{','.join(str(i + 1) for i in index)}]"


class Names:
    """The symbols of one network's formulas (the worked example's are the post's)."""

    def __init__(self, spec: NetworkSpec):
        self.post = is_worked_example(spec)

    def param(self, name: str, index: tuple[int, ...]) -> str:
        """The symbol of a parameter entry in its own formulas: w or b (w5 or b2 in the post)."""
        if not self.post:
            return "w" if name.startswith("W") else "b"
        layer = int(name[1:])
        if name.startswith("W"):
            return post_weight_name(layer, *index)
        return post_bias_name(layer)

    def both(self, name: str, index: tuple[int, ...]) -> str:
        """The entry named once in both forms: ``w5 = W2[1,1]`` (the post), else ``W2[1,1]``."""
        app = app_name(name, index)
        return f"{self.param(name, index)} = {app}" if self.post else app

    def neuron(self, layer: int, unit: int) -> str | None:
        """The post's name of a neuron (h1, o1), or None."""
        return post_neuron_name(layer, unit) if self.post else None

    def sum_symbols(self, layer: int, unit: int, width: int) -> tuple[str, list[str], str]:
        """(the sum's name, its terms w·a, its bias): ("z", ["w₁x₁", …], "b"), or the post's
        ("z = net_h1", ["w1·i1", "w2·i2"], "b1")."""
        if not self.post:
            a = "x" if layer == 1 else "a"
            return "z", [f"w{sub(j + 1)}{a}{sub(j + 1)}" for j in range(width)], "b"
        into = post_neuron_name(layer, unit)
        terms = [
            f"{post_weight_name(layer, unit, j)}·{self._out(layer - 1, j)}" for j in range(width)
        ]
        return f"z = net_{into}", terms, post_bias_name(layer)

    def output(self, layer: int, unit: int) -> str:
        """The name of a neuron's output in its activation line: a, or "a = out_h1"."""
        return f"a = out_{post_neuron_name(layer, unit)}" if self.post else "a"

    def incoming(self, layer: int, j: int) -> str:
        """What the j-th incoming weight of a layer-``layer`` neuron carries: x₁, a₂ (or i1, out_h2)."""
        if self.post:
            return self._out(layer - 1, j)
        return f"{'x' if layer == 1 else 'a'}{sub(j + 1)}"

    def loss_share(self, unit: int) -> str:
        """An output's share of a squared-error loss: E₁ (the post's E_o1)."""
        return f"E_{post_neuron_name(2, unit)}" if self.post else f"E{sub(unit + 1)}"

    @staticmethod
    def _out(layer: int, unit: int) -> str:
        return (
            post_neuron_name(layer, unit) if layer == 0 else f"out_{post_neuron_name(layer, unit)}"
        )
