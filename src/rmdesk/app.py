"""Composition root: paths, hardening, logging, QApplication, single instance, main window."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QSettings,
    QSocketNotifier,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from rmdesk import APP_ID, APP_NAME, __version__
from rmdesk.logs import setup_logging, stderr_handler
from rmdesk.paths import DataPaths, ensure_private_dir, log_dir, resolve_data_dir
from rmdesk.privacy.display_text import one_line
from rmdesk.privacy.hardening import harden_process
from rmdesk.privacy.idle import SystemClock
from rmdesk.store.errors import VaultError
from rmdesk.store.files import os_error_to_vault_error
from rmdesk.store.instance_lock import InstanceLock
from rmdesk.store.kdf import DEFAULT_KDF, KdfParams, passphrase_bytes
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.icons import app_icon
from rmdesk.ui.kit.ui_language import install_language
from rmdesk.ui.shell.capture_guard import CaptureGuard
from rmdesk.ui.shell.crash import CrashReporter
from rmdesk.ui.shell.main_window import MainWindow, VaultOpener, WindowContext
from rmdesk.ui.shell.reminders import start_reminders
from rmdesk.ui.shell.session_events import watch_session
from rmdesk.ui.shell.settings import UiSettings

if TYPE_CHECKING:
    # Imported on the unlock worker (and warmed up while the passphrase is typed): the lock
    # screen does not load the store.
    from rmdesk.store.vault import Vault

DEMO_PASSPHRASE = "demo"


def _qt_message(mode: QtMsgType, _context: object, message: str) -> None:
    # Qt's own messages go to our log, on one line and cut short: Qt does not log field
    # values, but a message may name a file path.
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(mode, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", one_line(message, 300))


def vault_opener(paths: DataPaths, kdf: KdfParams | None = None) -> VaultOpener:
    def open_vault(path: Path, passphrase: bytearray) -> Vault:
        from rmdesk.store.vault import Vault

        return Vault.open(path, passphrase, kdf=kdf, backup_dir=paths.backups)

    return open_vault


def vault_creator(kdf: KdfParams = DEFAULT_KDF) -> VaultOpener:
    def create_vault(path: Path, passphrase: bytearray) -> Vault:
        from rmdesk.store.vault import Vault

        return Vault.create(path, passphrase, kdf=kdf)

    return create_vault


def _keep_qt_settings_away(app: QApplication) -> None:
    """Qt's own file dialog remembers visited folders in ~/.config/QtProject.conf. Point Qt's
    user-scope settings at a throwaway 0700 folder removed at exit, so where exports were
    saved is not recorded outside the vault. (Our UI state uses its own allow-listed file.)"""
    scratch = tempfile.mkdtemp(prefix="rmdesk-qt-")
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, scratch)
    app.aboutToQuit.connect(lambda: shutil.rmtree(scratch, ignore_errors=True))


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("rmdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    _keep_qt_settings_away(app)
    install_language()  # the system's; run_app switches to the user's choice once it is known
    return app


QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM, SIGHUP (the session ends) and SIGINT close the windows and quit, so that
    everything after ``app.exec()`` runs: the vault is locked and a demo's folder and Qt's
    scratch folder are removed.

    Python runs a signal handler only when the interpreter gets control, and Qt's event loop
    is C++: the signal's number is written to a pipe (``signal.set_wakeup_fd``) whose reading
    end a QSocketNotifier watches, and that Python slot lets the handler run.
    """
    if not hasattr(signal, "set_wakeup_fd") or sys.platform == "win32":
        return
    read_end, write_end = os.pipe()
    for fd in (read_end, write_end):
        os.set_blocking(fd, False)
        os.set_inheritable(fd, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            while os.read(read_end, 64):
                pass
        except BlockingIOError:
            pass

    def close_and_quit() -> None:
        app.closeAllWindows()  # each window locks its vault as it closes
        app.quit()

    def handle(_number: int, _frame: object) -> None:
        # From the event loop, so that a signal that arrives before app.exec() still quits.
        QTimer.singleShot(0, close_and_quit)

    notifier.activated.connect(drain)
    for number in QUIT_SIGNALS:
        signal.signal(number, handle)


def run_app(*, data_dir: str | None, demo: bool, qt_options: Sequence[str] = ()) -> int:
    harden_process()
    logging.getLogger().addHandler(stderr_handler())
    try:
        log_path: Path | None = setup_logging(log_dir(None if demo else data_dir))
    except OSError:  # an unwritable log folder must not keep anyone from their vault
        log_path = None
    qInstallMessageHandler(_qt_message)
    app = make_application([*sys.argv[:1], *qt_options])
    crashes = CrashReporter(log_path, app)
    crashes.install()
    quit_on_signals(app)

    demo_root: Path | None = None
    try:
        try:
            if demo:
                demo_root = Path(tempfile.mkdtemp(prefix="rmdesk-demo-"))
                paths = DataPaths(demo_root)
            else:
                paths = DataPaths(ensure_private_dir(resolve_data_dir(data_dir)))
            lock = InstanceLock(paths.lock)
            lock.acquire()
        except OSError as exc:  # a file where the folder should be, no permission...
            raise os_error_to_vault_error(exc) from exc
    except VaultError as error:
        headline, advice = describe(error)
        QMessageBox.critical(None, "rmdesk", f"{headline}\n\n{advice}")
        return 3
    try:
        settings = UiSettings(paths.ui_settings)
        if settings.language:  # Preferences ▸ Language, before any window or content exists
            install_language(settings.language)
        demo_vault = None
        if demo:
            from rmdesk.demo import build_demo_vault

            demo_vault = build_demo_vault(paths.vault, passphrase_bytes(DEMO_PASSPHRASE))
        window = MainWindow(
            WindowContext(
                paths=paths,
                settings=settings,
                open_vault=vault_opener(paths),
                create_vault=vault_creator(),
                clock=SystemClock(),
                demo_vault=demo_vault,
                demo_passphrase=DEMO_PASSPHRASE if demo else "",
                session_events=watch_session(app),
                auto_backup=True,
            )
        )
        CaptureGuard(window)  # a second layer behind shared-screen mode (Windows, macOS)
        start_reminders(window)  # the tray icon and content-free meeting reminders
        window.show()
        return app.exec()
    finally:
        lock.release()
        if demo_root is not None:
            shutil.rmtree(demo_root, ignore_errors=True)
