"""``backprop-lab explain``: the inspector's text for a worksheet, checked on Mazur's worked example
(his published numbers, through the command line in a subprocess and through the function),
its formats and output file, and its errors (one line, exit status 2)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cli import COMMANDS, main
from cli.explain import explain_project

ROOT = Path(__file__).resolve().parents[1]
WORKED = str(ROOT / "assets" / "examples" / "worked-example.bplab")

#: Matt Mazur's published values (A Step by Step Backpropagation Example)
PUBLISHED = {
    "net_h1": 0.3775,
    "out_h1": 0.593269992,
    "out_o1": 0.75136507,
    "E_o1": 0.274811083,
    "E_total": 0.298371109,
    "dE_dw5": 0.082167041,
    "w5+": 0.35891648,
    "dE_dw1": 0.000438568,
    "w1+": 0.149780716,
}
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def shows(text: str, value: float) -> bool:
    """Whether the text prints ``value`` (to its 6 significant digits)."""
    return any(abs(float(x) - value) <= 6e-6 * abs(value) for x in NUMBER.findall(text))


def test_the_command_prints_mazurs_numbers_in_a_subprocess(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    argv = ["explain", WORKED, "--phase", "update", "--item", "W2[1,1]"]
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert text.startswith("weight w5 = W2[1,1]")
    for key in ("out_o1", "E_o1", "E_total", "dE_dw5", "w5+"):
        assert shows(text, PUBLISHED[key]), key
    assert "E_total = Σ E = 0.298371" in text
    assert "w5 ← w5 − η · ∂L/∂w5 = 0.4 − 0.5 × 0.082167 = 0.358916" in text


def test_the_command_never_imports_qt_and_writes_its_file(tmp_path):
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
import main
rc = main.main(["explain", {WORKED!r}, "--phase", "loss", "--item", "phase", "-o", "x.md",
                "--format", "markdown", "-q"])
assert rc == 0, rc
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6", "gui"))
print("QT", bad)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "QT []" in out.stdout
    written = (tmp_path / "x.md").read_text("utf-8")
    assert written.startswith("### Loss") and shows(written, PUBLISHED["E_total"])
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]  # no temporary file left


def test_the_function_gives_the_posts_numbers_at_every_phase():
    h1 = explain_project(WORKED, "forward[1]", "L1N1")
    assert "net_h1 = w1·i1 + w2·i2 + b1" in h1
    assert shows(h1, PUBLISHED["net_h1"]) and shows(h1, PUBLISHED["out_h1"])
    o1 = explain_project(WORKED, "loss", "L2N1")
    assert shows(o1, PUBLISHED["E_o1"]) and shows(o1, PUBLISHED["E_total"])
    w1 = explain_project(WORKED, "update", "W1[1,1]")
    assert "w1 = W1[1,1]" in w1
    assert shows(w1, PUBLISHED["dE_dw1"]) and shows(w1, PUBLISHED["w1+"])
    summary = explain_project(WORKED, "loss", "phase")
    assert summary.startswith("Loss") and shows(summary, PUBLISHED["E_total"])
    # before the backward pass there is no gradient on the page
    assert "∂L/∂w5" not in explain_project(WORKED, "loss", "W2[1,1]")


def test_formats_and_the_batch_mean(capsys, tmp_path):
    out = tmp_path / "w5.tex"
    code = main(
        ["explain", WORKED, "--phase", "update", "--item", "W2[1,1]", "--format", "latex",
         "-o", str(out)]
    )  # fmt: skip
    capsys.readouterr()
    assert code == 0
    latex = out.read_text("utf-8")
    assert latex.startswith("\\subsection*{weight w5 = W2[1,1]") and "\\begin{itemize}" in latex
    markdown = explain_project(WORKED, "update", "W2[1,1]", form="markdown")
    assert markdown.startswith("### weight w5 = W2\\[1,1\\]")
    assert '<a href="glossary:delta">δ</a>' in markdown
    mean = explain_project(WORKED, "backward[1]", "b1[1]", sample=None)
    assert "mean over the batch of 1" in mean


@pytest.mark.parametrize(
    "argv,named",
    [
        (["--phase", "forward[3]", "--item", "phase"], "--phase 'forward[3]'"),
        (["--phase", "sideways", "--item", "phase"], "--phase 'sideways'"),
        (["--phase", "loss", "--item", "W3[1,1]"], "--item 'W3[1,1]': the network's layers are 1 to 2"),
        (["--phase", "loss", "--item", "L2N3"], "--item 'L2N3': layer 2 has 2 neurons"),
        (["--phase", "loss", "--item", "W2[1,0]"], "--item 'W2[1,0]': layer 1 has 2 neurons"),
        (["--phase", "loss", "--item", "b1[9]"], "--item 'b1[9]'"),
        (["--phase", "loss", "--item", "neuron"], "--item 'neuron': expected a neuron (L2N1)"),
        (["--phase", "loss", "--item", "L2N1", "--sample", "2"], "--sample 2: this step's batch has 1 sample"),
        (["--phase", "loss", "--item", "L2N1", "--sample", "0"], "argument --sample"),
        (["--phase", "loss", "--item", "L2N1", "--format", "pdf"], "argument --format"),
        (["--item", "L2N1"], "--phase"),
    ],
)  # fmt: skip
def test_errors_are_one_line_and_exit_status_2(capsys, argv, named):
    code = main(["explain", WORKED, *argv])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert err.startswith("backprop-lab explain: error: ") and named in err, err


def test_explain_is_a_command():
    assert "explain" in COMMANDS
