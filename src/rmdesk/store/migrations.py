"""Apply the schema's migrations, one transaction each."""

from __future__ import annotations

from collections.abc import Sequence

from rmdesk.store.db import Db
from rmdesk.store.errors import VaultTooNewError
from rmdesk.store.schema import MIGRATIONS


def schema_version(db: Db) -> int:
    return int(db.scalar("PRAGMA user_version"))


def pending(db: Db, migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """How many migrations this vault still needs; refuses a vault newer than this app."""
    current = schema_version(db)
    if current > len(migrations):
        raise VaultTooNewError(f"vault schema {current}, this app knows up to {len(migrations)}")
    return len(migrations) - current


def migrate(db: Db, migrations: Sequence[Sequence[str]] = MIGRATIONS) -> int:
    """Bring the vault up to date; returns the number of migrations applied.

    Each migration and its new ``user_version`` commit together or not at all (SQLite's DDL
    and ``user_version`` are transactional), so a failing one leaves the vault at the version
    before it. A vault newer than ``migrations`` is refused, never "migrated" backwards.
    """
    pending(db, migrations)
    applied = 0
    for version in range(schema_version(db) + 1, len(migrations) + 1):
        with db.transaction():
            for statement in migrations[version - 1]:
                db.execute(statement)
            # user_version takes no parameters; ``version`` is our own int, never user input.
            db.execute(f"PRAGMA user_version = {int(version)}")
        applied += 1
    return applied
