"""What every repository shares: the missing-row error, the saved-id checks and the one way a
row is read (:class:`Table`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from rmdesk.store.db import Db

T = TypeVar("T")
# What a decoder raises for a value it cannot read: a strict codec's ValueError (also from an
# enum), a missing JSON key, a wrong JSON type.
DECODE_ERRORS = (ValueError, KeyError, TypeError, IndexError)


class Row(Protocol):
    """What repositories read from a result row (sqlcipher3's Row, untyped upstream)."""

    def __getitem__(self, key: str | int, /) -> Any: ...


class NotFoundError(LookupError):
    """An update or child write named a row that does not exist (a stale view: a bug)."""

    def __init__(self, table: str, row_id: int | None) -> None:
        self.table = table
        self.row_id = row_id
        super().__init__(f"no {table} row with id {row_id}")


def saved_id(table: str, row_id: int | None) -> int:
    """The id of an object that must already be saved (update, children, confirmations)."""
    if row_id is None:
        raise ValueError(f"this {table} has not been saved yet (id is None)")
    return row_id


def unsaved(table: str, row_id: int | None) -> None:
    """``add`` takes new objects only, so a stray id never overwrites another row."""
    if row_id is not None:
        raise ValueError(f"this {table} is already saved (id {row_id}); use update")


def require_one(rows: list[Row], table: str, row_id: int) -> None:
    """After ``UPDATE ... RETURNING id``: no row means the id was stale."""
    if not rows:
        raise NotFoundError(table, row_id)


def decoded(db: Db, table: str, rows: Iterable[Row], decode: Callable[[Row], T]) -> list[T]:
    """Every row ``decode`` can read; the others are noted in ``db.damaged_records`` and left
    out, so one damaged record never locks the user out of the rest."""
    out: list[T] = []
    for row in rows:
        item = decoded_one(db, table, row, decode)
        if item is not None:
            out.append(item)
    return out


def decoded_one(db: Db, table: str, row: Row | None, decode: Callable[[Row], T]) -> T | None:
    """``decode(row)``, or None when there is no row or it cannot be read (then noted)."""
    if row is None:
        return None
    try:
        return decode(row)
    except DECODE_ERRORS:
        db.damaged_records.add((table, _name_of(row)))
        return None


def _name_of(row: Row) -> str:
    for key in ("uuid", "id"):
        try:
            return str(row[key])
        except (IndexError, KeyError):
            continue
    return "?"


@dataclass(frozen=True)
class Table(Generic[T]):
    """A table, the columns its repository reads and the decoder of a row: the SELECT and the
    damaged-row handling written once. ``name`` and ``columns`` are constants of our code and
    ``where`` a literal of the caller; values only ever travel as parameters."""

    name: str
    columns: str
    decode: Callable[[Row], T]

    def one(self, db: Db, where: str, params: Sequence[object]) -> T | None:
        row = db.query_one(f"SELECT {self.columns} FROM {self.name} WHERE {where}", params)  # noqa: S608
        return decoded_one(db, self.name, row, self.decode)

    def many(self, db: Db, where: str, params: Sequence[object]) -> list[T]:
        """``where`` may end in ORDER BY (and LIMIT)."""
        rows = db.query(f"SELECT {self.columns} FROM {self.name} WHERE {where}", params)  # noqa: S608
        return decoded(db, self.name, rows, self.decode)
