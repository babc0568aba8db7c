"""Regenerate docs/screenshots/ from the demo data (`make screenshots`, needs xvfb-run).

Each picture is a real window on a virtual X screen (or offscreen when QT_QPA_PLATFORM says
so), grabbed with QWidget.grab(). Look at them before committing.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from rmdesk.app import make_application, vault_creator, vault_opener
from rmdesk.demo import build_demo_vault
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import SystemClock
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
FAST = KdfParams(version=1, log2_n=10)  # screenshots only; the app uses the real setting
SECTIONS = {
    "main-window": Section.OVERVIEW,
    "goals": Section.GOALS,
    "agreement": Section.AGREEMENT,
    "meetings-agenda": Section.MEETINGS,
    "actions": Section.ACTIONS,
    "progress": Section.PROGRESS,
    "reflections": Section.REFLECTIONS,
}


def settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()


def window_for(paths: DataPaths, demo: bool) -> MainWindow:
    vault = build_demo_vault(paths.vault, passphrase_bytes("demo"), kdf=FAST) if demo else None
    window = MainWindow(
        WindowContext(
            paths=paths,
            settings=UiSettings(paths.ui_settings),
            open_vault=vault_opener(paths, FAST),
            create_vault=vault_creator(FAST),
            clock=SystemClock(),
            demo_vault=vault,
            demo_passphrase="demo",
        )
    )
    window.resize(1280, 820)
    window.show()
    return window


def main() -> None:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as first:
        window = window_for(DataPaths(Path(first)), demo=False)
        settle(app)
        window.grab().save(str(OUT / "welcome.png"))
        window.close()
    with tempfile.TemporaryDirectory() as folder:
        window = window_for(DataPaths(Path(folder)), demo=True)
        assert window.workspace is not None
        for name, section in SECTIONS.items():
            window.workspace.select_section(section)
            settle(app)
            window.grab().save(str(OUT / f"{name}.png"))
        window.workspace.select_section(Section.OVERVIEW)
        window.enter_share_mode()
        settle(app)
        window.grab().save(str(OUT / "shared-screen-mode.png"))
        window.lock()
        settle(app)
        window.grab().save(str(OUT / "unlock.png"))
        window.close()
    print(f"saved to {OUT}")


if __name__ == "__main__":
    main()
