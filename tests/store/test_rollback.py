"""Rollback detection: an older copy of the vault put back in its place is noticed.

Real vault files throughout: a copy taken aside with ``shutil.copy2`` (what a sync tool or a
person does), the record file read and edited as bytes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rmdesk.store.generation import read_generation
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.schema import MIGRATIONS
from rmdesk.store.seen_record import SeenStatus, record_path
from rmdesk.store.vault import Vault
from tests.store.children import FAST, PASSPHRASE, make_vault, open_fast

CANARY = "CANARY-rollback-7f3a"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    make_vault(path, rows=3)
    return path


def write_something(path: Path, text: str = CANARY) -> None:
    with open_fast(path) as vault:
        assert not vault.rolled_back
        vault.db.execute("CREATE TABLE IF NOT EXISTS note(body TEXT)")
        with vault.db.transaction():
            vault.db.execute("INSERT INTO note(body) VALUES (?)", (text,))


def test_an_older_copy_put_back_is_reported_until_the_user_continues(
    vault_path: Path, tmp_path: Path
) -> None:
    aside = tmp_path / "aside.rmdesk"
    shutil.copy2(vault_path, aside)
    write_something(vault_path)
    shutil.copy2(aside, vault_path)  # the old copy put back

    with open_fast(vault_path) as vault:
        assert vault.rolled_back
        assert vault.seen_check is not None
        assert vault.seen_check.status is SeenStatus.OLDER
        assert vault.seen_check.seen is not None
        assert vault.seen_check.generation < vault.seen_check.seen
    with open_fast(vault_path) as vault:  # still reported: nothing was accepted
        assert vault.rolled_back
        vault.accept_as_newest()
        assert not vault.rolled_back
    with open_fast(vault_path) as vault:
        assert not vault.rolled_back


def test_every_saved_change_advances_the_generation_and_reads_do_not(vault_path: Path) -> None:
    with open_fast(vault_path) as vault:
        start = read_generation(vault.db)
        assert start is not None
        with vault.db.transaction():
            vault.db.query("SELECT * FROM acked")
        assert read_generation(vault.db) == start
        with vault.db.transaction():
            vault.db.execute("INSERT INTO acked(n, filler) VALUES (100, x'00')")
            vault.db.execute("INSERT INTO acked(n, filler) VALUES (101, x'00')")
        assert read_generation(vault.db) == start + 1
        vault.db.execute("DELETE FROM acked WHERE n = 100")  # a write outside a transaction
        assert read_generation(vault.db) == start + 2
        with pytest.raises(RuntimeError), vault.db.transaction():
            vault.db.execute("DELETE FROM acked")
            raise RuntimeError("rolled back: neither the change nor the count stays")
        assert read_generation(vault.db) == start + 2


def test_a_copy_taken_while_open_and_put_back_later_is_reported(
    vault_path: Path, tmp_path: Path
) -> None:
    """Within one session too: the record is written on close with the last generation."""
    aside = tmp_path / "aside.rmdesk"
    with open_fast(vault_path) as vault:
        vault.db.execute("INSERT INTO acked(n, filler) VALUES (200, x'00')")
        shutil.copy2(vault_path, aside)
        vault.db.execute("INSERT INTO acked(n, filler) VALUES (201, x'00')")
    shutil.copy2(aside, vault_path)
    with open_fast(vault_path) as vault:
        assert vault.rolled_back


def test_a_restore_through_rmdesk_is_not_reported(vault_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(backup)
    write_something(vault_path)
    Vault.restore(
        vault_path, backup, passphrase_bytes(PASSPHRASE), rollback_dir=tmp_path / "rb", kdf=FAST
    )
    with open_fast(vault_path) as vault:
        assert not vault.rolled_back
        assert vault.seen_check is not None
        assert vault.seen_check.status is SeenStatus.CURRENT


def test_the_record_holds_nothing_but_keyed_noise(vault_path: Path) -> None:
    write_something(vault_path)
    record = record_path(vault_path)
    first = record.read_bytes()
    write_something(vault_path, "second")
    second = record.read_bytes()
    with open_fast(vault_path) as vault:
        uuid = vault.meta("vault_uuid") or ""
        generation = read_generation(vault.db)
    for raw in (first, second):
        text = raw.decode("ascii")
        assert CANARY not in text and uuid not in text
        assert str(generation) not in text.split()  # not even the number in plain
        (line,) = text.splitlines()
        fields = line.split()
        assert [len(f) for f in fields] == [32, 32, 16, 64]
        assert all(set(f) <= set("0123456789abcdef") for f in fields)
    # Same vault, same identifier; everything else fresh (a new nonce each time).
    assert first.split()[0] == second.split()[0]
    assert first.split()[1:] != second.split()[1:]
    assert oct(record.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.parametrize("field", [1, 2, 3])
def test_a_forged_or_edited_record_is_detected(vault_path: Path, field: int) -> None:
    write_something(vault_path)
    record = record_path(vault_path)
    fields = record.read_text().split()
    # Flip one hex digit of the nonce, the masked number or the MAC.
    digit = fields[field][0]
    fields[field] = ("0" if digit != "0" else "1") + fields[field][1:]
    record.write_text(" ".join(fields) + "\n")
    with open_fast(vault_path) as vault:
        assert vault.rolled_back
        assert vault.seen_check is not None
        assert vault.seen_check.status is SeenStatus.FORGED


def test_a_copy_from_before_a_passphrase_change_is_reported(
    vault_path: Path, tmp_path: Path
) -> None:
    aside = tmp_path / "aside.rmdesk"
    shutil.copy2(vault_path, aside)
    with open_fast(vault_path) as vault:
        vault.change_passphrase(
            passphrase_bytes(PASSPHRASE), passphrase_bytes("a brand new passphrase"), kdf=FAST
        )
    shutil.copy2(aside, vault_path)
    with open_fast(vault_path) as vault:  # the old passphrase opens the old copy...
        assert vault.rolled_back  # ...and the record, keyed by the new one, says so


def test_a_deleted_record_starts_afresh_without_a_warning(vault_path: Path) -> None:
    write_something(vault_path)
    record_path(vault_path).unlink()
    with open_fast(vault_path) as vault:
        assert not vault.rolled_back
        assert vault.seen_check is not None
        assert vault.seen_check.status is SeenStatus.FIRST


def test_a_vault_from_before_the_counter_is_copied_then_counts_from_zero(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST, migrations=MIGRATIONS[:2]).close()
    backups = tmp_path / "backups"
    with open_fast(path, backup_dir=backups) as vault:
        assert read_generation(vault.db) == 0
        assert not vault.rolled_back
    assert [p.name.startswith("pre-migration-v2-") for p in backups.iterdir()] == [True]
