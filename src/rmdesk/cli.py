"""Command line entry point: headless subcommands, or the GUI when none is given.

The headless commands live in :mod:`rmdesk.commands` and never import Qt, so they work over
SSH and from cron. Only starting the GUI imports :mod:`rmdesk.app` (and so PySide6).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from rmdesk import __version__

DESCRIPTION = (
    "rmdesk keeps a reverse-mentoring relationship (purpose, goals, agreement, meetings, "
    "actions and a private journal) in one encrypted file on this computer. "
    "Run without a command to open the app."
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder holding vault.rmdesk (default: RMDESK_DATA_DIR, else the "
        "per-user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault with sample data in a temporary folder",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from rmdesk.gui_launcher import launch_gui

    return launch_gui(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
