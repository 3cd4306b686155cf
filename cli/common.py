"""What the sub-commands share: the parser, option types, hyper-parameter flags, errors, progress.

Errors end a command with one line on stderr (``backprop-lab CMD: error: …``) and a
non-zero exit code; ``--debug`` shows the traceback instead. Exit codes: 0 success,
1 bad input (file, field, number), 2 bad command line, 3 training diverged,
4 gradient check above tolerance.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path
from typing import Any

from engine.datasets import BUILTIN as _BUILTIN
from engine.optimizers import (
    OPTIMIZERS_BY_NAME,
    declarations_of,
    hyperparameter_fields,
    optimizer_class,
    users_of,
)
from engine.spec import NetworkSpec, OptimizerSpec

PROG = "backprop-lab"

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_DIVERGED = 3
EXIT_GRADIENTS = 4

#: built-in dataset names the command line offers (MNIST is given as mnist:DIR instead)
BUILTIN_DATASETS = tuple(n for n in _BUILTIN if n not in ("mnist", "fashion-mnist"))


def option_for(field: str) -> str:
    """The option that sets an optimizer's hyper-parameter: ``beta1`` → ``--beta1``."""
    return "--" + field.replace("_", "-")


#: spec field → the option that sets it, so a SpecError can name the option the user typed
SPEC_FIELD_OPTIONS = {
    **{f"optimizer.{f}": option_for(f) for f in hyperparameter_fields()},
    "optimizer.name": "--optimizer",
    "batch_size": "--batch-size",
    "l1": "--l1",
    "l2": "--l2",
    "dropout": "--dropout",
    "init": "--init",
    "seed": "--seed",
    "dtype": "--dtype",
    "loss": "--loss",
    "patience": "--patience",
}


class CommandError(Exception):
    """A command-line problem found after parsing; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr (exit status 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's line breaks; shows defaults written in the help text."""

    def __init__(self, prog: str):
        super().__init__(prog, max_help_position=32, width=100)


# ----- option value types ------------------------------------------------------------------
def number(text: str) -> float:
    """A finite real number."""
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(v):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return v


def _whole_number(text: str, minimum: int) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if v < minimum:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least {minimum}, got {v}")
    return v


def positive_int(text: str) -> int:
    """A whole number ≥ 1."""
    return _whole_number(text, 1)


def non_negative_int(text: str) -> int:
    """A whole number ≥ 0."""
    return _whole_number(text, 0)


def positive_number(text: str) -> float:
    """A finite number above 0."""
    v = number(text)
    if v <= 0:
        raise argparse.ArgumentTypeError(f"expected a number above 0, got {text!r}")
    return v


def fraction(text: str) -> float:
    """A number from 0 to 1."""
    v = number(text)
    if not 0.0 <= v <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a fraction from 0 to 1, got {text!r}")
    return v


def noise(text: str) -> float:
    """Label noise as a fraction 0…0.5; values above 1 are read as percent (20 → 0.2)."""
    v = number(text)
    if v > 1.0:
        v = v / 100.0
    if not 0.0 <= v <= 0.5:
        raise argparse.ArgumentTypeError(
            f"expected a fraction from 0 to 0.5 or a percentage from 0 to 50, got {text!r}"
        )
    return v


def hidden_sizes(text: str) -> tuple[int, ...]:
    """Comma-separated hidden layer widths; empty for none."""
    text = text.strip()
    if not text:
        return ()
    sizes = []
    for part in text.split(","):
        part = part.strip()
        try:
            n = int(part)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected layer widths like 4,2, got {text!r} ({part!r} is not a whole number)"
            ) from None
        if n < 1:
            raise argparse.ArgumentTypeError(f"a layer needs at least 1 unit, got {n} in {text!r}")
        sizes.append(n)
    return tuple(sizes)


def names_list(text: str) -> tuple[str, ...]:
    """Comma-separated names."""
    items = tuple(s.strip() for s in text.split(",") if s.strip())
    if not items:
        raise argparse.ArgumentTypeError(
            f"expected one or more comma-separated names, got {text!r}"
        )
    return items


# ----- shared options ----------------------------------------------------------------------
def add_common_options(parser: argparse.ArgumentParser) -> None:
    """--quiet and --debug, which every sub-command takes."""
    g = parser.add_argument_group("output")
    g.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    g.add_argument("--debug", action="store_true", help="show the full traceback on errors")


