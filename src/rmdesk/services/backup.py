"""Backups of an open vault: to a chosen file, or rotated into a folder; and what a folder holds.

Every backup goes through :meth:`Vault.backup_to` (SQLite's backup API into a temp file beside
the target, reopened and checked, then renamed): a file under a backup's final name is always
whole and verified. Before writing, the free space is checked against the vault's size plus a
floor, so a backup never fills the disk.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rmdesk.paths import create_missing_dirs
from rmdesk.services.progress import Progress, ignore
from rmdesk.services.rotation import (
    BACKUP_NAME,
    backup_time,
    next_backup_path,
    prune,
    sweep_stale_temps,
)
from rmdesk.store.errors import LowSpaceError
from rmdesk.store.files import os_error_to_vault_error

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault

# Space that must stay free after a backup: a full disk breaks far more than the backup.
FREE_SPACE_FLOOR = 64 * 1024 * 1024
DEFAULT_KEEP = 10  # newest automatic backups kept (the app's default)
DEFAULT_WEEKS = 8  # plus the newest of each of this many calendar weeks
BACKUP_SUFFIX = ".rmdesk"


def check_free_space(folder: Path, need: int, floor: int | None = None) -> None:
    """Raise :class:`LowSpaceError` unless ``need`` bytes fit in ``folder`` with ``floor``
    (default :data:`FREE_SPACE_FLOOR`) to spare."""
    floor = FREE_SPACE_FLOOR if floor is None else floor
    try:
        free = shutil.disk_usage(folder).free
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    if free - need < floor:
        mib = 1024 * 1024
        raise LowSpaceError(
            f"{free // mib:,} MiB free, a backup needs {need // mib + 1:,} MiB "
            f"and {floor // mib:,} MiB must stay free"
        )


def _prepare_folder(folder: Path) -> None:
    # A folder the user chose (their home, a shared drive) keeps its permissions; only the
    # folders created here are made private. The backup file itself is 0600 either way.
    try:
        create_missing_dirs(folder)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc


def backup_to_file(
    vault: Vault,
    target: Path,
    *,
    new_passphrase: bytearray | None = None,
    progress: Progress = ignore,
    floor: int | None = None,
) -> Path:
    """A verified, encrypted copy of ``vault`` at ``target`` (replaced if it exists)."""
    _prepare_folder(target.parent)
    check_free_space(target.parent, vault.path.stat().st_size, floor)
    vault.backup_to(target, new_passphrase, progress=progress)
    return target


@dataclass(frozen=True, slots=True)
class RotatedBackup:
    """A backup written into a folder, and the old backups the rotation deleted."""

    path: Path
    deleted: tuple[Path, ...]


def backup_into_folder(
    vault: Vault,
    folder: Path,
    *,
    keep: int,
    weeks: int = 0,
    new_passphrase: bytearray | None = None,
    progress: Progress = ignore,
    floor: int | None = None,
    now: datetime | None = None,
) -> RotatedBackup:
    """A backup named ``rmdesk-<UTC time>.rmdesk`` in ``folder``, then the rotation: the newest
    ``keep`` plus one a week for ``weeks`` weeks stay, older ones of ours are deleted."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    _prepare_folder(folder)
    target = next_backup_path(folder, now)
    backup_to_file(vault, target, new_passphrase=new_passphrase, progress=progress, floor=floor)
    try:
        deleted = prune(folder, keep, weeks=weeks, now=now) + sweep_stale_temps(folder)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    return RotatedBackup(path=target, deleted=tuple(deleted))


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One file a restore can start from, as a list shows it."""

    path: Path
    made: datetime  # from the name for our rotated backups, else the file's time
    size: int
    verified: bool  # written by our backup (checked before it got its name)


def list_backups(folders: list[Path]) -> list[BackupFile]:
    """Vault copies (``*.rmdesk``) in ``folders``, newest first; unreadable folders are
    skipped. Rotated backups count as verified (they only get their name after the check);
    other copies (before a restore, before an upgrade) are plain file copies."""
    found: dict[Path, BackupFile] = {}
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            if path.suffix != BACKUP_SUFFIX or path.name.startswith("."):
                continue
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                stat = path.stat()
            except OSError:
                continue
            ours = BACKUP_NAME.match(path.name) is not None
            made = backup_time(path) if ours else datetime.fromtimestamp(stat.st_mtime, tz=UTC)
            found[path.resolve()] = BackupFile(
                path=path, made=made, size=stat.st_size, verified=ours
            )
    return sorted(found.values(), key=lambda b: b.made, reverse=True)
