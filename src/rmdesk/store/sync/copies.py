"""Merging another copy of one's own vault (a laptop and a desktop; a sync tool's conflict copy).

The other copy is opened read-only and never changed; its rows (private parts included) merge
into this vault with the same engine as packs, in one transaction. The pack bookkeeping
(``shared`` scope) travels too, so packs exchanged from either device keep recognising the
versions the other person has already seen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rmdesk.store import migrations as schema_migrations
from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError, SameVaultFileError, VaultTooNewError
from rmdesk.store.kdf import KdfParams
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.sync.merge import MergeSummary, drop_settled_conflicts, merge_entries
from rmdesk.store.sync.rows import RowKey, content_hash, read_scope
from rmdesk.store.sync.state import (
    Stored,
    add_seen,
    load_state,
    stored_rows,
    write_stored,
)
from rmdesk.store.vault_files import unlock


@dataclass(frozen=True, slots=True)
class CopyMergeResult:
    summary: MergeSummary


def merge_copy(
    db: Db, vault_path: Path, other: Path, passphrase: bytearray, *, kdf: KdfParams | None = None
) -> CopyMergeResult:
    """Merge the copy at ``other`` (opened with ``passphrase``) into ``db``: all or nothing."""
    if other.exists() and other.resolve() == vault_path.resolve():
        raise SameVaultFileError()
    conn, key = unlock(other, passphrase, kdf, mode="ro")
    try:
        other_db = Db(conn)
        version = schema_migrations.schema_version(other_db)
        if version > SCHEMA_VERSION:
            raise VaultTooNewError(f"the other copy has schema {version}")
        if version < SCHEMA_VERSION:
            raise BadInputError(
                "the other copy was last opened by an older rmdesk; open it once with this "
                "version (it is upgraded after a backup copy), then merge again"
            )
        remote = load_state(other_db, "all", write=False)
        remote_shared = load_state(other_db, "shared", write=False)
        conflicts = other_db.query(
            "SELECT scope, tbl, key, rel, reason, theirs, detected_at FROM sync_conflict"
            " WHERE scope = 'shared'"
        )
    finally:
        conn.close()
        key.wipe()
    with db.transaction():
        summary = merge_entries(db, "all", list(remote.values()))
        # What the other copy knows about packs, so the next pack from either device is
        # understood: every version it has seen, its tombstones, its waiting conflicts.
        # Where this copy's row now holds what the other copy named (a pack taken in
        # there), take over that name: the other person knows it.
        now = read_scope(db, "shared").rows
        here = stored_rows(db, "shared")
        adopt: dict[RowKey, Stored] = {}
        for row_key, theirs in remote_shared.items():
            current = content_hash(now.get(row_key))
            mine = here.get(row_key)
            if theirs.hash == current and (mine is None or mine.hash != current):
                adopt[row_key] = Stored(rel=theirs.rel, ver=theirs.ver, hash=theirs.hash)
        write_stored(db, "shared", adopt)
        add_seen(db, "shared", {k: set(e.seen) for k, e in remote_shared.items()})
        load_state(db, "shared", write=True)
        for r in conflicts:
            payload = json.loads(str(r["theirs"]))
            db.execute(
                "INSERT OR IGNORE INTO sync_conflict (scope, tbl, key, rel, reason, theirs,"
                " detected_at) VALUES (?,?,?,?,?,?,?)",
                (
                    r["scope"],
                    r["tbl"],
                    r["key"],
                    r["rel"],
                    r["reason"],
                    json.dumps(payload),
                    r["detected_at"],
                ),
            )
        drop_settled_conflicts(db, "shared")
    return CopyMergeResult(summary=summary)
