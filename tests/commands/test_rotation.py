"""Backup rotation: our own file names, newest kept, strangers never touched."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rmdesk.commands.rotation import next_backup_path, prune, rotated_backups


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    return path


def test_rotation_names_and_prunes_only_our_own_files(tmp_path: Path) -> None:
    when = datetime(2026, 11, 24, 20, 15, tzinfo=UTC)
    first = next_backup_path(tmp_path, when)
    assert first.name == "rmdesk-20261124T201500Z.rmdesk"
    first.write_bytes(b"x")
    second = next_backup_path(tmp_path, when)
    assert second.name == "rmdesk-20261124T201500Z-2.rmdesk"
    second.write_bytes(b"x")
    old = [_touch(tmp_path, f"rmdesk-2025010{d}T000000Z.rmdesk") for d in range(1, 5)]
    strangers = [
        _touch(tmp_path, name)
        for name in ("notes.txt", "rmdesk-latest.rmdesk", "rmdesk-20200101T000000Z.rmdesk.bak")
    ]
    (tmp_path / "rmdesk-20190101T000000Z.rmdesk").symlink_to(strangers[0])
    assert rotated_backups(tmp_path)[:2] == [second, first]
    deleted = prune(tmp_path, keep=3)
    assert sorted(deleted) == sorted(old[:3])
    assert {p.name for p in tmp_path.iterdir()} == {
        first.name,
        second.name,
        old[3].name,
        *(s.name for s in strangers),
        "rmdesk-20190101T000000Z.rmdesk",
    }
