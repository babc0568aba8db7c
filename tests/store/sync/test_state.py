"""Row versions kept lazily: tombstones by absence, ids alike on copies, the change counter."""

from __future__ import annotations

from pathlib import Path

from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.schema import MIGRATIONS, SCHEMA_TABLES, SYNC_TABLES
from rmdesk.store.sync.dirty import refresh_dirty
from rmdesk.store.sync.rows import DELETED, synced_specs
from rmdesk.store.sync.state import load_state
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sample_data import populate
from tests.store.sync.exchange import AGENDA, MEETINGS


def test_every_synced_table_counts_its_changes(vault: Vault) -> None:
    names = {s.name for s in synced_specs(vault.db, "all")}
    assert names == SCHEMA_TABLES - SYNC_TABLES - {"meta"}
    triggers = {
        str(r[0])
        for r in vault.db.query(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
            " AND sql LIKE '%sync_changes%'"
        )
    }
    assert triggers == names


def test_a_cascade_leaves_a_tombstone_for_every_row_it_took(vault: Vault) -> None:
    populate(vault.db)
    before = load_state(vault.db, "all", write=True)
    vault.db.execute("DELETE FROM meeting WHERE uuid = ?", (MEETINGS[0],))
    after = load_state(vault.db, "all", write=True)
    gone = {key for key, e in after.items() if e.hash == DELETED}
    assert ("meeting", MEETINGS[0]) in gone and ("agenda_item", AGENDA[0]) in gone
    assert any(table == "meeting_private_note" for table, _ in gone)
    for key in gone:
        assert before[key].ver in after[key].seen  # the tombstone descends from the row


def test_two_copies_name_the_same_change_alike(tmp_path: Path) -> None:
    first = Vault.create(tmp_path / "a" / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)
    populate(first.db)
    first.close()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "v.rmdesk").write_bytes((tmp_path / "a" / "v.rmdesk").read_bytes())
    versions = []
    for side in ("a", "b"):
        with Vault.open(
            tmp_path / side / "v.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
        ) as v:
            v.db.execute("UPDATE goal SET title = 'same edit'")
            versions.append({k: e.ver for k, e in load_state(v.db, "all", write=True).items()})
    assert versions[0] == versions[1]


def test_opening_an_unchanged_vault_reads_no_rows_to_refresh(tmp_path: Path) -> None:
    path = tmp_path / "v.rmdesk"
    with Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        populate(v.db)
    with Vault.open(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        rows = v.db.scalar("SELECT count(*) FROM sync_row")
        assert rows > 10  # the edits of the last session were versioned at this open
    stamp = path.read_bytes()
    with Vault.open(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF):
        pass
    assert path.read_bytes() == stamp  # nothing changed, nothing written


def _bookkeeping(vault: Vault) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in vault.db.query(
            "SELECT 'row', scope, tbl, key, rel, ver, hash FROM sync_row"
            " UNION ALL SELECT 'seen', scope, tbl, key, ver, '', '' FROM sync_seen"
            " ORDER BY 1, 2, 3, 4, 5"
        )
    ]


def test_an_opening_versions_only_the_changed_rows_as_a_full_refresh_would(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v.rmdesk"
    with Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        populate(v.db)
        for n in range(30):
            v.db.execute(
                "INSERT INTO reflection (uuid, relationship_id, body, created_at, updated_at)"
                " VALUES (?, (SELECT min(id) FROM relationship), ?,"
                " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                (f"abcdef00-0000-4000-8000-{n:012d}", f"quiet {n}"),
            )
    with Vault.open(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as v:
        # One session's edits: updates, a cascade, tags (a table without rowids), a new row,
        # a deleted row.
        v.db.execute("UPDATE goal SET title = title || ' (revised)'")
        v.db.execute("DELETE FROM meeting WHERE uuid = ?", (MEETINGS[0],))
        v.db.execute("DELETE FROM reflection_tag")
        v.db.execute(
            "INSERT INTO reflection_tag (reflection_id, tag)"
            " SELECT id, 'new-tag' FROM reflection ORDER BY id LIMIT 2"
        )
        v.db.execute("DELETE FROM reflection WHERE uuid = 'abcdef00-0000-4000-8000-000000000003'")
        v.db.execute(
            "UPDATE reflection SET body = 'edited' WHERE uuid = ?",
            ("abcdef00-0000-4000-8000-000000000007",),
        )
    statements: list[str] = []
    # Migrations given as another object than the app's: the opening leaves the versions
    # alone, so that the refresh it would run can be traced here.
    with Vault.open(
        path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF, migrations=(*MIGRATIONS,)
    ) as v:
        assert v.db.scalar("SELECT count(*) FROM sync_dirty") > 0
        v.db.raw.set_trace_callback(statements.append)
        refresh_dirty(v.db)
        v.db.raw.set_trace_callback(None)
        assert v.db.scalar("SELECT count(*) FROM sync_dirty") == 0
        incremental = _bookkeeping(v)
        load_state(v.db, "all", write=True)  # the full refresh finds nothing left to do
        assert _bookkeeping(v) == incremental
    # The journal's texts are read for the changed rows only (uuids may be read in full).
    body_reads = [s for s in statements if 'FROM "reflection"' in s and '"body"' in s]
    assert body_reads and all("json_each" in s for s in body_reads)
