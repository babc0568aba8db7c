"""Rows as the merge sees them: keyed by table and uuid, references as uuids, one scope at a time.

Two scopes (docs/merge.md):

- ``all``: every exportable table with private parts, for merging copies of one's own vault.
- ``shared``: what both people in a relationship may see, for packs. Only the tables owned by
  a relationship (through a required reference chain), private tables and columns left out,
  and the relationship row in a form that does not depend on whose vault it is in:
  ``leader_name``/``mentor_name`` instead of ``my_role``/``my_name``/``other_name``, so the
  same relationship hashes alike in the leader's vault and in the mentor's.

A row's content hash is SHA-256 over its canonical JSON; a deleted row's is :data:`DELETED`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.portable_spec import TableSpec, table_specs
from rmdesk.store.schema import SCHEMA_TABLES

Scope = Literal["all", "shared"]
SCOPES: tuple[Scope, ...] = ("all", "shared")
Row = dict[str, Any]
RowKey = tuple[str, str]  # (table, key)
DELETED = "-"
RELATIONSHIP = "relationship"
# The relationship's columns that say whose vault it is; the shared scope names the two
# people by role instead.
_PERSONAL = ("my_role", "my_name", "other_name")


def canonical_json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def content_hash(row: Row | None) -> str:
    """SHA-256 over the row's keys and typed values in key order (cheaper than JSON for long
    text, and as stable: one tag per type, lengths before contents)."""
    if row is None:
        return DELETED
    digest = hashlib.sha256()
    for key in sorted(row):
        value = row[key]
        if value is None:
            data = b"n"
        elif isinstance(value, bool):  # never stored, but not to be mistaken for an int
            data = b"b" + str(int(value)).encode()
        elif isinstance(value, int):
            data = b"i" + str(value).encode()
        elif isinstance(value, float):
            data = b"f" + repr(value).encode()
        else:
            data = b"s" + str(value).encode("utf-8", "surrogatepass")
        name = key.encode("utf-8")
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.hexdigest()[:32]


def first_version(table: str, key: str, hash_: str) -> str:
    """The version id of a row first seen with ``hash_`` (the same on every copy)."""
    return _digest(f"new\n{table}\n{key}\n{hash_}")


def next_version(previous: str, hash_: str) -> str:
    """The version id after ``previous`` changed to ``hash_`` (deterministic, so two copies that
    look at the same change name it alike)."""
    return _digest(f"next\n{previous}\n{hash_}")


def merged_version(versions: Iterable[str], hash_: str) -> str:
    """The version id a conflict resolution gives: it descends from every version in it."""
    return _digest("merge\n" + "\n".join(sorted(set(versions))) + "\n" + hash_)


def row_key(spec: TableSpec, row: Row) -> str:
    if spec.has_uuid:
        return str(row["uuid"])
    # A table without uuid (reflection tags): the row is its own identity.
    return canonical_json(row)


def shared_relationship(row: Row) -> Row:
    """The relationship row as both people see it (no "my"/"other")."""
    out = {k: v for k, v in row.items() if k not in _PERSONAL}
    leader = row["my_role"] == "leader"
    out["leader_name"] = row["my_name"] if leader else row["other_name"]
    out["mentor_name"] = row["other_name"] if leader else row["my_name"]
    return out


def local_relationship(shared: Row, my_role: str) -> Row:
    """A shared relationship row as it is stored in a vault where the owner has ``my_role``."""
    out = {k: v for k, v in shared.items() if k not in ("leader_name", "mentor_name")}
    leader, mentor = shared["leader_name"], shared["mentor_name"]
    out["my_role"] = my_role
    out["my_name"] = leader if my_role == "leader" else mentor
    out["other_name"] = mentor if my_role == "leader" else leader
    return out


@dataclass(frozen=True, slots=True)
class ScopeRows:
    """The current rows of one scope: content by key, the owning relationship, table order."""

    rows: dict[RowKey, Row]
    rel: dict[RowKey, str | None]
    specs: tuple[TableSpec, ...]

    @property
    def order(self) -> dict[str, int]:
        return {spec.name: index for index, spec in enumerate(self.specs)}


def owner_column(spec: TableSpec, owned: set[str]) -> str | None:
    """The key of the required reference that ties ``spec``'s rows to a relationship."""
    for col in spec.columns:
        if col.references in owned and col.required and col.references != spec.name:
            return col.key
    return None


def shared_specs(specs: Iterable[TableSpec]) -> tuple[TableSpec, ...]:
    """The tables a relationship owns, parents first."""
    owned: set[str] = {RELATIONSHIP}
    out: list[TableSpec] = []
    for spec in specs:
        if spec.name == RELATIONSHIP or owner_column(spec, owned) is not None:
            owned.add(spec.name)
            out.append(spec)
    return tuple(out)


_SPECS: dict[tuple[str, bool], tuple[TableSpec, ...]] = {}


def cached_specs(db: Db, *, include_private: bool) -> tuple[TableSpec, ...]:
    """``table_specs``, read once per schema: the shape depends on the schema text alone, and
    a merge asks for it many times."""
    schema = canonical_json(
        [list(r) for r in db.query("SELECT name, sql FROM sqlite_master ORDER BY name")]
    )
    key = (schema, include_private)
    if key not in _SPECS:
        if len(_SPECS) > 16:
            _SPECS.clear()
        _SPECS[key] = table_specs(db, include_private=include_private)
    return _SPECS[key]


def synced_specs(db: Db, scope: Scope) -> tuple[TableSpec, ...]:
    """The tables of ``scope`` (only those the app's schema creates), parents first."""
    specs = tuple(
        spec
        for spec in cached_specs(db, include_private=scope == "all")
        if spec.name in SCHEMA_TABLES
    )
    return shared_specs(specs) if scope == "shared" else specs


def read_scope(db: Db, scope: Scope) -> ScopeRows:
    include_private = scope == "all"
    specs = synced_specs(db, scope)
    tables = portable.dump(db, include_private=include_private, specs=specs, ordered=False)
    rows: dict[RowKey, Row] = {}
    rel: dict[RowKey, str | None] = {}
    owned: set[str] = {RELATIONSHIP}
    for spec in specs:
        owner = owner_column(spec, owned)
        if spec.name == RELATIONSHIP or owner is not None:
            owned.add(spec.name)
        for row in tables.get(spec.name, []):
            key = (spec.name, row_key(spec, row))
            if spec.name == RELATIONSHIP:
                rel[key] = str(row["uuid"])
                rows[key] = shared_relationship(row) if scope == "shared" else row
                continue
            parent = None
            if owner is not None:
                target = next(c.references for c in spec.columns if c.key == owner)
                parent = rel.get((str(target), str(row[owner])))
            rel[key] = parent
            rows[key] = row
    return ScopeRows(rows=rows, rel=rel, specs=specs)
