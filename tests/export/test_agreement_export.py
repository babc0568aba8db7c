"""The agreement as a document to keep: names, times, fingerprint; 0600 on disk."""

from __future__ import annotations

import dataclasses
import stat
from datetime import UTC, date, datetime
from pathlib import Path

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import (
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    Relationship,
    Role,
)
from rmdesk.export.agreement_export import agreement_markdown, write_agreement_markdown

SECTIONS = (
    AgreementSection("purpose_and_goals", "Why we meet", "We learn together.\n\n- Goal one"),
    AgreementSection("confidentiality", "What stays between us", "It stays here."),
)
SHA = rules.sha256_hex(SECTIONS)
RELATIONSHIP = Relationship(
    my_role=Role.LEADER,
    my_name="Morgan Lee",
    other_name="Priya Shah",
    cadence=Cadence.MONTHLY,
    meeting_minutes=45,
    start_date=date(2025, 3, 3),
)


def version(
    *confirmed: Role, sections: tuple[AgreementSection, ...] = SECTIONS
) -> AgreementVersion:
    times = {
        Role.LEADER: datetime(2025, 3, 3, 9, 41, tzinfo=UTC),
        Role.MENTOR: datetime(2025, 3, 4, 17, 5, tzinfo=UTC),
    }
    names = {Role.LEADER: "Morgan Lee", Role.MENTOR: "priya  shah"}
    return AgreementVersion(
        id=7,
        relationship_id=1,
        number=2,
        sections=sections,
        sha256=SHA,
        created_at=datetime(2025, 3, 1, 12, 0, tzinfo=UTC),
        confirmations=tuple(
            AgreementConfirmation(
                version_id=7, party=p, name=names[p], sha256=SHA, confirmed_at=times[p]
            )
            for p in confirmed
        ),
    )


def test_markdown_holds_text_names_times_and_fingerprint() -> None:
    text = agreement_markdown(version(Role.LEADER, Role.MENTOR), RELATIONSHIP)
    assert text.startswith("# Confidentiality agreement: Morgan Lee and Priya Shah\n")
    assert "Version 2, saved 2025-03-01 12:00 UTC." in text
    assert f"**Fingerprint: {rules.fingerprint(SHA)}**" in text
    assert SHA in text
    # The confirmed words appear literally: Markdown syntax in them is escaped, not obeyed.
    assert "## Why we meet\n\nWe learn together.\n\n\\- Goal one\n" in text
    assert "- Leader: Morgan Lee, confirmed 2025-03-03 09:41 UTC" in text
    # The name as the person typed it (spacing tidied), with their own time.
    assert "- Mentor: priya shah, confirmed 2025-03-04 17:05 UTC" in text
    assert "not encrypted" in text


def test_a_missing_confirmation_is_said_plainly() -> None:
    text = agreement_markdown(version(Role.LEADER), RELATIONSHIP)
    assert "- Mentor: Priya Shah has not confirmed it yet." in text


def test_changed_text_under_a_stored_hash_lists_no_confirmation() -> None:
    tampered = dataclasses.replace(
        version(Role.LEADER, Role.MENTOR),
        sections=(SECTIONS[0], AgreementSection("confidentiality", "What stays", "Tell all.")),
    )
    text = agreement_markdown(tampered, RELATIONSHIP)
    assert "**Warning:**" in text
    assert "confirmed 2025" not in text
    # The fingerprint shown is the one of the text as it now reads.
    assert rules.fingerprint(rules.sha256_hex(tampered.sections)) in text


def test_names_and_titles_cannot_smuggle_control_characters_or_headings() -> None:
    sneaky = dataclasses.replace(RELATIONSHIP, other_name="Priya\n# Shah\x1b[31m")
    sections = (AgreementSection("k", "Title\n## fake", "Body"),)
    shown = dataclasses.replace(version(), sections=sections, sha256=rules.sha256_hex(sections))
    text = agreement_markdown(shown, sneaky)
    assert "\x1b" not in text
    assert "\n# Shah" not in text
    assert "## Title \\#\\# fake\n" in text


def test_markdown_in_the_agreement_text_is_shown_literally_never_obeyed() -> None:
    sections = (
        AgreementSection("k", "Terms", "See ![x](/etc/passwd) and [this](http://evil) *now*"),
    )
    shown = dataclasses.replace(version(), sections=sections, sha256=rules.sha256_hex(sections))
    text = agreement_markdown(shown, RELATIONSHIP)
    assert "![x](" not in text and "[this](" not in text
    assert "\\*now\\*" in text  # the asterisks survive as characters


def test_markdown_file_is_written_private(tmp_path: Path) -> None:
    target = tmp_path / "agreement.md"
    write_agreement_markdown(version(Role.LEADER, Role.MENTOR), RELATIONSHIP, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert rules.fingerprint(SHA) in target.read_text("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["agreement.md"]  # no temp file left
