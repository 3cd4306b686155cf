"""Backprop Lab: `python main.py [PROJECT]` opens the app; sub-commands work without a window.

The command line is documented in docs/cli.md; the code is laid out as docs/architecture.md says.
"""

from __future__ import annotations

import sys

# options of the window itself (the rest of a command line that names no command is Qt's)
WINDOW_OPTIONS = ("--lesson",)


def main(argv: list[str] | None = None) -> int:
    """Run a sub-command, or open the window (with a project) when the command line names none."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from cli import COMMANDS  # never imports Qt

    if argv and (
        argv[0] in ("-h", "--help", "--version", "-V") or any(a in COMMANDS for a in argv)
    ):
        # a command anywhere (a global option put first, say): the command line reports it
        from cli import main as cli_main

        return cli_main(argv)
    first = argv[0] if argv else None
    if first is not None and not first.startswith("-") and not _could_be_project(first):
        print(
            f"backprop-lab: unknown command {first!r}; the commands are: {', '.join(COMMANDS)} "
            "(or give a project file to open it)",
            file=sys.stderr,
        )
        return 2
    from gui.app import main as gui_main  # Qt is imported only here

    return gui_main(argv)


def _could_be_project(arg: str) -> bool:
    """A project to open: an existing file, or a name with the project extension."""
    import os

    return arg.endswith(".bplab") or os.path.isfile(arg)


if __name__ == "__main__":
    sys.exit(main())
