"""``rmdesk vault create|check|backup|restore|passwd``.

Passphrase order on standard input (when it is not a terminal), one per line:
create: new, new again · check: passphrase · backup: passphrase [, new, new again with
--new-passphrase] · restore: the backup's passphrase · passwd: current, new, new again.
"""

from __future__ import annotations

import argparse
import secrets
from pathlib import Path

from rmdesk.commands.common import (
    Console,
    UsageError,
    existing_parent,
    opened_vault,
    refuse_data_folder_files,
    require_vault,
    vault_lock,
)
from rmdesk.commands.rotation import next_backup_path, prune, remove_stale_temps
from rmdesk.paths import DataPaths, ensure_private_dir
from rmdesk.store.errors import (
    BadInputError,
    DamagedVaultError,
    RolledBackVaultError,
    VaultExistsError,
)
from rmdesk.store.files import os_error_to_vault_error
from rmdesk.store.kdf import wipe
from rmdesk.store.seen_record import SeenStatus
from rmdesk.store.vault import Vault, VerifyReport

MAX_REPORT_LINES = 10
DEFAULT_KEEP = 7  # rotated backups kept when --keep is not given (also in cli.py's help)


def create(paths: DataPaths, console: Console, _args: argparse.Namespace) -> int:
    if paths.vault.exists() or paths.vault.is_symlink():
        raise VaultExistsError(str(paths.vault))
    ensure_private_dir(paths.root)
    with vault_lock(paths):
        passphrase = console.new_passphrase("New passphrase")
        try:
            Vault.create(paths.vault, passphrase).close()
        finally:
            wipe(passphrase)
    console.say(f"Created an empty vault at {paths.vault}")
    return 0


def _report_lines(report: VerifyReport) -> list[str]:
    def describe(name: str, problems: tuple[str, ...]) -> list[str]:
        if not problems:
            return [f"{name}: ok"]
        shown = [f"  {line}" for line in problems[:MAX_REPORT_LINES]]
        more = len(problems) - MAX_REPORT_LINES
        return [f"{name}: FAILED", *shown, *([f"  ... and {more} more"] if more > 0 else [])]

    integrity = () if report.integrity == ("ok",) else report.integrity
    return [
        *describe("Database integrity (integrity_check)", integrity),
        *describe("Encryption integrity (cipher_integrity_check)", report.cipher_integrity),
        *describe("Engine self-check", report.engine),
        f"Schema version: {report.schema_version}; pages: {report.pages}",
    ]


_SEEN_LINES = {
    SeenStatus.CURRENT: "Newest copy seen on this computer: yes",
    SeenStatus.FIRST: "Newest copy seen on this computer: nothing to compare with yet "
    "(first open here, or vault.seen was removed)",
    SeenStatus.OLDER: "Newest copy seen on this computer: NO, this is an older copy",
    SeenStatus.FORGED: "Newest copy seen on this computer: UNKNOWN, the record (vault.seen) "
    "was changed or damaged",
}


def check(paths: DataPaths, console: Console, _args: argparse.Namespace) -> int:
    require_vault(paths)
    with vault_lock(paths), opened_vault(paths, console.passphrase("Passphrase"), console) as vault:
        report = vault.verify()
        rolled_back = vault.rolled_back
        seen = vault.seen_check
    for line in _report_lines(report):
        console.say(line)
    console.say(_SEEN_LINES[seen.status if seen is not None else SeenStatus.FIRST])
    if not report.ok:
        raise DamagedVaultError("a check failed, see above")
    if rolled_back:
        raise RolledBackVaultError()
    console.say("All checks passed.")
    return 0


def backup(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    if args.keep is not None and args.rotate is None:
        raise UsageError("--keep only applies together with --rotate DIR.")
    keep = DEFAULT_KEEP if args.keep is None else int(args.keep)
    require_vault(paths)
    if args.rotate is not None:
        folder = Path(args.rotate).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"--rotate needs a folder: {folder}")
        try:
            ensure_private_dir(folder)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
        target = next_backup_path(folder)
    else:
        target = existing_parent(Path(args.file), "backup")
        refuse_data_folder_files(paths, target, "backup")
    with vault_lock(paths):
        if args.rotate is not None:
            remove_stale_temps(target.parent)
        passphrase = console.passphrase("Passphrase")
        new: bytearray | None = None
        try:
            if args.new_passphrase:
                new = console.new_passphrase("Passphrase for the backup")
        except BaseException:
            wipe(passphrase)
            raise
        try:
            with opened_vault(paths, passphrase, console) as vault:
                vault.backup_to(target, new_passphrase=new)
        finally:
            wipe(new)
    console.say(f"Backup written and verified: {target}")
    if args.rotate is not None:
        try:
            deleted = prune(target.parent, keep)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
        for path in deleted:
            console.say(f"Deleted old backup: {path.name}")
    return 0


def restore(paths: DataPaths, console: Console, args: argparse.Namespace) -> int:
    candidate = Path(args.file).expanduser().absolute()
    if not candidate.is_file():
        raise BadInputError(f"no backup file at {candidate}")
    if paths.vault.exists() and candidate.resolve() == paths.vault.resolve():
        raise UsageError("That file is the vault itself; choose a backup file.")
    ensure_private_dir(paths.root)
    with vault_lock(paths):
        passphrase = console.passphrase("Passphrase of the backup")
        try:
            rollback = Vault.restore(paths.vault, candidate, passphrase, rollback_dir=paths.backups)
        finally:
            wipe(passphrase)
    console.say(f"Restored the vault from {candidate}")
    if rollback != Path():
        console.say(f"The previous vault was kept as {rollback}")
    return 0


def passwd(paths: DataPaths, console: Console, _args: argparse.Namespace) -> int:
    require_vault(paths)
    with vault_lock(paths):
        old = console.passphrase("Current passphrase")
        try:
            new = console.new_passphrase("New passphrase")
            if secrets.compare_digest(old, new):
                wipe(new)
                raise UsageError(
                    "The new passphrase is the same as the current one; nothing was changed."
                )
        except BaseException:
            wipe(old)
            raise
        try:
            with opened_vault(paths, bytearray(old), console) as vault:
                vault.change_passphrase(old, new)
        finally:
            wipe(old)
            wipe(new)
    console.say("Passphrase changed; the vault was reopened with the new one to confirm it.")
    return 0
