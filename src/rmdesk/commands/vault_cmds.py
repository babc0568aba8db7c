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
from rmdesk.paths import DataPaths, create_missing_dirs, ensure_private_dir
from rmdesk.services import backup as backups
from rmdesk.services.check import check_vault, report_lines
from rmdesk.services.passphrase import change_passphrase
from rmdesk.services.restore import restore_backup
from rmdesk.services.rotation import remove_stale_temps
from rmdesk.store.errors import (
    BadInputError,
    DamagedVaultError,
    RolledBackVaultError,
    VaultExistsError,
)
from rmdesk.store.files import os_error_to_vault_error
from rmdesk.store.kdf import wipe
from rmdesk.store.seen_record import SeenStatus
from rmdesk.store.vault import Vault

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
        report = check_vault(vault)
        rolled_back = vault.rolled_back
        seen = vault.seen_check
    for line in report_lines(report):
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
    folder: Path | None = None
    target = Path()
    if args.rotate is not None:
        folder = Path(args.rotate).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise UsageError(f"--rotate needs a folder: {folder}")
        try:
            create_missing_dirs(folder)  # the user's folder: never re-permissioned
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
    else:
        target = existing_parent(Path(args.file), "backup")
        refuse_data_folder_files(paths, target, "backup")
    deleted: tuple[Path, ...] = ()
    with vault_lock(paths):
        if folder is not None:
            remove_stale_temps(folder)
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
                if folder is not None:
                    rotated = backups.backup_into_folder(
                        vault, folder, keep=keep, new_passphrase=new
                    )
                    target, deleted = rotated.path, rotated.deleted
                else:
                    backups.backup_to_file(vault, target, new_passphrase=new)
        finally:
            wipe(new)
    console.say(f"Backup written and verified: {target}")
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
            rollback = restore_backup(paths, candidate, passphrase)
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
                change_passphrase(vault, old, new)
        finally:
            wipe(old)
            wipe(new)
    console.say("Passphrase changed; the vault was reopened with the new one to confirm it.")
    return 0
