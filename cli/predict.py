"""``predict``: run a project or exported model on the rows of a CSV file."""

from __future__ import annotations

import argparse
import csv
import io
import math
import sys

import numpy as np

from cli.common import CommandError, say, silence_stdout

HELP = "predict the rows of a CSV file with a project or exported model"
DESCRIPTION = """\
MODEL is a project (.bplab) or an exported .npz/.json. The input CSV has a header row
naming the model's raw input columns (extra columns are ignored). The output CSV has one
column per output unit: for classification the class probabilities, named after the
classes in the order of the sorted class labels, then a `label` column with the
predicted class; for regression the predicted targets. Numbers are written at full
precision (they read back to the same value). Without -o the CSV goes to stdout.

example:
  backprop-lab predict spiral.bplab --input points.csv -o predictions.csv
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``predict``."""
    p.add_argument(
        "model", metavar="MODEL", help="project (.bplab) or exported weights (.npz/.json)"
    )
    p.add_argument("--input", required=True, metavar="FILE.csv", help="rows to predict")
    p.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="OUT.csv",
        help="where to write the predictions (default stdout)",
    )


def read_inputs(path: str, names: list[str] | None, n_inputs: int) -> np.ndarray:
    """The named columns of a CSV file as float64 (rows, len(names)).

    Without names, the first ``n_inputs`` columns are used. Errors name the file, the line
    (the header is line 1) and the column.
    """
    from engine.datasets.csv_reader import read_text
    from engine.errors import DataError

    text = read_text(path)
    lines = [(i, line) for i, line in enumerate(text.splitlines(), start=1) if line.strip()]
    if not lines:
        raise DataError("the file is empty", path=path)
    try:
        dialect = csv.Sniffer().sniff(lines[0][1], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    header_line, header = lines[0][0], _cells(lines[0][1], delimiter, path, lines[0][0])
    if names:
        index = {name: j for j, name in enumerate(header)}
        missing = [n for n in names if n not in index]
        if missing:
            raise DataError(
                f"no column {missing[0]!r} in the header; the model's inputs are "
                f"{', '.join(names)}, the file has {', '.join(header) or 'no names'}",
                path=path,
                line=header_line,
            )
        cols = [index[n] for n in names]
        col_names = list(names)
    else:
        if len(header) < n_inputs:
            raise DataError(
                f"the model takes {n_inputs} inputs but the header has {len(header)} columns",
                path=path,
                line=header_line,
            )
        cols, col_names = list(range(n_inputs)), header[:n_inputs]
    fast = _fast_table(lines[1:], delimiter, cols)
    if fast is not None:
        return fast
    X = np.empty((len(lines) - 1, len(cols)), dtype=np.float64)
    for r, (lineno, line) in enumerate(lines[1:]):
        cells = _cells(line, delimiter, path, lineno)
        for c, (j, name) in enumerate(zip(cols, col_names, strict=True)):
            if j >= len(cells):
                raise DataError(
                    f"column {name!r} is missing (the row has {len(cells)} cells)",
                    path=path,
                    line=lineno,
                )
            cell = cells[j].strip()
            try:
                v = float(cell)
            except ValueError:
                raise DataError(
                    f"column {name!r}: {cell!r} is not a number", path=path, line=lineno
                ) from None
            if not math.isfinite(v):
                raise DataError(
                    f"column {name!r}: {cell!r} is not a finite number", path=path, line=lineno
                )
            X[r, c] = v
    return X


def _fast_table(body: list[tuple[int, str]], delimiter: str, cols: list[int]) -> np.ndarray | None:
    """All wanted cells plain finite numbers, parsed by NumPy's C reader; None when the careful
    (line-numbered) path must look."""
    if not body:
        return np.empty((0, len(cols)))
    text = "\n".join(line for _, line in body)
    try:
        X = np.loadtxt(
            io.StringIO(text),
            delimiter=delimiter,
            usecols=cols,
            ndmin=2,
            comments=None,
            dtype=np.float64,
        )
    except (ValueError, IndexError):
        return None
    if X.shape != (len(body), len(cols)) or not np.all(np.isfinite(X)):
        return None
    return X


def _cells(line: str, delimiter: str, path: str = "", lineno: int | None = None) -> list[str]:
    """The cells of one CSV line, stripped; DataError naming the line when it cannot be split."""
    from engine.errors import DataError

    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]
    except csv.Error as exc:
        raise DataError(
            f"cannot split the line into cells ({exc})", path=path, line=lineno
        ) from None


def output_columns(model, outputs: np.ndarray) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the predictions table, numbers as ``repr`` (full precision)."""
    from engine.training import predicted_classes

    n_out = outputs.shape[1]
    if model.task == "classification" and model.class_names:
        classes = list(model.class_names)
        if n_out == len(classes):
            header = list(classes)
        elif n_out == 1 and len(classes) == 2:  # one sigmoid unit: P(second class)
            header = [classes[1]]
        else:
            header = [f"output_{j}" for j in range(n_out)]
        labels = predicted_classes(outputs, model.spec.loss)
        rows = [
            [repr(float(v)) for v in row] + [classes[int(k)] if int(k) < len(classes) else str(k)]
            for row, k in zip(outputs, labels, strict=True)
        ]
        return header + ["label"], rows
    names = list(model.target_names or [])
    header = names if len(names) == n_out else [f"output_{j}" for j in range(n_out)]
    return header, [[repr(float(v)) for v in row] for row in outputs]


def run(args: argparse.Namespace) -> int:
    """Load the model, read the inputs, write the predictions."""
    from cli.common import load_model
    from engine.errors import DataError
    from engine.files import write_atomic

    model = load_model(args.model)
    X_raw = read_inputs(args.input, model.input_names, model.n_raw_inputs)
    try:
        outputs = model.predict(X_raw)
    except DataError as exc:
        raise CommandError(f"{args.input}: {exc}") from None
    header, rows = output_columns(model, np.asarray(outputs, dtype=np.float64))
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    if args.output:
        write_atomic(args.output, buf.getvalue().encode("utf-8"))
        say(
            args,
            f"wrote {len(rows)} predictions to {args.output}",
        )
    else:
        try:
            sys.stdout.write(buf.getvalue())
            sys.stdout.flush()
        except BrokenPipeError:
            silence_stdout()
    return 0
