"""``new``: create a project (dataset + network + optimizer) without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.common import (
    BUILTIN_DATASETS,
    EXIT_USAGE,
    CommandError,
    add_hyper_parameter_options,
    apply_hyper_parameters,
    hidden_sizes,
    names_list,
    noise,
    non_negative_int,
    optimizer_summary,
    optimizer_table,
    positive_int,
    say,
    spec_error_message,
)
from engine.spec import (
    ACTIVATIONS,
    DEFAULT_OUTPUT_ACTIVATION,
    DTYPES,
    HIDDEN_ACTIVATIONS,
    INITIALIZERS,
    LOSSES,
    LayerSpec,
    NetworkSpec,
)

HELP = "create a project without the GUI"
DESCRIPTION = """\
Create a project file: a dataset (built-in, your CSV or .npz, or MNIST IDX files), a
network and how it trains. Nothing is trained yet; use `train` for that.

examples:
  backprop-lab new -o spiral.bplab --dataset spiral --hidden 8,8 --optimizer adam --lr 0.01
  backprop-lab new -o houses.bplab --dataset houses.csv --target price --loss mse

""" + optimizer_table()


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``new``."""
    p.add_argument(
        "-o", "--output", required=True, metavar="PROJECT", help="project file to write (.bplab)"
    )
    d = p.add_argument_group("data")
    d.add_argument(
        "--dataset",
        default="circle",
        metavar="NAME|FILE",
        help="built-in name (" + ", ".join(BUILTIN_DATASETS) + "), a .csv or .npz "
        "(arrays X, y) file, or mnist:DIR / fashion-mnist:DIR (IDX files) "
        "(default circle)",
    )
    d.add_argument(
        "--target",
        type=names_list,
        default=None,
        metavar="COL[,COL…]",
        help="CSV target column(s) by name or 0-based index; default the last column; "
        "several = multi-output regression",
    )
    d.add_argument(
        "--task",
        choices=("classification", "regression"),
        default=None,
        help="default: inferred (an integer-like single target is classification)",
    )
    d.add_argument(
        "--samples",
        type=positive_int,
        default=None,
        metavar="N",
        help="points to generate (synthetic data; default the dataset's)",
    )
    d.add_argument(
        "--noise",
        type=noise,
        default=0.0,
        metavar="R",
        help="label noise of synthetic data as a fraction 0…0.5; a value above 1 is "
        "read as percent (20 = 0.2) (default 0)",
    )
    d.add_argument(
        "--classes",
        type=positive_int,
        default=3,
        metavar="N",
        help="classes of the blobs and spirals data, 2…5 (default 3)",
    )
    d.add_argument(
        "--features",
        type=names_list,
        default=None,
        metavar="F[,F…]",
        help="inputs made from 2-D data: x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2) "
        "(default x1,x2)",
    )
    d.add_argument(
        "--test-ratio",
        type=_test_ratio,
        default=None,
        metavar="R",
        help="share of rows held out for testing, 0 to below 1; 0 = no test split "
        "(default 0.5 for synthetic data, else 0.2)",
    )
    d.add_argument(
        "--normalize",
        choices=("standard", "minmax", "none"),
        default="standard",
        help="input normalization fitted on the training split (default standard)",
    )
    d.add_argument(
        "--limit",
        type=positive_int,
        default=None,
        metavar="N",
        help="MNIST: use only the first N training images",
    )

    n = p.add_argument_group("network")
    n.add_argument(
        "--hidden",
        type=hidden_sizes,
        default=(4, 2),
        metavar="4,2",
        help='hidden layer sizes (default 4,2); "" for none (logistic/linear regression)',
    )
    n.add_argument(
        "--activation",
        choices=HIDDEN_ACTIVATIONS,
        default="tanh",
        help="hidden activation; leaky_relu has slope 0.01 (default tanh)",
    )
    n.add_argument(
        "--output-activation",
        choices=ACTIVATIONS,
        default=None,
        help="default: softmax for cce, sigmoid for bce, linear for mse/sse",
    )
    n.add_argument(
        "--loss",
        choices=LOSSES,
        default=None,
        help="default: cce for classification, mse for regression",
    )
    n.add_argument(
        "--init", choices=INITIALIZERS, default="xavier", help="initial weights (default xavier)"
    )
    n.add_argument(
        "--seed",
        type=non_negative_int,
        default=0,
        metavar="S",
        help="seed of the data, the split, the initial weights and the shuffling (default 0)",
    )
    n.add_argument("--dtype", choices=DTYPES, default="float32", help="default float32")
    n.add_argument(
        "--weights",
        default=None,
        metavar="FILE",
        help="initial weights: an exported .npz/.json/.safetensors, or a plain PyTorch "
        "state_dict in .npz or .safetensors (mapped onto the layers by order and shape; "
        ".pt/.pth pickles are refused)",
    )
    add_hyper_parameter_options(p, for_new=True)


def _test_ratio(text: str) -> float:
    from cli.common import number

    v = number(text)
    if not 0.0 <= v < 1.0:
        raise argparse.ArgumentTypeError(f"expected a fraction from 0 to below 1, got {text!r}")
    return v


def _refuse_options_that_do_not_apply(args: argparse.Namespace, name: str) -> None:
    """An option the chosen data ignores is an error, not silently dropped."""
    from engine.datasets.dataset import SYNTHETIC_NAMES

    given = [
        ("--features", args.features is not None, name in SYNTHETIC_NAMES, "2-D synthetic data"),
        ("--limit", args.limit is not None, name in ("mnist", "fashion-mnist"), "MNIST folders"),
        ("--target", args.target is not None, name == "csv", "CSV files"),
        ("--samples", args.samples is not None, name in SYNTHETIC_NAMES, "synthetic data"),
        ("--noise", float(args.noise) != 0.0, name in SYNTHETIC_NAMES, "synthetic data"),
    ]
    for option, is_given, applies, where in given:
        if is_given and not applies:
            raise CommandError(
                f"{option} does not apply to the {name} dataset (only to {where}); leave it out",
                EXIT_USAGE,
            )


