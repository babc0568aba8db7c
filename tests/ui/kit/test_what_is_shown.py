"""Nothing raw shown: counts in plural forms, owners by name, the journal list without
Markdown syntax, ISO dates under the C locale, a recognition letter period that is valid."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rmdesk.domain.models import ActionItem, Reflection, Role
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.actions.acknowledgement_letter_dialog import RecognitionLetterDialog
from rmdesk.ui.actions.actions_model import ActionsModel
from rmdesk.ui.kit.dates import day_and_clock_text, day_text
from rmdesk.ui.kit.plurals import install_source_plurals
from rmdesk.ui.reflections.reflections_model import first_line
from tests.ui.section_context import demo_vault  # noqa: F401 - fixture


def test_counts_use_plural_forms(qapp: QApplication) -> None:
    install_source_plurals()
    text = "Locked after %n minute(s) without activity."
    assert QCoreApplication.translate("MainWindow", text, "", 1) == (
        "Locked after 1 minute without activity."
    )
    assert QCoreApplication.translate("MainWindow", text, "", 5) == (
        "Locked after 5 minutes without activity."
    )
    assert QCoreApplication.translate("MainWindow", "Plain (s) text") == "Plain (s) text"


def test_the_owner_column_shows_the_persons_name_not_the_stored_role(
    qapp: QApplication,
    demo_vault: Vault,  # noqa: F811
) -> None:
    relationship = Repositories.from_db(demo_vault.db).relationships.list_all()[0]
    model = ActionsModel(None, relationship)
    assert relationship.id is not None
    model.set_actions(
        [ActionItem(relationship_id=relationship.id, what="Try it", owner=Role.LEADER)],
        {},
        date(2026, 11, 24),
    )
    cell = model.index(0, ActionsModel.COL_OWNER)
    owner = str(model.data(cell))
    # The cell: the first name (narrow windows); the tooltip and screen readers: name and role.
    assert owner == relationship.leader_name.split()[0]
    assert owner != Role.LEADER.value
    full = str(model.data(cell, Qt.ItemDataRole.ToolTipRole))
    assert relationship.leader_name in full and "leader" in full
    assert str(model.data(cell, Qt.ItemDataRole.AccessibleTextRole)) == full


def test_the_journal_list_shows_words_not_markdown() -> None:
    reflection = Reflection(relationship_id=1, body="## Today\n\n**Leo** showed me `git log`")
    assert first_line(reflection) == "Today"
    reflection = Reflection(relationship_id=1, body="- [x] asked _first_, then [listened](x)")
    assert first_line(reflection) == "asked first, then listened"


@pytest.mark.usefixtures("c_locale")
def test_under_the_c_locale_dates_read_as_iso_8601() -> None:
    from datetime import datetime

    assert day_text(date(2026, 11, 29)) == "2026-11-29"
    assert day_and_clock_text(datetime(2026, 11, 29, 14, 5)) == "2026-11-29 14:05"


def test_the_recognition_letter_default_period_is_valid_for_a_future_start(
    qtbot: QtBot,
) -> None:
    dialog = RecognitionLetterDialog(date(2027, 1, 15), date(2026, 11, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save_button.click()
    assert dialog.result_request is not None, dialog.error_label.text()
    assert dialog.result_request.period_start <= dialog.result_request.period_end
