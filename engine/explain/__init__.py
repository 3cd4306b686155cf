"""Explanations with the real numbers: the formulas of one training step for one neuron or parameter.

Pure functions of a NetworkSpec and the TraceRecords of a step (host NumPy arrays), so
the window can build them on its own thread without touching the worker's objects:

* ``explain_neuron(spec, records, layer, unit, row)``: z = Σ wⱼaⱼ + b with every term,
  a = f(z), the neuron's share of the loss, its δ by the chain rule, its bias update;
* ``explain_weight(spec, records, layer, i, j, row)``: the weight's term in z, the chain
  rule ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w with each factor's value, the sample's share and
  the batch total, the centred finite difference beside it (``engine.gradcheck``), and
  the optimizer's update;
* ``explain_bias(...)``: the same for a bias (∂z/∂b = 1);
* ``explain_phase(spec, records, translate, row)``: the phase just run, neuron by neuron.

Layers are numbered as in the engine (1..L; layer 0 = the inputs); ``i``/``j``/``unit``
are 0-based array indices, and every text counts from 1. ``row`` is the traced sample's
row in the batch, or None for the batch mean. Every visible word goes through
``translate`` (``engine.translation``; the window passes Qt's translate); numbers are
shown to 6 significant digits, and every formula line holds with the numbers printed in it.
An ``Explanation`` is written out by ``to_text``, ``to_html`` and ``to_markdown`` (which
link a symbol's first appearance to the glossary, ``<a href="glossary:ID">``) and
``to_latex``.

The modules, by what they explain:

* ``numbers``: how numbers are written (``fmt``, subscripts, long sums with subtotals);
* ``names``: the symbols of parameters and neurons (the worked example's are the post's);
* ``page``: ``Explanation`` and ``Section``, the words naming a neuron and a sample;
* ``render``: an explanation as text, HTML, markdown or LaTeX, symbols linked;
* ``records``: reading a step's records for one sample or the batch mean;
* ``neuron``: a neuron's forward pass and loss, and ``explain_neuron``;
* ``chain``: a neuron's δ by the chain rule;
* ``weight``: ``explain_weight`` and ``explain_bias``, their gradients;
* ``regularization``: the L1/L2 terms of the loss and of a weight's gradient;
* ``update``: the optimizer's rule, state and step for one parameter;
* ``phase``: ``explain_phase``.
"""

from engine.explain.neuron import explain_neuron
from engine.explain.numbers import fmt, sub
from engine.explain.page import Explanation, Section
from engine.explain.phase import explain_phase
from engine.explain.records import batch_size
from engine.explain.weight import explain_bias, explain_weight

__all__ = [
    "Explanation",
    "Section",
    "batch_size",
    "explain_bias",
    "explain_neuron",
    "explain_phase",
    "explain_weight",
    "fmt",
    "sub",
]
