"""No Alt-letter does two things in one window: main window (menu bar included) in every
section and tab, shared-screen mode, the live session, and every dialog the app has; in
English and in each translation (the translators choose their own letters)."""

from __future__ import annotations

import importlib
import pkgutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

import rmdesk.ui
from rmdesk.domain.models import Acknowledgement, CheckIn, Role
from rmdesk.domain.resources import load_prompts
from rmdesk.paths import DataPaths
from rmdesk.privacy.access import data_access
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY, Section
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.actions.acknowledgement_dialog import AcknowledgementDialog
from rmdesk.ui.actions.acknowledgement_letter_dialog import RecognitionLetterDialog
from rmdesk.ui.actions.action_dialog import ActionDialog
from rmdesk.ui.actions.action_done_dialog import ActionDoneDialog
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
from rmdesk.ui.exchange.conflict_dialog import ConflictDialog
from rmdesk.ui.exchange.merge_copy_dialog import MergeCopyDialog
from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.exchange.share_dialog import ShareDialog
from rmdesk.ui.guide.guided_start import GuidedStart
from rmdesk.ui.guide.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.meetings.agenda_carryover_dialog import CarryOverDialog
from rmdesk.ui.meetings.agenda_item_dialog import AgendaItemDialog
from rmdesk.ui.meetings.agenda_template_dialog import AgendaTemplateDialog, builtin_choices
from rmdesk.ui.meetings.live_session_view import LiveSessionView
from rmdesk.ui.meetings.meeting_dialog import MeetingDialog
from rmdesk.ui.meetings.meeting_schedule_dialog import ScheduleDialog
from rmdesk.ui.progress.checkin_dialog import CheckInDialog
from rmdesk.ui.reflections.prompt_edit import PromptEditDialog
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.relationships.candidate_dialog import CandidateDialog
from rmdesk.ui.relationships.relationship_dialog import RelationshipDialog
from rmdesk.ui.shell.main_window import MainWindow
from rmdesk.ui.shell.passphrase_dialog import PassphraseDialog
from rmdesk.ui.shell.reminder_settings import ReminderSettingsDialog
from rmdesk.ui.shell.settings import UiSettings
from rmdesk.ui.vault.backup_dialog import BackupDialog
from rmdesk.ui.vault.check_dialog import CheckDialog
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.passphrase_change import PassphraseChangeDialog
from rmdesk.ui.vault.preferences import BackupPreferences, PreferencesDialog
from rmdesk.ui.vault.restore_dialog import RestoreDialog
from rmdesk.ui.vault.transfer_dialogs import ExportDialog, ImportDialog
from tests.ui.conftest import WindowFactory, unlock
from tests.ui.languages import LANGUAGES, speaking
from tests.ui.mnemonics import duplicate_mnemonics
from tests.ui.section_context import demo_vault  # noqa: F401 - fixture

DialogFactory = Callable[[Repositories], QDialog]
TODAY = date(2026, 11, 24)


