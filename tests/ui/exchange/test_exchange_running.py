"""While an exchange works off the UI thread: the user cannot close its dialog (the result
would be lost and the decrypted pack kept), fields wait, a panic key still closes it and then
nothing more runs; names from the vault or the other person's file are never rich text."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.exchange.share_dialog import ShareDialog
from rmdesk.ui.shell.main_window import MainWindow
from tests.ui.exchange.helpers import (
    JOB_TIMEOUT,
    WORDS,
    drive_all,
    leader_window,
    mentor_window,
    repos_of,
    wait_job,
)
from tests.ui.exchange.test_exchange_flow import share


def _jobs_idle(window: MainWindow) -> bool:
    return not window.vault_menu.jobs.busy


def test_closing_is_refused_while_the_pack_goes_in(qtbot: QtBot, tmp_path: Path) -> None:
    leader = leader_window(qtbot, tmp_path / "leader")
    pack = tmp_path / "for-mentor.rmpack"
    share(qtbot, leader, pack)
    mentor = mentor_window(qtbot, tmp_path / "mentor")
    seen: list[str] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, OpenPackDialog)
        dialog.source.set_path(pack)
        dialog.words.setText(WORDS)
        dialog.check_button.click()
        wait_job(qtbot, dialog)
        dialog.take_button.click()
        assert dialog.running
        assert not dialog.source.isEnabled() and not dialog.words.isEnabled()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.reject()
        assert dialog.isVisible(), "closed while the pack was going in"
        seen.append(wait_job(qtbot, dialog))

    drive_all(qtbot, mentor.exchange_menu.open_pack, steps)
    assert seen[0].startswith("Created the relationship with")
    assert len(repos_of(mentor).relationships.list_all()) == 1
    assert mentor.workspace is not None and mentor.workspace.current_relationship() is not None


def test_the_panic_key_during_a_look_ends_it_quietly(qtbot: QtBot, tmp_path: Path) -> None:
    leader = leader_window(qtbot, tmp_path / "leader")
    pack = tmp_path / "for-mentor.rmpack"
    share(qtbot, leader, pack)
    mentor = mentor_window(qtbot, tmp_path / "mentor")
    assert mentor.vault is not None
    before = mentor.vault.path.read_bytes()

    closed: list[OpenPackDialog] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, OpenPackDialog)
        closed.append(dialog)
        dialog.source.set_path(pack)
        dialog.words.setText(WORDS)
        dialog.check_button.click()
        assert dialog.running
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_F12)
        assert not dialog.isVisible()

    refreshed: list[bool] = []
    menu = mentor.exchange_menu
    menu.ended_late.connect(lambda: refreshed.append(True))
    drive_all(qtbot, menu.open_pack, steps)
    assert mentor.visibility.share_mode
    # The read ends; nothing follows it (no preview started after the close), the decrypted
    # pack is not kept, and the window hears the end (though the wipe blocked the dialog's
    # signals).
    qtbot.waitUntil(lambda: _jobs_idle(mentor), timeout=JOB_TIMEOUT)
    qtbot.wait(50)
    assert _jobs_idle(mentor)
    assert closed[0].pack is None and closed[0].outcome is None
    assert not closed[0].result_label.text()
    assert refreshed == [True]
    assert mentor.vault is not None and mentor.vault.path.read_bytes() == before
    assert repos_of(mentor).relationships.list_all() == []


def test_names_are_shown_as_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    leader = leader_window(qtbot, tmp_path / "leader")
    repos = repos_of(leader)
    relationship = repos.relationships.list_all()[0]
    repos.relationships.update(replace(relationship, other_name="<b>Leo</b> & Co"))
    leader.reload_workspace()
    leader.exchange_menu.update_actions()
    assert leader.exchange_menu.share_action.text() == "S&hare with <b>Leo</b> && Co…"
    formats: list[Qt.TextFormat] = []

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, ShareDialog)
        labels = [label for label in dialog.findChildren(QLabel) if "<b>Leo</b>" in label.text()]
        assert labels
        formats.extend(label.textFormat() for label in labels)

    drive_all(qtbot, leader.exchange_menu.share, steps)
    assert formats and set(formats) == {Qt.TextFormat.PlainText}
