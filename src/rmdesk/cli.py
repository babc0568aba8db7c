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

EXIT_CODES = """\
passphrases:
  Never given on the command line or in the environment. On a terminal they are asked
  without echo; otherwise they are read from standard input, one per line:
    vault create   new, new again          vault passwd   current, new, new again
    vault backup   passphrase [, new, new again with --new-passphrase]
    vault restore  the backup's passphrase  (check, export, import: the passphrase)

exit codes:
  0   done                            23  vault written by a newer rmdesk
  2   usage error (bad arguments,     24  vault in use (the app or another command)
      passphrases differ, no input)   25  disk full
  10  other vault problem             26  read-only file or folder
  11  no vault in the data folder     27  passphrase NOT changed (the old one works)
  12  a vault already exists          30  bad input file (import or backup file,
  20  wrong passphrase                    import over 256 MiB or not a regular file);
  21  damaged vault (or backup)           nothing was changed
                                      130 interrupted (Ctrl-C); nothing half-done
  22  not an rmdesk vault             28  disk input/output error
                                      29  no permission to read the vault
                                      31  unusable file or folder path
                                      32  vault older than the last one seen
                                          here (check: rolled back?)

More: docs/cli.md (scheduled backups with cron or a systemd timer).
"""

DEFAULT_KEEP = 7


def _data_dir_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data folder holding vault.rmdesk (default: RMDESK_DATA_DIR, else the "
        "per-user data folder)",
    )


def _add_vault_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    vault = commands.add_parser(
        "vault",
        help="create, check, back up, restore the vault or change its passphrase",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = vault.add_subparsers(dest="action", metavar="ACTION", required=True)

    def add(name: str, handler: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name,
            parents=[common],
            help=help_text,
            description=help_text,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(handler=handler)
        return sub

    add("create", "vault create", "create a new, empty vault in the data folder")
    add(
        "check",
        "vault check",
        "open the vault and run both integrity checks and the engine self-check",
    )
    backup = add("backup", "vault backup", "write an encrypted, verified backup (mode 0600)")
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument("file", nargs="?", metavar="FILE", help="the backup file to write")
    target.add_argument(
        "--rotate",
        metavar="DIR",
        help="write rmdesk-<UTC time>.rmdesk into DIR and delete older ones",
    )
    backup.add_argument(
        "--keep",
        type=_positive_int,
        metavar="N",
        help=f"with --rotate: how many rotated backups to keep (default {DEFAULT_KEEP})",
    )
    backup.add_argument(
        "--new-passphrase",
        action="store_true",
        help="give the backup its own passphrase (asked twice)",
    )
    restore = add(
        "restore",
        "vault restore",
        "replace the vault with a verified backup; "
        "the current vault is kept as a rollback copy in the data folder's backups/",
    )
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    add("passwd", "vault passwd", "change the passphrase (verified by reopening)")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description=DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    _data_dir_option(parser, default=None)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throwaway vault with sample data in a temporary folder",
    )
    # Subcommands accept --data-dir too; SUPPRESS keeps the top-level value when not repeated.
    common = argparse.ArgumentParser(add_help=False)
    _data_dir_option(common, default=argparse.SUPPRESS)

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_vault_commands(commands, common)
    export = commands.add_parser(
        "export",
        parents=[common],
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="write the vault to an UNENCRYPTED JSON or Markdown file (shared parts only "
        "unless --include-private)",
    )
    export.add_argument("--format", choices=("json", "markdown"), required=True)
    export.add_argument(
        "--include-private", action="store_true", help="also export private notes and the journal"
    )
    export.add_argument("out", metavar="OUT", help="the file to write (mode 0600)")
    export.set_defaults(handler="export")
    importer = commands.add_parser(
        "import",
        parents=[common],
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="add the relationships of an rmdesk JSON export to the vault (all or nothing)",
    )
    importer.add_argument("file", metavar="FILE.json")
    importer.set_defaults(handler="import")
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command, turning expected failures into messages and codes."""
    # Imported here, not at the top: starting the app does not need the commands.
    from rmdesk.commands import HANDLERS
    from rmdesk.commands.common import Console, UsageError, check_data_folder
    from rmdesk.paths import data_paths
    from rmdesk.privacy.hardening import harden_process
    from rmdesk.store.errors import VaultError
    from rmdesk.store.files import os_error_to_vault_error

    # These commands decrypt the whole vault too: no core dumps, private file modes.
    harden_process()
    console = Console.from_sys()
    paths = data_paths(args.data_dir)
    try:
        try:
            check_data_folder(paths)
            result = HANDLERS[args.handler](paths, console, args)
        except OSError as exc:  # a folder we cannot create or enter, a file in the way...
            raise os_error_to_vault_error(exc) from exc
        return result
    except VaultError as exc:
        console.warn(f"rmdesk: {exc}")
        return exc.exit_code
    except UsageError as exc:
        console.warn(f"rmdesk: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        console.warn("\nrmdesk: interrupted; nothing was left half-done.")
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None:
        if args.demo:
            parser.error("--demo only applies to the app, not to a command")
        return run_command(args)
    from rmdesk.gui_launcher import launch_gui

    return launch_gui(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
