"""The Vault menu's data actions: back up, restore, change passphrase, check, export, import,
preferences, and the automatic backup on lock and quit. The window keeps Lock and Quit; this
module adds the rest above them and opens each dialog the same way (``exec()``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from rmdesk.services.backup import DEFAULT_KEEP
from rmdesk.store.errors import VaultError
from rmdesk.store.kdf import wipe
from rmdesk.ui.shell import settings as keys
from rmdesk.ui.vault.auto_backup import AutoBackup
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.preferences import BackupPreferences

if TYPE_CHECKING:
    # The dialogs (and the services behind them) are imported when opened: the menu is
    # built on the lock screen, which needs none of them.
    from rmdesk.services.progress import Progress
    from rmdesk.services.restore import BackupContents
    from rmdesk.store.vault import Vault
    from rmdesk.ui.shell.main_window import MainWindow
    from rmdesk.ui.vault.operation_dialog import OperationDialog


class VaultMenu(QObject):
    def __init__(self, window: MainWindow, menu: QMenu, before: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = VaultJobs(self)
        self.auto = AutoBackup(self.jobs, self.preferences, self)
        self.auto.failed.connect(self._auto_failed)
        self.auto.written.connect(self._auto_written)
        self._quit_pending = False

        def action(text: str, slot: object) -> QAction:
            item = QAction(text, window)
            item.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            menu.insertAction(before, item)
            return item

        self.backup_action = action(self.tr("&Back up now…"), self.back_up)
        self.restore_action = action(self.tr("&Restore from a backup…"), self.restore)
        self.passphrase_action = action(self.tr("Change &passphrase…"), self.change_passphrase)
        self.check_action = action(self.tr("C&heck the vault"), self.check)
        menu.insertSeparator(before)
        self.export_action = action(self.tr("E&xport…"), self.export)
        self.import_action = action(self.tr("I&mport…"), self.import_)
        menu.insertSeparator(before)
        self.preferences_action = action(self.tr("Pre&ferences…"), self.edit_preferences)
        self._settings_end = menu.insertSeparator(before)
        self._menu = menu
        window.vault_unlocked.connect(self._session_started)
        window.vault_locked.connect(lambda _reason: self.update_actions())
        window.share_mode_changed.connect(lambda _on: self.update_actions())
        self.update_actions()

    def add_setting(self, item: QAction) -> None:
        """Another settings entry beside Preferences (the reminders add theirs)."""
        self._menu.insertAction(self._settings_end, item)

    # -- state ---------------------------------------------------------------------------
    def update_actions(self) -> None:
        unlocked = self.window.vault is not None
        private = unlocked and not self.window.visibility.share_mode
        for item in (self.backup_action, self.check_action):
            item.setEnabled(unlocked)
        # These show or touch private content, or replace the vault: not on a shared screen.
        for item in (
            self.restore_action,
            self.passphrase_action,
            self.export_action,
            self.import_action,
            self.preferences_action,
        ):
            item.setEnabled(private)

    def _session_started(self) -> None:
        if self.window.vault is not None:
            self.auto.session_started(self.window.vault)
        self.update_actions()

    def preferences(self) -> BackupPreferences:
        settings = self.window.context.settings
        default = self.window.context.paths.backups
        folder = settings.text_value(keys.BACKUP_FOLDER) or str(default)
        try:
            keep = max(1, int(settings.text_value(keys.BACKUP_KEEP, str(DEFAULT_KEEP))))
        except ValueError:
            keep = DEFAULT_KEEP
        automatic = self.window.context.auto_backup and (
            settings.text_value(keys.BACKUP_AUTOMATIC, "on") != "off"
        )
        return BackupPreferences(automatic=automatic, folder=Path(folder), keep=keep)

    # -- the window's lock and quit ------------------------------------------------------
    def release(self, vault: Vault) -> None:
        """The window locks: back up if the session changed the vault, then close it."""
        self.auto.release(vault)

    def hold_quit(self) -> bool:
        """True while a backup must finish first; the window closes again when it has."""
        if not self.jobs.busy:
            return False
        if not self._quit_pending:
            self._quit_pending = True
            self.window.unlock_page.show_reason(self.tr("Finishing the backup before quitting…"))
            self.jobs.idle.connect(self._retry_quit)
        return True

    def _retry_quit(self) -> None:
        self.jobs.idle.disconnect(self._retry_quit)
        self.window.close()

    def shutdown(self) -> None:
        self.jobs.wait_all()

    def _auto_written(self, path: object) -> None:
        self.window.statusBar().showMessage(
            self.tr("Automatic backup written and verified: {0}").format(path), 10_000
        )

    def _auto_failed(self, error: object) -> None:
        from rmdesk.ui.vault.operation_dialog import error_words

        if not isinstance(error, VaultError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        text = self.tr("The automatic backup was NOT written.") + "\n" + error_words(error)
        if self._quit_pending:
            QMessageBox.warning(self.window, self.tr("Backup failed"), text)
        else:
            headline, _, rest = text.partition("\n")
            self.window.unlock_page.show_problem(headline, rest)

    # -- the dialogs ---------------------------------------------------------------------
    def _open(self, dialog: OperationDialog) -> None:
        self.window.save_pending_edits()
        dialog.exec()
        if not dialog.running:
            dialog.deleteLater()

    def back_up(self) -> None:
        from rmdesk.ui.vault.backup_dialog import BackupDialog

        vault = self.window.vault
        if vault is not None:
            self._open(BackupDialog(self.jobs, vault, self.preferences().folder, self.window))

    def check(self) -> None:
        from rmdesk.ui.vault.check_dialog import CheckDialog

        vault = self.window.vault
        if vault is not None:
            dialog = CheckDialog(self.jobs, vault, self.window)
            dialog.start()
            self._open(dialog)

    def export(self) -> None:
        from rmdesk.ui.vault.transfer_dialogs import ExportDialog

        vault = self.window.vault
        if vault is not None:
            private = not self.window.visibility.share_mode
            folder = Path.home()
            self._open(
                ExportDialog(self.jobs, vault, folder, allow_private=private, parent=self.window)
            )

    def import_(self) -> None:
        from rmdesk.ui.vault.transfer_dialogs import ImportDialog

        vault = self.window.vault
        if vault is None:
            return
        dialog = ImportDialog(self.jobs, vault, Path.home(), self.window)
        self._open(dialog)
        if dialog.imported and self.window.vault is vault:
            self.window.reload_workspace()

    def change_passphrase(self) -> None:
        from rmdesk.ui.vault.passphrase_change import PassphraseChangeDialog

        vault = self.window.vault
        if vault is None:
            return
        dialog = PassphraseChangeDialog(
            self.jobs, vault, kdf=self.window.context.kdf, parent=self.window
        )
        dialog.backup_requested.connect(dialog.accept)
        self._open(dialog)
        if dialog.changed and dialog.backup_wanted and self.window.vault is vault:
            self.back_up()

    def restore(self) -> None:
        from rmdesk.services.restore import preview_backup, restore_backup
        from rmdesk.ui.vault.restore_dialog import RestoreDialog

        if self.window.vault is None:
            return
        paths = self.window.context.paths
        kdf = self.window.context.kdf
        open_vault = self.window.context.open_vault
        folders = [self.preferences().folder, paths.backups]

        def preview(path: Path, secret: bytearray) -> BackupContents:
            return preview_backup(paths, path, secret, kdf=kdf)

        def restore(path: Path, secret: bytearray, progress: Progress) -> tuple[Vault, Path]:
            progress(0, 3)
            copy = bytearray(secret)
            try:
                rollback = restore_backup(paths, path, copy, kdf=kdf)
            finally:
                wipe(copy)
            progress(2, 3)
            vault = open_vault(paths.vault, bytearray(secret))
            progress(3, 3)
            return vault, rollback

        dialog = RestoreDialog(self.jobs, folders, preview, restore, self.window)
        dialog.restored.connect(lambda vault, _rollback: self._adopt_restored(vault))
        self._open(dialog)

    def _adopt_restored(self, vault: Vault) -> None:
        if self.window.vault is None:
            # The window locked while the restore ran: it stays locked; the restored vault
            # opens from the unlock page with the backup's passphrase.
            vault.close()
            return
        self.window.replace_vault(vault)

    def edit_preferences(self) -> None:
        from rmdesk.ui.vault.preferences import PreferencesDialog

        settings = self.window.context.settings
        dialog = PreferencesDialog(self.preferences(), self.window, settings.language)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            chosen = dialog.preferences()
            settings.set_language(dialog.chosen_language())
            settings.set_text(keys.BACKUP_AUTOMATIC, "on" if chosen.automatic else "off")
            settings.set_text(keys.BACKUP_FOLDER, str(chosen.folder))
            settings.set_text(keys.BACKUP_KEEP, str(chosen.keep))
            settings.sync()
        dialog.deleteLater()
