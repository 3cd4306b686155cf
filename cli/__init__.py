"""The command line: ``backprop-lab new | train | compare | export | predict | check-gradients | explain | lessons``.

Each sub-command is one module with ``HELP``, ``DESCRIPTION``, ``add_arguments(parser)``
and ``run(args) -> int``; ``cli.common`` holds what they share. Nothing here
imports Qt. The contract is docs/cli.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from cli.common import (
    EXIT_BAD_INPUT,
    PROG,
    CommandError,
    HelpFormatter,
    Parser,
    add_common_options,
)

#: sub-command name → module (in cli) that implements it
_MODULES = {
    "new": "new",
    "train": "train",
    "compare": "compare",
    "export": "export",
    "predict": "predict",
    "check-gradients": "check_gradients",
    "explain": "explain",
    "lessons": "lessons",
}
COMMANDS: tuple[str, ...] = tuple(_MODULES)


def version() -> str:
    """Backprop Lab's version: the installed package's, else pyproject.toml's."""
    try:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as dist_version

        return dist_version("backprop-lab")
    except PackageNotFoundError:
        pass
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        return tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The parser with every sub-command."""
    parser = Parser(
        prog=PROG,
        formatter_class=HelpFormatter,
        description="Backprop Lab: learn how neural networks are trained. Without a command "
        "(python main.py [PROJECT]) the app opens; these commands work without a window.",
        epilog="Run `backprop-lab COMMAND --help` for a command's options. "
        "Exit status: 0 done, 1 bad input, 2 bad command line, 3 training diverged, "
        "4 gradient check failed.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"{PROG} {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, module_name in _MODULES.items():
        module = importlib.import_module(f"cli.{module_name}")
        p = sub.add_parser(
            name, help=module.HELP, description=module.DESCRIPTION, formatter_class=HelpFormatter
        )
        module.add_arguments(p)
        add_common_options(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command; returns the exit status (errors are one line on stderr)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show "→" gets "?", not a crash
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args._run(args))
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the boundary where every error becomes one line
        if args.debug:
            traceback.print_exc()
        code, message = _describe(exc)
        print(f"{PROG} {args.command}: error: {message}", file=sys.stderr)
        return code


def _describe(exc: Exception) -> tuple[int, str]:
    """Exit status and one-line message for an error that ended a command."""
    from engine.errors import BackpropLabError

    if isinstance(exc, CommandError):
        code, text = exc.code, str(exc)
    elif isinstance(exc, BackpropLabError):
        code, text = EXIT_BAD_INPUT, str(exc)
    elif isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        code, text = EXIT_BAD_INPUT, f"{where}{exc.strerror or exc}"
    elif isinstance(exc, MemoryError):
        code, text = EXIT_BAD_INPUT, "out of memory (try a smaller dataset or network)"
    else:
        code = EXIT_BAD_INPUT
        text = f"internal error {type(exc).__name__}: {exc} (run with --debug for the traceback)"
    return code, " ".join(text.split())