def add_hyper_parameter_options(parser: argparse.ArgumentParser, *, for_new: bool) -> None:
    """The training hyper-parameters. For ``new`` they have defaults; for ``train`` they
    default to None, meaning "keep the project's value"."""

    def d(value: Any) -> Any:
        return value if for_new else None

    def shown(text: str, default: str) -> str:
        return f"{text} (default {default})" if for_new else f"{text} (default: the project's)"

    g = parser.add_argument_group("optimizer and training")
    default_optimizer = OptimizerSpec().name
    g.add_argument(
        "--optimizer",
        choices=tuple(OPTIMIZERS_BY_NAME),
        default=d(default_optimizer),
        help=shown("update rule (listed above), exactly as torch.optim", default_optimizer)
        + ("" if for_new else "; a different optimizer starts with fresh state"),
    )
    for field in hyperparameter_fields():  # None: the spec's default, or the project's value
        g.add_argument(
            option_for(field),
            type=number,
            default=None,
            metavar="R",
            help=hyper_parameter_help(field, for_new=for_new),
        )
    g.add_argument(
        "--batch-size",
        type=positive_int,
        default=d(10),
        metavar="N",
        help=shown("rows per optimizer step", "10"),
    )
    g.add_argument(
        "--l1",
        type=number,
        default=d(0.0),
        metavar="R",
        help=shown("L1 regularization: adds R·sign(w) to each weight's gradient", "0"),
    )
    g.add_argument(
        "--l2",
        type=number,
        default=d(0.0),
        metavar="R",
        help=shown(
            "L2 regularization: adds R·w to each weight's gradient "
            "(as weight_decay); biases are not regularized",
            "0",
        ),
    )
    g.add_argument(
        "--dropout",
        type=number,
        default=d(0.0),
        metavar="P",
        help=shown("inverted dropout probability on hidden layers", "0"),
    )
    g.add_argument(
        "--patience",
        type=positive_int,
        default=None,
        metavar="N",
        help="early stopping: stop after N epochs without a better test loss "
        "(default off" + ("" if for_new else ", or the project's") + ")",
    )
    g.add_argument(
        "--freeze-biases",
        action="store_true",
        default=None if not for_new else False,
        help="biases keep their values during training",
    )


def hyper_parameter_help(field: str, *, for_new: bool) -> str:
    """An optimizer hyper-parameter's option help from the optimizers' declarations:
    "momentum and nesterov: μ, momentum (default 0.9). Share of the previous steps …"."""
    users = [cls.name for cls in users_of(field)]
    decls = declarations_of(field)
    hp = decls[0]
    who = "" if len(users) == len(OPTIMIZERS_BY_NAME) else _and(users) + ": "
    if for_new:
        counts: dict[float, list[str]] = {}
        for name, decl in zip(users, decls, strict=True):
            counts.setdefault(decl.default, []).append(name)
        usual = max(counts, key=lambda v: len(counts[v]))
        others = "".join(f"; {_and(n)} {v:g}" for v, n in counts.items() if v != usual)
        default = f"default {usual:g}{others}"
    else:
        default = "default: the project's"
    label = hp.label[:1].lower() + hp.label[1:]
    return f"{who}{hp.symbol}, {label} ({default}). {hp.help}".replace("%", "%%")


