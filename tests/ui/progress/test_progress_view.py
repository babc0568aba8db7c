"""Check-ins by both sides, the trend sentence, and the charts and table that show them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain.checkins import classify_trends, summary_sentence
from rmdesk.domain.models import CheckIn, CheckInAnswer, Role
from rmdesk.domain.progress import ChartKind, build_progress
from rmdesk.privacy.access import data_access
from rmdesk.privacy.share_mode import Visibility
from rmdesk.store.vault import Vault
from rmdesk.ui.progress.charts import SERIES_ROLES, ChartTexts, ChartWidget
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.progress.progress_model import ROLE_SKIPPED, ROLE_VALUE, ProgressModel, trend_summary
from rmdesk.ui.progress.progress_view import ProgressView
from tests.ui.actions.test_actions_view import driving, make_context, seed_relationship

FIRST_DAY = date(2025, 3, 3)


def add_first_checkin(vault: Vault, rel_id: int) -> None:
    """An earlier check-in in which the mentor rated safety 2 (a real low score)."""
    shared = data_access(vault.db, Visibility(share_mode=False)).shared
    shared.checkins.add(
        CheckIn(
            relationship_id=rel_id,
            held_on=FIRST_DAY,
            answers=(
                CheckInAnswer(Role.LEADER, "insight", 2, "Still finding my feet."),
                CheckInAnswer(Role.MENTOR, "gained", 3, "Some."),
                CheckInAnswer(Role.MENTOR, "safety", 2, "Careful for now."),
            ),
        )
    )


def test_check_in_by_both_sides_with_a_mentor_skip_shows_in_charts_and_table(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    rel_id, _goal = seed_relationship(vault)
    add_first_checkin(vault, rel_id)
    view = ProgressView(make_context(vault))
    qtbot.addWidget(view)
    view.show()
    second_day = date(2025, 4, 14)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, CheckInDialog)
        dialog.date_edit.setDate(second_day)
        insight = dialog.rows[(Role.LEADER, "insight")]
        qtbot.mouseClick(insight.radios[3], Qt.MouseButton.LeftButton)  # 4
        qtbot.keyClicks(insight.sentence_edit, "I changed how I run reviews.")
        gained = dialog.rows[(Role.MENTOR, "gained")]
        qtbot.mouseClick(gained.radios[4], Qt.MouseButton.LeftButton)  # 5
        safety = dialog.rows[(Role.MENTOR, "safety")]
        qtbot.mouseClick(safety.radios[0], Qt.MouseButton.LeftButton)  # 1, then skipped
        safety.skip_check.click()
        assert safety.group.checkedId() == -1 and not safety.radios[0].isEnabled()
        assert dialog.private_edit is not None
        qtbot.keyClicks(dialog.private_edit, "Leader-only thought")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    monkeypatch.setattr(
        CheckInDialog,
        "ask",
        classmethod(
            lambda cls, parent, checkin, rel, meetings, **kw: driving(
                qtbot, lambda: cls(checkin, rel, meetings, parent=parent, **kw), fill
            )
        ),
    )
    with qtbot.waitSignal(view.checkins_changed):
        view.start_button.click()

    stored = make_context(vault).data.shared.checkins.list_for_relationship(
        rel_id, include_private=True
    )[0]
    by_key = {(a.side, a.question): a for a in stored.answers}
    assert set(by_key) == {
        (Role.LEADER, "insight"),
        (Role.MENTOR, "gained"),
        (Role.MENTOR, "safety"),
    }
    assert by_key[(Role.MENTOR, "safety")] == CheckInAnswer(
        Role.MENTOR, "safety", None, "", skipped=True, uuid=by_key[(Role.MENTOR, "safety")].uuid
    )
    assert stored.private_note == "Leader-only thought"

    # The check-ins list, the chart and the table all show it.
    assert view.checkins_model.rowCount() == 2
    assert "feeling of safety: skipped" in view.checkins_model.data(
        view.checkins_model.index(0, view.checkins_model.COL_MENTOR)
    )
    assert view.progress is not None
    mentor = {s.key: s for s in view.progress.chart(ChartKind.MENTOR_RATINGS).series}
    assert mentor["mentor.safety"].values == (2.0, None)  # a gap, not a 1
    assert mentor["mentor.gained"].values == (3.0, 5.0)
    chart_widget = view.charts[
        [c.kind for c in view.progress.charts].index(ChartKind.MENTOR_RATINGS)
    ]
    assert chart_widget.chart == view.progress.chart(ChartKind.MENTOR_RATINGS)
    model = view.progress_model
    row = model.row_of(ChartKind.MENTOR_RATINGS, "mentor.safety", second_day)
    assert row >= 0
    assert model.data(model.index(row, ProgressModel.COL_VALUE)) == "skipped"
    assert model.data(model.index(row, 0), ROLE_VALUE) is None
    assert model.data(model.index(row, 0), ROLE_SKIPPED) is True
    earlier = model.row_of(ChartKind.MENTOR_RATINGS, "mentor.safety", FIRST_DAY)
    assert model.data(model.index(earlier, ProgressModel.COL_VALUE)) == "2"
    # The skip is not a low score: safety has one rating, so no trend (not "down").
    assert view.summary_label.text() == (
        "Over the last two check-ins: insight up, mentor benefit up. Not enough answers yet for "
        "learning applied, comfort with feedback, mentor feeling heard, feeling of safety."
    )

    # The table is one keyboard step away: Ctrl+Tab from the charts, or the Alt+T mnemonic.
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentWidget() is view.table
    view.tabs.setCurrentIndex(0)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.tabs, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.table


def test_skip_all_marks_every_mentor_question_skipped(qtbot: QtBot, vault: Vault) -> None:
    rel_id, _goal = seed_relationship(vault)
    context = make_context(vault)
    dialog = CheckInDialog(
        CheckIn(relationship_id=rel_id, held_on=FIRST_DAY),
        context.relationship,
        [],
        include_private=False,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.private_edit is None  # shared-screen mode: the editor is never built
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result_checkin is None
    assert dialog.error_label.text() == "Rate or skip at least one question."
    dialog.skip_all_check.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result_checkin is not None
    answers = dialog.result_checkin.answers
    assert [(a.side, a.skipped, a.rating) for a in answers] == [(Role.MENTOR, True, None)] * 3


def test_translated_summary_matches_the_english_domain_sentence() -> None:
    history = [
        CheckIn(
            relationship_id=1,
            held_on=date(2025, 1, day),
            answers=(
                CheckInAnswer(Role.LEADER, "insight", rating),
                CheckInAnswer(Role.MENTOR, "safety", None, skipped=True),
            ),
        )
        for day, rating in ((6, 2), (20, 3), (27, 4))
    ]
    report = classify_trends(history)
    # No translator is installed in tests, so the UI's words are the English source words.
    assert trend_summary(report) == summary_sentence(report)
    assert trend_summary(classify_trends([])) == summary_sentence(classify_trends([]))


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: QColor(30, 30, 30),
        QPalette.ColorRole.Base: QColor(20, 20, 20),
        QPalette.ColorRole.Text: QColor(235, 235, 235),
        QPalette.ColorRole.WindowText: QColor(235, 235, 235),
        QPalette.ColorRole.Mid: QColor(90, 90, 90),
        QPalette.ColorRole.Highlight: QColor(255, 170, 0),
        QPalette.ColorRole.LinkVisited: QColor(0, 220, 120),
        QPalette.ColorRole.Link: QColor(120, 160, 255),
    }
    for role, color in colors.items():
        palette.setColor(role, color)
    return palette


def test_chart_paints_with_a_dark_palette_in_palette_colours(qtbot: QtBot) -> None:
    history = [
        CheckIn(
            relationship_id=1,
            held_on=date(2025, 1, day),
            answers=(
                CheckInAnswer(Role.LEADER, "insight", rating),
                CheckInAnswer(Role.LEADER, "applied", 5 - rating),
            ),
        )
        for day, rating in ((6, 1), (20, 3), (27, 4))
    ]
    data = build_progress(
        start=date(2025, 1, 1),
        today=date(2025, 1, 31),
        goals=[],
        goal_history={},
        actions=[],
        meetings=[],
        checkins=history,
    )
    chart = data.chart(ChartKind.LEADER_RATINGS)
    widget = ChartWidget()
    qtbot.addWidget(widget)
    palette = dark_palette()
    widget.setPalette(palette)
    widget.set_chart(
        chart,
        ChartTexts("Ratings", ("insight", "applied", "comfort"), "none", str, str),
    )
    widget.resize(420, 240)
    widget.show()
    image = widget.grab().toImage()
    pens = widget.pens()
    assert [p.color() for p in pens] == [
        palette.color(QPalette.ColorGroup.Active, role) for role in SERIES_ROLES[:3]
    ]
    seen = {
        image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height())
    }
    # The background is the dark Base; both drawn series appear in their palette colours.
    assert (
        image.pixelColor(image.width() // 2, image.height() - 12).rgb()
        == palette.color(QPalette.ColorRole.Base).rgb()
    )
    assert palette.color(QPalette.ColorRole.Highlight).rgb() in seen
    assert palette.color(QPalette.ColorRole.LinkVisited).rgb() in seen
    QApplication.processEvents()


def test_progress_view_on_an_empty_relationship_says_so(qtbot: QtBot, vault: Vault) -> None:
    seed_relationship(vault)
    view = ProgressView(make_context(vault))
    qtbot.addWidget(view)
    assert view.summary_label.text() == "Not enough check-ins yet to see a trend."
    assert "No check-in is scheduled yet" in view.next_label.text()
    assert view.progress is not None and view.progress.chart(ChartKind.LEADER_RATINGS).is_empty
    view.grab()  # paints the empty charts without error
