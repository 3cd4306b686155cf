"""``train``: continue training a project for some epochs or steps and write the result."""

from __future__ import annotations

import argparse
import csv
import io
import math
import os
import time
from typing import Any

from cli.common import (
    EXIT_DIVERGED,
    EXIT_USAGE,
    CommandError,
    Progress,
    add_hyper_parameter_options,
    apply_hyper_parameters,
    optimizer_table,
    positive_int,
    same_file,
    say,
)

HELP = "train a project for N epochs or N steps"
DESCRIPTION = """\
Train a project and write the trained project to OUT. A step is one optimizer update on
one batch; an epoch is one pass over the shuffled training set. The optimizer state,
the shuffle and the random generator are kept in the project, so training a trained
project on continues exactly as one longer run would have.

The input project is never modified; -o may name the same file, which is replaced only
when the run succeeds. Hyper-parameter options override the project's for this run and
are saved in OUT. If the loss becomes NaN or infinite, training stops, the step is
printed with a hint, nothing is written, and the exit status is 3.

--log FILE.csv writes one row per epoch: epoch, step, the train and test loss and
accuracy, and per layer k its gradient RMS, update-to-weight ratio and shares of saturated
and dead units (grad_rms_k, update_ratio_k, saturated_k, dead_k); see docs/cli.md.

examples:
  backprop-lab train spiral.bplab -o spiral-trained.bplab --epochs 200
  backprop-lab train spiral.bplab -o spiral.bplab --steps 500 --lr 0.003
  backprop-lab train spiral.bplab -o spiral.bplab --epochs 50 --log spiral-log.csv

""" + optimizer_table()


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``train``."""
    p.add_argument("project", metavar="PROJECT", help="project file to train (.bplab)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="trained project to write")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--epochs", type=positive_int, metavar="N", help="train N more epochs")
    how.add_argument("--steps", type=positive_int, metavar="N", help="train N more optimizer steps")
    p.add_argument(
        "--backend",
        choices=("numpy", "cupy"),
        default="numpy",
        help="where the arrays live: numpy (CPU, default) or cupy (an NVIDIA GPU; needs CuPy)",
    )
    p.add_argument(
        "--log",
        metavar="FILE.csv",
        help="write a CSV row per epoch: losses, accuracies and each layer's training-health "
        "statistics (gradient RMS, update ratio, saturated and dead units)",
    )
    add_hyper_parameter_options(p, for_new=False)


def run(args: argparse.Namespace) -> int:
    """Load, train, report, save."""
    from engine.errors import TrainingDiverged
    from engine.files import write_atomic
    from engine.health import measure_trainer
    from engine.project import data_names, load_project, save_project
    from session.snapshot import HealthBuffer, HistoryBuffer

    if args.log:
        for path in (args.project, args.output):
            if same_file(args.log, path):
                raise CommandError(f"argument --log: names the project {path}", EXIT_USAGE)
        folder = os.path.dirname(os.path.abspath(args.log))
        if not os.path.isdir(folder):  # said before training, not after it
            raise CommandError(f"{args.log}: the folder {folder} does not exist")
    project = load_project(args.project)
    spec = apply_hyper_parameters(project.spec, args)
    trainer, data = project.make_trainer(args.backend)
    if spec != project.spec:
        trainer.set_spec(spec)
    history = HistoryBuffer.from_dict(project.history or {})
    # the training-health statistics: every epoch with --log, else once at the end
    health = HealthBuffer.from_dict((project.history or {}).get("health"))
    log: list[list[str]] = []

    def record_health(metrics) -> None:
        stats = measure_trainer(trainer)
        if health.last_step != trainer.step_count:
            health.append(trainer.step_count, trainer.epoch, stats)
        if args.log:
            log.append(_log_row(trainer.epoch, trainer.step_count, metrics, stats))

    start_step, start_epoch = trainer.step_count, trainer.epoch
    if args.epochs is not None:
        total, unit = args.epochs * trainer.steps_per_epoch, "steps"
        # an epoch begun earlier finishes first, so count the steps to the last epoch's end
        if trainer.cursor and trainer.perm is not None and trainer.cursor < trainer.n_train:
            total = total - trainer.steps_per_epoch + _steps_left(trainer)
        target_epoch = start_epoch + args.epochs
    else:
        total, unit, target_epoch = args.steps, "steps", None
    progress = Progress(total, "training", args.quiet)
    t0 = time.perf_counter()
    done = 0
    try:
        while not trainer.stopped_early:
            if target_epoch is not None and trainer.epoch >= target_epoch:
                break
            if target_epoch is None and done >= args.steps:
                break
            epoch_before = trainer.epoch
            loss = trainer.step()
            done += 1
            if trainer.epoch != epoch_before:
                metrics = trainer.evaluate()
                history.append(trainer.step_count, trainer.epoch, metrics)
                if args.log:
                    record_health(metrics)
            progress.update(done, f"loss {loss:.4g}")
    except TrainingDiverged as exc:
        progress.close()
        raise CommandError(f"{args.project}: {exc}", EXIT_DIVERGED) from None
    progress.close()
    seconds = time.perf_counter() - t0
    metrics = trainer.evaluate()
    if len(history) == 0 or history.view().step[-1] != trainer.step_count:
        history.append(trainer.step_count, trainer.epoch, metrics)
    if health.last_step != trainer.step_count:  # the end, when it was not an epoch's end
        record_health(metrics)

    project.names = data_names(data)  # the names of the data it was trained on, kept with it
    columns: dict[str, Any] = {**history.to_dict(), "health": health.to_dict()}
    save_project(args.output, project.with_state_of(trainer, columns))
    if args.log:
        write_atomic(args.log, _log_csv(trainer.network.n_layers, log))
    if not args.quiet:
        say(
            args,
            f"trained {trainer.step_count - start_step} {unit} "
            f"(step {start_step} → {trainer.step_count}, epoch {start_epoch} → {trainer.epoch}) "
            f"in {seconds:.2f} s",
        )
        if trainer.stopped_early:
            say(
                args,
                f"early stopping: no better test loss for {trainer.spec.patience} epochs; "
                "the best weights were kept",
            )
        say(args, _metrics_line("train", metrics.train_loss, metrics.train_accuracy))
        if metrics.test_loss is not None:
            say(args, _metrics_line("test", metrics.test_loss, metrics.test_accuracy))
        else:
            say(args, "test   (no test split)")
        say(args, f"wrote {args.output}")
        if args.log:
            say(args, f"wrote {len(log)} rows to {args.log}")
    del data
    return 0


def _steps_left(trainer) -> int:
    """Steps that remain in the epoch under way."""
    rows = trainer.n_train - trainer.cursor
    return -(-rows // trainer.spec.batch_size)


#: the --log columns before the per-layer ones
LOG_COLUMNS = ("epoch", "step", "train_loss", "test_loss", "train_accuracy", "test_accuracy")
#: the per-layer --log columns, each followed by _k for layer k (1-based)
LOG_LAYER_COLUMNS = ("grad_rms", "update_ratio", "saturated", "dead")


def _cell(value: float | None) -> str:
    """A float at full precision (its repr reads back to the same number); empty when absent."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return repr(float(value))


def _log_row(epoch: int, step: int, metrics, stats) -> list[str]:
    """One --log row: the epoch's metrics, then each layer's statistics."""
    row = [str(epoch), str(step)]
    row += [
        _cell(v)
        for v in (
            metrics.train_loss,
            metrics.test_loss,
            metrics.train_accuracy,
            metrics.test_accuracy,
        )
    ]
    for k in range(stats.n_layers):
        row += [_cell(stats.column(name)[k]) for name in LOG_LAYER_COLUMNS]
    return row


def _log_csv(n_layers: int, rows: list[list[str]]) -> bytes:
    """The --log file: a header row and the rows."""
    header = list(LOG_COLUMNS)
    for k in range(1, n_layers + 1):
        header += [f"{name}_{k}" for name in LOG_LAYER_COLUMNS]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _metrics_line(split: str, loss: float, accuracy: float | None) -> str:
    acc = "" if accuracy is None else f"   accuracy {accuracy:.4f}"
    return f"{split:<6} loss {loss:.6g}{acc}"