def _and(names: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def optimizer_table() -> str:
    """The optimizers with their update rules and hyper-parameter defaults, for a command's
    description (from the optimizers' declarations)."""
    lines = ["optimizers (--optimizer NAME), their update rules and defaults:"]
    for cls in OPTIMIZERS_BY_NAME.values():
        defaults = ", ".join(f"{hp.symbol} {hp.default:g}" for hp in cls.hyperparameters)
        lines.append(f"  {cls.name:<10} {cls.formula}")
        lines.append(f"  {'':<10} {defaults}")
    return "\n".join(lines) + "\n"


def optimizer_summary(spec: OptimizerSpec) -> str:
    """ "adam (η 0.01, β₁ 0.9, β₂ 0.999, ε 1e-08)": the optimizer and the values it uses."""
    cls = optimizer_class(spec.name)
    values = []
    for hp in cls.hyperparameters:
        value = getattr(spec, hp.field)
        values.append(f"{hp.symbol} {hp.default if value is None else value:g}")
    return f"{cls.name} ({', '.join(values)})"


def spec_error_message(exc: Exception) -> str:
    """A SpecError's message, with the spec field replaced by the option that sets it."""
    field = getattr(exc, "field", None)
    text = str(exc)
    if field in SPEC_FIELD_OPTIONS:
        return f"{SPEC_FIELD_OPTIONS[field]}{text[len(field) :]}"
    return text


def apply_hyper_parameters(spec: NetworkSpec, args: argparse.Namespace) -> NetworkSpec:
    """The spec with every hyper-parameter option the user gave applied (validated)."""
    from engine.errors import SpecError

    opt_changes = {}
    if args.optimizer is not None:
        opt_changes["name"] = args.optimizer
    for key in hyperparameter_fields():
        value = getattr(args, key)
        if value is not None:
            opt_changes[key] = value
    changes: dict[str, Any] = {}
    for key in ("batch_size", "l1", "l2", "dropout", "patience"):
        value = getattr(args, key)
        if value is not None:
            changes[key] = value
    try:
        if opt_changes:
            import dataclasses

            changes["optimizer"] = dataclasses.replace(spec.optimizer, **opt_changes)
        if args.freeze_biases:
            changes["layers"] = tuple(_replace(layer, freeze_biases=True) for layer in spec.layers)
        return spec.replace(**changes) if changes else spec
    except SpecError as exc:
        raise CommandError(spec_error_message(exc)) from None


def _replace(obj: Any, **changes: Any) -> Any:
    import dataclasses

    return dataclasses.replace(obj, **changes)


# ----- progress ------------------------------------------------------------------------------
class Progress:
    """A progress bar on stderr, redrawn at most 10 times a second; silent when stderr is not a
    terminal or when ``--quiet`` is given."""

    WIDTH = 30

    def __init__(self, total: int, label: str, quiet: bool = False, stream=None):
        self.total = max(1, int(total))
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = not quiet and _isatty(self.stream)
        self._last = 0.0
        self._shown = False

    def update(self, done: int, note: str = "") -> None:
        """Show ``done`` of ``total`` (throttled)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < self.total:
            return
        self._last = now
        frac = min(1.0, done / self.total)
        filled = int(round(frac * self.WIDTH))
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(
            f"\r{self.label} [{bar}] {frac * 100:5.1f}% {done}/{self.total} {note}\033[K"
        )
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """End the bar's line."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def say(args: argparse.Namespace, text: str) -> None:
    """Print a result line on stdout unless --quiet; a reader that went away (``| head -1``)
    silences the rest of the output, and the command goes on to finish its work."""
    if not getattr(args, "quiet", False):
        try:
            print(text, flush=True)
        except BrokenPipeError:
            silence_stdout()


def silence_stdout() -> None:
    """Send what is left of stdout nowhere: its reader closed the pipe (as Python's docs do)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """Whether two paths name the same file (either may not exist yet)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


# ----- models ----------------------------------------------------------------------------------
def is_project_file(path: str | os.PathLike) -> bool:
    """Whether the file looks like a project (by extension, else by its JSON header)."""
    p = Path(path)
    if p.suffix.lower() == ".bplab":
        return True
    if p.suffix.lower() in (".safetensors", ".pt", ".pth"):
        return False  # weights (the reader refuses pickles with a message)
    if p.suffix.lower() in (".npz", ".json"):
        try:
            with open(p, "rb") as f:
                head = f.read(4096)
        except OSError:
            return False
        return b'"backprop-lab-project"' in head
    return True


def model_from_project(project) -> Any:
    """The TrainedModel of a project: its current weights, preprocessing and data names.

    A project keeps its data's names and preprocessing, so it is self-contained; only one
    written before it kept them has its dataset loaded for them.
    """
    import numpy as np

    from engine.datasets import Preprocessing, load_dataset
    from engine.export.model import TrainedModel
    from engine.network import initial_parameters

    spec = project.spec
    params = project.state["params"] if project.state else initial_parameters(spec)
    names = project.names
    if names is not None and project.preprocessing is not None:
        return TrainedModel(
            spec,
            {k: np.asarray(v, dtype=spec.dtype) for k, v in params.items()},
            Preprocessing.from_dict(project.preprocessing).to_dict(),
            input_names=list(names["inputs"]),
            class_names=None if names["classes"] is None else list(names["classes"]),
            target_names=list(names["targets"]),
            task=names["task"],
        )
    data = load_dataset(project.dataset)
    model = TrainedModel.from_dataset(spec, params, data)
    if project.preprocessing is not None:
        model.preprocessing = Preprocessing.from_dict(project.preprocessing).to_dict()
    return model


def load_model(path: str) -> Any:
    """A TrainedModel from a project or an exported .npz/.json weights file."""
    from engine.project import load_project
    from engine.weights_io import load_weights

    if is_project_file(path):
        return model_from_project(load_project(path))
    return load_weights(path)
