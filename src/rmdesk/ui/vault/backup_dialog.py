"""Vault ▸ Back up now…: a verified, encrypted copy in a file the user picks."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from rmdesk.paths import create_missing_dirs
from rmdesk.services import backup as backups
from rmdesk.services.progress import Progress
from rmdesk.services.rotation import next_backup_path
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.path_field import PathField
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.operation_dialog import OperationDialog


class BackupDialog(OperationDialog):
    def __init__(
        self, jobs: VaultJobs, vault: Vault, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(jobs, parent)
        self.set_texts(self.tr("Back up the vault"), self.tr("&Back up"))
        self.setObjectName("backupDialog")
        self.vault = vault
        self._suggested_folder = folder
        intro = QLabel(
            self.tr(
                "The backup is encrypted with the vault's passphrase. It is checked after "
                "writing, and only a complete, checked copy gets the name below."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        fields = QFormLayout()
        self.target = PathField(
            self.tr("Backup file"), saving=True, name_filter=self.tr("Vault backups (*.rmdesk)")
        )
        self.target.set_path(next_backup_path(folder))
        label = QLabel(self.tr("Backup &file:"), self)
        label.setBuddy(self.target.edit)
        fields.addRow(label, self.target)
        self.form.addLayout(fields)
        self.go_button.clicked.connect(self.start)

    def start(self) -> None:
        target = self.target.path()
        if target is None:
            self.show_result(self.tr("Choose where to write the backup."))
            return
        if not target.parent.is_dir() and target.parent == self._suggested_folder:
            # The folder rmdesk proposed (its backups folder, first used now): made, 0700.
            with contextlib.suppress(OSError):
                create_missing_dirs(target.parent)
        if not target.parent.is_dir():
            self.show_result(self.tr("That folder does not exist: {0}").format(target.parent))
            return
        vault = self.vault

        def work(progress: Progress) -> Path:
            return backups.backup_to_file(vault, target, progress=progress)

        self.run(work, vault)

    def succeeded(self, result: object) -> str:
        return self.tr("Backup written and verified: {0}").format(result)

    def failed(self, error: BaseException) -> str | None:
        text = super().failed(error)
        return None if text is None else self.tr("The backup was NOT written.") + "\n" + text
