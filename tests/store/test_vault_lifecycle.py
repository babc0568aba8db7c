"""Create, the engine self-check, verify, transactions and locking on real vault files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from rmdesk.store.errors import VaultExistsError
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.vault import SQLITE_PLAIN_HEADER, Vault, engine_problems
from tests.store.children import FAST, PASSPHRASE, file_digest, open_fast


def create(path: Path) -> Vault:
    return Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST)


def test_create_makes_one_private_encrypted_file_in_a_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    path = folder / "vault.rmdesk"
    with create(path) as vault:
        assert vault.verify().ok
        assert vault.verify().schema_version == SCHEMA_VERSION
        assert vault.meta("kdf_version") == "1"
        assert len(vault.meta("vault_uuid") or "") == 32
    # No temp file, no journal; the rollback record (test_rollback.py) beside it.
    assert sorted(p.name for p in folder.iterdir()) == ["vault.rmdesk", "vault.seen"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert not path.read_bytes().startswith(SQLITE_PLAIN_HEADER)


@pytest.mark.parametrize("existing", ["file", "empty file", "dangling symlink"])
def test_create_never_replaces_what_is_there(tmp_path: Path, existing: str) -> None:
    path = tmp_path / "vault.rmdesk"
    if existing == "file":
        create(path).close()
    elif existing == "empty file":
        path.touch()
    else:
        path.symlink_to(tmp_path / "elsewhere")
    before = file_digest(path) if path.is_file() else None
    with pytest.raises(VaultExistsError):
        create(path)
    assert (file_digest(path) if path.is_file() else None) == before
    assert {p.suffix for p in tmp_path.iterdir()} <= {".rmdesk", ".seen"}


def test_the_engine_self_check_passes_on_a_real_connection(vault: Vault) -> None:
    assert engine_problems(vault.db.raw) == ()


def test_the_engine_self_check_fails_clearly_with_a_file_temp_store(vault: Vault) -> None:
    vault.db.raw.execute("PRAGMA temp_store = FILE")
    problems = engine_problems(vault.db.raw)
    assert problems == ("temp_store is FILE (would spill plaintext)",)
    report = vault.verify()
    assert not report.ok
    assert report.engine == problems


def test_close_locks_and_wipes_the_key(tmp_path: Path) -> None:
    vault = create(tmp_path / "vault.rmdesk")
    key = vault._key.key
    vault.close()
    vault.close()  # twice is fine
    assert not vault.is_open
    assert set(key) == {0}


def test_a_failed_transaction_leaves_the_last_committed_state(vault: Vault) -> None:
    db = vault.db
    db.execute("CREATE TABLE t(x INTEGER UNIQUE)")
    db.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(ValueError), db.transaction():
        db.execute("INSERT INTO t VALUES (2)")
        raise ValueError("a bug halfway")
    with db.transaction():
        db.execute("INSERT INTO t VALUES (3)")
        with pytest.raises(ValueError), db.transaction():  # a savepoint
            db.execute("INSERT INTO t VALUES (4)")
            raise ValueError("inner")
    assert [r[0] for r in db.query("SELECT x FROM t ORDER BY x")] == [1, 3]
    assert not db.in_transaction


def test_reopening_after_close_sees_everything_committed(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    with create(path) as vault:
        vault.db.execute("INSERT INTO meta(key, value) VALUES ('k', 'v')")
    with open_fast(path) as vault:
        assert vault.meta("k") == "v"
    assert not os.path.exists(f"{path}-journal")


def test_create_refuses_beside_a_leftover_journal(data_paths) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from rmdesk.store.errors import VaultExistsError
    from rmdesk.store.kdf import passphrase_bytes
    from rmdesk.store.vault import Vault
    from tests.conftest import FAST_KDF

    journal = data_paths.vault.with_name(data_paths.vault.name + "-journal")
    journal.write_bytes(b"\x00" * 512)
    with pytest.raises(VaultExistsError, match="journal"):
        Vault.create(data_paths.vault, passphrase_bytes("any words here"), kdf=FAST_KDF)
    assert not data_paths.vault.exists()
    assert journal.read_bytes() == b"\x00" * 512
