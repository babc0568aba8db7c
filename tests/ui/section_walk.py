"""Walking a real main window through every section, as leader and as mentor, on the demo
data: shared by the layout and wording tests (and tools/layout_screenshots.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from rmdesk.app import vault_creator, vault_opener
from rmdesk.demo import fill_demo
from rmdesk.domain.models import Cadence, Relationship, Role
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import ManualClock
from rmdesk.privacy.share_mode import Section
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings

DEMO_DAY = date(2026, 11, 24)


def demo_vault_as(path: Path, passphrase: str, kdf: KdfParams, role: Role) -> Vault:
    """The demo relationship, seen by its leader or (names swapped) by its mentor."""
    vault = Vault.create(path, passphrase_bytes(passphrase), kdf=kdf)
    repos = Repositories.from_db(vault.db)
    fill_demo(repos, DEMO_DAY)
    if role is Role.MENTOR:
        for r in repos.relationships.list_all():
            repos.relationships.update(
                dataclasses.replace(
                    r, my_role=Role.MENTOR, my_name=r.other_name, other_name=r.my_name
                )
            )
    return vault


def add_blank_relationship(vault: Vault) -> None:
    """One relationship with nothing else: every section shows its empty state."""
    Repositories.from_db(vault.db).relationships.add(
        Relationship(
            my_role=Role.LEADER,
            other_name="Mo Reyes",
            cadence=Cadence.BIWEEKLY,
            meeting_minutes=45,
            start_date=date.today(),
        )
    )


def demo_window(paths: DataPaths, vault: Vault, passphrase: str, kdf: KdfParams) -> MainWindow:
    return MainWindow(
        WindowContext(
            paths=paths,
            settings=UiSettings(paths.ui_settings),
            open_vault=vault_opener(paths, kdf),
            create_vault=vault_creator(kdf),
            clock=ManualClock(),
            demo_vault=vault,
            demo_passphrase=passphrase,
        )
    )


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def each_section(window: MainWindow) -> Iterator[tuple[Section, QWidget]]:
    """Open every section the window offers, in sidebar order; yields it with its view."""
    for section in Section:
        if not window.workspace.visibility.allows(section):
            continue
        window.workspace.select_section(section)
        settle()
        view = window.workspace.view
        assert view is not None
        yield section, view
