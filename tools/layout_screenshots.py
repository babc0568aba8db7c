"""Screenshots of every section (as leader and as mentor) and of the larger dialogs, at the
window size given, on a real X server with a window manager, grabbed with ImageMagick's
``import -window root`` (what a person sees, window frame and title bar included).

    tools/layout_screenshots.sh OUTDIR          # both sizes, under Xvfb + openbox

or by hand, on a running X display with a window manager:

    python tools/layout_screenshots.py OUTDIR --size 1024x700 [--prefix name] [--language de]
    QT_SCALE_FACTOR=1.5 python tools/layout_screenshots.py OUTDIR --maximised --prefix 150

Needs the test helpers (run from the repository root with the test venv) and ``import``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.ui.section_walk import demo_vault_as, demo_window, each_section
from tests.ui.test_layout_fit import translated_names

from rmdesk.domain.models import Role
from rmdesk.paths import DataPaths
from rmdesk.store.kdf import KdfParams
from rmdesk.ui.kit.ui_language import install_language
from rmdesk.ui.shell.main_window import MainWindow

FAST = KdfParams(version=1, log2_n=10)
PASSPHRASE = "demo"


def settle(app: QApplication, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()
    subprocess.run(["sleep", "0.3"], check=True)
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, target: Path) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(target)], check=True, timeout=60)
    print(target)


def with_dialog(app: QApplication, open_it: Callable[[], object], target: Path) -> None:
    """Open a dialog as the app does (exec), photograph it, cancel it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, look)
            return
        shoot(app, target)
        dialog.reject()

    QTimer.singleShot(200, look)
    open_it()


def window_as(role: Role, root: Path, size: QSize | None) -> MainWindow:
    folder = root / role.value
    folder.mkdir(mode=0o700)
    paths = DataPaths(folder)
    vault = demo_vault_as(paths.vault, PASSPHRASE, FAST, role)
    window = demo_window(paths, vault, PASSPHRASE, FAST)
    if size is None:
        window.showMaximized()
    else:
        window.resize(size)
        window.show()
    return window


def button_named(view: QWidget, name: str) -> Callable[[], object]:
    from PySide6.QtWidgets import QAbstractButton

    names = {name, *translated_names(name)}
    for button in view.findChildren(QAbstractButton):
        if button.accessibleName() in names:
            return button.click
    raise LookupError(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1024x700")
    parser.add_argument("--maximised", action="store_true")
    parser.add_argument("--prefix", default="")
    parser.add_argument("--language", default="", help="en, de, fr (default: the system's)")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    size = None if args.maximised else QSize(width, height)
    prefix = args.prefix or args.size
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    install_language(args.language)  # as the app does, before any window
    with tempfile.TemporaryDirectory(prefix="rmdesk-shots-") as scratch:
        for role in (Role.LEADER, Role.MENTOR):
            window = window_as(role, Path(scratch), size)
            for section, view in each_section(window):
                shoot(app, args.out / f"{prefix}-{role.value}-{section.value}.png")
                if role is Role.LEADER and section.value == "meetings":
                    opener = button_named(view, "Add items from a template")
                    with_dialog(app, opener, args.out / f"{prefix}-dialog-template.png")
                if role is Role.LEADER and section.value == "reflections":
                    with_dialog(
                        app,
                        view.prompt_button.click,  # type: ignore[attr-defined]
                        args.out / f"{prefix}-dialog-prompts.png",
                    )
            if role is Role.LEADER:
                with_dialog(
                    app,
                    window.workspace.edit_relationship,
                    args.out / f"{prefix}-dialog-relationship.png",
                )
                window.enter_share_mode()
                with_dialog(
                    app, window.leave_share_mode, args.out / f"{prefix}-dialog-passphrase.png"
                )
            window.lock()
            window.close()
            settle(app)


if __name__ == "__main__":
    main()
