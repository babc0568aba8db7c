"""Screenshots of the guided setup and of Help, from a real X screen (run by hand).

    xvfb-run -a -s "-screen 0 1024x700x24" sh -c 'openbox & sleep 1; \
        .venv/bin/python tools/guide_screenshots.py OUT_DIR'

A new vault is created on the welcome page as a person would; the app then opens the guided
setup itself, and each step is captured with ImageMagick's ``import -window root`` (the
whole screen, window-manager frame included) before moving on.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rmdesk.app import make_application, vault_creator, vault_opener
from rmdesk.paths import DataPaths
from rmdesk.privacy.idle import SystemClock
from rmdesk.store.kdf import KdfParams
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
from rmdesk.ui.guide.guided_start import GuidedStart
from rmdesk.ui.guide.help_dialogs import GuideDialog, ShortcutsDialog
from rmdesk.ui.shell.main_window import MainWindow, WindowContext
from rmdesk.ui.shell.settings import UiSettings

FAST = KdfParams(version=1, log2_n=10)  # screenshots only
PASSPHRASE = "plum orbit candle marsh quietly"


def settle(app: QApplication, rounds: int = 20) -> None:
    """Let Qt and the X server draw (and the window manager place) before a capture."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, out: Path, name: str) -> None:
    settle(app)
    subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)
    print("saved", name)


def when_modal(act: Callable[[QWidget], None], kind: type) -> None:
    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screens").absolute()
    out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        window = MainWindow(
            WindowContext(
                paths=paths,
                settings=UiSettings(paths.ui_settings),
                open_vault=vault_opener(paths, FAST),
                create_vault=vault_creator(FAST),
                clock=SystemClock(),
            )
        )
        window.showMaximized()
        settle(app)

        def confirm(name: str) -> Callable[[QWidget], None]:
            def act(dialog: QWidget) -> None:
                assert isinstance(dialog, AgreementConfirmDialog)
                dialog.name_edit.setText(name)
                shoot(app, out, f"guide-4b-confirm-{name.split()[0].lower()}")
                dialog.accept()

            return act

        def walk(wizard: QWidget) -> None:
            assert isinstance(wizard, GuidedStart)
            role = wizard.pages[0]
            shoot(app, out, "guide-0-role")
            # Real keys through the X server: the focus ring shows once the keyboard is used.
            subprocess.run(["xdotool", "key", "Tab", "shift+Tab"], check=True)
            shoot(app, out, "guide-0-role-keyboard-focus")
            subprocess.run(["xdotool", "key", "Tab", "Tab"], check=True)
            shoot(app, out, "guide-0-role-focus-on-skip")
            role.name_edit.setText("Ann Okafor")  # type: ignore[attr-defined]
            wizard.next()
            page = wizard.pages[1]
            page.purpose_edit.setPlainText(  # type: ignore[attr-defined]
                "See how younger colleagues use AI tools, and what I miss from where I sit"
            )
            page.focus_edit.setText("AI tools, hybrid work")  # type: ignore[attr-defined]
            shoot(app, out, "guide-1-purpose")
            wizard.next()
            wizard.pages[2].other_edit.setText("Mo Reyes")  # type: ignore[attr-defined]
            shoot(app, out, "guide-2-who-leader")
            wizard.next()
            shoot(app, out, "guide-3-rhythm")
            wizard.next()
            shoot(app, out, "guide-4-agreement")
            when_modal(confirm("Ann Okafor"), AgreementConfirmDialog)
            wizard.agreement_page.leader_button.click()
            when_modal(confirm("Mo Reyes"), AgreementConfirmDialog)
            wizard.agreement_page.mentor_button.click()
            shoot(app, out, "guide-4c-agreement-confirmed")
            wizard.show_help()
            shoot(app, out, "guide-f1-over-the-setup")
            for guide in wizard.findChildren(GuideDialog):
                guide.close()
            wizard.next()
            shoot(app, out, "guide-5-ready")
            wizard.accept()

        when_modal(walk, GuidedStart)
        window.welcome_page.passphrase.setText(PASSPHRASE)
        window.welcome_page.confirmation.setText(PASSPHRASE)
        window.welcome_page.attempt_create()
        for _ in range(400):  # the guide runs inside its own exec() loop, then returns here
            settle(app, 5)
            if window.workspace is not None and window.workspace.current_relationship():
                break
        shoot(app, out, "overview-next-step")

        window.help_menu.guide_action.trigger()
        shoot(app, out, "help-guide")
        for guide in window.findChildren(GuideDialog):
            guide.close()

        def list_shortcuts(dialog: QWidget) -> None:
            shoot(app, out, "help-shortcuts")
            dialog.close()

        when_modal(list_shortcuts, ShortcutsDialog)
        window.help_menu.shortcuts_action.trigger()

        def about(dialog: QWidget) -> None:
            shoot(app, out, "help-about")
            dialog.close()

        from rmdesk.ui.guide.help_dialogs import AboutDialog

        when_modal(about, AboutDialog)
        window.help_menu.about_action.trigger()

        # The mentor's own second step.
        def mentor_walk(wizard: QWidget) -> None:
            assert isinstance(wizard, GuidedStart)
            wizard.pages[0].mentor_radio.setChecked(True)  # type: ignore[attr-defined]
            wizard.next()
            shoot(app, out, "guide-mentor-1-purpose")
            wizard.next()
            shoot(app, out, "guide-mentor-2-who")
            wizard.reject()

        when_modal(mentor_walk, GuidedStart)
        window.help_menu.guided_setup_action.trigger()
        window.lock()
        settle(app)
        window.close()


if __name__ == "__main__":
    main()
