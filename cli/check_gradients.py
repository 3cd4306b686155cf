"""``check-gradients``: finite differences against backpropagation on a batch of the project's data."""

from __future__ import annotations

import argparse

from cli.common import EXIT_GRADIENTS, positive_int, positive_number, say

HELP = "compare backpropagation with finite differences for every parameter array"
DESCRIPTION = """\
Compute every parameter array's gradient on a batch of the project's training data by
backpropagation and by centred finite differences (in float64, dropout off), and print
the relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) of each array with its worst entry. The
exit status is 4 when any array's error is above the tolerance.

example:
  backprop-lab check-gradients spiral.bplab --samples 20
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``check-gradients``."""
    from engine.gradcheck import DEFAULT_TOLERANCE

    p.add_argument("project", metavar="PROJECT", help="project file (.bplab)")
    p.add_argument(
        "--samples",
        type=positive_int,
        default=None,
        metavar="N",
        help="training rows in the batch (default the project's batch size)",
    )
    p.add_argument(
        "--tolerance",
        type=positive_number,
        default=DEFAULT_TOLERANCE,
        metavar="R",
        help=f"largest acceptable relative error (default {DEFAULT_TOLERANCE:g})",
    )


def run(args: argparse.Namespace) -> int:
    """Check and print one line per parameter array."""
    from engine.gradcheck import check_gradients
    from engine.project import load_project

    project = load_project(args.project)
    trainer, data = project.make_trainer()
    n = min(args.samples or trainer.spec.batch_size, len(data.y_train))
    params = trainer.network.get_parameters()
    reports = check_gradients(trainer.spec, params, data.X_train[:n], data.y_train[:n])
    worst = max(r.relative_error for r in reports)
    ok = worst <= args.tolerance
    if not args.quiet:
        say(args, f"gradient check on {n} training rows (float64, tolerance {args.tolerance:g})")
        for r in reports:
            flag = "ok" if r.relative_error <= args.tolerance else "TOO HIGH"
            kinks = (
                f", {r.skipped_at_kinks} entries at ReLU kinks skipped"
                if r.skipped_at_kinks
                else ""
            )
            say(
                args,
                f"{r.name:<4} relative error {r.relative_error:.3e}   worst entry "
                f"{r.worst_element_error:.3e} at {r.worst_index}{kinks}   {flag}",
            )
    if not ok:
        import sys

        print(
            f"backprop-lab check-gradients: {args.project}: the worst relative error "
            f"{worst:.3e} is above the tolerance {args.tolerance:g}",
            file=sys.stderr,
        )
        return EXIT_GRADIENTS
    return 0
