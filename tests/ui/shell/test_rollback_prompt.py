"""Unlocking an older copy of the vault: the user is told, and chooses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.shell.session_events import SessionEvents, SessionReason
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import WindowFactory


def roll_back(paths: DataPaths, tmp_path: Path) -> None:
    aside = tmp_path / "aside.rmdesk"
    shutil.copy2(paths.vault, aside)
    with Vault.open(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        vault.db.execute("UPDATE relationship SET purpose = 'changed later'")
    shutil.copy2(aside, paths.vault)


@pytest.mark.parametrize("answer", ["Lock", "Continue with this copy"])
def test_an_older_copy_is_reported_on_unlock(
    qtbot: QtBot,
    make_window: WindowFactory,
    filled_vault_file: DataPaths,
    tmp_path: Path,
    answer: str,
) -> None:
    roll_back(filled_vault_file, tmp_path)
    window = make_window()
    # The prompt comes up from inside the unlock; answer it when it shows.
    timer = QTimer()
    seen: list[str] = []

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == answer:
                button.click()

    timer.timeout.connect(respond)
    timer.start(20)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    timer.stop()
    assert "older than the last version" in seen[0]
    if answer == "Lock":
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page)
        assert window.vault is None
        # Still reported next time: nothing was accepted.
        with Vault.open(
            filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
        ) as vault:
            assert vault.rolled_back
    else:
        qtbot.waitUntil(lambda: window.vault is not None)
        assert window.pages.currentWidget() is window.workspace_holder
        window.lock()
        with Vault.open(
            filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF
        ) as vault:
            assert not vault.rolled_back


def test_the_computer_locking_while_the_question_is_open_keeps_the_vault_closed(
    qtbot: QtBot,
    make_window: WindowFactory,
    filled_vault_file: DataPaths,
    tmp_path: Path,
) -> None:
    roll_back(filled_vault_file, tmp_path)
    holder = QObject()
    events = SessionEvents(holder)
    window = make_window(session_events=events)
    asked: list[bool] = []
    left_open: list[bool] = []

    def lock_the_computer() -> None:
        if isinstance(QApplication.activeModalWidget(), QMessageBox):
            timer.stop()
            asked.append(True)
            events.report(SessionReason.LOCKED)
            QTimer.singleShot(3000, close_if_still_open)

    def close_if_still_open() -> None:
        # Without the fix the question would stay up (and this test hang): fail instead.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            left_open.append(True)
            box.reject()

    timer = QTimer()
    timer.timeout.connect(lock_the_computer)
    timer.start(20)
    qtbot.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    timer.stop()
    assert left_open == []
    assert window.vault is None
    assert window.pages.currentWidget() is window.unlock_page
    with Vault.open(filled_vault_file.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        assert vault.rolled_back  # not accepted by a lock
    holder.deleteLater()
