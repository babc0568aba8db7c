"""Driving the Vault menu's dialogs the way the app opens them: ``exec()``, with a timer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rmdesk.app import vault_creator, vault_opener
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.store.db import Db
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings
from rmdesk.ui.vault.operation_dialog import OperationDialog
from tests.conftest import FAST_KDF

JOB_TIMEOUT = 30_000


def window_context(paths: DataPaths, *, auto_backup: bool = False) -> WindowContext:
    """What app.py gives the window, with the fast KDF of the tests."""
    return WindowContext(
        paths=paths,
        settings=UiSettings(paths.ui_settings),
        open_vault=vault_opener(paths, FAST_KDF),
        create_vault=vault_creator(FAST_KDF),
        clock=ManualClock(),
        kdf=FAST_KDF,
        auto_backup=auto_backup,
    )


def make_window(qtbot: QtBot, paths: DataPaths, *, auto_backup: bool = False) -> MainWindow:
    window = MainWindow(window_context(paths, auto_backup=auto_backup))
    qtbot.addWidget(window)
    window.show()
    return window


def drive(qtbot: QtBot, open_dialog: Callable[[], Any], steps: Callable[[QDialog], None]) -> None:
    """Run ``open_dialog`` (which calls ``exec()``); ``steps`` drive the dialog it shows and
    it is closed afterwards (pass or fail), so no test waits on a dialog nobody closes."""
    seen: list[BaseException | None] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog)
            seen.append(None)
        except BaseException as exc:  # re-raised after exec() returns
            seen.append(exc)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    open_dialog()
    assert seen, "the dialog never showed"
    if seen[0] is not None:
        raise seen[0]


def finish(qtbot: QtBot, dialog: OperationDialog) -> str:
    """Press the dialog's button and wait for the job; returns the result text."""
    dialog.go_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=JOB_TIMEOUT)
    return dialog.result_label.text()


def all_rows(db: Db) -> dict[str, list[tuple[object, ...]]]:
    names = [
        str(r[0])
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND sql NOT LIKE '%WITHOUT ROWID%'"
        )
    ]
    return {
        name: [tuple(r) for r in db.query(f'SELECT * FROM "{name}" ORDER BY rowid')]  # noqa: S608
        for name in names
    }


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()
