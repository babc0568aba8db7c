"""Changing the passphrase: trusted only once the file opens with the new one and not the old."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from rmdesk.store.errors import WrongPassphraseError
from rmdesk.store.kdf import passphrase_bytes
from tests.store.children import (
    FAST,
    PASSPHRASE,
    all_rows,
    file_digest,
    make_vault,
    open_fast,
    run_child,
    tree_listing,
)

NEW = "a new passphrase, with ümlauts"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    make_vault(path, rows=40, row_bytes=3000)
    return path


def test_after_a_change_only_the_new_passphrase_opens_and_nothing_is_lost(
    vault_path: Path,
) -> None:
    with open_fast(vault_path) as vault:
        before = all_rows(vault)
        vault.change_passphrase(passphrase_bytes(PASSPHRASE), passphrase_bytes(NEW), kdf=FAST)
        # Still open and writable, now under the new key.
        vault.db.execute("INSERT INTO acked(n, filler) VALUES (1000, x'00')")
        assert vault.check_passphrase(passphrase_bytes(NEW))
        assert not vault.check_passphrase(passphrase_bytes(PASSPHRASE))
    with pytest.raises(WrongPassphraseError):
        open_fast(vault_path, PASSPHRASE)
    with open_fast(vault_path, NEW) as vault:
        assert vault.verify().ok
        after = all_rows(vault)
        after["acked"].remove(repr((1000, b"\x00")))
        assert after == before
    assert tree_listing(vault_path.parent) == {"vault.rmdesk"}


def test_a_wrong_old_passphrase_changes_nothing(vault_path: Path) -> None:
    digest = file_digest(vault_path)
    with open_fast(vault_path) as vault:
        with pytest.raises(WrongPassphraseError):
            vault.change_passphrase(passphrase_bytes("not it"), passphrase_bytes(NEW), kdf=FAST)
        assert vault.db.scalar("SELECT count(*) FROM acked") == 40  # still open
    assert file_digest(vault_path) == digest
    with pytest.raises(WrongPassphraseError):
        open_fast(vault_path, NEW)
    open_fast(vault_path).close()


def test_the_same_passphrase_again_leaves_the_file_alone(vault_path: Path) -> None:
    digest = file_digest(vault_path)
    with open_fast(vault_path) as vault:
        same = passphrase_bytes(PASSPHRASE)
        vault.change_passphrase(same, passphrase_bytes(PASSPHRASE), kdf=FAST)
    assert file_digest(vault_path) == digest


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_on_a_full_disk_the_change_is_refused_and_the_old_passphrase_still_works(
    vault_path: Path,
) -> None:
    # The file itself may be rewritten in place, but the journal (a full copy) cannot grow.
    limit = vault_path.stat().st_size
    outcome = run_child(
        "full-disk", "rekey", str(vault_path), PASSPHRASE, "--limit", str(limit), "--new", NEW
    )
    assert outcome["error"] == "PassphraseNotChangedError", outcome
    assert "old one still works" in outcome["message"]
    with pytest.raises(WrongPassphraseError):
        open_fast(vault_path, NEW)
    with open_fast(vault_path) as vault:
        assert vault.verify().ok
        assert vault.db.scalar("SELECT count(*) FROM acked") == 40
    assert tree_listing(vault_path.parent) == {"vault.rmdesk"}


def test_a_locked_vault_accepts_no_passphrase(vault_path: Path) -> None:
    vault = open_fast(vault_path)
    assert vault.check_passphrase(passphrase_bytes(PASSPHRASE))
    vault.close()
    assert not vault.check_passphrase(passphrase_bytes(PASSPHRASE))
    with pytest.raises(RuntimeError):
        _ = vault.db
