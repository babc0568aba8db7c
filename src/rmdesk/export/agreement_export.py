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
from rmdesk.export.document_style import ENGLISH, DocumentStyle
from rmdesk.export.markdown_text import literal_inline, literal_paragraphs
from rmdesk.privacy.display_text import party_name as display_party_name
from rmdesk.store.files import write_bytes_atomic


def utc_text(moment: datetime, style: DocumentStyle = ENGLISH) -> str:
    """``2026-03-02 09:30 UTC`` (or the reader's format, still in UTC): unambiguous wherever
    the copy is read, whoever's time zone it is."""
    return style.translate("AgreementExport", "{0} UTC").format(
        style.day_and_clock(moment.astimezone(UTC))
    )


# Literal text, never Markdown: the export must show the very words that were confirmed
# (no hidden links, no images read from disk, no asterisks eaten).
_inline = literal_inline


def _body(text: str) -> str:
    return literal_paragraphs(rules.canonical_body(text))


def party_word(party: Role, style: DocumentStyle = ENGLISH) -> str:
    if party is Role.LEADER:
        return style.translate("AgreementExport", "Leader")
    return style.translate("AgreementExport", "Mentor")


def party_name(relationship: Relationship, party: Role, style: DocumentStyle = ENGLISH) -> str:
    fallback = (
        style.translate("AgreementExport", "the leader")
        if party is Role.LEADER
        else style.translate("AgreementExport", "the mentor")
    )
    return literal_inline(display_party_name(relationship, party)) or fallback


def agreement_markdown(
    version: AgreementVersion, relationship: Relationship, style: DocumentStyle = ENGLISH
) -> str:
    """The Markdown document for ``version`` (sections, confirmations, fingerprint).

    ``style`` words the frame around the text (headings, confirmations, the note) in the
    reader's language; the sections are the saved text itself, never translated, so the
    fingerprint printed here is the one the other person's copy shows.
    """
    cover = rules.coverage(version)
    leader = party_name(relationship, Role.LEADER, style)
    mentor = party_name(relationship, Role.MENTOR, style)
    lines = [
        "# "
        + style.translate("AgreementExport", "Confidentiality agreement: {0} and {1}").format(
            leader, mentor
        ),
        "",
        style.translate("AgreementExport", "Version {0}, saved {1}.").format(
            style.number(version.number), utc_text(version.created_at, style)
        ),
        "",
        "**"
        + style.translate("AgreementExport", "Fingerprint: {0}").format(
            rules.fingerprint(cover.sha256)
        )
        + "**",
        "",
        style.translate("AgreementExport", "SHA-256 of the canonical text: {0}").format(
            f"`{cover.sha256}`"
        ),
        "",
    ]
    for section in version.sections:
        lines += [f"## {_inline(section.title)}", "", _body(section.body), ""]
    lines += ["## " + style.translate("AgreementExport", "Confirmations"), ""]
    lines += _confirmation_lines(version, cover, relationship, style)
    lines += [
        "",
        style.translate(
            "AgreementExport",
            "The fingerprint is the start of the SHA-256 of this version's canonical text. "
            "If the copy on the other person's computer shows the same fingerprint, you both "
            "confirmed the same words. This file is not encrypted.",
        ),
        "",
    ]
    return "\n".join(lines)


def _confirmation_lines(
    version: AgreementVersion,
    cover: rules.Coverage,
    relationship: Relationship,
    style: DocumentStyle,
) -> list[str]:
    if not cover.intact:
        return [
            "**"
            + style.translate("AgreementExport", "Warning:")
            + "** "
            + style.translate(
                "AgreementExport",
                "the stored text of this version no longer matches the fingerprint it was "
                "saved with, so no confirmation counts for it.",
            )
        ]
    by_party: dict[Role, AgreementConfirmation] = {
        c.party: c for c in version.confirmations if c.party in cover.confirmed_by
    }
    lines = []
    for party in (Role.LEADER, Role.MENTOR):
        confirmation = by_party.get(party)
        word = party_word(party, style)
        if confirmation is None:
            text = style.translate("AgreementExport", "{0}: {1} has not confirmed it yet.")
            lines.append("- " + text.format(word, party_name(relationship, party, style)))
        else:
            text = style.translate("AgreementExport", "{0}: {1}, confirmed {2} (fingerprint {3})")
            lines.append(
                "- "
                + text.format(
                    word,
                    _inline(confirmation.name),
                    utc_text(confirmation.confirmed_at, style),
                    rules.fingerprint(confirmation.sha256),
                )
            )
    return lines


def document_title(version: AgreementVersion, style: DocumentStyle = ENGLISH) -> str:
    return style.translate("AgreementExport", "Confidentiality agreement, version {0}").format(
        style.number(version.number)
    )


def write_agreement_markdown(
    version: AgreementVersion,
    relationship: Relationship,
    target: Path,
    style: DocumentStyle = ENGLISH,
) -> None:
    """Atomically, mode 0600 (``VaultError`` subclasses on disk full / read-only)."""
    write_bytes_atomic(target, agreement_markdown(version, relationship, style).encode("utf-8"))


def write_agreement_pdf(
    version: AgreementVersion,
    relationship: Relationship,
    target: Path,
    style: DocumentStyle = ENGLISH,
) -> None:
    """The same document as a PDF, atomically with mode 0600."""
    from rmdesk.export.pdf import markdown_to_pdf  # Qt is loaded only when a PDF is wanted

    markdown_to_pdf(
        agreement_markdown(version, relationship, style),
        target,
        title=document_title(version, style),
    )
