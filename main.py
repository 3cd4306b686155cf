"""Backprop Lab: `python main.py [PROJECT]` opens the app; sub-commands work without a window.

The command line is documented in docs/cli.md; the code is laid out as docs/architecture.md says.
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
