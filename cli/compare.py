"""``compare``: train a project several ways from the same start and write every run's curves as CSV."""

from __future__ import annotations

import argparse
import csv
import io
import math

from cli.common import (
    EXIT_USAGE,
    CommandError,
    Progress,
    positive_int,
    positive_number,
    same_file,
    say,
)

HELP = "train a project several ways from the same start and write the runs' curves (CSV)"
DESCRIPTION = """\
Train a project once per combination of the --vary values and write every run's loss and
accuracy curves to a CSV file: one row per run per epoch, from epoch 0 (the shared
start), with the columns run, one per varied name, epoch, step, train_loss, test_loss,
train_accuracy and test_accuracy. Every run starts from the project's weights (an --vary
init run: each initializer's own draw from the project's seed), optimizer state (where
the optimizer is the same), data and shuffle, so all see the same batches in the same
order; only dropout masks differ. The project itself is not modified.

names --vary takes: optimizer, lr, momentum, beta1, beta2, eps, alpha, batch_size
(or batch-size), activation (the hidden layers'), l1, l2, dropout, init. Each --vary lists
1 to 6 values; several --vary give their product, 2 to 36 runs in all.

A run that diverges (its loss becomes NaN or infinite) stops; its rows end at its last
finished epoch and a line says so. The exit status is still 0.

examples:
  backprop-lab compare spiral.bplab --vary optimizer=sgd,momentum,adam --epochs 50 -o runs.csv
  backprop-lab compare spiral.bplab --vary optimizer=sgd,adam --vary lr=0.01,0.1 --steps 2000 -o runs.csv
"""

#: the CSV's columns after the run number and the varied names
COLUMNS = ("epoch", "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


def vary(text: str) -> tuple[str, tuple]:
    """``NAME=V1,V2,…``: a name a race can vary and its 1–6 values (checked, none twice)."""
    from engine.race_values import MAX_VALUES, parse_values, variable

    name, sep, values = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected NAME=V1,V2,…, got {text!r}")
    try:
        var = variable(name)
    except KeyError as exc:
        raise argparse.ArgumentTypeError(str(exc.args[0])) from None
    items = [v for v in values.split(",") if v.strip()]
    if not items:
        raise argparse.ArgumentTypeError(f"{var.name}: no values given in {text!r}")
    if len(items) > MAX_VALUES:
        raise argparse.ArgumentTypeError(
            f"{var.name}: at most {MAX_VALUES} values, got {len(items)}"
        )
    try:
        return var.name, parse_values(var.name, items)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``compare``."""
    p.add_argument("project", metavar="PROJECT", help="project file to start every run from")
    p.add_argument(
        "--vary",
        action="append",
        required=True,
        type=vary,
        metavar="NAME=V1,V2",
        help="a hyper-parameter and its values (repeatable: the runs are the product)",
    )
    p.add_argument("-o", "--output", required=True, metavar="CSV", help="the CSV file to write")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--epochs", type=positive_int, metavar="N", help="train each run N epochs")
    how.add_argument("--steps", type=positive_int, metavar="N", help="train each run N steps")
    p.add_argument(
        "--target-loss",
        type=positive_number,
        metavar="R",
        help="also print the steps each run took until its training loss reached R "
        "(checked at each epoch's end)",
    )
    p.add_argument(
        "--backend",
        choices=("numpy", "cupy"),
        default="numpy",
        help="where the arrays live: numpy (CPU, default) or cupy (an NVIDIA GPU; needs CuPy)",
    )


def run(args: argparse.Namespace) -> int:
    """Check the runs, load, race to the end, write the CSV, print a table."""
    from engine.errors import SpecError
    from engine.files import write_atomic
    from engine.project import load_project
    from engine.race import Race
    from engine.race_values import MAX_RUNS, apply_values, variations

    grid: dict[str, tuple] = {}
    for name, values in args.vary:
        if name in grid:
            raise CommandError(f"argument --vary: {name} is varied twice", EXIT_USAGE)
        grid[name] = values
    runs = variations(grid)
    if not 2 <= len(runs) <= MAX_RUNS:
        raise CommandError(
            f"argument --vary: the values give {len(runs)} run(s); compare needs 2 to {MAX_RUNS}",
            EXIT_USAGE,
        )
    if same_file(args.output, args.project):
        raise CommandError("argument -o/--output: names the project itself", EXIT_USAGE)

    project = load_project(args.project)
    for values in runs:
        try:
            apply_values(project.spec, values)
        except SpecError as exc:
            raise CommandError(f"argument --vary: {exc}", EXIT_USAGE) from None
    trainer, data = project.make_trainer(args.backend)
    race = Race(
        trainer,
        data,
        runs,
        epochs=args.epochs,
        steps=args.steps,
        target_loss=args.target_loss,
        record_paths=False,
    )
    if args.epochs is not None:
        turns = args.epochs
    else:
        turns = max(1, math.ceil(args.steps * trainer.spec.batch_size / trainer.n_train))
    progress = Progress(turns, f"training {len(runs)} runs", args.quiet)
    done = 0
    while not race.finished:
        race.advance(trainer.n_train)  # an epoch of every run, in turn
        done += 1
        progress.update(min(done, turns))
    progress.close()

    write_atomic(args.output, runs_csv(race).encode("utf-8"))
    if not args.quiet:
        for line in summary(race):
            say(args, line)
        say(args, f"wrote {args.output}")
    return 0


def runs_csv(race) -> str:
    """The CSV: one row per run per curve point (epoch 0 first); absent values are empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["run", *race.names, *COLUMNS])
    for run in race.runs:
        c = run.record.curves
        values = [_cell(run.values[n]) for n in race.names]
        for i in range(run.record.n_points):
            row = [str(int(c["epoch"][i])), str(int(c["step"][i]))]
            row += [_cell(float(c[f][i])) for f in COLUMNS[2:]]
            writer.writerow([str(run.index + 1), *values, *row])
    return out.getvalue()


def _cell(value) -> str:
    """A number as repr writes it (reads back exactly); NaN (absent) as an empty cell."""
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    return str(value)


def summary(race) -> list[str]:
    """One line per run: its values, steps, last losses and accuracies, steps to target, time."""
    head = ["run", *race.names, "steps", "train loss", "test loss", "train acc", "test acc"]
    if race.target_loss is not None:
        head.append(f"steps to {race.target_loss:g}")
    head.append("seconds")
    rows = [head]
    for row in race.table():
        cells = [str(row["run"]), *(_short(row["values"][n]) for n in race.names)]
        cells.append(str(row["step"]))
        for f in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            cells.append("-" if row[f] is None else f"{row[f]:.4g}")
        if race.target_loss is not None:
            cells.append("-" if row["steps_to_target"] is None else str(row["steps_to_target"]))
        cells.append(f"{row['wall_time']:.2f}")
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    for row in race.table():
        if row["status"] == "diverged":
            lines.append(f"run {row['run']} stopped: {row['message']}")
        elif row["status"] == "stopped early":
            lines.append(f"run {row['run']} stopped early (no better test loss)")
    return lines


def _short(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
