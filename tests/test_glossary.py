"""The glossary covers every symbol and term the explanations use, translated under "glossary",
and the explanations' HTML and markdown link symbols to it (plain text does not)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from engine.examples import mazur_example
from engine.explain import explain_neuron, explain_weight
from engine.glossary import entry, glossary, symbol_links
from engine.spec import LayerSpec, NetworkSpec, OptimizerSpec
from engine.stepper import Stepper
from engine.training import Trainer

REQUIRED = {
    # symbols
    "prediction": ("a", "ŷ"),
    "loss": ("L", "E"),
    "delta": ("δ",),
    "learning-rate": ("η",),
    "momentum": ("μ",),
    "betas": ("β₁", "β₂"),
    "epsilon": ("ε",),
    "lambda": ("λ₁", "λ₂"),
    "weighted-sum": ("z",),
    "derivative": ("f′",),
    "hadamard": ("⊙",),
    "optimizer-state": ("m", "v", "G", "s"),
    "bias-correction": ("m̂", "v̂"),
    # terms
    "colours": (),
    "log": ("log",),
    "one-hot": (),
    "softmax": (),
    "cross-entropy": (),
    "squared-error": (),
    "batch": (),
    "epoch": (),
    "step": (),
    "dropout": (),
    "regularization": (),
    "early-stopping": (),
    "effective-learning-rate": (),
    "vanishing-gradients": (),
    "dead-relu": (),
    "overfitting": (),
    # the Training health dock's curves and distributions
    "gradient-size": ("‖∂L/∂W‖", "RMS"),
    "update-ratio": ("‖ΔW‖/‖W‖",),
    "saturation": ("|f′(z)| < 0.05",),
    "histogram": (),
}


def test_every_required_entry_and_symbol_is_there():
    entries = {e.id: e for e in glossary()}
    assert len(entries) == len(glossary())  # ids are unique
    for entry_id, symbols in REQUIRED.items():
        assert entry_id in entries, entry_id
        assert set(symbols) <= set(entries[entry_id].symbols), entry_id
    for e in entries.values():
        assert e.term and len(e.text) > 40, e.id
    texts = {e.id: e.text for e in entries.values()}
    assert "blue" in texts["colours"].lower() and "orange" in texts["colours"].lower()
    assert "positive gradient moves its weight down" in texts["colours"]
    assert "natural logarithm" in texts["log"]
    assert "SGD" in texts["batch"] and "mini-batch" in texts["batch"]
    assert "λ₂ = 2λ" in texts["lambda"]
    assert "±η" in texts["bias-correction"]
    # the health dock's numbers are said as the dock uses them (gui/health_dock.py)
    assert "root mean square" in texts["gradient-size"] and "log scale" in texts["gradient-size"]
    assert "10⁻³" in texts["update-ratio"] and "3·10⁻⁴ to 3·10⁻³" in texts["update-ratio"]
    assert "|f′(z)| < 0.05" in texts["saturation"] and "(unit, example) pair" in texts["saturation"]
    assert "bins" in texts["histogram"] and '"Over time"' in texts["histogram"]


def test_terms_and_texts_are_translated_under_glossary():
    calls = []

    def translate(context: str, text: str) -> str:
        calls.append(context)
        return "«" + text + "»"

    entries = glossary(translate)
    assert set(calls) == {"glossary"} and len(calls) == 2 * len(entries)
    assert all(e.term.startswith("«") and e.text.startswith("«") for e in entries)
    assert not any(e.symbol.startswith("«") for e in entries)  # symbols are not translated
    assert entry("delta", translate).text.startswith("«δ = ∂L/∂z")


def test_explanations_link_the_first_appearance_of_a_symbol():
    spec = NetworkSpec(
        3,
        (LayerSpec(3, "tanh"), LayerSpec(2, "softmax")),
        loss="cce",
        optimizer=OptimizerSpec("adam", lr=0.01),
        l2=0.01,
        dropout=0.3,
        batch_size=4,
        dtype="float64",
        seed=1,
    )
    rng = np.random.default_rng(0)
    records = Stepper(Trainer(spec, rng.normal(size=(8, 3)), rng.integers(0, 2, 8))).finish_step()
    page = explain_weight(spec, records, 1, 0, 0)
    html = page.to_html()
    ids = re.findall(r'<a href="glossary:([\w-]+)">', html)
    known = {e.id for e in glossary()}
    assert ids and set(ids) <= known
    assert len(ids) == len(set(ids))  # each entry once: its first appearance
    for needed in ("delta", "learning-rate", "betas", "bias-correction", "lambda", "epsilon"):
        assert needed in ids, needed
    assert "<a " not in page.to_text() and "glossary:" not in page.to_latex()
    markdown = page.to_markdown()
    assert set(re.findall(r'<a href="glossary:([\w-]+)">', markdown)) == set(ids)
    # a word in a note is no symbol: the "a" of "a mask" is not linked
    assert '<a href="glossary:prediction">a</a> mask' not in html
    assert all(entry_id in known for _, entry_id in symbol_links())


def test_html_stays_html_around_links():
    ex = mazur_example()
    records = Stepper(Trainer(ex.spec, ex.X, ex.y, params=ex.params)).finish_step()
    html = explain_neuron(ex.spec, records, 1, 0).to_html()
    assert "<tr><td" in html and "</td></tr></table>" in html and "<translate>" not in html
    assert "&#x27;<a" not in html  # no letter after an apostrophe is taken for a symbol
    assert '<a href="glossary:delta">δ</a>' in html


@pytest.mark.gui
def test_every_health_dock_caption_links_the_entry_that_explains_its_symbols(qtbot):
    from PySide6.QtGui import QTextDocument

    from engine.health import SATURATION_SLOPE
    from gui.health_dock import HEALTHY_BAND, HEALTHY_RATIO, HealthPanel

    panel = HealthPanel()
    qtbot.addWidget(panel)
    entries = {e.id: e for e in glossary()}
    opened: list[str] = []
    panel.glossaryRequested.connect(opened.append)
    for key, cell in panel.plots.items():
        caption = cell.caption.text()
        ids = re.findall(r'href="glossary:([\w-]+)"', caption)
        assert len(ids) == 1 and ids[0] in entries, key
        e = entries[ids[0]]
        # the caption shows the entry's symbols (the dead units name the entry's term instead)
        shown = QTextDocument()
        shown.setHtml(caption)
        assert all(symbol in shown.toPlainText() for symbol in e.symbols), (key, e.symbols)
        assert shown.toPlainText().endswith("?")  # the link is there
        assert e.symbols or "ReLU" in caption, key
        assert e.text in cell.widget.toolTip()  # the plot's tooltip ends with the entry
        cell.caption.linkActivated.emit(f"glossary:{e.id}")
    assert opened == ["gradient-size", "update-ratio", "saturation", "dead-relu"]
    # the thresholds the entries name are the ones the dock and the engine use
    assert f"|f′(z)| < {SATURATION_SLOPE:g}" in entries["saturation"].symbol
    assert HEALTHY_RATIO == 1e-3 and HEALTHY_BAND[0] == pytest.approx(3.16e-4, rel=0.01)
    # the distributions: a "?" beside "Over time" opens the histogram entry
    link = panel.histogram_link
    assert 'href="glossary:histogram"' in link.text()
    assert entries["histogram"].text in link.toolTip() and entries["histogram"].text in (
        panel.tabs.tabToolTip(1)
    )
    link.linkActivated.emit("glossary:histogram")
    assert opened[-1] == "histogram"
