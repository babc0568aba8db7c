"""Issue 19 item 1: what ``rmdesk import`` accepts, the app can read — checked with the app's
own decoders, on real files through the real command."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from rmdesk.export import json_format
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from tests.commands.cli_helpers import PASSPHRASE, digest, run
from tests.commands.conftest import Source
from tests.conftest import FAST_KDF

OFF_FORMAT_TIMES = [
    "2026-03-02T09:00:00+14:00",
    "2026-03-02T09:00:00+00:00",
    "2026-03-02",
    "09:00",
    "20260302T090000Z",
    "2026-03-02T09:00:00.5Z",
    "2026-03-02T09:00:00",
    "2026-3-2T9:0:0Z",
    "2026-03-02 09:00:00Z",
    "0999-03-02T09:00:00Z",
    "9999-12-31T23:59:59Z",
    "2026-03-02T09:00:00z",
    "٢٠٢٦-03-02T09:00:00Z",
]
OFF_FORMAT_DAYS = ["20260302", "2026-W10-1", "2026-03-02T00:00:00Z", "2026-3-2", "0001-01-01"]
OFF_FORMAT_LISTS = ["NaN", "Infinity", "{}", "[1]", '["a", null]', "[NaN]", '"a"']
OFF_FORMAT_SECTIONS = [
    '[{"title": "t", "body": "b"}]',
    '[{"key": 1, "title": "t", "body": "b"}]',
    '[{"key": "k", "title": "t", "body": "b", "extra": 1}]',
    '[{"key": "k", "title": "t", "body": "b"}, {"key": "k", "title": "u", "body": "c"}]',
    '[{"key": " ", "title": "t", "body": "b"}]',
    "NaN",
    "{}",
]
OFF_FORMAT_ITEMS = [
    '[{"title": "Intros"}]',
    '[{"kind": "chat", "title": "t", "owner": "leader", "time_box_minutes": 10}]',
    '[{"kind": "topic", "title": "t", "owner": "leader", "time_box_minutes": 0}]',
    '[{"kind": "topic", "title": "t", "owner": "leader", "time_box_minutes": true}]',
    '[{"kind": "topic", "title": "t", "owner": "leader", "time_box_minutes": 1e400}]',
]

CASES: list[tuple[str, str, str]] = (
    [("meeting", "starts_at", v) for v in OFF_FORMAT_TIMES]
    + [("goal_progress", "at", v) for v in OFF_FORMAT_TIMES[:4]]
    + [("relationship", "start_date", v) for v in OFF_FORMAT_DAYS]
    + [("relationship", "focus_areas", v) for v in OFF_FORMAT_LISTS]
    + [("agreement_version", "sections", v) for v in OFF_FORMAT_SECTIONS]
    + [("agenda_template", "items", v) for v in OFF_FORMAT_ITEMS]
)


@pytest.fixture(scope="module")
def export_document(source: Source) -> dict[str, Any]:
    with Vault.open(source.vault, passphrase_bytes(PASSPHRASE)) as vault:
        document = json_format.build_document(vault.db, include_private=True)
    return json.loads(json_format.encode(document))  # type: ignore[no-any-return]


@pytest.mark.parametrize(("table", "column", "value"), CASES)
def test_an_off_format_value_is_refused_with_its_path(
    export_document: dict[str, Any], tmp_path: Path, table: str, column: str, value: str
) -> None:
    document = copy.deepcopy(export_document)
    document["tables"][table][0][column] = value
    with pytest.raises(json_format.ImportRejectedError) as caught:
        _import(document, tmp_path)
    assert any(f".{table}[0].{column}:" in p for p in caught.value.problems), caught.value.problems


def _import(document: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "empty.rmdesk"
    with Vault.create(path, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        json_format.import_document(vault.db, document)


def test_the_reported_files_are_refused_by_the_command_and_change_nothing(
    source: Source, export_document: dict[str, Any], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    made = run(source.home, "vault", "create", data_dir=data_dir, lines=[PASSPHRASE, PASSPHRASE])
    assert made.returncode == 0, made.stderr
    before = digest(data_dir / "vault.rmdesk")
    for table, column, value in [
        ("meeting", "starts_at", "2026-03-02T09:00:00+14:00"),
        ("relationship", "focus_areas", "NaN"),
        ("agreement_version", "sections", '[{"title": "t", "body": "b"}]'),
    ]:
        document = copy.deepcopy(export_document)
        document["tables"][table][0][column] = value
        bad = tmp_path / "bad.json"
        bad.write_bytes(json_format.encode(document))
        result = run(source.home, "import", bad, data_dir=data_dir, lines=[PASSPHRASE])
        assert result.returncode == 30, result.stderr
        assert f".{table}[0].{column}:" in result.stderr
        assert digest(data_dir / "vault.rmdesk") == before
