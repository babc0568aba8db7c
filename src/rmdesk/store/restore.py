"""Restore: replace the vault with a verified copy of a backup, keeping a rollback copy.

The order is chosen so that a crash at any step leaves either the old vault or the restored
one at the vault's path, never a mix, and never a journal beside a file it does not belong to.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rmdesk.paths import ensure_private_dir
from rmdesk.store.db import translated_errors
from rmdesk.store.engine import integrity_problems
from rmdesk.store.errors import (
    BadInputError,
    DamagedVaultError,
    VaultMissingError,
    VaultTooNewError,
)
from rmdesk.store.files import atomic_path, copy_file_atomic, os_error_to_vault_error
from rmdesk.store.kdf import KdfParams
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.vault_files import unlock, write_copy


def restore_vault(
    vault_path: Path,
    candidate: Path,
    passphrase: bytearray,
    *,
    rollback_dir: Path,
    kdf: KdfParams | None = None,
) -> Path:
    """See :meth:`rmdesk.store.vault.Vault.restore`."""
    if candidate.absolute() == vault_path.absolute():
        raise BadInputError("the backup is the vault file itself")
    try:
        # Read-only: the backup is checked as it is, never changed (no journal replay, no
        # migration; the restored vault migrates, with its own copy, on its next open).
        conn, key = unlock(candidate, passphrase, kdf, mode="ro")
    except VaultMissingError as exc:
        raise BadInputError(f"there is no file at {candidate.name}") from exc
    try:
        with translated_errors():
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            integrity, cipher = integrity_problems(conn)
        if version > SCHEMA_VERSION:
            raise VaultTooNewError(
                f"backup schema {version}, this app knows up to {SCHEMA_VERSION}"
            )
        if integrity or cipher:
            raise DamagedVaultError("the backup failed its integrity checks")
        try:
            ensure_private_dir(vault_path.parent)
            ensure_private_dir(rollback_dir)
        except OSError as exc:
            raise os_error_to_vault_error(exc) from exc
        # atomic_path renames the verified copy over the vault only after the block, so the
        # rollback copy exists before the old vault is replaced.
        with atomic_path(vault_path) as tmp:
            write_copy(conn, tmp, key)
            return _keep_rollback_copy(vault_path, rollback_dir)
    finally:
        conn.close()
        key.wipe()


def _keep_rollback_copy(vault_path: Path, rollback_dir: Path) -> Path:
    """Copy the current vault (and its hot journal, if any) into ``rollback_dir``.

    The journal is then deleted: SQLite pairs a journal with a database by name only, so left
    beside the restored file it would be "rolled back" into it and wreck it. The copy keeps
    the pair together, so the old vault can still be opened (and its journal replayed) there.
    """
    if not vault_path.exists():
        return Path()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    rollback = rollback_dir / f"before-restore-{stamp}.rmdesk"
    counter = 1
    while rollback.exists():
        counter += 1
        rollback = rollback_dir / f"before-restore-{stamp}-{counter}.rmdesk"
    journal = vault_path.with_name(vault_path.name + "-journal")
    try:
        if journal.exists():
            # Journal first: the pair is complete the moment the main copy appears.
            copy_file_atomic(journal, rollback.with_name(rollback.name + "-journal"))
        copy_file_atomic(vault_path, rollback)
        journal.unlink(missing_ok=True)
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    return rollback
