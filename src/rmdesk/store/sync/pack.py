"""The hand-over pack: one relationship's shared rows in an encrypted file (docs/pack-format.md).

The file is a SQLCipher 4 database keyed exactly like a vault: scrypt (``kdf.DEFAULT_KDF``) over
the pack passphrase with the file's own random 16-byte salt, handed to SQLCipher as a raw key.
SQLCipher authenticates every page (HMAC-SHA512), so a changed byte fails its page; a cut-short
file fails the size and integrity checks. No cryptography of our own.

What goes in: the rows of the ``shared`` scope owned by one relationship (sync/rows.py), with
their versions and tombstones. What never does: private tables and columns (they are not in the
shared scope at all), other relationships, the prompt library and agenda templates.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.db import SQLITE_NOTADB, Db, error_code, translated_errors
from rmdesk.store.engine import (
    PAGE_SIZE,
    SQLITE_PLAIN_HEADER,
    connect,
    integrity_problems,
    verify_file,
)
from rmdesk.store.errors import (
    BadInputError,
    OwnPackError,
    PackPassphraseError,
    PackRefusedError,
)
from rmdesk.store.files import atomic_path
from rmdesk.store.kdf import DEFAULT_KDF, KNOWN_KDFS, SALT_BYTES, KdfParams, derive_key, wipe
from rmdesk.store.schema import SCHEMA_VERSION
from rmdesk.store.sync.merge import (
    MergeSummary,
    entry_from_json,
    entry_to_json,
    local_state,
    merge_entries,
)
from rmdesk.store.sync.rows import RELATIONSHIP, canonical_json
from rmdesk.store.sync.state import Entry

FORMAT_NAME = "rmdesk-pack"
FORMAT_VERSION = 1
LOST = "part of it was changed or lost after it was written"

_PACK_SCHEMA = (
    "CREATE TABLE pack_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE pack_entry (
        tbl TEXT NOT NULL, key TEXT NOT NULL, rel TEXT, ver TEXT NOT NULL, hash TEXT NOT NULL,
        row TEXT, seen TEXT NOT NULL, PRIMARY KEY (tbl, key)
    ) WITHOUT ROWID""",
)


@dataclass(frozen=True, slots=True)
class Pack:
    relationship: str  # its uuid
    sender_role: str  # "leader" | "mentor": who wrote the pack
    sender_name: str
    schema_version: int
    entries: tuple[Entry, ...]

    @property
    def fingerprint(self) -> str:
        return agreement_fingerprint(self.entries, self.relationship)


@dataclass(frozen=True, slots=True)
class ImportResult:
    summary: MergeSummary
    relationship: str
    created: bool
    fingerprint_here: str
    fingerprint_there: str

    @property
    def same_agreement(self) -> bool:
        return self.fingerprint_here == self.fingerprint_there


def agreement_fingerprint(entries: tuple[Entry, ...] | list[Entry], relationship: str) -> str:
    """The SHA-256 of the relationship's latest agreement version ("" when there is none)."""
    versions = [
        e.row
        for e in entries
        if e.table == "agreement_version" and e.row is not None and e.rel == relationship
    ]
    if not versions:
        return ""
    latest = max(versions, key=lambda row: int(row.get("number", 0)))
    return str(latest.get("sha256", ""))


def relationship_role(db: Db, relationship: str) -> str | None:
    value = db.scalar("SELECT my_role FROM relationship WHERE uuid = ?", (relationship,))
    return None if value is None else str(value)


# -- writing -------------------------------------------------------------------------------
def export_pack(
    db: Db, relationship: str, target: Path, passphrase: bytearray, *, kdf: KdfParams = DEFAULT_KDF
) -> int:
    """Write the relationship's pack to ``target`` (atomic, 0600, verified); returns the rows."""
    row = db.query_one("SELECT my_role, my_name FROM relationship WHERE uuid = ?", (relationship,))
    if row is None:
        raise BadInputError(f"no relationship {relationship}")
    entries = [e for e in local_state(db, "shared").values() if e.rel == relationship]
    meta = {
        "format": FORMAT_NAME,
        "version": str(FORMAT_VERSION),
        "schema_version": str(SCHEMA_VERSION),
        "kdf_version": str(kdf.version),
        "relationship": relationship,
        "sender_role": str(row["my_role"]),
        "sender_name": str(row["my_name"]),
        "written_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive_key(passphrase, salt, kdf)
    try:
        with atomic_path(target) as tmp:
            conn = connect(tmp, key, salt, mode="rwc")
            try:
                with translated_errors():
                    conn.execute("PRAGMA temp_store = MEMORY")
                    conn.execute("PRAGMA journal_mode = OFF")  # a temp file, deleted on failure
                    conn.execute("BEGIN")
                    for statement in _PACK_SCHEMA:
                        conn.execute(statement)
                    conn.executemany("INSERT INTO pack_meta VALUES (?, ?)", sorted(meta.items()))
                    conn.executemany(
                        "INSERT INTO pack_entry VALUES (?,?,?,?,?,?,?)",
                        [
                            (
                                e.table,
                                e.key,
                                e.rel,
                                e.ver,
                                e.hash,
                                None if e.row is None else canonical_json(e.row),
                                canonical_json(sorted(e.seen)),
                            )
                            for e in entries
                        ],
                    )
                    conn.execute("COMMIT")
            finally:
                conn.close()
            verify_file(tmp, key)
    finally:
        wipe(key)
    return len(entries)


# -- reading -------------------------------------------------------------------------------
def _precheck(path: Path) -> None:
    try:
        if not path.is_file():
            raise BadInputError(f"no pack file at {path}")
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_PLAIN_HEADER))
    except PermissionError as exc:
        raise BadInputError(f"{path} cannot be read (no permission)") from exc
    if size == 0:
        raise PackRefusedError("the file is empty")
    if head == SQLITE_PLAIN_HEADER:
        raise PackRefusedError("it is an unencrypted database, not a pack")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise PackRefusedError("the file is cut short or is not a pack")


