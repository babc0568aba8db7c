"""Two people, two windows, two real vaults under tmp_path, and the exchange dialogs driven
the way the app opens them (``exec()``, acted on from a timer)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import Cadence, Relationship, Role
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog
from rmdesk.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.vault.helpers import make_window

JOB_TIMEOUT = 30_000
WORDS = "maple river lantern orbit velvet harbor"
TODAY = date(2026, 11, 24)

Steps = Callable[[QDialog], None]


def paths_under(root: Path) -> DataPaths:
    root.mkdir(mode=0o700, parents=True)
    return DataPaths(root)


def leader_window(qtbot: QtBot, root: Path) -> MainWindow:
    """The leader's window on the demo relationship (private parts included), unlocked."""
    paths = paths_under(root)
    with Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), TODAY)
    window = make_window(qtbot, paths)
    unlock(qtbot, window)
    return window


def mentor_window(qtbot: QtBot, root: Path, *, hand_made: str = "") -> MainWindow:
    """The mentor's window on a vault of her own: empty, or with a relationship she set up
    by hand with ``hand_made`` (the leader's name)."""
    paths = paths_under(root)
    with Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        if hand_made:
            repos = Repositories.from_db(vault.db)
            repos.relationships.add(
                Relationship(
                    my_role=Role.MENTOR,
                    my_name="Leo",
                    other_name=hand_made,
                    cadence=Cadence.BIWEEKLY,
                    meeting_minutes=45,
                    start_date=TODAY,
                    purpose="My own notes on why we meet",
                )
            )
    window = make_window(qtbot, paths)
    unlock(qtbot, window)
    return window


def repos_of(window: MainWindow) -> Repositories:
    assert window.vault is not None
    return Repositories.from_db(window.vault.db)


def drive_all(qtbot: QtBot, open_dialog: Callable[[], Any], *steps: Steps) -> None:
    """Run ``open_dialog`` (it calls ``exec()``, perhaps once per dialog in turn); each modal
    dialog that shows is driven by the next of ``steps`` and closed after, pass or fail."""
    pending = list(steps)
    done: list[QDialog] = []
    errors: list[BaseException] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in done or not pending:
            if pending:
                QTimer.singleShot(20, act)
            return
        done.append(dialog)
        step = pending.pop(0)
        try:
            step(dialog)
        except BaseException as exc:  # re-raised after exec() returns
            errors.append(exc)
            pending.clear()
        finally:
            if dialog.isVisible():
                dialog.reject()
        if pending:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    open_dialog()
    if errors:
        raise errors[0]
    assert not pending, f"{len(pending)} dialog(s) never showed"


def wait_job(qtbot: QtBot, dialog: ExchangeDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.running, timeout=JOB_TIMEOUT)
    return dialog.result_label.text()
