"""The Markdown export and the backup rotation rules, in-process."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rmdesk.export import markdown
from rmdesk.services.rotation import next_backup_path, prune, rotated_backups
from rmdesk.store import portable
from rmdesk.store.vault import Vault
from tests.cli.sample_data import PRIVATE_CANARY, SHARED_CANARY, populate


def test_markdown_shared_has_every_section_and_no_private_text(vault: Vault) -> None:
    populate(vault.db)
    text = markdown.render(portable.dump(vault.db, include_private=False), include_private=False)
    for heading in (
        "## Dana (leader) & Sam (mentor)",
        "### Purpose",
        "### Goals",
        "#### 1. Use an AI assistant weekly",
        "### Agreement",
        "Fingerprint (SHA-256): `" + "ab" * 32 + "`",
        "- leader: Dana, 2026-03-02 09:00 UTC (fingerprint matches this version)",
        "### Meetings",
        "1. [ ] Prompt patterns — topic, mentor, 10 min",
        "Shared notes: Use examples",
        "### Actions",
        "### Acknowledgements",
        "### Check-ins",
        "- mentor · Is this useful?: skipped",
        "- leader · Is this useful?: 4/5 — “Yes”",
    ):
        assert heading in text, heading
    assert SHARED_CANARY in text
    assert PRIVATE_CANARY not in text
    assert markdown.PRIVATE_HEADING not in text
    assert "not encrypted" in text


def test_markdown_private_parts_sit_under_the_private_heading(vault: Vault) -> None:
    populate(vault.db)
    text = markdown.render(portable.dump(vault.db, include_private=True), include_private=True)
    private_at = text.index(markdown.PRIVATE_HEADING)
    # candidate, meeting, action and check-in notes; a journal entry's prompt, body and tag
    assert text.count(PRIVATE_CANARY) == 7
    assert text.index(PRIVATE_CANARY) > private_at
    assert "#### Journal" in text and f"surprise-{PRIVATE_CANARY}" in text


def test_markdown_neutralises_control_and_bidi_characters_in_one_line_fields(vault: Vault) -> None:
    populate(vault.db)
    vault.db.execute(
        "UPDATE goal SET title = ? WHERE position = 0", ("evil\n# Heading\u202e\x1b[31m",)
    )
    text = markdown.render(portable.dump(vault.db, include_private=False), include_private=False)
    assert "\n# Heading" not in text
    assert "\u202e" not in text and "\x1b" not in text


def test_markdown_of_an_empty_vault(vault: Vault) -> None:
    text = markdown.render(portable.dump(vault.db, include_private=False), include_private=False)
    assert "_No relationships yet._" in text


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
