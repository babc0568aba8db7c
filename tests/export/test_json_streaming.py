"""The streamed JSON export writes exactly the bytes the in-memory document gave.

The reference below is the implementation ``rmdesk export`` used before it streamed: the whole
table dump as one document, encoded in one call. Both run on the same real vault file.
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from rmdesk.demo import fill_demo
from rmdesk.export import json_format
from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.migrations import schema_version
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from tests.sample_data import populate


def reference_export(db: Db, *, include_private: bool) -> bytes:
    document: dict[str, Any] = {
        "format": "rmdesk-export",
        "version": 1,
        "schema_version": schema_version(db),
        "scope": "all" if include_private else "shared",
        "tables": portable.dump(db, include_private=include_private),
    }
    text = json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def streamed(db: Db, *, include_private: bool) -> tuple[bytes, list[tuple[int, int]]]:
    out = io.StringIO()
    seen: list[tuple[int, int]] = []
    json_format.write_json(
        db, out, include_private=include_private, progress=lambda d, t: seen.append((d, t))
    )
    return out.getvalue().encode("utf-8"), seen


@pytest.mark.parametrize("include_private", [False, True])
def test_streamed_export_is_byte_identical_on_an_empty_vault(
    vault: Vault, include_private: bool
) -> None:
    data, seen = streamed(vault.db, include_private=include_private)
    assert data == reference_export(vault.db, include_private=include_private)
    assert seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize("include_private", [False, True])
def test_streamed_export_is_byte_identical_on_a_filled_vault(
    vault: Vault, include_private: bool
) -> None:
    from datetime import date

    populate(vault.db)
    fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    # Text that tests the encoder's corners: newlines, quotes, non-ASCII, a line separator.
    vault.db.execute(
        "UPDATE relationship SET purpose = ? WHERE rowid = (SELECT min(rowid) FROM relationship)",
        ('line one\nline "two"\u2028 — ünïcode \U0001f600 \\ tab\t',),
    )
    data, seen = streamed(vault.db, include_private=include_private)
    reference = reference_export(vault.db, include_private=include_private)
    assert data == reference
    assert json_format.export_json(vault.db, include_private=include_private) == reference
    total = json_format.count_rows(vault.db, include_private=include_private)
    assert total > 100
    assert seen[-1] == (total, total)
    assert all(done <= t for done, t in seen)
