"""The wheel never edits a form; Tab leaves tables; Enter presses a focused button but does
not submit a dialog from an empty table; focus is visible; dates can be typed in full."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import Cadence
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.dates import date_edit_format, day_text
from rmdesk.ui.kit.input_policy import install_input_policy
from rmdesk.ui.meetings.meetings_view import MeetingsView
from rmdesk.ui.overview.overview_view import OverviewView
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from tests.ui.section_context import demo_vault, view_context  # noqa: F401 - fixture


@pytest.fixture(autouse=True)
def policy(qapp: QApplication) -> None:
    install_input_policy()


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A real wheel event, as the platform sends one, over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def relationship_dialog(qtbot: QtBot, vault: Vault, candidates: bool = True) -> RelationshipDialog:
    repos = Repositories.from_db(vault.db)
    relationship = repos.relationships.list_all()[0]
    assert relationship.id is not None
    listed = (
        repos.mentor_candidates.list_for_relationship(relationship.id, include_private=True)
        if candidates
        else []
    )
    dialog = RelationshipDialog(relationship, listed, include_private=True)
    qtbot.addWidget(dialog)
    dialog.resize(640, 400)  # the form is taller than this: the page scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_wheel_over_an_unfocused_combo_scrolls_the_page_and_changes_nothing(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
) -> None:
    dialog = relationship_dialog(qtbot, demo_vault)
    combo = dialog.cadence_combo
    combo.setCurrentIndex(combo.findData(Cadence.BIWEEKLY.value))
    dialog.buttons.setFocus()
    page = dialog.findChild(QScrollArea)
    assert page is not None
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    for widget in (combo, dialog.minutes_spin, dialog.start_date):
        value = widget.currentIndex() if widget is combo else widget.text()  # type: ignore[attr-defined]
        wheel(widget, -1)
        wheel(widget, -1)
        after = widget.currentIndex() if widget is combo else widget.text()  # type: ignore[attr-defined]
        assert after == value, f"the wheel changed {type(widget).__name__}"
        assert not widget.hasFocus()
    assert combo.currentData() == Cadence.BIWEEKLY.value
    assert bar.value() != before, "the page did not scroll"


def test_the_wheel_still_changes_a_field_that_has_the_focus(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
) -> None:
    dialog = relationship_dialog(qtbot, demo_vault)
    combo = dialog.cadence_combo
    combo.setCurrentIndex(0)
    dialog.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)
    assert combo.currentIndex() == 1


def test_enter_in_an_empty_table_does_not_submit_the_dialog(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
) -> None:
    dialog = relationship_dialog(qtbot, demo_vault, candidates=False)
    assert dialog.table.rowCount() == 0
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(dialog.table.hasFocus)
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    dialog.reject()


def test_tab_leaves_the_meetings_table(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
) -> None:
    context, _calls = view_context(demo_vault)
    view = MeetingsView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    assert view.table.model().rowCount() > 1
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_a_focused_overview_link_shows_focus_and_enter_opens_it(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
) -> None:
    context, calls = view_context(demo_vault)
    view = OverviewView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    links = [b for b in view.findChildren(QPushButton) if b.property("rmdeskFlatUntilFocused")]
    assert links, "the Overview's link buttons are flat"
    link = next(b for b in links if b.text().startswith("Open"))
    unfocused = _image(link)
    link.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(link.hasFocus)
    assert _image(link) != unfocused, "focus is not visible on the link"
    QTest.keyClick(link, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(calls.navigated) + calls.edit_relationship > 0)


def type_into(qtbot: QtBot, edit: QDateEdit, text: str) -> None:
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    QTest.keyClicks(edit, text)


@pytest.mark.usefixtures("c_locale")
def test_under_the_c_locale_dates_read_and_type_as_iso(qtbot: QtBot) -> None:
    assert day_text(date(2026, 11, 29)) == "2026-11-29"
    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.displayFormat() == "yyyy-MM-dd" == date_edit_format()
    type_into(qtbot, edit, "2027-03-05")
    assert edit.date().toString("yyyy-MM-dd") == "2027-03-05"


def test_a_date_can_be_typed_in_the_locale_format(qtbot: QtBot) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        edit = QDateEdit()
        qtbot.addWidget(edit)
        edit.show()
        assert edit.displayFormat() == "dd/MM/yyyy"
        type_into(qtbot, edit, "05/03/2027")
        assert edit.date().toString("yyyy-MM-dd") == "2027-03-05"
    finally:
        QLocale.setDefault(previous)
