"""``train``: continue training a project for some epochs or steps and write the result."""

from __future__ import annotations

import argparse
import time

from cli.common import (
    EXIT_DIVERGED,
    CommandError,
    Progress,
    add_hyper_parameter_options,
    apply_hyper_parameters,
    optimizer_table,
    positive_int,
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

examples:
  backprop-lab train spiral.bplab -o spiral-trained.bplab --epochs 200
  backprop-lab train spiral.bplab -o spiral.bplab --steps 500 --lr 0.003

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
    add_hyper_parameter_options(p, for_new=False)


def run(args: argparse.Namespace) -> int:
    """Load, train, report, save."""
    from engine.errors import TrainingDiverged
    from engine.project import data_names, load_project, save_project
    from session.snapshot import HistoryBuffer

    project = load_project(args.project)
    spec = apply_hyper_parameters(project.spec, args)
    trainer, data = project.make_trainer(args.backend)
    if spec != project.spec:
        trainer.set_spec(spec)
    history = HistoryBuffer.from_dict(project.history or {})

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
                history.append(trainer.step_count, trainer.epoch, trainer.evaluate())
            progress.update(done, f"loss {loss:.4g}")
    except TrainingDiverged as exc:
        progress.close()
        raise CommandError(f"{args.project}: {exc}", EXIT_DIVERGED) from None
    progress.close()
    seconds = time.perf_counter() - t0
    metrics = trainer.evaluate()
    if len(history) == 0 or history.view().step[-1] != trainer.step_count:
        history.append(trainer.step_count, trainer.epoch, metrics)

    project.names = data_names(data)  # the names of the data it was trained on, kept with it
    save_project(args.output, project.with_state_of(trainer, history.to_dict()))
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
    del data
    return 0


def _steps_left(trainer) -> int:
    """Steps that remain in the epoch under way."""
    rows = trainer.n_train - trainer.cursor
    return -(-rows // trainer.spec.batch_size)


def _metrics_line(split: str, loss: float, accuracy: float | None) -> str:
    acc = "" if accuracy is None else f"   accuracy {accuracy:.4f}"
    return f"{split:<6} loss {loss:.6g}{acc}"
