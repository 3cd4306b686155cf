"""The user's own CSV files: header detection, delimiter sniffing, target columns, task inference.

Every problem raises :class:`~engine.errors.DataError` naming the file, the 1-based line
(the header being line 1) and the column. Nothing is returned half-loaded.

All-numeric files take a fast path: plain decimals are parsed vectorised on the file's bytes
(``fastparse``), other numbers by NumPy's C tokenizer (``np.loadtxt``); anything neither
accepts goes through a careful per-column path that finds the first bad cell and names its
line and column.
"""

from __future__ import annotations

import csv
import io
import math
import warnings
from pathlib import Path

import numpy as np

from engine.datasets.fastparse import parse_plain_decimal
from engine.errors import DataError
from engine.translation import QT_TRANSLATE_NOOP

DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 50
_MAX_BYTES = 2**31
# larger magnitudes overflow float64 when normalized or squared (1e154² is inf), so the
# loader refuses them with their line and column instead of training into NaN
MAX_ABS_VALUE = 1e100


def _number(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _is_text(cell: str) -> bool:
    """A non-empty cell that is not a number (what a header name looks like)."""
    c = cell.strip()
    return bool(c) and _number(c) is None


def read_text(path) -> str:
    """The file decoded as text (UTF-8, with or without BOM; Latin-1 as a fallback), or DataError."""
    return _decode(_read_bytes(path), path)


def _read_bytes(path) -> bytes:
    p = Path(path)
    try:
        if p.is_file() and p.stat().st_size > _MAX_BYTES:
            raise DataError(
                f"the file is too large ({p.stat().st_size} bytes; at most {_MAX_BYTES})", path=path
            )
        data = p.read_bytes()
    except IsADirectoryError:
        raise DataError("is a folder, not a file", path=path) from None
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("errors", "no such file"), path=path) from None
    except OSError as e:
        raise DataError(f"cannot read the file: {e.strerror or e}", path=path) from None
    if not data or data.isspace():
        raise DataError(QT_TRANSLATE_NOOP("errors", "the file is empty"), path=path)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "this is a binary file, not CSV text (a NUL byte)"),
            path=path,
            line=line,
        )
    return data


