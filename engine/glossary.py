"""The glossary: every symbol and term the explanations use, in plain words.

Each entry has an ``id`` (stable, used in links: an explanation's HTML and markdown link a
symbol's first appearance as ``<a href="glossary:ID">δ</a>``), a ``term``, the ``symbol``s
it explains (formulas, not translated; several are separated by ", ") and a ``text``.
Terms and texts are English, marked ``QT_TRANSLATE_NOOP("glossary", …)`` for lupdate;
``glossary(translate)`` returns them translated (the window passes Qt's translate).
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.translation import QT_TRANSLATE_NOOP, Translate, untranslated


@dataclass(frozen=True)
class GlossaryEntry:
    """One glossary entry: its id, the term, the symbols it explains and the explanation."""

    id: str
    term: str
    symbol: str  # "" when the entry names no symbol; several are separated by ", "
    text: str

    @property
    def symbols(self) -> tuple[str, ...]:
        """The entry's symbols, one by one."""
        return tuple(s for s in self.symbol.split(", ") if s)


# fmt: off
_ENTRIES: tuple[GlossaryEntry, ...] = (
    GlossaryEntry(
        "prediction", QT_TRANSLATE_NOOP("glossary", "activation a and prediction ŷ"), "a, ŷ",
        QT_TRANSLATE_NOOP("glossary", "a is a neuron's output, its activation a = f(z). The network's prediction ŷ (\"y hat\") is the a of the output layer; books write ŷ, this app writes a in every layer, so ŷ = a of the last layer. y is the target, the answer the prediction should have given."),
    ),
    GlossaryEntry(
        "loss", QT_TRANSLATE_NOOP("glossary", "loss L (error E)"), "L, E",
        QT_TRANSLATE_NOOP("glossary", "One number that says how far the predictions are from the targets; training makes it smaller. Matt Mazur's post calls it E (error), E_total for the sum over the outputs; this app calls it L. Both are the same thing: L of the worked example is E_total."),
    ),
    GlossaryEntry(
        "weighted-sum", QT_TRANSLATE_NOOP("glossary", "weighted sum z"), "z",
        QT_TRANSLATE_NOOP("glossary", "What a neuron computes before its activation: every incoming value times its weight, summed, plus the bias: z = Σ wⱼaⱼ + b. Mazur's post calls it net (net_h1)."),
    ),
    GlossaryEntry(
        "weight", QT_TRANSLATE_NOOP("glossary", "weight w and bias b"), "w, b",
        QT_TRANSLATE_NOOP("glossary", "The numbers training learns. W2[1,3] is the weight into neuron 1 of layer 2 from neuron 3 of layer 1 (rows: the neuron it goes into; columns: where it comes from; both counted from 1). b2[1] is the bias of neuron 1 of layer 2, a value added to its weighted sum."),
    ),
    GlossaryEntry(
        "gradient", QT_TRANSLATE_NOOP("glossary", "gradient ∂L/∂w"), "∂L/∂w, g",
        QT_TRANSLATE_NOOP("glossary", "How much the loss changes when one weight changes a little: the slope of the loss along that weight. Gradient descent moves each weight against its gradient. The optimizer's rules call it g."),
    ),
    GlossaryEntry(
        "delta", QT_TRANSLATE_NOOP("glossary", "delta δ"), "δ",
        QT_TRANSLATE_NOOP("glossary", "δ = ∂L/∂z: how much the loss changes when a neuron's weighted sum z changes. Backpropagation computes δ for the output layer from the loss, then layer by layer downwards; a weight's gradient is the δ of the neuron it feeds times the value it carried."),
    ),
    GlossaryEntry(
        "derivative", QT_TRANSLATE_NOOP("glossary", "slope of the activation f′"), "f′, σ′",
        QT_TRANSLATE_NOOP("glossary", "f′(z) = ∂a/∂z, how steeply the activation f rises at z. For the sigmoid σ′(z) = a(1 − a), for tanh 1 − a², for ReLU 1 where z > 0 and 0 elsewhere."),
    ),
    GlossaryEntry(
        "hadamard", QT_TRANSLATE_NOOP("glossary", "elementwise product ⊙"), "⊙",
        QT_TRANSLATE_NOOP("glossary", "u ⊙ v multiplies two vectors entry by entry: (u ⊙ v)ᵢ = uᵢ·vᵢ. In δ_prev = (δ·W) ⊙ f′(z_prev) each neuron's share of the error is multiplied by its own slope."),
    ),
    GlossaryEntry(
        "sigmoid", QT_TRANSLATE_NOOP("glossary", "sigmoid σ"), "σ",
        QT_TRANSLATE_NOOP("glossary", "σ(z) = 1 / (1 + e^(−z)), an activation that squashes any number into 0…1."),
    ),
    GlossaryEntry(
        "log", QT_TRANSLATE_NOOP("glossary", "logarithm log"), "log",
        QT_TRANSLATE_NOOP("glossary", "log is the natural logarithm (base e, often written ln), as in PyTorch and NumPy: log(e) = 1."),
    ),
    GlossaryEntry(
        "softmax", QT_TRANSLATE_NOOP("glossary", "softmax"), "softmax",
        QT_TRANSLATE_NOOP("glossary", "An output activation for classes: aᵢ = e^(zᵢ) / Σⱼ e^(zⱼ). The outputs are positive and add up to 1, so they read as the probability of each class."),
    ),
    GlossaryEntry(
        "one-hot", QT_TRANSLATE_NOOP("glossary", "one-hot target"), "",
        QT_TRANSLATE_NOOP("glossary", "A class written as a vector with 1 for the right class and 0 elsewhere: class 2 of 3 is (0, 1, 0). The network's outputs are compared with it."),
    ),
    GlossaryEntry(
        "cross-entropy", QT_TRANSLATE_NOOP("glossary", "cross-entropy (CCE, BCE)"), "",
        QT_TRANSLATE_NOOP("glossary", "A loss for classification: −log of the probability the network gave the right class (CCE, with softmax), or −[y·log a + (1 − y)·log(1 − a)] for one yes/no output (BCE, with a sigmoid). Confident wrong answers cost a lot."),
    ),
    GlossaryEntry(
        "squared-error", QT_TRANSLATE_NOOP("glossary", "squared error (MSE, SSE)"), "",
        QT_TRANSLATE_NOOP("glossary", "A loss for numbers: MSE is the mean of (a − y)² over the batch and the outputs (as PyTorch's MSELoss); SSE is ½·Σ(a − y)² over the outputs, averaged over the batch (Mazur's E_total for one sample). The ½ cancels the 2 of the derivative."),
    ),
    GlossaryEntry(
        "batch", QT_TRANSLATE_NOOP("glossary", "batch, SGD and mini-batch"), "n",
        QT_TRANSLATE_NOOP("glossary", "The rows used for one step; n is their number. A batch size of 1 is stochastic gradient descent (SGD), a batch of the whole training set is batch gradient descent, anything in between is mini-batch gradient descent. Every loss here is a mean over the batch, so each sample's δ carries a factor 1/n and a weight's gradient is the sum of the samples' shares."),
    ),
    GlossaryEntry(
        "step", QT_TRANSLATE_NOOP("glossary", "step"), "Δw, t",
        QT_TRANSLATE_NOOP("glossary", "One update of the weights on one batch: forward pass, loss, backward pass, update. Δw is how far the step moves a weight (w ← w − Δw); t counts the optimizer's steps."),
    ),
    GlossaryEntry(
        "epoch", QT_TRANSLATE_NOOP("glossary", "epoch"), "",
        QT_TRANSLATE_NOOP("glossary", "One pass over the whole (shuffled) training set: as many steps as there are batches in it."),
    ),
    GlossaryEntry(
        "learning-rate", QT_TRANSLATE_NOOP("glossary", "learning rate η"), "η",
        QT_TRANSLATE_NOOP("glossary", "η (eta) sets the size of the steps: plain gradient descent moves a weight by η times its gradient. Too large and the loss jumps about or diverges; too small and training crawls."),
    ),
    GlossaryEntry(
        "effective-learning-rate", QT_TRANSLATE_NOOP("glossary", "effective learning rate"), "Δw / g",
        QT_TRANSLATE_NOOP("glossary", "The step a weight actually took divided by its gradient, Δw / g. For plain gradient descent it is η; Momentum, Adam and the others change it weight by weight. It is negative when the optimizer's memory of earlier gradients points the other way than this batch's gradient and outweighs it: the weight then moves uphill for this batch."),
    ),
    GlossaryEntry(
        "momentum", QT_TRANSLATE_NOOP("glossary", "momentum μ and velocity v"), "μ",
        QT_TRANSLATE_NOOP("glossary", "Momentum keeps a velocity v per weight, v ← μ·v + g, and steps by η·v: steps gather speed along a steady slope and cancel out when the gradient flips. μ (mu) is the share of the old velocity kept, usually 0.9; μ = 0 is plain gradient descent. Nesterov steps by η·(g + μ·v), looking one step ahead."),
    ),
    GlossaryEntry(
        "optimizer-state", QT_TRANSLATE_NOOP("glossary", "optimizer state m, v, G, s"), "m, v, G, s",
        QT_TRANSLATE_NOOP("glossary", "What an optimizer remembers per weight between steps. Momentum and Nesterov: the velocity v. Adagrad: G, the running sum of squared gradients. RMSprop: s, the running average of squared gradients. Adam: m, the running average of the gradients, and v, that of the squared gradients. The letters never stand for a weight w or a bias b."),
    ),
    GlossaryEntry(
        "betas", QT_TRANSLATE_NOOP("glossary", "Adam's β₁ and β₂"), "β₁, β₂",
        QT_TRANSLATE_NOOP("glossary", "How long Adam remembers: m ← β₁·m + (1 − β₁)·g averages the gradients (β₁ = 0.9: about the last 10), v ← β₂·v + (1 − β₂)·g² their squares (β₂ = 0.999: about the last 1000)."),
    ),
    GlossaryEntry(
        "bias-correction", QT_TRANSLATE_NOOP("glossary", "Adam's bias correction m̂, v̂"), "m̂, v̂",
        QT_TRANSLATE_NOOP("glossary", "m and v start at 0, so early on they are too small; m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) correct that. On the first step m̂ = g and v̂ = g², so m̂/√v̂ = g/|g| = ±1: every weight moves by about ±η, whatever the size of its gradient."),
    ),
    GlossaryEntry(
        "epsilon", QT_TRANSLATE_NOOP("glossary", "stability term ε"), "ε",
        QT_TRANSLATE_NOOP("glossary", "ε (epsilon) is a tiny number added to a square root in a denominator (Adagrad, RMSprop, Adam), so that a weight whose gradients were tiny cannot take a huge step."),
    ),
    GlossaryEntry(
        "lambda", QT_TRANSLATE_NOOP("glossary", "regularization strengths λ₁, λ₂"), "λ₁, λ₂",
        QT_TRANSLATE_NOOP("glossary", "L2 adds ½λ₂·ΣW² to the loss, so each weight's gradient gets + λ₂·w (PyTorch's weight_decay); L1 adds λ₁·Σ|W|, so the gradient gets + λ₁·sign(w). Biases are not regularized. Keras's l2(λ) adds λ·ΣW² without the ½: it equals λ₂ = 2λ here."),
    ),
    GlossaryEntry(
        "regularization", QT_TRANSLATE_NOOP("glossary", "regularization (L1, L2)"), "",
        QT_TRANSLATE_NOOP("glossary", "A penalty on large weights added to the loss, so the network prefers simple solutions and overfits less. L2 pulls every weight towards 0 in proportion to its size; L1 pulls by a fixed amount and drives small weights to exactly 0."),
    ),
    GlossaryEntry(
        "dropout", QT_TRANSLATE_NOOP("glossary", "dropout and its mask"), "mask",
        QT_TRANSLATE_NOOP("glossary", "During training each hidden neuron is switched off at random for a step (its mask is 0), and the kept ones are scaled up by 1/keep (their mask is 1/keep), so the next layer sees the same total on average. A dropped neuron passes nothing forward and gets no gradient back: its δ is 0. Evaluation and prediction use no dropout."),
    ),
    GlossaryEntry(
        "colours", QT_TRANSLATE_NOOP("glossary", "colours"), "",
        QT_TRANSLATE_NOOP("glossary", "Blue means positive, orange negative, for weights, outputs and gradients alike; stronger colour, larger size. A positive gradient moves its weight down (w ← w − η·g): a blue gradient makes the weight smaller."),
    ),
    GlossaryEntry(
        "early-stopping", QT_TRANSLATE_NOOP("glossary", "early stopping"), "",
        QT_TRANSLATE_NOOP("glossary", "Training stops when the test loss has not improved for a number of epochs (the patience): going on would only fit the training set better, not new data."),
    ),
    GlossaryEntry(
        "overfitting", QT_TRANSLATE_NOOP("glossary", "overfitting"), "",
        QT_TRANSLATE_NOOP("glossary", "The training loss keeps falling while the test loss rises: the network learns the training set's noise instead of the pattern. More data, regularization, dropout and early stopping help."),
    ),
    GlossaryEntry(
        "vanishing-gradients", QT_TRANSLATE_NOOP("glossary", "vanishing gradients"), "",
        QT_TRANSLATE_NOOP("glossary", "δ is multiplied by each layer's slope f′ on its way down; sigmoid slopes are at most 0.25, so in a deep network the lower layers get tiny gradients and hardly learn. ReLU and careful initialization help."),
    ),
    GlossaryEntry(
        "gradient-size", QT_TRANSLATE_NOOP("glossary", "gradient size ‖∂L/∂W‖ (RMS)"), "‖∂L/∂W‖, RMS",
        QT_TRANSLATE_NOOP("glossary", "How large the gradient of a whole layer is, in one number. W_k is the matrix of the weights into layer k; ‖∂L/∂W_k‖ is the size of their gradients, measured as the root mean square (RMS) of its entries, √(mean of (∂L/∂w)²): the typical size of one weight's gradient, comparable between layers of different sizes. The Training health dock draws it per layer on a log scale (each labelled line 10 times the one below): when the first layers' curves lie 100 times or more below the last layer's, the gradient vanishes on its way back; far above, it explodes."),
    ),
    GlossaryEntry(
        "update-ratio", QT_TRANSLATE_NOOP("glossary", "update-to-weight ratio ‖ΔW‖/‖W‖"), "‖ΔW‖/‖W‖",
        QT_TRANSLATE_NOOP("glossary", "How much the last step changed a layer's weights, relative to their size: ‖ΔW‖ / ‖W‖, where ΔW is the step's change of the layer's weights W and ‖·‖ is the root of the sum of squares (the Frobenius norm). A rule of thumb says about 10⁻³ is healthy: each step moves the weights by about a thousandth of their size; the Training health dock shades the band from about 3·10⁻⁴ to 3·10⁻³. Far above it the learning rate is too large and the weights jump about; far below it the layer learns slowly (a learning rate too small, or vanishing gradients)."),
    ),
    GlossaryEntry(
        "saturation", QT_TRANSLATE_NOOP("glossary", "saturated units"), "|f′(z)| < 0.05",
        QT_TRANSLATE_NOOP("glossary", "A sigmoid or tanh unit is saturated where its weighted sum z lies far out on a flat end of the curve, so its slope f′(z) is nearly 0. The Training health dock counts a (unit, example) pair as saturated where |f′(z)| < 0.05 (σ′ is at most 0.25, tanh′ at most 1) and draws the share of such pairs per layer. On the way back δ is multiplied by f′, so a saturated unit passes almost no gradient: it and the layers below it learn slowly. Large weights or large inputs saturate units; Xavier initialization and scaled inputs help."),
    ),
    GlossaryEntry(
        "histogram", QT_TRANSLATE_NOOP("glossary", "histogram (distribution)"), "",
        QT_TRANSLATE_NOOP("glossary", "A histogram shows how many values lie where: the range of the values is cut into bins, and each bar is as tall as the number of values in its bin. The Distributions tab of the Training health dock shows, per layer, the histogram of the weights W into it and that of its activations a = f(z) on up to 256 training examples. With \"Over time\" the histogram of each measurement becomes one column of an image, time to the right and the values upwards, darker where more values are (as TensorBoard shows a histogram over time): weights spreading out, activations piling up at the ends of the sigmoid's range (saturation) or at 0 (dead ReLUs) show as bands."),
    ),
    GlossaryEntry(
        "dead-relu", QT_TRANSLATE_NOOP("glossary", "dead ReLU"), "",
        QT_TRANSLATE_NOOP("glossary", "A ReLU neuron whose z is negative for every sample outputs 0 and has slope 0 everywhere, so no gradient reaches its weights and it never recovers. Leaky ReLU keeps a small slope to avoid this."),
    ),
)
# fmt: on

_BY_ID = {e.id: e for e in _ENTRIES}


def glossary(translate: Translate = untranslated) -> tuple[GlossaryEntry, ...]:
    """Every entry, its term and text translated under the context "glossary"."""
    return tuple(
        GlossaryEntry(e.id, translate("glossary", e.term), e.symbol, translate("glossary", e.text))
        for e in _ENTRIES
    )


def entry(entry_id: str, translate: Translate = untranslated) -> GlossaryEntry:
    """The entry called ``entry_id`` (KeyError if there is none), translated."""
    e = _BY_ID[entry_id]
    return GlossaryEntry(
        e.id, translate("glossary", e.term), e.symbol, translate("glossary", e.text)
    )


def symbol_links() -> tuple[tuple[str, str], ...]:
    """(symbol, entry id) for every symbol an explanation may link, longest symbols first."""
    pairs = [(s, e.id) for e in _ENTRIES for s in e.symbols]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))
