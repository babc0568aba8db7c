"""Fixtures for real windows on the offscreen platform, with real vault files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from rmdesk.app import vault_creator, vault_opener
from rmdesk.demo import fill_demo
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.session_events import SessionEvents
from rmdesk.ui.shell.settings import UiSettings
from tests.conftest import FAST_KDF, PASSPHRASE

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_window(qtbot: QtBot, data_paths: DataPaths, clock: ManualClock) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(
        demo_vault: Vault | None = None, session_events: SessionEvents | None = None
    ) -> MainWindow:
        window = MainWindow(
            WindowContext(
                paths=data_paths,
                settings=UiSettings(data_paths.ui_settings),
                open_vault=vault_opener(data_paths, FAST_KDF),
                create_vault=vault_creator(FAST_KDF),
                clock=clock,
                demo_vault=demo_vault,
                demo_passphrase=PASSPHRASE if demo_vault is not None else "",
                session_events=session_events,
            )
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.lock()


@pytest.fixture
def filled_vault_file(data_paths: DataPaths) -> DataPaths:
    """A closed vault file at data_paths.vault holding the demo relationship."""
    with Vault.create(data_paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST_KDF) as vault:
        fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    return data_paths


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, passphrase)
    with qtbot.waitSignal(window.vault_unlocked, timeout=10_000):
        page.unlock_button.click()