def dataset_spec(args: argparse.Namespace):
    """The DatasetSpec the data options describe; CommandError naming the option when wrong."""
    from engine.datasets import DatasetSpec
    from engine.errors import DataError

    value = args.dataset.strip()
    name, path = value, None
    low = value.lower()
    if low.startswith(("mnist:", "fashion-mnist:")):
        name, _, path = value.partition(":")
        name = name.lower()
        if not path:
            raise CommandError(
                f"--dataset: {name}:DIR needs the folder of IDX files after the colon"
            )
        if not Path(path).is_dir():
            raise CommandError(f"--dataset: {path}: no such folder")
    elif low.endswith((".csv", ".npz", ".csv.gz", ".txt", ".tsv")):
        name = "npz" if low.endswith(".npz") else "csv"
        path = value
        if not Path(path).is_file():
            raise CommandError(f"--dataset: {path}: no such file")
    elif value not in BUILTIN_DATASETS:
        raise CommandError(
            f"--dataset: unknown dataset {value!r}; use one of {', '.join(BUILTIN_DATASETS)}, "
            "a .csv or .npz file, or mnist:DIR / fashion-mnist:DIR"
        )
    if path is not None:
        path = str(Path(path).resolve())
    _refuse_options_that_do_not_apply(args, name)
    kwargs = dict(
        name=name,
        path=path,
        target=None if args.target is None else tuple(args.target),
        task=args.task,
        samples=args.samples,
        noise=float(args.noise),
        classes=args.classes,
        test_ratio=args.test_ratio,
        seed=args.seed,
        normalize=args.normalize,
        limit=args.limit,
    )
    if args.features is not None:
        kwargs["features"] = tuple(args.features)
    try:
        return DatasetSpec(**kwargs).validate()
    except DataError as exc:
        raise CommandError(_option_message(str(exc))) from None


def _option_message(text: str) -> str:
    """``dataset.test_ratio: …`` → ``--test-ratio: …``."""
    if text.startswith("dataset."):
        field, _, rest = text[len("dataset.") :].partition(":")
        return f"--{field.replace('_', '-')}:{rest}"
    return text


def build_spec(args: argparse.Namespace, data) -> NetworkSpec:
    """The network spec for the options and the loaded data."""
    from engine.errors import DataError, SpecError

    loss = args.loss or ("cce" if data.task == "classification" else "mse")
    try:
        n_out = data.n_outputs_for(loss)
    except DataError as exc:
        raise CommandError(f"--loss: {str(exc).partition(': ')[2] or exc}") from None
    out_act = args.output_activation or DEFAULT_OUTPUT_ACTIVATION[loss]
    layers = tuple(LayerSpec(u, args.activation) for u in args.hidden) + (
        LayerSpec(n_out, out_act),
    )
    try:
        spec = NetworkSpec(
            n_inputs=data.n_features,
            layers=layers,
            loss=loss,
            init=args.init,
            dtype=args.dtype,
            seed=args.seed,
        ).validated()
    except SpecError as exc:
        msg = spec_error_message(exc)
        if exc.field.startswith("layers["):
            msg = f"--output-activation / --loss: {str(exc)}"
        raise CommandError(msg) from None
    return apply_hyper_parameters(spec, args)


def run(args: argparse.Namespace) -> int:
    """Load the data, build the spec (and initial weights), write the project."""
    from engine.datasets import load_dataset
    from engine.errors import DataError
    from engine.project import Project, data_names, save_project
    from engine.training import Trainer

    ds_spec = dataset_spec(args)
    try:
        data = load_dataset(ds_spec)
    except DataError as exc:
        if str(exc).startswith("dataset."):  # a field of the spec: name the option instead
            raise CommandError(_option_message(str(exc))) from None
        raise
    spec = build_spec(args, data)
    params = None
    if args.weights:
        from engine.weights_io import load_weights

        # a plain PyTorch state_dict takes this spec; a file of ours must also agree on
        # the activations and the preprocessing its weights were trained with
        pre = data.preprocessing.to_dict()
        params = load_weights(args.weights, expect=spec, expect_preprocessing=pre).params
    trainer = Trainer(spec, data.X_train, data.y_train, data.X_test, data.y_test, params=params)
    project = Project.from_trainer(
        trainer, data.spec, preprocessing=data.preprocessing.to_dict(), names=data_names(data)
    )
    save_project(args.output, project)
    sizes = "-".join(str(s) for s in spec.sizes)
    say(
        args,
        f"wrote {args.output}: {ds_spec.name} ({len(data.y_train)} training rows, "
        f"{len(data.y_test)} test rows, {data.task}); network {sizes} "
        f"({args.activation} hidden, {spec.layers[-1].activation} output), loss {spec.loss}, "
        f"optimizer {optimizer_summary(spec.optimizer)}",
    )
    whole = all(c.lstrip("-").isdigit() for c in data.class_names)
    if (
        ds_spec.task is None
        and data.task == "classification"
        and whole
        and ds_spec.name in ("csv", "npz")
    ):
        # say what was inferred, and how to say otherwise (house prices are whole numbers too)
        say(
            args,
            f"the task was inferred: classification, {len(data.class_names)} classes, because "
            f"the target {', '.join(data.target_names)} holds whole numbers; for numbers to "
            "predict, give --task regression",
        )
    return 0
