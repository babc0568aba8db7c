"""Writing a row from elsewhere into the vault, generically from the table's shape.

References arrive as uuids and become local row ids; a reference to a row this vault does not
have becomes NULL when the column allows it (what SQLite's ON DELETE SET NULL would have done),
and stops the row otherwise (the caller turns that into a conflict). A delete is refused while
the row still has children that its deletion would cascade away: those children were added or
kept here, so deleting them would be a silent loss.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.db import Db
from rmdesk.store.errors import BadInputError
from rmdesk.store.portable_spec import TableSpec, quote
from rmdesk.store.schema import PRIVATE_COLUMNS
from rmdesk.store.sync.rows import RELATIONSHIP, Row, Scope, local_relationship


class PackDataError(BadInputError):
    """Rows from elsewhere that the vault cannot take (a CHECK, a type, a missing table)."""

    kind = "pack-data"
    exit_code = 32
    message = "The pack or copy holds data this vault cannot take; nothing was changed."


@dataclass(frozen=True, slots=True)
class MissingParent:
    """The row needs ``table``/``key`` to exist here, and it does not."""

    table: str
    key: str


class ClashError(Exception):
    """A UNIQUE rule refused the row: this vault has another row in its place."""


def local_id(db: Db, table: str, uuid: str) -> int | None:
    value = db.scalar(f"SELECT rowid FROM {quote(table)} WHERE uuid = ?", (uuid,))  # noqa: S608 - table names come from the schema
    return None if value is None else int(value)


class Applier:
    """Upserts and deletes rows of one scope in an open transaction."""

    def __init__(self, db: Db, scope: Scope, specs: tuple[TableSpec, ...], my_role: str | None):
        self._db = db
        self._scope = scope
        self._specs = {spec.name: spec for spec in specs}
        self._my_role = my_role
        # Self-references (an agenda item carried from another) are set once every row is in.
        self._later: list[tuple[str, str, str, str]] = []

    def spec(self, table: str) -> TableSpec:
        spec = self._specs.get(table)
        if spec is None:
            raise PackDataError(f"unknown table {table!r}")
        return spec

    def _local_row(self, table: str, row: Row) -> Row:
        if table == RELATIONSHIP and self._scope == "shared":
            existing = self._db.scalar(
                "SELECT my_role FROM relationship WHERE uuid = ?", (row.get("uuid"),)
            )
            role = str(existing) if existing is not None else self._my_role
            if role not in ("leader", "mentor"):
                raise PackDataError("the pack does not say who wrote it")
            try:
                return local_relationship(row, role)
            except KeyError as exc:
                raise PackDataError(f"relationship row lacks {exc}") from exc
        return row

    def exists(self, table: str, key: str) -> bool:
        spec = self.spec(table)
        if spec.has_uuid:
            return local_id(self._db, table, key) is not None
        return False

    def missing_parent(self, table: str, row: Row) -> MissingParent | None:
        """The first required parent of ``row`` that this vault does not have."""
        spec = self.spec(table)
        for col in spec.columns:
            value = row.get(col.key)
            wanted = col.references and col.required and col.references != table
            if (
                wanted
                and value is not None
                and local_id(self._db, str(col.references), str(value)) is None
            ):
                return MissingParent(str(col.references), str(value))
        return None

    def upsert(self, table: str, key: str, row: Row) -> MissingParent | None:
        """Write the row; returns the missing parent instead when a required one is absent.

        Raises :class:`ClashError` when a UNIQUE rule refuses it (nothing of it is written).
        """
        spec = self.spec(table)
        data = self._local_row(table, row)
        names: list[str] = []
        values: list[object] = []
        for col in spec.columns:
            if col.key not in data:
                continue
            value = data[col.key]
            if col.references and value is not None:
                if col.references == table and spec.has_uuid:
                    self._later.append((table, key, col.name, str(value)))
                    value = None
                else:
                    target = local_id(self._db, col.references, str(value))
                    if target is None and col.required:
                        return MissingParent(col.references, str(value))
                    value = target
            names.append(col.name)
            values.append(value)
        unknown = set(data) - {c.key for c in spec.columns}
        if self._scope == "shared":
            # A pack never carries private columns; one that does is not from rmdesk.
            unknown |= {c.key for c in spec.columns if (table, c.name) in PRIVATE_COLUMNS} & set(
                data
            )
        if unknown:
            raise PackDataError(f"{table}: unknown column(s) {', '.join(sorted(unknown))}")
        self._write(spec, key, names, values)
        return None

    def _write(self, spec: TableSpec, key: str, names: list[str], values: list[object]) -> None:
        table = quote(spec.name)
        if spec.has_uuid and local_id(self._db, spec.name, key) is not None:
            assignments = ", ".join(f"{quote(n)} = ?" for n in names if n != "uuid")
            params = [v for n, v in zip(names, values, strict=True) if n != "uuid"]
            sql = f"UPDATE {table} SET {assignments} WHERE uuid = ?"  # noqa: S608
            params.append(key)
        else:
            verb = "INSERT" if spec.has_uuid else "INSERT OR IGNORE"
            sql = (
                f"{verb} INTO {table} ({', '.join(quote(n) for n in names)})"
                f" VALUES ({', '.join('?' * len(values))})"
            )
            params = values
        try:
            with self._db.transaction():  # a savepoint: a refused row leaves nothing behind
                self._db.execute(sql, params)
        except sqlcipher.IntegrityError as exc:
            if "UNIQUE" in str(exc) or "PRIMARY KEY" in str(exc):
                raise ClashError(str(exc)) from exc
            raise PackDataError(f"{spec.name}: {exc}") from exc

    def finish(self) -> None:
        """Set the self-references held back by :meth:`upsert` (NULL when the target is gone)."""
        for table, key, column, target in self._later:
            self._db.execute(
                f"UPDATE {quote(table)} SET {quote(column)} = ? WHERE uuid = ?",  # noqa: S608
                (local_id(self._db, table, target), key),
            )
        self._later.clear()

    def blocking_children(self, table: str, key: str) -> int:
        """How many rows a delete of ``table``/``key`` would cascade away right now."""
        spec = self.spec(table)
        if not spec.has_uuid:
            return 0
        row_id = local_id(self._db, table, key)
        if row_id is None:
            return 0
        count = 0
        for child in self._db.query(
            'SELECT m.name AS tbl, f."from" AS col FROM sqlite_master AS m,'
            " pragma_foreign_key_list(m.name) AS f"
            " WHERE m.type = 'table' AND f.\"table\" = ? AND f.on_delete = 'CASCADE'",
            (table,),
        ):
            count += int(
                self._db.scalar(
                    f"SELECT count(*) FROM {quote(str(child['tbl']))}"  # noqa: S608
                    f" WHERE {quote(str(child['col']))} = ?",
                    (row_id,),
                )
            )
        return count

    def delete(self, table: str, key: str, row: Row | None, *, cascade: bool = False) -> bool:
        """Delete the row; False (nothing done) when children would go with it and not
        ``cascade``."""
        spec = self.spec(table)
        if spec.has_uuid:
            if not cascade and self.blocking_children(table, key):
                return False
            self._db.execute(f"DELETE FROM {quote(table)} WHERE uuid = ?", (key,))  # noqa: S608
            return True
        if row is None:
            return True
        clauses: list[str] = []
        params: list[object] = []
        for col in spec.columns:
            value = row.get(col.key)
            if col.references and value is not None:
                value = local_id(self._db, col.references, str(value))
            clauses.append(f"{quote(col.name)} IS ?")
            params.append(value)
        self._db.execute(
            f"DELETE FROM {quote(table)} WHERE {' AND '.join(clauses)}",  # noqa: S608
            params,
        )
        return True
