"""``explain``: the inspector's text for one neuron, weight, bias or phase of a project's next step."""

from __future__ import annotations

import argparse
import re
import sys

from cli.common import EXIT_USAGE, CommandError, positive_int, say
from engine.translation import Translate, untranslated

HELP = "print what the inspector shows for a neuron, weight, bias or phase (for worksheets)"
DESCRIPTION = """\
Run the project's next training step up to a phase (its weights and optimizer state as
saved; the project file is not changed) and print exactly what the inspector shows for
one item at that phase: the formulas with the step's numbers. Everything counts from 1.

  PHASE: forward[k], loss, backward[k] or update (k = 1 … the number of layers)
  ITEM:  a neuron L2N1 (layer 2, neuron 1; L0N1 is input 1), a weight W2[1,1] (into
         neuron 1 of layer 2, from neuron 1 of layer 1), a bias b2[1], or phase (the
         summary of the phase)

examples:
  backprop-lab explain worked-example.bplab --phase update --item 'W2[1,1]'
  backprop-lab explain spiral.bplab --phase backward[1] --item L1N3 --sample 4 --format markdown -o sheet.md
"""

FORMATS = ("text", "markdown", "latex")

_NEURON = re.compile(r"L(\d+)N(\d+)", re.IGNORECASE)
_WEIGHT = re.compile(r"W(\d+)\[\s*(\d+)\s*,\s*(\d+)\s*\]")
_BIAS = re.compile(r"b(\d+)\[\s*(\d+)\s*\]")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``explain``."""
    p.add_argument("project", metavar="PROJECT", help="project file (.bplab)")
    p.add_argument(
        "--phase",
        required=True,
        metavar="PHASE",
        help="run the next step up to this phase: forward[k], loss, backward[k] or update",
    )
    p.add_argument(
        "--item",
        required=True,
        metavar="ITEM",
        help="a neuron L2N1, a weight W2[1,1], a bias b2[1], or phase for the phase summary",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--sample",
        type=positive_int,
        default=1,
        metavar="K",
        help="the traced sample: the K-th row of the step's batch, from 1 (default 1)",
    )
    which.add_argument(
        "--batch-mean",
        action="store_true",
        help="batch means and totals instead of one sample",
    )
    p.add_argument(
        "--format", choices=FORMATS, default="text", help="text (default), markdown or latex"
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")


def run(args: argparse.Namespace) -> int:
    """Print (or write) the explanation."""
    from engine.files import write_atomic

    text = explain_project(
        args.project,
        args.phase,
        args.item,
        sample=None if args.batch_mean else args.sample,
        form=args.format,
    )
    if args.output:
        write_atomic(args.output, text.encode("utf-8"))
        say(args, f"wrote {args.output}")
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def explain_project(
    path: str,
    phase: str,
    item: str,
    sample: int | None = 1,
    form: str = "text",
    translate: Translate = untranslated,
) -> str:
    """The inspector's text for ``item`` after the project's next step has run up to ``phase``.

    ``sample`` is the traced row of the batch, from 1 (None: the batch mean); ``form`` is
    text, markdown or latex. A phase, item or sample the project does not have raises
    CommandError (exit status 2) naming it.
    """
    from engine import explain
    from engine.project import load_project
    from engine.stepper import Stepper

    if form not in FORMATS:
        raise CommandError(f"--format {form!r}: choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    trainer, _ = load_project(path).make_trainer()
    spec = trainer.spec
    stepper = Stepper(trainer)
    phases = stepper.phases
    if phase not in phases:
        raise CommandError(
            f"--phase {phase!r}: this network's phases are {', '.join(phases)}", EXIT_USAGE
        )
    selection = parse_item(item, spec.sizes)
    for _ in range(phases.index(phase) + 1):
        stepper.next_phase()
    records = list(stepper.records)
    n = explain.batch_size(records)
    if sample is not None and not 1 <= sample <= n:
        raise CommandError(
            f"--sample {sample}: this step's batch has {n} sample{'s' if n != 1 else ''} "
            f"(1 to {n})",
            EXIT_USAGE,
        )
    row = None if sample is None else sample - 1
    kind = selection[0]
    if kind == "phase":
        page = explain.explain_phase(spec, records, translate, row)
    elif kind == "neuron":
        page = explain.explain_neuron(spec, records, selection[1], selection[2], row, translate)
    elif kind == "weight":
        _, k, i, j = selection
        page = explain.explain_weight(spec, records, k, i, j, row, translate)
    else:
        page = explain.explain_bias(spec, records, selection[1], selection[2], row, translate)
    if form == "markdown":
        return page.to_markdown()
    if form == "latex":
        return page.to_latex()
    return page.to_text() + "\n"


def parse_item(item: str, sizes: tuple[int, ...]) -> tuple:
    """("phase",), ("neuron", layer, unit), ("weight", k, i, j) or ("bias", k, unit), with
    0-based units, from a 1-based ITEM; CommandError (exit status 2) naming what is wrong."""
    text = item.strip()
    if text.lower() == "phase":
        return ("phase",)
    n_layers = len(sizes) - 1

    def bad(why: str) -> CommandError:
        return CommandError(f"--item {item!r}: {why}", EXIT_USAGE)

    def unit_of(layer: int, u: int) -> int:
        if not 1 <= u <= sizes[layer]:
            what = "the network has {m} inputs" if layer == 0 else "layer {k} has {m} neurons"
            raise bad(what.format(m=sizes[layer], k=layer) + f" (1 to {sizes[layer]})")
        return u - 1

    def layer_of(k: int, lowest: int) -> int:
        if not lowest <= k <= n_layers:
            raise bad(f"the network's layers are {lowest} to {n_layers}")
        return k

    if m := _NEURON.fullmatch(text):
        layer = layer_of(int(m.group(1)), 0)
        return ("neuron", layer, unit_of(layer, int(m.group(2))))
    if m := _WEIGHT.fullmatch(text):
        k = layer_of(int(m.group(1)), 1)
        return ("weight", k, unit_of(k, int(m.group(2))), unit_of(k - 1, int(m.group(3))))
    if m := _BIAS.fullmatch(text):
        k = layer_of(int(m.group(1)), 1)
        return ("bias", k, unit_of(k, int(m.group(2))))
    raise bad("expected a neuron (L2N1), a weight (W2[1,1]), a bias (b2[1]) or phase")
