"""Backups (atomic, 0600, re-keyable) and restore (verified first, rollback copy kept)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.engine import connect, read_salt
from rmdesk.store.errors import (
    BadInputError,
    DamagedVaultError,
    VaultError,
    VaultExistsError,
    VaultTooNewError,
    WrongPassphraseError,
)
from rmdesk.store.kdf import derive_key, passphrase_bytes
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.vault import Vault
from tests.store.children import (
    FAST,
    PASSPHRASE,
    all_rows,
    crash_mid_transaction,
    file_digest,
    make_vault,
    open_fast,
    tree_listing,
)

TEXTS = ["plain", "emoji 👩‍💻 and RTL \u202eevil", "combining e\u0301", "NUL \x00 ESC \x1b[31m"]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    make_vault(path, rows=30, row_bytes=700)
    with open_fast(path) as vault:
        db = vault.db
        db.execute("CREATE VIRTUAL TABLE notes USING fts5(body)")
        db.execute_many("INSERT INTO notes(body) VALUES (?)", [(t,) for t in TEXTS])
        db.execute("INSERT INTO meta(key, value) VALUES ('note', 'kept')")
    return folder


def restore(data: Path, candidate: Path, passphrase: str = PASSPHRASE) -> Path:
    return Vault.restore(
        data / "vault.rmdesk",
        candidate,
        passphrase_bytes(passphrase),
        rollback_dir=data / "rollback",
        kdf=FAST,
    )


def test_backup_then_restore_gives_back_every_row_of_every_table(
    data: Path, tmp_path: Path
) -> None:
    vault_path = data / "vault.rmdesk"
    backup = tmp_path / "backups" / "copy.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(backup)
        snapshot = all_rows(vault)
        # Life goes on after the backup...
        vault.db.execute("DELETE FROM acked WHERE n > 10")
        vault.db.execute("INSERT INTO notes(body) VALUES ('written later')")
        later = all_rows(vault)
    assert set(snapshot) >= {"acked", "meta", "notes", "notes_data", "relationship"}
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert tree_listing(backup.parent) == {"copy.rmdesk"}
    candidate_digest = file_digest(backup)

    rollback = restore(data, backup)

    assert file_digest(backup) == candidate_digest  # the backup itself is never modified
    with open_fast(vault_path) as vault:
        assert vault.verify().ok
        assert all_rows(vault) == snapshot
    assert rollback.parent == data / "rollback"
    assert stat.S_IMODE(rollback.stat().st_mode) == 0o600
    with open_fast(rollback) as previous:
        assert all_rows(previous) == later
    assert tree_listing(data) == {"vault.rmdesk", "rollback", f"rollback/{rollback.name}"}


def test_a_backup_with_a_new_passphrase_opens_only_with_that_one(
    data: Path, tmp_path: Path
) -> None:
    vault_path = data / "vault.rmdesk"
    backup = tmp_path / "shared.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(backup, passphrase_bytes("for the backup"), kdf=FAST)
        expected = all_rows(vault)
    assert read_salt(backup) != read_salt(vault_path)  # its own salt, so its own key
    with pytest.raises(WrongPassphraseError):
        open_fast(backup, PASSPHRASE)
    with open_fast(backup, "for the backup") as copy:
        assert copy.verify().ok
        assert all_rows(copy) == expected


def test_a_failed_backup_leaves_no_temp_file_and_the_old_target_alone(
    data: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "copy.rmdesk"
    target.mkdir(parents=True)  # a folder where the file should go: the final rename fails
    with open_fast(data / "vault.rmdesk") as vault, pytest.raises(VaultError):
        vault.backup_to(target)
    assert tree_listing(tmp_path / "out") == {"copy.rmdesk"}
    assert target.is_dir()


def test_a_backup_cannot_overwrite_the_vault_itself(data: Path) -> None:
    vault_path = data / "vault.rmdesk"
    digest = file_digest(vault_path)
    with open_fast(vault_path) as vault, pytest.raises(VaultExistsError):
        vault.backup_to(data / "." / "vault.rmdesk")
    assert file_digest(vault_path) == digest


@pytest.mark.parametrize("problem", ["tampered", "wrong passphrase", "too new", "missing"])
def test_restore_refuses_a_bad_backup_and_touches_nothing(
    data: Path, tmp_path: Path, problem: str
) -> None:
    vault_path = data / "vault.rmdesk"
    backup = tmp_path / "copy.rmdesk"
    with open_fast(vault_path) as vault:
        secret = passphrase_bytes("other") if problem == "wrong passphrase" else None
        vault.backup_to(backup, secret, kdf=FAST)
    expected: type[VaultError] = {
        "tampered": DamagedVaultError,
        "wrong passphrase": WrongPassphraseError,
        "too new": VaultTooNewError,
        "missing": BadInputError,
    }[problem]
    if problem == "tampered":
        data_bytes = bytearray(backup.read_bytes())
        data_bytes[len(data_bytes) // 2] ^= 0x01
        backup.write_bytes(bytes(data_bytes))
    elif problem == "too new":
        key = derive_key(passphrase_bytes(PASSPHRASE), read_salt(backup), FAST)
        conn = connect(backup, key)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    elif problem == "missing":
        backup.unlink()
    digest = file_digest(vault_path)
    listing = tree_listing(data)

    with pytest.raises(expected):
        restore(data, backup)

    assert file_digest(vault_path) == digest
    assert tree_listing(data) == listing


def test_restore_moves_a_hot_journal_with_the_old_vault_instead_of_replaying_it_into_the_new(
    data: Path, tmp_path: Path
) -> None:
    """A crash mid-write leaves vault + hot journal. Restore must keep the pair together in
    the rollback copy: left beside the restored file, SQLite would "roll it back" into it."""
    vault_path = data / "vault.rmdesk"
    backup = tmp_path / "copy.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(backup)
        snapshot = all_rows(vault)
        # Same key and salt as the backup, but other content: a replayed journal would show.
        vault.db.execute("DELETE FROM acked WHERE n % 3 = 0")
        vault.db.execute("INSERT INTO notes(body) VALUES ('after the backup')")
        before_crash = all_rows(vault)
    crash_mid_transaction(vault_path)
    assert vault_path.with_name("vault.rmdesk-journal").stat().st_size > 0

    rollback = restore(data, backup)

    assert not vault_path.with_name("vault.rmdesk-journal").exists()
    with open_fast(vault_path) as vault:
        assert vault.verify().ok
        assert all_rows(vault) == snapshot
    assert rollback.with_name(rollback.name + "-journal").exists()
    with open_fast(rollback) as previous:  # replays its own journal: back to before the crash
        assert previous.verify().ok
        assert all_rows(previous) == before_crash


def test_a_backup_with_a_hot_journal_is_replayed_into_a_private_copy_only(
    data: Path, tmp_path: Path
) -> None:
    """A file pair copied mid-write: the journal must be replayed to read it, but the
    user's backup (maybe on read-only media) is never written to."""
    candidate = tmp_path / "copied.rmdesk"
    with open_fast(data / "vault.rmdesk") as vault:
        vault.backup_to(candidate)
        expected = all_rows(vault)
    crash_mid_transaction(candidate)
    journal = candidate.with_name("copied.rmdesk-journal")
    digests = (file_digest(candidate), file_digest(journal))

    rollback = restore(data, candidate)

    assert (file_digest(candidate), file_digest(journal)) == digests
    with open_fast(data / "vault.rmdesk") as vault:
        assert vault.verify().ok
        assert all_rows(vault) == expected
    assert tree_listing(data) == {"vault.rmdesk", "rollback", f"rollback/{rollback.name}"}


def test_restore_without_a_current_vault_needs_no_rollback(data: Path, tmp_path: Path) -> None:
    vault_path = data / "vault.rmdesk"
    backup = tmp_path / "copy.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(backup)
    vault_path.unlink()
    assert restore(data, backup) == Path()
    open_fast(vault_path).close()
    assert os.path.exists(vault_path)


def test_restore_refuses_the_vault_as_its_own_backup(data: Path) -> None:
    with pytest.raises(BadInputError):
        restore(data, data / "vault.rmdesk")


def test_backup_copy_is_encrypted_for_its_key_only(data: Path, tmp_path: Path) -> None:
    """An unkeyed reader sees noise, not a database."""
    backup = tmp_path / "copy.rmdesk"
    with open_fast(data / "vault.rmdesk") as vault:
        vault.backup_to(backup)
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    conn = sqlcipher.connect(str(backup))
    try:
        with pytest.raises(sqlcipher.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()
