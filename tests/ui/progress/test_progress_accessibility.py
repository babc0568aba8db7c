"""Every control of the Actions and Progress views and their dialogs is named; the models
pass Qt's model tester."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.actions.acknowledgement_dialog import AcknowledgementDialog
from rmdesk.ui.actions.acknowledgement_letter_dialog import RecognitionLetterDialog
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.action_done_dialog import ActionDoneDialog
from rmdesk.ui.actions.actions_view import ActionsView
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.progress.progress_view import ProgressView
from tests.ui.actions.test_actions_view import make_context
from tests.ui.test_accessibility import unnamed_interactive_widgets


def demo(vault: Vault) -> Vault:
    fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    return vault


def test_views_and_dialogs_name_every_control(qtbot: QtBot, vault: Vault) -> None:
    context = make_context(demo(vault))
    rel = context.relationship
    assert rel.id is not None
    shared = context.data.shared
    actions = ActionsView(context)
    progress = ProgressView(context)
    action = shared.actions.list_for_relationship(rel.id, include_private=True)[0]
    checkin = shared.checkins.list_for_relationship(rel.id, include_private=True)[0]
    goals = shared.goals.list_for_relationship(rel.id)
    widgets: list[QWidget] = [
        actions,
        progress,
        ActionDialog(action, goals, include_private=True, today=date.today()),
        ActionDoneDialog(action),
        AcknowledgementDialog(shared.acknowledgements.list_for_relationship(rel.id)[0], [], goals),
        RecognitionLetterDialog(rel.start_date, date.today()),
        CheckInDialog(
            checkin, rel, shared.meetings.list_for_relationship(rel.id), include_private=True
        ),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
    QApplication.processEvents()
    actions.actions_table.selectRow(0)
    for widget in widgets:
        assert unnamed_interactive_widgets(widget) == [], type(widget).__name__
    for index in range(progress.tabs.count()):
        progress.tabs.setCurrentIndex(index)
        assert unnamed_interactive_widgets(progress) == [], index
        assert "&" in progress.tabs.tabText(index)  # Alt+letter reaches each tab


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester: object, vault: Vault) -> None:
    context = make_context(demo(vault))
    actions = ActionsView(context)
    progress = ProgressView(context)
    qtbot.addWidget(actions)
    qtbot.addWidget(progress)
    assert actions.actions_model.rowCount() > 0 and actions.acks_model.rowCount() > 0
    assert progress.progress_model.rowCount() > 0 and progress.checkins_model.rowCount() > 0
    for model in (
        actions.actions_model,
        actions.acks_model,
        progress.progress_model,
        progress.checkins_model,
    ):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
