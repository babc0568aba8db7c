"""A thin, typed layer over one keyed sqlcipher3 connection.

Every SQLite error passes through :func:`translate`: the ones the environment causes (disk full,
read-only, damage, another writer) become ``VaultError`` subclasses with plain-words messages;
anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.errors import (
    DamagedVaultError,
    DiskFullError,
    ReadOnlyError,
    VaultError,
    VaultInUseError,
)

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

Row = sqlcipher.Row
Params = Sequence[Any] | dict[str, Any]


def error_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate(exc: BaseException) -> VaultError | None:
    """The ``VaultError`` an SQLite error stands for, or None when it is a bug of ours."""
    code = error_code(exc)
    text = str(exc).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return DiskFullError()
    if code == SQLITE_READONLY or "readonly" in text:
        return ReadOnlyError()
    if code == SQLITE_CANTOPEN:
        return ReadOnlyError("the file or its folder cannot be opened for writing")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedVaultError("a page failed its check", where="page")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUseError()
    if code == SQLITE_IOERR:
        return DiskFullError("the disk refused a write") if "full" in text else ReadOnlyError(
            "the disk reported an input/output error"
        )
    return None


@contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except sqlcipher.Error as exc:
        mapped = translate(exc)
        if mapped is None:
            raise
        raise mapped from exc


class Db:
    """Queries and transactions on an open, keyed connection (autocommit outside ``transaction``)."""

    def __init__(self, connection: sqlcipher.Connection) -> None:
        self._conn = connection
        self._conn.row_factory = sqlcipher.Row
        self._depth = 0

    @property
    def raw(self) -> sqlcipher.Connection:
        """The sqlcipher3 connection, for the vault's own engine-level work."""
        return self._conn

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with translated_errors():
            return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with translated_errors():
            row: Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns ``lastrowid`` (meaningful after an INSERT)."""
        with translated_errors():
            cursor = self._conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        with translated_errors():
            self._conn.executemany(sql, rows)

    def changes(self) -> int:
        return int(self._conn.total_changes)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use becomes a savepoint, so helpers compose."""
        name = f"sp{self._depth}"
        with translated_errors():
            self._conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            with translated_errors():
                if self._depth == 0:
                    self._conn.execute("ROLLBACK")
                else:
                    self._conn.execute(f"ROLLBACK TO {name}")
                    self._conn.execute(f"RELEASE {name}")
            raise
        else:
            self._depth -= 1
            try:
                with translated_errors():
                    self._conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
            except VaultError:
                # A failed COMMIT (disk full) leaves the transaction open: end it cleanly so
                # the last committed state stays what the next read sees.
                if self._depth == 0 and self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self._conn.close()
