"""Restore: replace the vault with a verified copy of a backup, keeping a rollback copy.

The order is chosen so that a crash at any step leaves either the old vault or the restored
one at the vault's path, never a mix, and never a journal beside a file it does not belong to.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.paths import ensure_private_dir
from rmdesk.store.db import translated_errors
from rmdesk.store.engine import OpenMode, integrity_problems
from rmdesk.store.errors import (
    BadInputError,
    DamagedVaultError,
    VaultTooNewError,
)
from rmdesk.store.files import (
    atomic_path,
    copy_file_atomic,
    os_error_to_vault_error,
    remove_stale_vault_temps,
    unused_stamped_name,
)
from rmdesk.store.generation import GENERATION_KEY
from rmdesk.store.kdf import KdfParams
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.seen_record import SeenRecord, record_path, remember_quietly
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
    if not candidate.exists():
        raise BadInputError(f"there is no file at {candidate.name}")
    remove_stale_vault_temps(vault_path)  # a killed restore's copy; the caller holds the lock
    with _readable_copy(candidate, vault_path.parent) as (source, mode):
        return _restore_from(vault_path, source, mode, passphrase, rollback_dir, kdf)


@contextmanager
def _readable_copy(candidate: Path, scratch_parent: Path) -> Iterator[tuple[Path, OpenMode]]:
    """The file to restore from, and how to open it; the backup itself is never changed.

    Normally that is the candidate, read-only (no migration either: the restored vault
    migrates, with its own copy, on its next open). A hot journal beside it (a copy taken
    mid-write) must be replayed first, which a read-only connection refuses: replay it into a
    private scratch copy of the pair instead.
    """
    journal = candidate.with_name(candidate.name + "-journal")
    if not (journal.is_file() and journal.stat().st_size > 0):
        yield candidate, "ro"
        return
    try:
        ensure_private_dir(scratch_parent)
        scratch = Path(tempfile.mkdtemp(prefix=".restore-", dir=scratch_parent))
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    try:
        copy = scratch / candidate.name
        shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
        shutil.copyfile(candidate, copy)
        yield copy, "rw"
    except OSError as exc:
        raise os_error_to_vault_error(exc) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _restore_from(
    vault_path: Path,
    source: Path,
    mode: OpenMode,
    passphrase: bytearray,
    rollback_dir: Path,
    kdf: KdfParams | None,
) -> Path:
    conn, key = unlock(source, passphrase, kdf, mode=mode)
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
        with translated_errors():
            generation = _generation(conn)
        with atomic_path(vault_path) as tmp:
            write_copy(conn, tmp, key)
            rollback = _keep_rollback_copy(vault_path, rollback_dir)
        # A restore through rmdesk is deliberate: the restored copy becomes the newest seen,
        # so its lower generation is not reported as a rollback on the next unlock.
        record = SeenRecord(record_path(vault_path), key.key, key.salt)
        try:
            remember_quietly(record, generation, reset=True)
        finally:
            record.wipe()
        return rollback
    finally:
        conn.close()
        key.wipe()


def _generation(conn: sqlcipher.Connection) -> int:
    """The candidate's generation; 0 for one from before the counter (it starts there)."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (GENERATION_KEY,)).fetchone()
    try:
        return int(str(row[0])) if row is not None else 0
    except ValueError:
        return 0


def _keep_rollback_copy(vault_path: Path, rollback_dir: Path) -> Path:
    """Copy the current vault (and its hot journal, if any) into ``rollback_dir``.

    The journal is then deleted: SQLite pairs a journal with a database by name only, so left
    beside the restored file it would be "rolled back" into it and wreck it. The copy keeps
    the pair together, so the old vault can still be opened (and its journal replayed) there.
    """
    if not vault_path.exists():
        return Path()
    rollback = unused_stamped_name(rollback_dir, "before-restore-", ".rmdesk")
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
