"""One agreement version as a document both people can keep: Markdown text, or a PDF of it.

The document carries the version's text, who confirmed it and when, and its fingerprint and
full SHA-256, so a printed copy can be compared with the one on the other person's computer.
Confirmations are listed only when they cover this exact text (``agreement.coverage``); a
version whose stored hash no longer matches its text says so instead of looking confirmed.

Text from the vault is written as text: control and bidi-override characters are neutralised,
and names and titles stay on one line so they cannot turn into headings.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import AgreementConfirmation, AgreementVersion, Relationship, Role
from rmdesk.export.markdown_text import literal_inline, literal_paragraphs
from rmdesk.privacy.display_text import party_name as display_party_name
from rmdesk.store.files import write_bytes_atomic

PARTY_WORDS = {Role.LEADER: "Leader", Role.MENTOR: "Mentor"}


def utc_text(moment: datetime) -> str:
    """``2026-03-02 09:30 UTC``: unambiguous wherever the copy is read."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


# Literal text, never Markdown: the export must show the very words that were confirmed
# (no hidden links, no images read from disk, no asterisks eaten).
_inline = literal_inline


def _body(text: str) -> str:
    return literal_paragraphs(rules.canonical_body(text))


def party_name(relationship: Relationship, party: Role) -> str:
    return literal_inline(display_party_name(relationship, party)) or (
        "the leader" if party is Role.LEADER else "the mentor"
    )


def agreement_markdown(version: AgreementVersion, relationship: Relationship) -> str:
    """The Markdown document for ``version`` (sections, confirmations, fingerprint)."""
    cover = rules.coverage(version)
    leader = party_name(relationship, Role.LEADER)
    mentor = party_name(relationship, Role.MENTOR)
    lines = [
        f"# Confidentiality agreement: {leader} and {mentor}",
        "",
        f"Version {version.number}, saved {utc_text(version.created_at)}.",
        "",
        f"**Fingerprint: {rules.fingerprint(cover.sha256)}**",
        "",
        f"SHA-256 of the canonical text: `{cover.sha256}`",
        "",
    ]
    for section in version.sections:
        lines += [f"## {_inline(section.title)}", "", _body(section.body), ""]
    lines += ["## Confirmations", ""]
    lines += _confirmation_lines(version, cover, relationship)
    lines += [
        "",
        "The fingerprint is the start of the SHA-256 of this version's canonical text. "
        "If the copy on the other person's computer shows the same fingerprint, you both "
        "confirmed the same words. This file is not encrypted.",
        "",
    ]
    return "\n".join(lines)


def _confirmation_lines(
    version: AgreementVersion, cover: rules.Coverage, relationship: Relationship
) -> list[str]:
    if not cover.intact:
        return [
            "**Warning:** the stored text of this version no longer matches the fingerprint it "
            "was saved with, so no confirmation counts for it."
        ]
    by_party: dict[Role, AgreementConfirmation] = {
        c.party: c for c in version.confirmations if c.party in cover.confirmed_by
    }
    lines = []
    for party in (Role.LEADER, Role.MENTOR):
        confirmation = by_party.get(party)
        word = PARTY_WORDS[party]
        if confirmation is None:
            lines.append(f"- {word}: {party_name(relationship, party)} has not confirmed it yet.")
        else:
            lines.append(
                f"- {word}: {_inline(confirmation.name)}, confirmed"
                f" {utc_text(confirmation.confirmed_at)}"
                f" (fingerprint {rules.fingerprint(confirmation.sha256)})"
            )
    return lines


def document_title(version: AgreementVersion) -> str:
    return f"Confidentiality agreement, version {version.number}"


def write_agreement_markdown(
    version: AgreementVersion, relationship: Relationship, target: Path
) -> None:
    """Atomically, mode 0600 (``VaultError`` subclasses on disk full / read-only)."""
    write_bytes_atomic(target, agreement_markdown(version, relationship).encode("utf-8"))


def write_agreement_pdf(
    version: AgreementVersion, relationship: Relationship, target: Path
) -> None:
    """The same document as a PDF, atomically with mode 0600."""
    from rmdesk.export.pdf import markdown_to_pdf  # Qt is loaded only when a PDF is wanted

    markdown_to_pdf(
        agreement_markdown(version, relationship), target, title=document_title(version)
    )