@pytest.fixture(params=["en", *LANGUAGES])
def in_each_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English (the source), then each shipped translation installed as the app installs it."""
    if request.param == "en":
        yield "en"
        return
    with speaking(request.param) as language:
        yield language


pytestmark = pytest.mark.usefixtures("in_each_language")


def _first_rel(repos: Repositories) -> int:
    rel_id = repos.relationships.list_all()[0].id
    assert rel_id is not None
    return rel_id


def _meeting_id(repos: Repositories) -> int:
    meeting_id = repos.meetings.list_for_relationship(_first_rel(repos))[0].id
    assert meeting_id is not None
    return meeting_id


def _relationship_dialog(repos: Repositories) -> QDialog:
    relationship = repos.relationships.list_all()[0]
    candidates = repos.mentor_candidates.list_for_relationship(
        _first_rel(repos), include_private=True
    )
    return RelationshipDialog(relationship, candidates, include_private=True)


def _action_dialog(repos: Repositories) -> QDialog:
    rel = _first_rel(repos)
    action = repos.actions.list_for_relationship(rel, include_private=True)[0]
    goals = repos.goals.list_for_relationship(rel)
    return ActionDialog(action, goals, include_private=True, today=TODAY)


def _ack_dialog(repos: Repositories) -> QDialog:
    rel = _first_rel(repos)
    return AcknowledgementDialog(
        Acknowledgement(relationship_id=rel, body=""),
        repos.actions.list_for_relationship(rel, include_private=False),
        repos.goals.list_for_relationship(rel),
    )


def _checkin_dialog(repos: Repositories) -> QDialog:
    rel = _first_rel(repos)
    return CheckInDialog(
        CheckIn(relationship_id=rel, held_on=TODAY),
        repos.relationships.list_all()[0],
        repos.meetings.list_for_relationship(rel),
        include_private=True,
    )


def _carry_over(repos: Repositories) -> QDialog:
    return CarryOverDialog(repos.agenda_items.list_for_meeting(_meeting_id(repos)), "today", None)


def _prompt_picker(repos: Repositories) -> QDialog:
    return PromptPickerDialog(repos.prompts, [("A meeting", _meeting_id(repos))], [])


# A throwaway settings file: the dialog only reads it here.
_SETTINGS_FILE = Path(tempfile.mkdtemp(prefix="rmdesk-mnemonics-")) / "ui.ini"

FACTORIES: dict[type[QDialog], DialogFactory] = {
    ReminderSettingsDialog: lambda repos: ReminderSettingsDialog(UiSettings(_SETTINGS_FILE)),
    RelationshipDialog: _relationship_dialog,
    CandidateDialog: lambda repos: CandidateDialog(None, include_private=True),
    ActionDialog: _action_dialog,
    ActionDoneDialog: lambda repos: ActionDoneDialog(
        repos.actions.list_for_relationship(_first_rel(repos), include_private=True)[0]
    ),
    AcknowledgementDialog: _ack_dialog,
    RecognitionLetterDialog: lambda repos: RecognitionLetterDialog(date(2026, 1, 1), TODAY),
    AgreementConfirmDialog: lambda repos: AgreementConfirmDialog(
        Role.MENTOR, "Sam", 1, "ABCD EFGH"
    ),
    AgendaItemDialog: lambda repos: AgendaItemDialog(
        repos.relationships.list_all()[0], _meeting_id(repos), None
    ),
    MeetingDialog: lambda repos: MeetingDialog(
        "Move the meeting", datetime(2026, 12, 1, 10, tzinfo=UTC), 45, UTC, None
    ),
    AgendaTemplateDialog: lambda repos: AgendaTemplateDialog(builtin_choices(), [], None),
    CarryOverDialog: _carry_over,
    ScheduleDialog: lambda repos: ScheduleDialog(repos.relationships.list_all()[0], TODAY, None),
    CheckInDialog: _checkin_dialog,
    PassphraseDialog: lambda repos: PassphraseDialog("Passphrase", lambda _p: False),
    # The library in the user's language, as the app loads it.
    PromptEditDialog: lambda repos: PromptEditDialog(load_prompts(content_language()), None),
    PromptPickerDialog: _prompt_picker,
}


def app_dialog_classes() -> set[type[QDialog]]:
    for module in pkgutil.walk_packages(rmdesk.ui.__path__, "rmdesk.ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    pending = [QDialog]
    while pending:
        for sub in pending.pop().__subclasses__():
            pending.append(sub)
            if sub.__module__.startswith("rmdesk.") and not sub.__subclasses__():
                found.add(sub)  # the dialogs themselves, not shared bases (EditDialog)
    return found


def window_duplicates(window: QWidget) -> dict[str, list[str]]:
    """Duplicates in ``window`` with each tab of each tab widget shown in turn."""
    problems = duplicate_mnemonics(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems.update(duplicate_mnemonics(window))
        tabs.setCurrentIndex(current)
    return problems


def _never(*_args: object) -> Any:
    raise AssertionError("the walk only looks at the dialog")


def _shortcuts_dialog() -> QDialog:
    window = QWidget()  # the window whose actions it lists; its parent, kept alive with it
    dialog = ShortcutsDialog(window)
    window.setObjectName("shortcutsOwner")
    dialog.setProperty("owner_kept", True)
    _KEPT.append(window)
    return dialog


_KEPT: list[QWidget] = []


# Dialogs that work on the open vault itself (the Vault menu's) or need the window's parts.
VaultDialogFactory = Callable[[Vault, QObject], QDialog]
VAULT_FACTORIES: dict[type[QDialog], VaultDialogFactory] = {
    BackupDialog: lambda vault, owner: BackupDialog(VaultJobs(owner), vault, Path.home()),
    CheckDialog: lambda vault, owner: CheckDialog(VaultJobs(owner), vault),
    PassphraseChangeDialog: lambda vault, owner: PassphraseChangeDialog(VaultJobs(owner), vault),
    PreferencesDialog: lambda vault, owner: PreferencesDialog(
        BackupPreferences(automatic=True, folder=Path.home(), keep=10)
    ),
    RestoreDialog: lambda vault, owner: RestoreDialog(
        VaultJobs(owner), [Path.home()], _never, _never
    ),
    ImportDialog: lambda vault, owner: ImportDialog(VaultJobs(owner), vault, Path.home()),
    ExportDialog: lambda vault, owner: ExportDialog(
        VaultJobs(owner), vault, Path.home(), allow_private=True
    ),
    GuidedStart: lambda vault, owner: GuidedStart(
        data_access(vault.db, PRIVATE_VISIBILITY), None, AgreementConfirmDialog.ask
    ),
    AboutDialog: lambda vault, owner: AboutDialog(Path.home()),
    ShortcutsDialog: lambda vault, owner: _shortcuts_dialog(),
    GuideDialog: lambda vault, owner: GuideDialog(),
    ShareDialog: lambda vault, owner: _share_dialog(vault, owner),
    OpenPackDialog: lambda vault, owner: _open_pack_dialog(vault, owner),
    MergeCopyDialog: lambda vault, owner: MergeCopyDialog(VaultJobs(owner).start, vault),
    ConflictDialog: lambda vault, owner: ConflictDialog(vault.db, include_private=True),
}


def _share_dialog(vault: Vault, owner: QObject) -> QDialog:
    relationship = Repositories.from_db(vault.db).relationships.list_all()[0]
    return ShareDialog(
        VaultJobs(owner).start, vault, relationship.uuid, relationship.other_name, Path.home()
    )


def _open_pack_dialog(vault: Vault, owner: QObject) -> QDialog:
    dialog = OpenPackDialog(VaultJobs(owner).start, vault, Path.home())
    # As it stands when a pack may go into a relationship set up by hand (more letters).
    dialog.into_existing.setText(
        QCoreApplication.translate("OpenPackDialog", "Add it to my &relationship with {0}").format(
            "Sam"
        )
    )
    dialog.target_box.show()
    return dialog


def test_every_dialog_class_is_walked() -> None:
    walked = set(FACTORIES) | set(VAULT_FACTORIES)
    assert app_dialog_classes() == walked, "add the new dialog to FACTORIES"


@pytest.mark.parametrize("dialog_class", list(VAULT_FACTORIES), ids=lambda c: c.__name__)
def test_no_duplicate_mnemonic_in_a_vault_or_help_dialog(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
    dialog_class: type[QDialog],
) -> None:
    owner = QObject()
    dialog = VAULT_FACTORIES[dialog_class](demo_vault, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert window_duplicates(dialog) == {}


@pytest.mark.parametrize("dialog_class", list(FACTORIES), ids=lambda c: c.__name__)
def test_no_duplicate_mnemonic_in_a_dialog(
    qtbot: QtBot,
    demo_vault: Vault,  # noqa: F811
    dialog_class: type[QDialog],
) -> None:
    dialog = FACTORIES[dialog_class](Repositories.from_db(demo_vault.db))
    qtbot.addWidget(dialog)
    dialog.show()
    assert window_duplicates(dialog) == {}
    if isinstance(dialog, RelationshipDialog):  # the labels change with the role
        dialog.mentor_radio.setChecked(True)
        assert window_duplicates(dialog) == {}
    QDialog.done(dialog, QDialog.DialogCode.Rejected)


def check_main_window(window: MainWindow) -> None:
    assert window.workspace is not None
    for section in Section:
        if not window.visibility.allows(section):
            continue
        window.workspace.select_section(section)
        QApplication.processEvents()
        assert window_duplicates(window) == {}, section


def test_no_duplicate_mnemonic_in_the_main_window(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    assert duplicate_mnemonics(window) == {}  # unlock page
    unlock(qtbot, window)
    check_main_window(window)
    window.enter_share_mode()
    check_main_window(window)


def test_no_duplicate_mnemonic_in_the_live_session(
    qtbot: QtBot, make_window: WindowFactory, filled_vault_file: DataPaths
) -> None:
    window = make_window()
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.select_section(Section.MEETINGS)
    view = window.workspace.view
    start = getattr(view, "start_session", None)
    assert callable(start)
    start()
    QApplication.processEvents()
    assert window.findChildren(LiveSessionView)
    assert window_duplicates(window) == {}
