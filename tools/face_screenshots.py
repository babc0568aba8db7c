"""Before/after pictures for the app's face (issue 20, items 2 and 4): the Overview, Meetings
and Reflections of the demo relationship, an empty vault, and the sections of a relationship
with nothing in it yet, in light or dark Fusion, grabbed from a real X server with
``import -window root`` (frame and title bar included).

    xvfb-run -s "-screen 0 1024x700x24" ... (see tools/face_screenshots.sh)
    python tools/face_screenshots.py OUTDIR --prefix after [--dark]

Needs the test helpers (run from the repository root with the test venv) and ``import``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.ui.palettes import use_fusion
from tests.ui.section_walk import add_blank_relationship, demo_vault_as, demo_window

from rmdesk.domain.models import Role
from rmdesk.domain.sections import Section
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import KdfParams, passphrase_bytes
from rmdesk.store.vault import Vault
from rmdesk.ui.meetings.meetings_view import MeetingsView
from rmdesk.ui.shell.main_window import MainWindow

FAST = KdfParams(version=1, log2_n=10)
PASSPHRASE = "demo"
SIZE = (1024, 700)


def settle(app: QApplication) -> None:
    for _ in range(40):
        app.processEvents()
    subprocess.run(["sleep", "0.4"], check=True)
    for _ in range(40):
        app.processEvents()


def shoot(app: QApplication, target: Path) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(target)], check=True, timeout=60)
    print(target)


def show(window: MainWindow) -> MainWindow:
    window.setMinimumSize(0, 0)
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    return window


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--prefix", default="shot")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--live", action="store_true", help="also the live session")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    use_fusion(app, dark=args.dark)
    tone = "dark" if args.dark else "light"
    name = f"{args.prefix}-{tone}"
    with tempfile.TemporaryDirectory(prefix="rmdesk-face-") as scratch:
        root = Path(scratch)
        for folder in ("demo", "empty", "blank"):
            (root / folder).mkdir(mode=0o700)
        paths = DataPaths(root / "demo")
        window = show(
            demo_window(
                paths, demo_vault_as(paths.vault, PASSPHRASE, FAST, Role.LEADER), PASSPHRASE, FAST
            )
        )
        for section in (Section.OVERVIEW, Section.MEETINGS, Section.REFLECTIONS):
            window.workspace.select_section(section)
            shoot(app, args.out / f"{name}-{section.value}.png")
            view = window.workspace.view
            if isinstance(view, MeetingsView) and args.live:
                view.start_session()
                shoot(app, args.out / f"{name}-live-session.png")
                assert view.live is not None
                view.live.leave()
        window.lock()
        window.close()

        paths = DataPaths(root / "empty")
        vault = Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST)
        window = show(demo_window(paths, vault, PASSPHRASE, FAST))
        shoot(app, args.out / f"{name}-empty-vault.png")
        window.lock()
        window.close()

        paths = DataPaths(root / "blank")
        vault = Vault.create(paths.vault, passphrase_bytes(PASSPHRASE), kdf=FAST)
        add_blank_relationship(vault)
        window = show(demo_window(paths, vault, PASSPHRASE, FAST))
        for section in Section:
            if section is Section.OVERVIEW:
                continue
            window.workspace.select_section(section)
            shoot(app, args.out / f"{name}-blank-{section.value}.png")
        window.lock()
        window.close()


if __name__ == "__main__":
    main()
