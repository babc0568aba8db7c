"""Exported documents under de_DE, fr_FR and C: the app's translator words them and the
locale dates them (ISO 8601 under C), while the agreement's saved text and fingerprint stay
exactly what both people confirmed."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTranslator
from PySide6.QtWidgets import QApplication

from rmdesk.demo import fill_demo
from rmdesk.domain import agreement as rules
from rmdesk.domain.models import (
    AgendaItem,
    AgendaKind,
    AgreementConfirmation,
    AgreementVersion,
    Cadence,
    Meeting,
    MeetingStatus,
    Relationship,
    Role,
)
from rmdesk.export import markdown
from rmdesk.export.agreement_export import agreement_markdown, write_agreement_pdf
from rmdesk.export.meeting_summary import MeetingSummary, summary_markdown
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.export_style import user_document_style

EXPORT_CONTEXTS = {"AgreementExport", "MeetingSummaryExport", "MarkdownExport"}
SAVED = datetime(2026, 11, 30, 13, 5, tzinfo=UTC)


class MarkingTranslator(QTranslator):
    """Stands in for the German or French catalogue: every export phrase comes back marked,
    so a phrase that bypasses the translator shows up unmarked."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"⟦{source}⟧" if context in EXPORT_CONTEXTS else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=("de_DE", "fr_FR", "C"))
def locale_name(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale.c() if request.param == "C" else QLocale(request.param))
    translator = MarkingTranslator()
    QCoreApplication.installTranslator(translator)
    yield str(request.param)
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(previous)


def document_pattern(locale: QLocale) -> str:
    """The locale's own short date, widened to a four-digit year for a kept document."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def qt_day_and_clock(moment: datetime, name: str) -> str:
    if name == "C":
        return f"{moment:%Y-%m-%d %H:%M}"
    locale = QLocale(name)
    qt = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    day = locale.toString(qt.date(), document_pattern(locale))
    return f"{day} {locale.toString(qt.time(), QLocale.FormatType.ShortFormat)}"


def qt_day(day: date, name: str) -> str:
    if name == "C":
        return day.isoformat()
    locale = QLocale(name)
    return locale.toString(QDate(day.year, day.month, day.day), document_pattern(locale))


def german_version() -> tuple[AgreementVersion, Relationship]:
    relationship = Relationship(
        my_role=Role.LEADER,
        my_name="Morgan",
        other_name="Priya",
        cadence=Cadence.MONTHLY,
        meeting_minutes=45,
        start_date=date(2026, 12, 1),
        id=1,
    )
    sections = rules.fill_template(relationship, [], language="de")
    sha = rules.sha256_hex(sections)
    confirmation = AgreementConfirmation(1, Role.MENTOR, "Priya", sha, SAVED)
    version = AgreementVersion(1, 1, sections, sha, SAVED, (confirmation,), id=1)
    return version, relationship


def test_the_agreement_document_is_worded_and_dated_for_the_reader(locale_name: str) -> None:
    version, relationship = german_version()
    text = agreement_markdown(version, relationship, user_document_style())
    assert "⟦Confirmations⟧" in text and "⟦Fingerprint: " in text
    assert qt_day_and_clock(SAVED, locale_name) in text  # the time stays in UTC
    # The saved German text as confirmed, and its fingerprint, whatever the reader's language.
    assert "Wir treffen uns einmal im Monat, jeweils etwa 45 Minuten, ab dem 1. Dezember 2026." in (
        text
    )
    assert rules.fingerprint(rules.sha256_hex(version.sections)) in text
    assert rules.sha256_hex(version.sections) == version.sha256


def test_the_meeting_summary_is_dated_for_the_reader(locale_name: str) -> None:
    _version, relationship = german_version()
    meeting = Meeting(1, SAVED, 45, MeetingStatus.HELD, id=1)
    item = AgendaItem(1, Role.MENTOR, AgendaKind.QUESTION, "Was ist neu?", id=1)
    summary = MeetingSummary.of(relationship, meeting, [item], [], UTC, user_document_style())
    text = summary_markdown(summary)
    assert qt_day_and_clock(SAVED, locale_name) in text
    assert "⟦What we discussed⟧" in text and "⟦Question⟧" in text


def test_the_markdown_export_is_worded_and_dated_for_the_reader(
    vault: Vault, locale_name: str
) -> None:
    repos = Repositories.from_db(vault.db)
    fill_demo(repos, date(2026, 11, 24))
    relationship = repos.relationships.list_all()[0]
    text = markdown.render_text(repos, include_private=False, style=user_document_style())
    started = qt_day(relationship.start_date, locale_name)
    assert f"⟦Started: {started}⟧" in text and "⟦Goals⟧" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_agreement_pdf_reads_back_with_the_readers_dates(
    tmp_path: Path, locale_name: str
) -> None:
    version, relationship = german_version()
    target = tmp_path / "agreement.pdf"
    write_agreement_pdf(version, relationship, target, user_document_style())
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert qt_day_and_clock(SAVED, locale_name) in flat
    assert rules.fingerprint(version.sha256) in flat
    assert "Was unter uns bleibt" in flat
