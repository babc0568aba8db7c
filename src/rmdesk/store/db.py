"""A thin, typed layer over one keyed sqlcipher3 connection.

Every SQLite error passes through :func:`translate`: the ones the environment causes (disk full,
read-only, damage, another writer) become ``VaultError`` subclasses with plain-words messages;
anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlcipher3 import dbapi2 as sqlcipher

from rmdesk.store.errors import (
    DamagedVaultError,
    DiskFullError,
    ReadOnlyError,
    StorageError,
    VaultError,
    VaultInUseError,
)

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; callers describe the rows they read.
    Row: TypeAlias = Any
else:
    Row = sqlcipher.Row
Params = Sequence[Any] | dict[str, Any]


# sqlcipher3 reports primary codes only, and none at all for errors raised by
# ``Connection.backup``/``reset_key``; SQLite's fixed English messages fill that gap.
_CODE_BY_MESSAGE: tuple[tuple[str, int], ...] = (
    ("database or disk is full", SQLITE_FULL),
    ("readonly database", SQLITE_READONLY),
    ("unable to open database file", SQLITE_CANTOPEN),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("disk i/o error", SQLITE_IOERR),
    ("interrupted", SQLITE_INTERRUPT),
)


def error_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of ``exc`` (from the exception, else its message)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF
    text = str(exc).lower()
    for needle, mapped in _CODE_BY_MESSAGE:
        if needle in text:
            return mapped
    return None


def file_size_limited() -> bool:
    """True when this process runs under a finite file-size limit (``ulimit -f``).

    Writing past it fails with EFBIG, which SQLite reports as a bare I/O error
    (SQLITE_IOERR_WRITE, and sqlcipher3 hides the extended code): under such a limit that
    error means "no room", not a broken disk.
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return False
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return soft != resource.RLIM_INFINITY


def interrupted(exc: BaseException) -> bool:
    """Did ``exc`` come from :meth:`Db.interrupt`?"""
    return isinstance(exc, sqlcipher.Error) and error_code(exc) == SQLITE_INTERRUPT


def translate(exc: BaseException) -> VaultError | None:
    """The ``VaultError`` an SQLite error stands for, or None when it is a bug of ours."""
    code = error_code(exc)
    if code == SQLITE_FULL:
        return DiskFullError()
    if code == SQLITE_READONLY:
        return ReadOnlyError()
    if code == SQLITE_CANTOPEN:
        return ReadOnlyError("the file or its folder cannot be opened for writing")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedVaultError("a page failed its check", where="page")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUseError()
    if code == SQLITE_IOERR:
        if file_size_limited():
            return DiskFullError("the file-size limit (ulimit -f) was reached")
        return StorageError()
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
    """Queries and transactions on an open, keyed connection.

    Autocommit outside :meth:`transaction`.
    """

    def __init__(self, connection: sqlcipher.Connection) -> None:
        self._conn = connection
        self._conn.row_factory = sqlcipher.Row
        self._depth = 0
        # One connection serves the UI thread and the window's background jobs (an exchange
        # merges on a worker): a transaction is one thread's at a time, so another thread's
        # write waits for it instead of nesting as a savepoint that the first one's rollback
        # would take away. Reentrant: nested transactions of one thread become savepoints.
        self._writer = threading.RLock()
        # Rows the repositories could not read (table, uuid), left out of what they return so
        # the rest of the vault stays usable; the app names them (see repositories/_base.py).
        self.damaged_records: set[tuple[str, str]] = set()
        self._bump_sql: str | None = None
        self._changes_at_begin = 0
        self._reader_factory: Callable[[], Db] | None = None

    def count_generations(self, bump_sql: str) -> None:
        """From now on every committed write also runs ``bump_sql`` in the same transaction
        (the vault's generation counter, see store/generation.py). Writes outside
        :meth:`transaction` through :meth:`execute` get a transaction of their own."""
        self._bump_sql = bump_sql

    def allow_readers(self, factory: Callable[[], Db]) -> None:
        """Let :meth:`open_reader` open second connections (the vault that owns the key)."""
        self._reader_factory = factory

    def open_reader(self) -> Db:
        """A second, read-only connection to the same vault, for reads on another thread
        (searches). The caller closes it before the vault locks."""
        if self._reader_factory is None:
            raise RuntimeError("this connection cannot open readers")
        return self._reader_factory()

    def interrupt(self) -> None:
        """Stop the statement running on this connection (from any thread): it fails with
        SQLITE_INTERRUPT (see :func:`interrupted`)."""
        self._conn.interrupt()

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
        if self._bump_sql is not None and self._depth == 0:
            with self.transaction():
                return self.execute(sql, params)
        with translated_errors():
            cursor = self._conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        if self._bump_sql is not None and self._depth == 0:
            with self.transaction():
                self.execute_many(sql, rows)
            return
        with translated_errors():
            self._conn.executemany(sql, rows)

    def changes(self) -> int:
        return int(self._conn.total_changes)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use (on one thread) becomes a savepoint, so helpers compose;
        another thread's transaction waits until this one has ended."""
        with self._writer:
            yield from self._transaction()

    def _transaction(self) -> Iterator[None]:
        name = f"sp{self._depth}"
        with translated_errors():
            self._conn.execute("BEGIN IMMEDIATE" if self._depth == 0 else f"SAVEPOINT {name}")
        if self._depth == 0:
            self._changes_at_begin = self._conn.total_changes
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            self._undo(name)
            raise
        else:
            self._depth -= 1
            try:
                with translated_errors():
                    if self._depth == 0:
                        self._bump_generation()
                    self._conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")
            except BaseException:
                # A failed COMMIT (disk full, or anything untranslated) may leave the
                # transaction open: end it so the next read sees the last committed state and
                # the next BEGIN does not fail.
                if self._depth == 0:
                    self._undo(name)
                raise

    def _bump_generation(self) -> None:
        # Only a transaction that changed something counts. One more row update inside the
        # same commit: one more page in its journal, no extra fsync.
        if self._bump_sql is not None and self._conn.total_changes != self._changes_at_begin:
            self._conn.execute(self._bump_sql)

    def _undo(self, savepoint: str) -> None:
        """Roll back after a failure without hiding the failure itself.

        On SQLITE_FULL/IOERR SQLite may already have rolled the whole transaction back, so a
        second ROLLBACK would fail with "no transaction is active"; and a ROLLBACK that cannot
        write leaves a hot journal that the next access replays. Either way the original
        error is the one worth reporting.
        """
        if not self._conn.in_transaction:
            return
        with suppress(sqlcipher.Error):
            if self._depth == 0:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {savepoint}")
                self._conn.execute(f"RELEASE {savepoint}")

    def close(self) -> None:
        self._conn.close()
