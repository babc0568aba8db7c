"""A hot journal is replayed only into the file it was written for (issue 19, item 2).

SQLite pairs ``vault.rmdesk-journal`` with whatever file is called ``vault.rmdesk``. A crash
journal followed by another file put there (a backup copied back by hand, a sync tool, another
vault) must be set aside, not "rolled back" into that file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rmdesk.store.errors import WrongPassphraseError
from rmdesk.store.journal_guard import SCRATCH_PREFIX, SET_ASIDE_PREFIX
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.store.children import (
    FAST,
    all_rows,
    crash_mid_transaction,
    file_digest,
    make_vault,
    open_fast,
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    make_vault(folder / "vault.rmdesk", rows=40, row_bytes=700)
    return folder


def journal(data: Path) -> Path:
    return data / "vault.rmdesk-journal"


def set_aside(data: Path) -> list[Path]:
    backups = data / "backups"
    return sorted(backups.glob(f"{SET_ASIDE_PREFIX}*")) if backups.exists() else []


def test_a_crash_journal_is_not_replayed_into_an_older_copy_put_in_its_place(
    data: Path, tmp_path: Path
) -> None:
    vault_path = data / "vault.rmdesk"
    copy = tmp_path / "copied-by-hand.rmdesk"
    with open_fast(vault_path) as vault:
        vault.backup_to(copy)  # same salt and key: only the content differs
        older = all_rows(vault)
        vault.db.execute("DELETE FROM acked WHERE n % 2 = 0")
        vault.db.execute("INSERT INTO acked(n, filler) VALUES (5000, randomblob(3000))")
    crash_mid_transaction(vault_path)
    journal_bytes = journal(data).read_bytes()
    shutil.copyfile(copy, vault_path)  # the user puts a backup back by hand

    with open_fast(vault_path, backup_dir=data / "backups") as vault:
        assert vault.verify().ok
        assert all_rows(vault) == older
        assert len(vault.notices) == 1
        assert "did not belong" in vault.notices[0]

    assert not journal(data).exists()
    (kept,) = set_aside(data)
    assert kept.read_bytes() == journal_bytes  # moved, never deleted
    assert not list(data.glob(f"{SCRATCH_PREFIX}*"))
    with open_fast(vault_path) as vault:  # and the next run finds it sound too
        assert vault.verify().ok


def test_a_crash_journal_of_another_vault_is_set_aside_before_any_key_is_tried(
    data: Path, tmp_path: Path
) -> None:
    vault_path = data / "vault.rmdesk"
    crash_mid_transaction(vault_path)
    other = tmp_path / "other.rmdesk"
    make_vault(other, rows=5)  # another salt
    shutil.copyfile(other, vault_path)
    digest = file_digest(vault_path)

    # Even a wrong passphrase must not let SQLite replay the foreign journal.
    with pytest.raises(WrongPassphraseError):
        open_fast(vault_path, "not the passphrase at all", backup_dir=data / "backups")

    assert file_digest(vault_path) == digest
    assert not journal(data).exists()
    assert len(set_aside(data)) == 1
    with open_fast(vault_path) as vault:
        assert vault.verify().ok
        assert len(all_rows(vault)["acked"]) == 5


def test_the_vaults_own_crash_journal_is_still_replayed(data: Path) -> None:
    vault_path = data / "vault.rmdesk"
    with open_fast(vault_path) as vault:
        before = all_rows(vault)
    crash_mid_transaction(vault_path)

    with open_fast(vault_path, backup_dir=data / "backups") as vault:
        assert vault.notices == ()
        assert vault.verify().ok
        assert all_rows(vault) == before
    assert not journal(data).exists()
    assert set_aside(data) == []


def test_a_wrong_passphrase_leaves_the_vault_and_its_own_journal_untouched(data: Path) -> None:
    vault_path = data / "vault.rmdesk"
    crash_mid_transaction(vault_path)
    digests = (file_digest(vault_path), file_digest(journal(data)))

    with pytest.raises(WrongPassphraseError):
        Vault.open(vault_path, passphrase_bytes("wrong wrong wrong"), kdf=FAST)

    assert (file_digest(vault_path), file_digest(journal(data))) == digests
    assert set_aside(data) == []
