"""Command line entry point: headless subcommands, or the GUI when none is given.

The headless commands live in :mod:`rmdesk.commands` and never import Qt, so they work over
SSH and from cron. Only starting the GUI imports :mod:`rmdesk.app` (and so PySide6).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

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
    share export   passphrase, pack passphrase (the words agreed on)
    share import   passphrase, pack passphrase
    vault merge    passphrase, the other copy's passphrase

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
                                      33  pack refused: damaged, cut short,
                                          changed, or not a pack; nothing changed
                                      34  wrong pack passphrase; nothing changed
"""

DEFAULT_KEEP = 7
DEB_DOCS = Path("/usr/share/doc/rmdesk")


def cli_doc_location(executable: str | None = None) -> str:
    """Where the command-line guide is for whoever runs this copy of rmdesk.

    Someone with only the installed program has no repository to open, so --help names a file
    that exists: next to a frozen program (Windows, a Linux folder), inside rmdesk.app, the
    source checkout that `make run` uses, or the .deb's /usr/share/doc/rmdesk.
    """
    program_dir = Path(executable or sys.executable).resolve().parent
    candidates = (
        program_dir / "docs" / "cli.md",
        program_dir.parent / "Resources" / "docs" / "cli.md",
        Path(__file__).resolve().parents[2] / "docs" / "cli.md",
        DEB_DOCS / "cli.md",
    )
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return "docs/cli.md in rmdesk's source"


def _epilog() -> str:
    return (
        f"{EXIT_CODES}\nMore: {cli_doc_location()}\n"
        "  (scheduled backups with cron or a systemd timer, every command in detail).\n"
    )


def _data_dir_option(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data folder holding vault.rmdesk (default: RMDESK_DATA_DIR, else the "
        "per-user data folder)",
    )


Adder = Callable[[str, str, str], argparse.ArgumentParser]


def _group(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    name: str,
    help_text: str,
    epilog: str,
) -> Adder:
    """A command with actions (``rmdesk vault ACTION``); returns the function adding one."""
    group = commands.add_parser(
        name,
        help=help_text,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    def add(action: str, handler: str, action_help: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            action,
            parents=[common],
            help=action_help,
            description=action_help,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(handler=handler)
        return sub

    return add


def _add_vault_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    epilog: str,
) -> None:
    add = _group(
        commands,
        common,
        "vault",
        "create, check, back up, restore, merge the vault or change its passphrase",
        epilog,
    )
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
    merge = add(
        "merge",
        "vault merge",
        "merge another copy of this vault (another device, a sync tool's conflict copy) into "
        "it, private parts included, all or nothing; the other copy is not changed",
    )
    merge.add_argument("file", metavar="FILE", help="the other copy of the vault")
    add("conflicts", "vault conflicts", "list the conflicts a merge or pack left to settle")
    settle = add("resolve", "vault resolve", "settle one conflict: keep yours or take theirs")
    settle.add_argument("id", type=_positive_int, metavar="ID", help="the conflict's number")
    settle.add_argument("--keep", choices=("mine", "theirs"), required=True)


def _add_share_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    epilog: str,
) -> None:
    add = _group(
        commands,
        common,
        "share",
        "the encrypted pack two people exchange: write one, open one",
        epilog,
    )
    out = add(
        "export",
        "share export",
        "write the relationship's shared parts to an encrypted pack for the other person "
        "(never reflections, private notes, candidates or other relationships)",
    )
    out.add_argument(
        "--relationship",
        required=True,
        metavar="NAME",
        help="the other person's name, as the relationship shows it",
    )
    out.add_argument("file", metavar="FILE", help="the pack to write (mode 0600)")
    into = add(
        "import",
        "share import",
        "open a pack from the other person: creates or updates the relationship (roles "
        "mirrored); changes on both sides become conflicts to settle",
    )
    into.add_argument("file", metavar="FILE", help="the pack to open")
    words = add("words", "share words", "suggest a pack passphrase of common words to read aloud")
    words.add_argument("--count", type=_positive_int, default=6, metavar="N")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    epilog = _epilog()
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description=DESCRIPTION,
        epilog=epilog,
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
    _add_vault_commands(commands, common, epilog)
    _add_share_commands(commands, common, epilog)
    export = commands.add_parser(
        "export",
        parents=[common],
        epilog=epilog,
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
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="add the relationships of an rmdesk JSON export to the vault (all or nothing)",
    )
    importer.add_argument("file", metavar="FILE.json")
    importer.set_defaults(handler="import")
    return parser


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed headless command, turning expected failures into messages and codes."""
    # Imported here, not at the top: starting the app does not need the commands.
    from rmdesk.commands.common import Console, UsageError, check_data_folder
    from rmdesk.commands.handlers import HANDLERS
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
    from rmdesk.commands.qt_options import split_qt_options

    parser = build_parser()
    ours, qt_options = split_qt_options(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(ours)
    if args.command is not None:
        if args.demo:
            parser.error("--demo only applies to the app, not to a command")
        if qt_options:
            parser.error(f"{qt_options[0]} is an option of the app's window, not of a command")
        return run_command(args)
    from rmdesk.gui_launcher import launch_gui

    return launch_gui(data_dir=args.data_dir, demo=args.demo, qt_options=qt_options)


if __name__ == "__main__":
    sys.exit(main())
