"""The Markdown export of a whole vault: every section, private parts only when asked."""

from __future__ import annotations

from rmdesk.export import markdown
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from tests.sample_data import PRIVATE_CANARY, SHARED_CANARY, populate


def test_markdown_shared_has_every_section_and_no_private_text(vault: Vault) -> None:
    populate(vault.db)
    text = markdown.render_text(Repositories.from_db(vault.db), include_private=False)
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
    text = markdown.render_text(Repositories.from_db(vault.db), include_private=True)
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
    text = markdown.render_text(Repositories.from_db(vault.db), include_private=False)
    assert "\n# Heading" not in text
    assert "\u202e" not in text and "\x1b" not in text


def test_markdown_of_an_empty_vault(vault: Vault) -> None:
    text = markdown.render_text(Repositories.from_db(vault.db), include_private=False)
    assert "_No relationships yet._" in text


def test_vault_text_cannot_become_a_link_an_image_or_a_heading(vault: Vault) -> None:
    populate(vault.db)
    vault.db.execute(
        "UPDATE goal SET title = ?, why = ? WHERE position = 0",
        ("[click](http://example.com) ![x](/etc/passwd)", "# not a heading\n1. not a list"),
    )
    text = markdown.render_text(Repositories.from_db(vault.db), include_private=False)
    assert "\\[click\\](http://example.com) \\!\\[x\\](/etc/passwd)" in text
    assert "\\# not a heading" in text and "1\\. not a list" in text
    assert "](http" not in text.replace("\\](http", "")


def test_the_document_streams_in_chunks(vault: Vault) -> None:
    populate(vault.db)
    chunks = list(markdown.render(Repositories.from_db(vault.db), include_private=True))
    assert len(chunks) > 5
    assert all(chunk.endswith("\n") for chunk in chunks)
