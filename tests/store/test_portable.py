"""store/portable.py and export/json_format.py in-process, on real (fast-KDF) vault files."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rmdesk.export import json_format
from rmdesk.store import portable
from rmdesk.store.db import Db
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.portable import ImportRejectedError
from rmdesk.store.schema import PRIVATE_COLUMNS, PRIVATE_TABLES, SYNC_TABLES
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.sample_data import PRIVATE_CANARY, SHARED_CANARY, populate

OTHER_PREFIX = "11111111-1111-4111-8111-"


@pytest.fixture
def other_vault(tmp_path: Path) -> Iterator[Vault]:
    opened = Vault.create(
        tmp_path / "other" / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
    )
    try:
        yield opened
    finally:
        opened.close()


def _document(db: Db, *, include_private: bool = True) -> dict[str, Any]:
    return json_format.build_document(db, include_private=include_private)


def _row_counts(db: Db) -> dict[str, int]:
    names = [s.name for s in portable.table_specs(db, include_private=True)]
    return {name: int(db.scalar(f"SELECT count(*) FROM {name}")) for name in names}  # noqa: S608


def _reject(db: Db, document: dict[str, Any]) -> tuple[str, ...]:
    before = json_format.export_json(db, include_private=True)
    with pytest.raises(ImportRejectedError) as caught:
        json_format.import_document(db, document)
    assert json_format.export_json(db, include_private=True) == before, "the vault changed"
    return caught.value.problems


def test_dump_covers_every_table_and_column_the_vault_has(vault: Vault) -> None:
    populate(vault.db)
    tables = portable.dump(vault.db, include_private=True)
    listed = vault.db.query("PRAGMA table_list")
    ordinary = {str(r["name"]) for r in listed if r["type"] == "table" and r["schema"] == "main"}
    expected = {n for n in ordinary if not n.startswith("sqlite_")} - {"meta"} - SYNC_TABLES
    assert set(tables) == expected
    for name, rows in tables.items():
        assert rows, f"sample data left {name} empty"
        columns = {str(r["name"]) for r in vault.db.query(f"PRAGMA table_info({name})")}
        data_columns = {c for c in columns if c != "id"}
        keys = {k[: -len("_uuid")] + "_id" if k.endswith("_uuid") else k for k in rows[0]}
        assert keys == data_columns, name


def test_references_become_uuids_and_row_ids_stay_out(vault: Vault) -> None:
    ids = populate(vault.db)
    tables = portable.dump(vault.db, include_private=True)
    goal = next(g for g in tables["goal"] if g["uuid"] == ids["goal"])
    assert goal["relationship_uuid"] == ids["relationship"]
    assert "id" not in goal and "relationship_id" not in goal
    carried = [a for a in tables["agenda_item"] if a["carried_from_uuid"]]
    assert len(carried) == 1
    assert carried[0]["carried_from_uuid"] in {a["uuid"] for a in tables["agenda_item"]}


def test_a_column_added_by_a_later_migration_is_exported_and_imported(
    vault: Vault, other_vault: Vault
) -> None:
    populate(vault.db)
    for target in (vault, other_vault):
        target.db.execute("ALTER TABLE goal ADD COLUMN colour TEXT NOT NULL DEFAULT ''")
    vault.db.execute("UPDATE goal SET colour = 'teal'")
    data = json_format.export_json(vault.db, include_private=True)
    assert all(g["colour"] == "teal" for g in json.loads(data)["tables"]["goal"])
    json_format.import_document(other_vault.db, json_format.parse(data))
    assert json_format.export_json(other_vault.db, include_private=True) == data


def test_round_trip_into_an_empty_vault_is_byte_identical(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    for include_private in (True, False):
        first = json_format.export_json(vault.db, include_private=include_private)
        assert json_format.export_json(vault.db, include_private=include_private) == first
        assert first.endswith(b"}\n") and b'"version": 1' in first
    data = json_format.export_json(vault.db, include_private=True)
    counts = json_format.import_document(other_vault.db, json_format.parse(data))
    assert counts["reflection_tag"] == 1 and counts["meeting"] == 2
    assert json_format.export_json(other_vault.db, include_private=True) == data
    # The self-reference was rebuilt onto the new row ids.
    pair = other_vault.db.query_one(
        "SELECT a.uuid, b.uuid FROM agenda_item a JOIN agenda_item b ON a.carried_from_id = b.id"
    )
    assert pair is not None and pair[0].endswith("12") and pair[1].endswith("11")
    # The search index was filled by the triggers.
    hits = other_vault.db.scalar(
        "SELECT count(*) FROM reflection_fts WHERE reflection_fts MATCH ?", (PRIVATE_CANARY,)
    )
    assert hits == 1


def test_shared_dump_holds_no_private_content(vault: Vault) -> None:
    populate(vault.db)
    shared = json_format.export_json(vault.db, include_private=False)
    assert PRIVATE_CANARY.encode() not in shared
    assert SHARED_CANARY.encode() in shared
    tables = json.loads(shared)["tables"]
    assert not set(tables) & PRIVATE_TABLES
    for table, column in PRIVATE_COLUMNS:
        assert all(column not in row for row in tables.get(table, []))
    everything = portable.dump(vault.db, include_private=True)
    for table, column in PRIVATE_COLUMNS:
        assert PRIVATE_CANARY in everything[table][0][column]
    for table in PRIVATE_TABLES & set(everything):
        assert everything[table], table


def test_shared_export_imports_and_round_trips(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    shared = json_format.export_json(vault.db, include_private=False)
    json_format.import_document(other_vault.db, json_format.parse(shared))
    assert json_format.export_json(other_vault.db, include_private=False) == shared
    assert other_vault.db.scalar("SELECT private_note FROM action_item") == ""


def test_import_adds_beside_existing_relationships(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    populate(other_vault.db, prefix=OTHER_PREFIX)
    json_format.import_document(other_vault.db, _document(vault.db))
    assert other_vault.db.scalar("SELECT count(*) FROM relationship") == 2
    assert other_vault.db.scalar("SELECT count(*) FROM reflection_tag") == 2


def test_uuid_collision_is_reported_and_nothing_imported(vault: Vault) -> None:
    ids = populate(vault.db)
    document = _document(vault.db)
    before = _row_counts(vault.db)
    problems = _reject(vault.db, document)
    assert _row_counts(vault.db) == before
    assert any(
        p.startswith("$.tables.relationship[0].uuid:")
        and ids["relationship"] in p
        and "collision" in p
        for p in problems
    )
    assert len(problems) == portable.MAX_PROBLEMS


def _mutated(db: Db, edit: Any) -> dict[str, Any]:
    document = copy.deepcopy(_document(db))
    edit(document["tables"])
    return document


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: t["goal"][1].__setitem__("progress", "x"),
            '$.tables.goal[1].progress: expected an integer 0-100, got "x"',
        ),
        (
            lambda t: t["goal"][0].__setitem__("progress", 101),
            "$.tables.goal[0].progress: expected an integer 0-100, got 101",
        ),
        (
            lambda t: t["meeting"][0].__setitem__("status", "maybe"),
            '$.tables.meeting[0].status: expected one of "planned", "held", "cancelled", '
            'got "maybe"',
        ),
        (
            lambda t: t["goal"][0].__setitem__("archived", True),
            "$.tables.goal[0].archived: expected an integer, got true",
        ),
        (
            lambda t: t["relationship"][0].pop("other_name"),
            "$.tables.relationship[0].other_name: required key is missing",
        ),
        (
            lambda t: t["relationship"][0].__setitem__("nickname", "x"),
            "$.tables.relationship[0].nickname: unknown key",
        ),
        (lambda t: t.__setitem__("gossip", []), "$.tables.gossip: unknown table"),
        (lambda t: t.__setitem__("goal", {}), "$.tables.goal: expected a list of rows"),
        (
            lambda t: t["goal"].__setitem__(0, "goal"),
            '$.tables.goal[0]: expected an object, got "goal"',
        ),
        (
            lambda t: t["relationship"][0].__setitem__("start_date", "next tuesday"),
            "$.tables.relationship[0].start_date: expected a day YYYY-MM-DD "
            '(years 1000-9998), got "next tuesday"',
        ),
        (
            lambda t: t["goal_progress"][0].__setitem__("at", "yesterday"),
            "$.tables.goal_progress[0].at: expected a UTC time YYYY-MM-DDTHH:MM:SSZ "
            '(years 1000-9998), got "yesterday"',
        ),
        (
            lambda t: t["agreement_version"][0].__setitem__("sections", "[{"),
            "$.tables.agreement_version[0].sections: expected JSON text: a list of "
            '{"key", "title", "body"} strings',
        ),
        (
            lambda t: t["goal"][0].__setitem__("title", "half \ud800 a pair"),
            "$.tables.goal[0].title: contains an unpaired surrogate",
        ),
        (
            lambda t: t["goal"][0].__setitem__("title", None),
            "$.tables.goal[0].title: must not be null",
        ),
        (
            lambda t: t["goal"][0].__setitem__("position", 2**70),
            "$.tables.goal[0].position: the number is too large",
        ),
        (
            lambda t: t["goal"][0].__setitem__("why", ["a"]),
            '$.tables.goal[0].why: expected a string, got ["a"]',
        ),
    ],
)
def test_a_wrong_value_deep_inside_names_its_path_and_changes_nothing(
    vault: Vault, other_vault: Vault, edit: Any, expected: str
) -> None:
    populate(vault.db)
    problems = _reject(other_vault.db, _mutated(vault.db, edit))
    assert any(p.startswith(expected) for p in problems), problems
    assert other_vault.db.scalar("SELECT count(*) FROM relationship") == 0


def test_references_must_resolve_inside_the_file(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    document = _mutated(vault.db, lambda t: t["goal"][0].__setitem__("relationship_uuid", "nope"))
    problems = _reject(other_vault.db, document)
    assert problems == (
        '$.tables.goal[0].relationship_uuid: refers to relationship "nope", '
        "which is not in the file",
    )
    document = _mutated(vault.db, lambda t: t.pop("relationship"))
    problems = _reject(other_vault.db, document)
    assert all("which is not in the file" in p for p in problems)


def test_a_uuid_twice_in_the_file_is_refused(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    document = _mutated(vault.db, lambda t: t["goal"].append(dict(t["goal"][0])))
    problems = _reject(other_vault.db, document)
    assert problems[0].startswith("$.tables.goal[2].uuid:") and "appears twice" in problems[0]


def test_a_rule_only_the_vault_knows_names_the_row(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)

    def second_version_one(tables: dict[str, Any]) -> None:
        extra = dict(tables["agreement_version"][0], uuid="22222222-2222-4222-8222-000000000001")
        tables["agreement_version"].append(extra)

    problems = _reject(other_vault.db, _mutated(vault.db, second_version_one))
    assert problems[0].startswith("$.tables.agreement_version[1]: the vault refused this row")
    assert other_vault.db.scalar("SELECT count(*) FROM relationship") == 0


def test_problems_are_capped(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)

    def many(tables: dict[str, Any]) -> None:
        tables["goal"] = [dict(tables["goal"][0], progress="x") for _ in range(50)]

    problems = _reject(other_vault.db, _mutated(vault.db, many))
    assert len(problems) == portable.MAX_PROBLEMS


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"format": "rmdesk-export", "version": 1,', "$: not valid JSON (line 1, column"),
        (b"", "$: not valid JSON"),
        (b"\xff\xfe{}", "$: not UTF-8 text"),
        (b"[]", "$: expected an object"),
        (b'{"a": 1, "a": 2}', '$: duplicate key "a" in an object'),
        (
            b'{"format": "rmdesk-export", "version": 2, "schema_version": 1, "scope": "all", '
            b'"tables": {}}',
            "$.version: written by a newer rmdesk (format version 2",
        ),
        (
            b'{"format": "rmdesk-export", "version": 1, "schema_version": 99, "scope": "all", '
            b'"tables": {}}',
            "$.schema_version: written by a newer rmdesk",
        ),
        (
            b'{"format": "keepass", "version": 1, "schema_version": 1, "scope": "all", '
            b'"tables": {}}',
            '$.format: expected "rmdesk-export"',
        ),
        (b'{"format": "rmdesk-export", "version": 1}', "$.schema_version: required key is missing"),
    ],
)
def test_malformed_truncated_or_newer_files_are_refused(data: bytes, expected: str) -> None:
    with pytest.raises(ImportRejectedError) as caught:
        json_format.parse(data)
    assert any(p.startswith(expected) for p in caught.value.problems), caught.value.problems


def test_tables_must_be_an_object(vault: Vault) -> None:
    document = {**_document(vault.db), "tables": []}
    assert _reject(vault.db, document) == ("$.tables: expected an object of tables, got []",)


def test_progress_reaches_the_total(vault: Vault, other_vault: Vault) -> None:
    populate(vault.db)
    seen: list[tuple[int, int]] = []
    json_format.import_document(
        other_vault.db, _document(vault.db), progress=lambda d, t: seen.append((d, t))
    )
    total = sum(len(rows) for rows in _document(vault.db)["tables"].values())
    assert seen[-1] == (total, total)


def test_built_in_rows_the_vault_already_has_are_kept_not_collisions(
    vault: Vault, other_vault: Vault
) -> None:
    populate(vault.db)
    insert = (
        "INSERT INTO prompt (uuid, builtin_key, theme, text, created_at) VALUES (?, ?, ?, ?, ?)"
    )
    vault.db.execute(insert, ("p-source", "weekly-1", "t", "Source copy", "2026-01-01T00:00:00Z"))
    other_vault.db.execute(
        insert, ("p-target", "weekly-1", "t", "Own copy", "2026-01-02T00:00:00Z")
    )
    counts = json_format.import_document(other_vault.db, _document(vault.db))
    assert counts["prompt"] == 1  # only the person's own prompt; the library one was kept
    rows = other_vault.db.query("SELECT uuid, text FROM prompt WHERE builtin_key IS NOT NULL")
    assert [tuple(r) for r in rows] == [("p-target", "Own copy")]
