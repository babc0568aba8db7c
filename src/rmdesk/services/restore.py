"""Look into a backup (with its passphrase) and restore from it, keeping a rollback copy."""

from __future__ import annotations

from pathlib import Path

from rmdesk.paths import DataPaths, ensure_private_dir
from rmdesk.store.errors import BadInputError
from rmdesk.store.files import os_error_to_vault_error
from rmdesk.store.kdf import KdfParams
from rmdesk.store.restore import BackupContents, inspect_backup
from rmdesk.store.vault import Vault

__all__ = ["BackupContents", "preview_backup", "restore_backup"]


def _candidate(paths: DataPaths, candidate: Path) -> Path:
    path = candidate.expanduser().absolute()
    if not path.is_file():
        raise BadInputError(f"no backup file at {path}")
    if paths.vault.exists() and path.resolve() == paths.vault.resolve():
        raise BadInputError("that file is the vault itself; choose a backup file")
    return path


def preview_backup(
    paths: DataPaths, candidate: Path, passphrase: bytearray, *, kdf: KdfParams | None = None
) -> BackupContents:
    """Unlock ``candidate`` read-only and say what it holds (nothing is changed anywhere)."""
    path = _candidate(paths, candidate)
    try:
        ensure_private_dir(paths.root)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    return inspect_backup(path, passphrase, scratch_parent=paths.root, kdf=kdf)


def restore_backup(
    paths: DataPaths, candidate: Path, passphrase: bytearray, *, kdf: KdfParams | None = None
) -> Path:
    """Replace the (closed) vault with a verified copy of ``candidate``; the current vault is
    kept in the data folder's ``backups/``. Returns that rollback copy (empty path if none)."""
    path = _candidate(paths, candidate)
    try:
        ensure_private_dir(paths.root)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    return Vault.restore(paths.vault, path, passphrase, rollback_dir=paths.backups, kdf=kdf)
