"""Under de_DE, fr_FR and C: dates in the views read as that locale writes them (ISO 8601
under C), and the content (check-in questions) comes in the app's language while what is
stored stays language-free (question keys)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import CheckIn, Role
from rmdesk.domain.resources import load_checkin_questions
from rmdesk.privacy.access import data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.dates import day_and_clock_text, day_text, month_text
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.progress.progress_model import question_short_name
from rmdesk.ui.reflections.reflections_view import ReflectionsView

LOCALES = ("de_DE", "fr_FR", "C")
SRC = Path(__file__).resolve().parents[2] / "src" / "rmdesk" / "ui"


@pytest.fixture(params=LOCALES)
def locale_name(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale.c() if request.param == "C" else QLocale(request.param))
    yield str(request.param)
    QLocale.setDefault(previous)


def expected_day(day: date, name: str) -> str:
    if name == "C":
        return day.isoformat()
    return QLocale(name).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
    )


def test_the_date_helper_writes_the_locales_own_format(locale_name: str) -> None:
    moment = datetime(2026, 11, 30, 14, 5)
    assert day_text(moment.date()) == expected_day(moment.date(), locale_name)
    if locale_name == "C":
        assert day_and_clock_text(moment) == "2026-11-30 14:05"
        assert month_text(moment.date()) == "2026-11"
    else:
        locale = QLocale(locale_name)
        qt_moment = QDateTime(QDate(2026, 11, 30), QTime(14, 5))
        assert day_and_clock_text(moment) == locale.toString(
            qt_moment, QLocale.FormatType.ShortFormat
        )
        assert month_text(moment.date()) == locale.toString(QDate(2026, 11, 30), "MMM yy")
        assert "30" in day_text(moment.date()) and "2026" not in month_text(moment.date())


def test_the_reflections_meeting_box_uses_the_date_helper(
    qtbot: QtBot, vault: Vault, locale_name: str
) -> None:
    fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    data = data_access(vault.db, PRIVATE_VISIBILITY)
    context = ViewContext(
        data=data,
        relationship=data.shared.relationships.list_all()[0],
        navigate=lambda _section: None,
        clipboard=ClipboardPolicy(),
        edit_relationship=lambda: None,
    )
    view = ReflectionsView(context, None)
    qtbot.addWidget(view)
    meetings = data.shared.meetings.moments_for_relationship(context.relationship.id or 0)
    expected = [expected_day(m.starts_at.astimezone().date(), locale_name) for m in meetings]
    assert [label for label, _id in view.meetings] == expected
    assert expected


def test_no_view_formats_a_date_by_itself() -> None:
    """Every date goes through kit/dates.py (the restore list once wrote "30 11 2026")."""
    allowed = {
        "kit/dates.py",
        # A file name stem: ISO so saved summaries sort by date in any file manager.
        "meetings/summary_panel.py",
    }
    pattern = re.compile(
        r"strftime|isoformat\(\)|toString\((?:to_qdate|QDate|QDateTime|made)|:%[YmdHM]"
    )
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted(SRC.rglob("*.py"))
        if str(path.relative_to(SRC)) not in allowed
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []


def test_check_in_questions_come_in_the_apps_language_and_store_keys(
    qtbot: QtBot, vault: Vault, locale_name: str
) -> None:
    fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    data = data_access(vault.db, PRIVATE_VISIBILITY)
    relationship = data.shared.relationships.list_all()[0]
    assert relationship.id is not None
    dialog = CheckInDialog(
        CheckIn(relationship_id=relationship.id, held_on=date(2026, 11, 30)),
        relationship,
        [],
        include_private=True,
    )
    qtbot.addWidget(dialog)
    language = {"de_DE": "de", "fr_FR": "fr", "C": "en"}[locale_name]
    assert content_language() == language
    wording = {(q.side, q.key): q for q in load_checkin_questions(language)}
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    for question in wording.values():
        assert question.label in labels
        assert question.low_end in labels and question.high_end in labels
    if language != "en":
        english = {q.label for q in load_checkin_questions()}
        assert not english & labels
    assert question_short_name(Role.MENTOR, "safety") == wording[(Role.MENTOR, "safety")].short_name
    row = dialog.rows[(Role.LEADER, "insight")]
    next(b for b in row.findChildren(QRadioButton) if b.text() == "4").click()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result_checkin is not None
    assert [(a.side, a.question, a.rating) for a in dialog.result_checkin.answers] == [
        (Role.LEADER, "insight", 4)
    ]