def _decode(data: bytes, path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        text = data.decode("latin-1")
        bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f\v")
        if bad:
            line = data[: e.start].count(b"\n") + 1
            raise DataError(
                QT_TRANSLATE_NOOP(
                    "errors", "this is a binary file, not CSV text (undecodable bytes)"
                ),
                path=path,
                line=line,
            ) from None
        return text


def _split_line(line: str, delim: str | None) -> list[str]:
    if delim is None:
        return line.split()
    if '"' in line or "'" in line:
        try:
            return next(csv.reader([line], delimiter=delim, strict=False))
        except (csv.Error, StopIteration):
            return line.split(delim)
    return line.split(delim)


def sniff_delimiter(lines: list[str]) -> str | None:
    """The delimiter that splits the sampled lines into the same number (> 1) of fields;
    ``None`` means runs of whitespace. A single-column file gets ``","``."""
    sample = lines[:_SNIFF_LINES]
    best, best_agree = None, -1
    for d in DELIMITERS:
        counts = [len(_split_line(ln, d)) for ln in sample]
        if counts[0] > 1 and all(c == counts[0] for c in counts):
            return d
        if counts[0] > 1:
            agree = sum(c == counts[0] for c in counts)
            if agree > best_agree:
                best, best_agree = d, agree
    ws = [len(ln.split()) for ln in sample]
    if ws[0] > 1 and all(c == ws[0] for c in ws):
        return None
    return best if best is not None else ","


def _has_header(first: list[str], second: list[str] | None) -> bool:
    if second is None:
        return any(_is_text(c) for c in first)
    if all(_is_text(c) for c in first):
        return True
    for a, b in zip(first, second, strict=False):
        if _is_text(a) and _number(b.strip()) is not None and b.strip():
            return True
    return False


def _resolve_targets(target, names: list[str], has_header: bool, path) -> list[int]:
    n = len(names)
    if target is None:
        return [n - 1]
    if isinstance(target, str | int):
        target = (target,)
    out: list[int] = []
    for t in target:
        t_str = str(t).strip()
        if has_header and t_str in names:
            idx = names.index(t_str)
        else:
            try:
                idx = int(t_str)
            except ValueError:
                known = (
                    ", ".join(repr(x) for x in names)
                    if has_header
                    else "the file has no header row"
                )
                raise DataError(
                    f"target: no column named {t_str!r} ({known})",
                    path=path,
                    line=1 if has_header else None,
                ) from None
            if not -n <= idx < n:
                raise DataError(
                    f"target: column index {idx} does not exist; the file has {n} columns "
                    f"(indices 0 to {n - 1})",
                    path=path,
                )
            idx %= n
        if idx in out:
            raise DataError(f"target: column {names[idx]!r} is named twice", path=path)
        out.append(idx)
    if len(out) >= n:
        raise DataError("target: every column is a target; no input columns are left", path=path)
    return out


def _cell_error(cell: str, col_name: str, path, line: int, what="input") -> DataError:
    c = cell.strip()
    if not c:
        return DataError(
            QT_TRANSLATE_NOOP("errors", "empty cell in column {column!r}"),
            path=path,
            line=line,
            column=col_name,
        )
    v = _number(c)
    if v is None:
        if what == "target":
            return DataError(
                QT_TRANSLATE_NOOP(
                    "errors", "non-numeric cell {cell!r} in target column {column!r}"
                ),
                path=path,
                line=line,
                cell=c[:40],
                column=col_name,
            )
        return DataError(
            QT_TRANSLATE_NOOP("errors", "non-numeric cell {cell!r} in input column {column!r}"),
            path=path,
            line=line,
            cell=c[:40],
            column=col_name,
        )
    if math.isnan(v):
        return DataError(
            QT_TRANSLATE_NOOP("errors", "NaN value {cell!r} in column {column!r}"),
            path=path,
            line=line,
            cell=c,
            column=col_name,
        )
    return DataError(
        QT_TRANSLATE_NOOP("errors", "infinite value {cell!r} in column {column!r}"),
        path=path,
        line=line,
        cell=c,
        column=col_name,
    )


def read_csv(path, target=None, task=None):
    """Read a CSV file: returns ``(X, y, input_names, target_names, class_names, task)``.

    ``target``: column name(s) or index(es) (0-based, negative from the end; as strings or
    ints); default the last column. ``task``: "classification", "regression" or None (infer:
    a single integer-like or text target is classification, anything else regression).
    ``X`` is float64 (n, d); ``y`` int64 class indices (n,) or float64 (n, t).
    """
    if task not in (None, "classification", "regression"):
        raise DataError(f"task: unknown task {task!r}; use classification or regression")
    data = _read_bytes(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = None if data.isascii() else _decode(data, path)
    if text is None:  # plain ASCII: decode only the head now, the rest if the careful path needs it
        cut = data.rfind(b"\n", 0, 1_000_000) if len(data) > 1_000_000 else len(data)
        head = data[: cut if cut > 0 else len(data)].decode("ascii")
    else:
        head = text[:1_000_000] if len(text) > 1_000_000 else text
    numbered = _numbered_lines(head, _SNIFF_LINES + 1)
    if not numbered:
        raise DataError(QT_TRANSLATE_NOOP("errors", "the file is empty"), path=path)
    delim = sniff_delimiter([ln for _, ln in numbered])
    first = _split_line(numbered[0][1], delim)
    second = _split_line(numbered[1][1], delim) if len(numbered) > 1 else None
    header = _has_header(first, second)
    n_cols = len(first)
    if header:
        names = [c.strip() or f"x{j + 1}" for j, c in enumerate(first)]
    else:
        names = [f"x{j + 1}" for j in range(n_cols)]
    if n_cols < 2:
        raise DataError(
            QT_TRANSLATE_NOOP(
                "errors", "only one column: there must be input column(s) and a target column"
            ),
            path=path,
            line=numbered[0][0],
        )
    targets = _resolve_targets(target, names, header, path)
    table = _fast_table(data, delim, n_cols, numbered[0][0] if header else 0)
    if text is None:
        text = data.decode("ascii") if table is None or not np.all(np.isfinite(table)) else ""
    if table is not None:
        body = None
    else:
        numbered = _numbered_lines(text)
        body = numbered[1:] if header else numbered
    if (table is not None and table.shape[0] == 0) or (table is None and not body):
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "no data rows (only a header)"),
            path=path,
            line=numbered[0][0],
        )
    inputs = [j for j in range(n_cols) if j not in targets]
    if table is not None and not np.all(np.isfinite(table)):
        table = None  # the careful path names the cell
        numbered = _numbered_lines(text)
        body = numbered[1:] if header else numbered
    if table is not None:
        X = table[:, inputs]
        t_cols = [table[:, j] for j in targets]
        t_text = None
    else:
        line_numbers = np.fromiter((i for i, _ in body), dtype=np.int64, count=len(body))
        body_lines = [ln for _, ln in body]
        X, t_cols, t_text = _parse_general(
            body_lines,
            line_numbers,
            delim,
            n_cols,
            names,
            inputs,
            targets,
            task,
            path,
            header,
            numbered[0][0],
        )

    target_names = tuple(names[j] for j in targets)
    input_names = tuple(names[j] for j in inputs)
    numeric_cols = [(X[:, i], names[j]) for i, j in enumerate(inputs)]
    numeric_cols += [(c, names[j]) for c, j in zip(t_cols, targets, strict=False)]
    big = _first_too_large(numeric_cols)
    if big is not None:
        row, name, value = big
        if text == "":
            text = data.decode("ascii")
        lines = _numbered_lines(text)
        line = (lines[1:] if header else lines)[row][0]
        raise DataError(
            f"value {value!r} in column {name!r} is too large to train on (|value| > {MAX_ABS_VALUE:g}: "
            "normalizing it, or its squared error, would overflow); rescale the column",
            path=path,
            line=line,
        )
    if t_text is not None:
        task = "classification"  # text labels (a regression task has already been refused)
    if len(targets) > 1:
        if task == "classification":
            raise DataError(
                f"target: classification needs one target column, got {len(targets)}", path=path
            )
        task = "regression"
    if t_text is not None:
        class_names, y = np.unique(np.asarray(t_text, dtype=str), return_inverse=True)
        class_names = tuple(str(c) for c in class_names)
        y = y.astype(np.int64).reshape(-1)
    else:
        yv = np.column_stack(t_cols).astype(np.float64)
        integer_like = bool(np.all(yv == np.round(yv))) and np.all(np.abs(yv) < 2**53)
        if task is None:
            task = "classification" if integer_like else "regression"
        if task == "classification":
            values, y = np.unique(yv[:, 0], return_inverse=True)
            y = y.astype(np.int64).reshape(-1)
            class_names = tuple(str(int(v)) if integer_like else repr(float(v)) for v in values)
        else:
            y, class_names = yv, ()
    if task == "classification" and len(class_names) < 2:
        only = class_names[0] if class_names else ""
        raise DataError(
            f"target column {target_names[0]!r} has a single class ({only!r}); "
            "classification needs at least two",
            path=path,
        )
    return (
        np.ascontiguousarray(X, dtype=np.float64),
        y,
        input_names,
        target_names,
        class_names,
        task,
    )


