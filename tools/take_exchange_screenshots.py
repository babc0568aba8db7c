"""Screenshots of the exchange between two people, each in her own window and vault, at the
smallest supported window (1024x700):

    xvfb-run -a -s "-screen 0 1024x700x24" sh -c \
        'openbox & sleep 1; .venv/bin/python tools/take_exchange_screenshots.py'

The leader (demo vault) shares; the mentor, who had set up her side by hand, opens the pack
into that relationship and settles the one difference; later both change the same goals and
the leader settles those. Every dialog is opened the app's way (``exec()``) and the screen is
grabbed with ImageMagick's ``import -window root``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from rmdesk.app import make_application, vault_creator, vault_opener
from rmdesk.demo import build_demo_vault
from rmdesk.domain.models import Cadence, Relationship, Role
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import SystemClock
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from rmdesk.ui.exchange.conflict_dialog import MINE, THEIRS, ConflictDialog
from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog
from rmdesk.ui.exchange.open_pack_dialog import OpenPackDialog
from rmdesk.ui.exchange.share_dialog import ShareDialog
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
FAST = KdfParams(version=1, log2_n=10)
WORDS = "maple river lantern orbit velvet harbor"


def settle(seconds: float = 0.5) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def shoot(name: str) -> None:
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print("wrote", OUT / f"{name}.png")


def wait(dialog: ExchangeDialog) -> None:
    deadline = time.monotonic() + 30
    while dialog.running and time.monotonic() < deadline:
        settle(0.1)


def with_dialogs(open_it: Callable[[], object], *steps: Callable[[QDialog], None]) -> None:
    pending = list(steps)
    done: list[QDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in done:
            QTimer.singleShot(50, act)
            return
        done.append(dialog)
        try:
            pending.pop(0)(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
        if pending:
            QTimer.singleShot(50, act)

    QTimer.singleShot(100, act)
    open_it()


def window_on(paths: DataPaths, vault: Vault) -> MainWindow:
    window = MainWindow(
        WindowContext(
            paths=paths,
            settings=UiSettings(paths.ui_settings),
            open_vault=vault_opener(paths, FAST),
            create_vault=vault_creator(FAST),
            clock=SystemClock(),
            demo_vault=vault,
            demo_passphrase="demo",
            kdf=FAST,
        )
    )
    window.resize(1024, 700)
    window.move(0, 0)
    return window


def mentor_vault(paths: DataPaths) -> Vault:
    vault = Vault.create(paths.vault, passphrase_bytes("demo"), kdf=FAST)
    Repositories.from_db(vault.db).relationships.add(
        Relationship(
            my_role=Role.MENTOR,
            my_name="Leo Brandt",
            other_name="Margaret Okafor",
            cadence=Cadence.BIWEEKLY,
            meeting_minutes=45,
            start_date=date(2026, 1, 12),
            purpose="Help Margaret try the tools my team uses every day.",
        )
    )
    return vault


def main() -> None:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        leader_paths = DataPaths(root / "leader")
        mentor_paths = DataPaths(root / "mentor")
        for p in (leader_paths, mentor_paths):
            p.root.mkdir(mode=0o700)
        leader = window_on(leader_paths, build_demo_vault(leader_paths.vault, b"demo", kdf=FAST))
        mentor = window_on(mentor_paths, mentor_vault(mentor_paths))
        pack = root / "rmdesk-for-leo-brandt.rmpack"

        leader.show()
        settle(1.0)

        def share(dialog: QDialog) -> None:
            assert isinstance(dialog, ShareDialog)
            dialog.target.set_path(pack)
            shoot("exchange-leader-share")
            dialog.words.setText(WORDS)
            dialog.write_button.click()
            wait(dialog)
            shoot("exchange-leader-shared")

        with_dialogs(leader.exchange_menu.share, share)
        leader.hide()
        mentor.show()
        settle(1.0)

        def look(dialog: QDialog) -> None:
            assert isinstance(dialog, OpenPackDialog)
            dialog.source.set_path(pack)
            dialog.words.setText(WORDS)
            dialog.check_button.click()
            wait(dialog)
            shoot("exchange-mentor-open")
            dialog.take_button.click()
            wait(dialog)
            shoot("exchange-mentor-opened")

        def settle_relationship(dialog: QDialog) -> None:
            assert isinstance(dialog, ConflictDialog)
            shoot("exchange-mentor-difference")
            dialog.choose(0, THEIRS)  # the relationship as the leader set it up
            dialog.apply_button.click()

        with_dialogs(mentor.exchange_menu.open_pack, look, settle_relationship)
        settle(0.5)
        shoot("exchange-mentor-after")

        # Both change the same two goals; the mentor shares; the leader settles.
        for window, who in ((leader, "as Margaret now puts it"), (mentor, "as Leo sees it")):
            assert window.vault is not None
            repos = Repositories.from_db(window.vault.db)
            rel = repos.relationships.list_all()[0]
            assert rel.id is not None
            for goal in repos.goals.list_for_relationship(rel.id)[:2]:
                repos.goals.update(replace(goal, title=f"{goal.title} ({who})"))
        back = root / "rmdesk-for-margaret.rmpack"

        def share_back(dialog: QDialog) -> None:
            assert isinstance(dialog, ShareDialog)
            dialog.words.setText(WORDS)
            dialog.target.set_path(back)
            dialog.write_button.click()
            wait(dialog)

        with_dialogs(mentor.exchange_menu.share, share_back)
        mentor.hide()
        leader.show()
        settle(1.0)

        def open_back(dialog: QDialog) -> None:
            assert isinstance(dialog, OpenPackDialog)
            dialog.source.set_path(back)
            dialog.words.setText(WORDS)
            dialog.check_button.click()
            wait(dialog)
            dialog.take_button.click()
            wait(dialog)
            shoot("exchange-leader-opened")

        def choose(dialog: QDialog) -> None:
            assert isinstance(dialog, ConflictDialog)
            dialog.choose(0, THEIRS)
            dialog.choose(1, MINE)
            shoot("exchange-leader-differences")
            dialog.apply_button.click()

        with_dialogs(leader.exchange_menu.open_pack, open_back, choose)
        for window in (leader, mentor):
            window.lock()
            window.vault_menu.shutdown()
            window.close()
        app.processEvents()


if __name__ == "__main__":
    main()
