"""The guided setup after a new vault, walked with the keyboard only, as leader and as mentor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain import agreement as rules
from rmdesk.domain.agreement import fingerprint
from rmdesk.domain.models import Cadence, Role
from rmdesk.domain.next_step import NextStep
from rmdesk.domain.sections import Section
from rmdesk.services import exchange
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.goals.goals_view import GoalsView
from rmdesk.ui.guide.guided_start import (
    PAGE_AGREEMENT,
    PAGE_PURPOSE,
    PAGE_READY,
    PAGE_RHYTHM,
    PAGE_ROLE,
    PAGE_WHO,
    GuidedStart,
)
from rmdesk.ui.guide.help_dialogs import GuideDialog
from rmdesk.ui.meetings.meetings_view import MeetingsView
from rmdesk.ui.overview.overview_view import OverviewView
from rmdesk.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF
from tests.ui.conftest import WindowFactory
from tests.ui.exchange.helpers import WORDS
from tests.ui.guide.keyboard import (
    activate,
    create_vault_by_keyboard,
    focused,
    press,
    type_text,
    wait_for_focus_in,
)
from tests.ui.modal import when_modal


def run_guide_after_creating(
    qtbot: QtBot, make_window: WindowFactory, walk: Callable[[GuidedStart], None]
) -> MainWindow:
    """Create a vault on the welcome page; the app opens the guide itself (exec()) and
    ``walk`` drives it from inside that loop."""
    finished: list[bool] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, GuidedStart), dialog
        try:
            wait_for_focus_in(dialog)
            walk(dialog)
        finally:
            finished.append(True)
            if dialog.isVisible():
                dialog.reject()  # a failed walk must not leave the loop running

    when_modal(act, tries=1000)
    window = create_vault_by_keyboard(qtbot, make_window)
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    return window


def confirm_by_typing(name: str, seen: list[str]) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementConfirmDialog), dialog
        wait_for_focus_in(dialog)
        seen.append(dialog.windowTitle())
        assert focused() is dialog.name_edit
        type_text(name)
        press(Qt.Key.Key_Return)

    return act


def test_a_leader_sets_up_a_relationship_with_a_confirmed_agreement_by_keyboard_only(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    seen: list[str] = []
    pages: list[int] = []

    def walk(wizard: GuidedStart) -> None:
        pages.append(wizard.currentId())
        assert wizard.currentId() == PAGE_ROLE
        assert focused() is wizard.pages[PAGE_ROLE].first_field()  # "I am the leader"
        press(Qt.Key.Key_Tab)
        type_text("Ann Okafor")
        press(Qt.Key.Key_Return)  # Next

        pages.append(wizard.currentId())
        type_text("See how younger colleagues use AI at work")
        press(Qt.Key.Key_Tab)
        type_text("AI tools, hybrid work")
        press(Qt.Key.Key_Return)

        pages.append(wizard.currentId())
        assert "mentor" in wizard.currentPage().title().lower()
        assert not wizard.skip_button.isVisible()  # the one step the vault needs
        type_text("Mo Reyes")
        press(Qt.Key.Key_Return)
        assert wizard.relationship_id is not None  # kept from here on

        pages.append(wizard.currentId())
        press(Qt.Key.Key_Down)  # every two weeks → every month
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("60")
        press(Qt.Key.Key_Return)

        pages.append(wizard.currentId())
        page = wizard.agreement_page
        assert "Mo Reyes" in page.text_view.toPlainText()
        assert "Ann Okafor" in page.text_view.toPlainText()
        press(Qt.Key.Key_Tab)
        assert focused() is page.leader_button
        when_modal(confirm_by_typing("ann okafor", seen))
        press(Qt.Key.Key_Space)
        wait_for_focus_in(wizard)
        assert not page.leader_button.isEnabled()
        assert focused() is page.mentor_button  # the other person's turn
        when_modal(confirm_by_typing("Mo Reyes", seen))
        press(Qt.Key.Key_Space)
        wait_for_focus_in(wizard)
        assert page.confirmed_by_both(), (seen, page.status_label.text())
        assert "both" in page.status_label.text()
        assert focused() is wizard.button(wizard.WizardButton.NextButton)
        press(Qt.Key.Key_Space)

        pages.append(wizard.currentId())
        summary = wizard.pages[PAGE_READY].summary.text()  # type: ignore[attr-defined]
        assert "first goal" in summary
        press(Qt.Key.Key_Return)  # Finish

    window = run_guide_after_creating(qtbot, make_window, walk)

    assert pages == [PAGE_ROLE, PAGE_PURPOSE, PAGE_WHO, PAGE_RHYTHM, PAGE_AGREEMENT, PAGE_READY]
    assert seen == ["Confirm the agreement as the leader", "Confirm the agreement as the mentor"]
    assert window.workspace is not None
    data = window.workspace.data.shared
    [relationship] = data.relationships.list_all()
    assert relationship.my_role is Role.LEADER
    assert (relationship.my_name, relationship.other_name) == ("Ann Okafor", "Mo Reyes")
    assert relationship.focus_areas == ("AI tools", "hybrid work")
    assert relationship.cadence is Cadence.MONTHLY and relationship.meeting_minutes == 60
    assert relationship.id is not None
    latest = data.agreements.latest(relationship.id)
    assert latest is not None and latest.number == 1
    assert rules.coverage(latest).complete
    # The Overview now says the one next thing: a first goal.
    view = window.workspace.view
    assert isinstance(view, OverviewView)
    assert view.next_step is NextStep.NAME_GOAL
    assert view.next_step_button.text() == "Add a goal"
    # ... and on, still by keyboard: the next step, then the empty sections' own actions.
    wait_for_focus_in(window)
    activate(view.next_step_button)
    assert window.workspace.position()[1] == Section.GOALS.value
    goals = window.workspace.view
    assert isinstance(goals, GoalsView) and goals.goals_switch.is_empty()
    wait_for_focus_in(window)
    activate(goals.goals_switch.empty.button)  # "Add a first goal"
    assert [g.title for g in data.goals.list_for_relationship(relationship.id)] == ["New goal"]
    assert not goals.goals_switch.is_empty()
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Meetings
    meetings = window.workspace.view
    assert isinstance(meetings, MeetingsView)
    assert meetings.modes.currentWidget() is meetings.empty_state
    wait_for_focus_in(window)

    def accept_suggestion(dialog: QWidget) -> None:
        try:
            wait_for_focus_in(dialog, 2_000)
            press(Qt.Key.Key_Return)  # the schedule it suggests from the rhythm
        finally:
            if dialog.isVisible():
                dialog.close()  # never leave a dialog open on failure

    when_modal(accept_suggestion)
    activate(meetings.empty_state.button)  # "Schedule from the rhythm"
    assert data.meetings.list_for_relationship(relationship.id)
    assert meetings.modes.currentWidget() is meetings.planner


def test_a_mentor_gets_her_own_steps_and_skipping_leaves_nothing_behind(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    texts: list[str] = []

    def walk(wizard: GuidedStart) -> None:
        press(Qt.Key.Key_Down)  # "I am the mentor"
        assert wizard.pages[PAGE_ROLE].mentor_radio.isChecked()  # type: ignore[attr-defined]
        press(Qt.Key.Key_Tab)
        type_text("Mo Reyes")
        press(Qt.Key.Key_Return)
        texts.append(wizard.currentPage().subTitle())
        activate(wizard.skip_button)  # skip the purpose
        page = wizard.currentPage()
        assert wizard.currentId() == PAGE_WHO
        texts.extend([page.title(), page.subTitle(), page.hint.text()])  # type: ignore[attr-defined]
        type_text("Ann Okafor")
        press(Qt.Key.Key_Return)
        activate(wizard.skip_button)  # skip the rhythm
        assert wizard.currentId() == PAGE_AGREEMENT
        activate(wizard.skip_button)  # skip the agreement
        assert wizard.currentId() == PAGE_READY
        texts.append(wizard.pages[PAGE_READY].summary.text())  # type: ignore[attr-defined]
        activate(wizard.button(wizard.WizardButton.FinishButton))

    window = run_guide_after_creating(qtbot, make_window, walk)

    shown = "\n".join(texts)
    assert "what would you like to gain yourself" in shown
    assert "Step 2: the leader" in shown
    assert "choose" not in shown.lower().split("step 2")[1].split("\n")[0]
    assert "Relationship → Open a pack…" in shown  # a pack from the leader, said plainly
    assert "Share with…" in shown
    assert window.workspace is not None
    [relationship] = window.workspace.data.shared.relationships.list_all()
    assert relationship.my_role is Role.MENTOR
    assert relationship.leader_name == "Ann Okafor" and relationship.mentor_name == "Mo Reyes"
    assert relationship.purpose == ""
    assert relationship.id is not None
    assert window.workspace.data.shared.agreements.latest(relationship.id) is None
    view = window.workspace.view
    assert isinstance(view, OverviewView) and view.next_step is NextStep.WRITE_PURPOSE


def test_closing_the_guide_at_once_keeps_an_empty_vault_and_it_comes_back_from_the_menu(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = run_guide_after_creating(qtbot, make_window, lambda wizard: press(Qt.Key.Key_Escape))
    assert window.workspace is not None
    assert window.workspace.current_relationship() is None
    titles: list[str] = []

    def look(dialog: QWidget) -> None:
        titles.append(dialog.windowTitle())
        dialog.close()

    when_modal(look)
    window.help_menu.guided_setup_action.trigger()
    assert titles == ["Getting started"]


def test_f1_in_the_guide_opens_the_help_beside_it(qtbot: QtBot, make_window: WindowFactory) -> None:
    opened: list[GuideDialog] = []

    def walk(wizard: GuidedStart) -> None:
        press(Qt.Key.Key_F1)
        guide = wizard.findChild(GuideDialog)
        assert isinstance(guide, GuideDialog) and guide.isVisible()
        opened.append(guide)
        assert "Shared-screen mode" in guide.browser.toPlainText()
        guide.close()
        wizard.activateWindow()
        wizard.pages[PAGE_ROLE].first_field().setFocus()  # type: ignore[union-attr]
        press(Qt.Key.Key_Escape)

    run_guide_after_creating(qtbot, make_window, walk)
    assert len(opened) == 1


def test_locking_or_the_panic_key_while_the_guide_is_open_closes_it_cleanly(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    def name_then_panic(wizard: GuidedStart) -> None:
        press(Qt.Key.Key_Return)  # leader, no name
        press(Qt.Key.Key_Tab)  # out of the purpose box (Return there is a new line)
        press(Qt.Key.Key_Return)  # no purpose
        assert wizard.currentId() == PAGE_WHO
        type_text("Mo Reyes")
        press(Qt.Key.Key_Return)  # saved from here
        wizard.parentWidget().enter_share_mode()  # type: ignore[union-attr]  # what F12 does
        assert not wizard.isVisible()

    window = run_guide_after_creating(qtbot, make_window, name_then_panic)
    assert window.visibility.share_mode and window.workspace is not None
    [relationship] = window.workspace.data.shared.relationships.list_all()
    assert relationship.other_name == "Mo Reyes"
    assert window.workspace.position()[0] == relationship.id

    def lock_now(dialog: QWidget) -> None:
        assert isinstance(dialog, GuidedStart)
        window.lock()
        assert not dialog.isVisible()

    when_modal(lock_now)
    window.help_menu.guided_setup_action.trigger()  # works in shared-screen mode: shared data only
    assert window.vault is None and window.workspace is None


def test_a_mentor_starts_from_the_leaders_pack(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    pack = tmp_path / "from-margaret.rmpack"
    with Vault.create(
        tmp_path / "leader.rmdesk", passphrase_bytes("leader's own words"), kdf=FAST_KDF
    ) as leader:
        fill_demo(Repositories.from_db(leader.db), date(2026, 11, 24))
        rel = Repositories.from_db(leader.db).relationships.list_all()[0]
        exchange.share(leader.db, rel.uuid, pack, passphrase_bytes(WORDS))
    seen: list[str] = []

    def open_it(dialog: QWidget) -> None:
        assert isinstance(dialog, OpenPackDialog), dialog
        dialog.source.set_path(pack)
        dialog.words.setText(WORDS)
        dialog.check_button.click()
        qtbot.waitUntil(lambda: dialog.take_button.isEnabled(), timeout=20_000)
        dialog.take_button.click()
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
        seen.append(dialog.result_label.text())
        dialog.accept()

    def walk(wizard: GuidedStart) -> None:
        role = wizard.pages[PAGE_ROLE]
        assert not role.pack_button.isVisible()  # type: ignore[attr-defined]
        press(Qt.Key.Key_Down)  # "I am the mentor": the pack comes first
        assert role.pack_button.isVisible()  # type: ignore[attr-defined]
        when_modal(open_it, tries=1000)
        activate(role.pack_button)  # type: ignore[attr-defined]

    window = run_guide_after_creating(qtbot, make_window, walk)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "Created the relationship with Margaret Okafor" in seen[0]
    assert window.workspace is not None
    [relationship] = window.workspace.data.shared.relationships.list_all()
    assert relationship.my_role is Role.MENTOR and relationship.other_name == "Margaret Okafor"


def test_next_without_confirming_keeps_the_agreement_shown_as_version_1(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    shown: list[str] = []

    def walk(wizard: GuidedStart) -> None:
        press(Qt.Key.Key_Tab)
        type_text("Ann Okafor")  # the leader's own name
        press(Qt.Key.Key_Return)
        activate(wizard.skip_button)  # the purpose
        type_text("Mo Reyes")  # the mentor
        press(Qt.Key.Key_Return)
        activate(wizard.skip_button)  # the rhythm
        assert wizard.currentId() == PAGE_AGREEMENT
        shown.append(wizard.pages[PAGE_AGREEMENT].fingerprint_label.text())  # type: ignore[attr-defined]
        activate(wizard.button(wizard.WizardButton.NextButton))  # "later, in Agreement"
        assert wizard.currentId() == PAGE_READY
        activate(wizard.button(wizard.WizardButton.FinishButton))

    window = run_guide_after_creating(qtbot, make_window, walk)
    assert window.workspace is not None
    [relationship] = window.workspace.data.shared.relationships.list_all()
    assert relationship.id is not None
    version = window.workspace.data.shared.agreements.latest(relationship.id)
    assert version is not None and version.number == 1
    assert fingerprint(version.sha256) in shown[0]