def _opened(path: Path, passphrase: bytearray, kdf: KdfParams | None) -> sqlcipher.Connection:
    with open(path, "rb") as handle:
        salt = handle.read(SALT_BYTES)
    candidates = [kdf] if kdf is not None else list(KNOWN_KDFS.values())
    for params in candidates:
        key = derive_key(passphrase, salt, params)
        try:
            conn = connect(path, key, mode="ro")
        finally:
            wipe(key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.Error as exc:
            if error_code(exc) != SQLITE_NOTADB:  # page 1 opened: the rest is damaged
                conn.close()
                raise PackRefusedError(LOST) from None
            failed = _failed_pages(conn)
            conn.close()
            pages = path.stat().st_size // PAGE_SIZE
            if pages > 1 and 0 < failed < pages:
                raise PackRefusedError("its first page was changed after it was written") from None
            continue
        return conn
    raise PackPassphraseError()


def _failed_pages(conn: sqlcipher.Connection) -> int:
    try:
        lines = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher.Error:
        return 0
    return sum(1 for line in lines if "page" in line)


def read_pack(path: Path, passphrase: bytearray, *, kdf: KdfParams | None = None) -> Pack:
    """The pack at ``path``, checked whole before anything is returned."""
    _precheck(path)
    conn = _opened(path, passphrase, kdf)
    try:
        try:
            integrity, cipher = integrity_problems(conn)
            if integrity or cipher:
                raise PackRefusedError(LOST)
            meta = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM pack_meta")}
            rows = conn.execute(
                "SELECT tbl, key, rel, ver, hash, row, seen FROM pack_entry ORDER BY tbl, key"
            ).fetchall()
        except sqlcipher.Error as exc:
            raise PackRefusedError(LOST) from exc
    finally:
        conn.close()
    return _parse(meta, rows)


def _parse(meta: dict[str, str], rows: list[tuple[object, ...]]) -> Pack:
    if meta.get("format") != FORMAT_NAME:
        raise PackRefusedError("it is not an rmdesk pack")
    try:
        version = int(meta.get("version", "0"))
        schema = int(meta.get("schema_version", "0"))
    except ValueError as exc:
        raise PackRefusedError("its header is malformed") from exc
    if version > FORMAT_VERSION or schema > SCHEMA_VERSION:
        raise PackRefusedError("it was written by a newer rmdesk; update rmdesk to open it")
    if schema != SCHEMA_VERSION:
        raise PackRefusedError(
            "it was written by an older rmdesk; ask the other person to update and share again"
        )
    relationship = meta.get("relationship", "")
    role = meta.get("sender_role", "")
    if not relationship or role not in ("leader", "mentor"):
        raise PackRefusedError("its header is malformed")
    entries: list[Entry] = []
    try:
        for tbl, key, rel, ver, hash_, row, seen in rows:
            entries.append(
                entry_from_json(
                    {
                        "table": tbl,
                        "key": key,
                        "rel": rel,
                        "ver": ver,
                        "hash": hash_,
                        "row": None if row is None else json.loads(str(row)),
                        "seen": json.loads(str(seen)),
                    }
                )
            )
    except (ValueError, BadInputError) as exc:
        raise PackRefusedError(f"a row is malformed ({exc})") from exc
    if any(e.rel != relationship for e in entries):
        raise PackRefusedError("it holds rows of another relationship")
    if not any(e.table == RELATIONSHIP and e.row is not None for e in entries):
        raise PackRefusedError("it holds no relationship")
    return Pack(
        relationship=relationship,
        sender_role=role,
        sender_name=meta.get("sender_name", ""),
        schema_version=schema,
        entries=tuple(entries),
    )


# -- importing -----------------------------------------------------------------------------
def import_pack(db: Db, pack: Pack) -> ImportResult:
    """Merge the pack's rows into the vault (one transaction); the roles mirrored."""
    here = relationship_role(db, pack.relationship)
    if here == pack.sender_role:
        raise OwnPackError()
    my_role = "mentor" if pack.sender_role == "leader" else "leader"
    with db.transaction():
        summary = merge_entries(db, "shared", list(pack.entries), my_role=my_role)
        mine = [e for e in local_state(db, "shared").values() if e.rel == pack.relationship]
    return ImportResult(
        summary=summary,
        relationship=pack.relationship,
        created=here is None,
        fingerprint_here=agreement_fingerprint(mine, pack.relationship),
        fingerprint_there=pack.fingerprint,
    )


def pack_entries_json(pack: Pack) -> list[dict[str, object]]:
    """The pack's rows as plain data (tests scan them for private text)."""
    return [entry_to_json(e) for e in pack.entries]
