"""Backprop Lab: `python main.py [PROJECT]` opens the app; sub-commands work without a window.

See ../shared/CLI.md (mirrored in docs/cli.md) for the command line contract.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from cli import COMMANDS  # never imports Qt

    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version", "-V")):
        from cli import main as cli_main

        return cli_main(argv)
    from gui.app import main as gui_main  # Qt is imported only here

    return gui_main(argv)


if __name__ == "__main__":
    sys.exit(main())