def _first_too_large(columns) -> tuple[int, str, float] | None:
    """(row, column name, value) of the first value beyond ``MAX_ABS_VALUE``, row-major."""
    best = None
    for col, name in columns:
        rows = np.flatnonzero(np.abs(col) > MAX_ABS_VALUE)
        if rows.size and (best is None or rows[0] < best[0]):
            best = (int(rows[0]), name, float(col[rows[0]]))
    return best


def _numbered_lines(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(1-based line number, line) of the non-blank lines, the first ``limit`` of them."""
    out = []
    for i, ln in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if ln.strip():
            out.append((i + 1, ln))
            if limit is not None and len(out) >= limit:
                break
    return out


def _fast_table(data: bytes, delim, n_cols: int, skip: int):
    """All cells numeric, parsed vectorised or by NumPy's C tokenizer; None when the careful
    path must look. ``data`` has no BOM."""
    if delim is None or n_cols < 2 or not data.isascii() or b'"' in data or b"'" in data:
        return None
    offset = 0
    for _ in range(skip):
        cut = data.find(b"\n", offset)
        offset = cut + 1 if cut >= 0 else len(data)
    table = parse_plain_decimal(data, delim, n_cols, offset)
    if table is not None:
        return table
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            table = np.loadtxt(
                io.BytesIO(data),
                delimiter=delim,
                comments=None,
                skiprows=skip,
                dtype=np.float64,
                ndmin=2,
                encoding="latin-1",
                quotechar=None,
            )
    except (ValueError, TypeError, OverflowError):
        return None
    if table.ndim != 2 or (table.shape[0] and table.shape[1] != n_cols):
        return None
    return table


def _parse_general(
    body_lines, line_numbers, delim, n_cols, names, inputs, targets, task, path, header, header_line
):
    rows = [_split_line(ln, delim) for ln in body_lines]
    for r, row in enumerate(rows):
        if len(row) != n_cols:
            where = f"the header (line {header_line})" if header else f"line {header_line}"
            raise DataError(
                f"{len(row)} fields, but {where} has {n_cols}", path=path, line=int(line_numbers[r])
            )
    columns = list(zip(*rows, strict=True))

    def numeric(j):
        try:
            col = np.array(columns[j], dtype=np.float64)
        except ValueError:
            return None
        return col if np.all(np.isfinite(col)) else None

    def first_bad(cols, what):
        for r, row in enumerate(rows):
            for j in cols:
                cell = row[j].strip()
                v = _number(cell) if cell else None
                if v is None or not math.isfinite(v):
                    return _cell_error(row[j], names[j], path, int(line_numbers[r]), what)
        return None

    parsed = {}
    for j in inputs:
        col = numeric(j)
        if col is None:
            raise first_bad(inputs, "input")
        parsed[j] = col
    X = np.column_stack([parsed[j] for j in inputs]) if inputs else np.zeros((len(rows), 0))
    t_cols, t_text = [], None
    for j in targets:
        col = numeric(j)
        if col is not None:
            t_cols.append(col)
            continue
        texts = [c.strip() for c in columns[j]]
        all_text_ok = all(texts)
        if (
            len(targets) == 1
            and task != "regression"
            and all_text_ok
            and not any((v := _number(t)) is not None and not math.isfinite(v) for t in texts)
        ):
            t_text = texts
            continue
        raise first_bad([j], "target")
    return X, t_cols, t_text
