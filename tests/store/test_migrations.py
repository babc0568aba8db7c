"""Schema migrations on real vault files: upgrade with a copy first, refuse newer, all or nothing.

The app has one migration so far, so "an older vault" is simulated the other way round: a
vault at today's schema opened with a migrations list that has more entries.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store import migrations
from rmdesk.store.engine import PAGE_SIZE
from rmdesk.store.errors import DamagedVaultError, VaultTooNewError
from rmdesk.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.store.children import all_rows, file_digest, make_vault, open_fast, tree_listing

ADD_TABLE = ["CREATE TABLE later(x TEXT NOT NULL)", "INSERT INTO later(x) VALUES ('v2')"]
BROKEN = ["CREATE TABLE half_done(x)", "INSERT INTO no_such_table VALUES (1)"]


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    path = folder / "vault.rmdesk"
    make_vault(path, rows=25)
    return path


def table_names(path: Path) -> set[str]:
    with open_fast(path) as vault:
        return {str(r[0]) for r in vault.db.query("SELECT name FROM sqlite_master")}


def test_an_older_vault_is_copied_then_upgraded(vault_path: Path, tmp_path: Path) -> None:
    with open_fast(vault_path) as vault:
        before = all_rows(vault)
    backups = tmp_path / "backups"

    with open_fast(vault_path, migrations=[*MIGRATIONS, ADD_TABLE], backup_dir=backups) as vault:
        assert migrations.schema_version(vault.db) == SCHEMA_VERSION + 1
        assert vault.db.scalar("SELECT x FROM later") == "v2"

    copies = list(backups.iterdir())
    assert [c.name.startswith(f"pre-migration-v{SCHEMA_VERSION}-") for c in copies] == [True]
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    with open_fast(copies[0]) as copy:  # the copy is the vault exactly as it was
        assert migrations.schema_version(copy.db) == SCHEMA_VERSION
        assert all_rows(copy) == before


def test_the_default_backup_folder_is_beside_the_vault(vault_path: Path) -> None:
    open_fast(vault_path, migrations=[*MIGRATIONS, ADD_TABLE]).close()
    assert len(list((vault_path.parent / "backups").iterdir())) == 1


def test_an_up_to_date_vault_is_not_copied(vault_path: Path, tmp_path: Path) -> None:
    open_fast(vault_path, backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_a_newer_vault_is_refused_by_pending_and_migrate(vault_path: Path) -> None:
    with open_fast(vault_path) as vault:
        older_app = MIGRATIONS[:-1]
        with pytest.raises(VaultTooNewError):
            migrations.pending(vault.db, older_app)
        with pytest.raises(VaultTooNewError):
            migrations.migrate(vault.db, older_app)
        assert migrations.schema_version(vault.db) == SCHEMA_VERSION


def test_a_failing_migration_leaves_version_and_tables_as_before(vault_path: Path) -> None:
    digest = file_digest(vault_path)
    with pytest.raises(sqlcipher.OperationalError):  # a broken migration is a bug: it raises
        open_fast(vault_path, migrations=[*MIGRATIONS, BROKEN], backup_dir=vault_path.parent)
    with open_fast(vault_path) as vault:
        assert migrations.schema_version(vault.db) == SCHEMA_VERSION
    assert "half_done" not in table_names(vault_path)
    # The copy taken before the attempt is all that changed in the folder.
    assert file_digest(vault_path) == digest
    assert len([p for p in tree_listing(vault_path.parent) if "pre-migration" in p]) == 1


def test_each_migration_is_its_own_transaction(vault_path: Path) -> None:
    with open_fast(vault_path) as vault:
        with pytest.raises(sqlcipher.OperationalError):
            migrations.migrate(vault.db, [*MIGRATIONS, ADD_TABLE, BROKEN])
        # The good one stuck; the broken one left nothing, not even half its statements.
        assert migrations.schema_version(vault.db) == SCHEMA_VERSION + 1
        names = {str(r[0]) for r in vault.db.query("SELECT name FROM sqlite_master")}
        assert "later" in names
        assert "half_done" not in names
        assert not vault.db.in_transaction
        assert migrations.migrate(vault.db, [*MIGRATIONS, ADD_TABLE]) == 0


def test_a_damaged_vault_is_not_migrated(vault_path: Path, tmp_path: Path) -> None:
    """Verify before migrating: upgrading a damaged file would bake the damage in."""
    data = bytearray(vault_path.read_bytes())
    data[len(data) - PAGE_SIZE + 100] ^= 0x01  # the last page: the open itself never reads it
    vault_path.write_bytes(bytes(data))
    digest = file_digest(vault_path)
    with pytest.raises(DamagedVaultError, match="not upgraded"):
        open_fast(vault_path, migrations=[*MIGRATIONS, ADD_TABLE], backup_dir=tmp_path / "b")
    assert file_digest(vault_path) == digest
    assert not (tmp_path / "b").exists()
