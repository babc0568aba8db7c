"""Vault ▸ Restore from a backup…: the backups there are, what one holds (after unlocking it
with its passphrase), then a restore that keeps the current vault as a rollback copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from rmdesk.services.backup import BackupFile, list_backups
from rmdesk.services.progress import Progress
from rmdesk.services.restore import BackupContents
from rmdesk.store.kdf import passphrase_bytes, wipe
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.dates import day_and_clock_text
from rmdesk.ui.kit.empty_state import EmptyState, EmptySwitch
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.operation_dialog import OperationDialog

Preview = Callable[[Path, bytearray], BackupContents]
Restore = Callable[[Path, bytearray, Progress], tuple[Vault, Path]]


class RestoreDialog(OperationDialog):
    restored = Signal(object, object)  # the reopened Vault, the rollback copy's Path

    def __init__(
        self,
        jobs: VaultJobs,
        folders: list[Path],
        preview: Preview,
        restore: Restore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, parent)
        self.setObjectName("restoreDialog")
        self.set_texts(self.tr("Restore from a backup"), self.tr("&Show what it holds"))
        self.setMinimumWidth(680)
        self._preview, self._restore = preview, restore
        self._previewed: Path | None = None
        self._mode = ""
        intro = QLabel(
            self.tr(
                "Choose a backup, type ITS passphrase (the one the vault had when the backup "
                "was made) and look at what it holds. Restoring keeps the current vault as a "
                "rollback copy in the data folder's backups."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Size"), self.tr("Verified")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(200)
        self.table_switch = EmptySwitch(
            self.table,
            EmptyState(
                self.tr("No backups found"),
                self.tr(
                    "Backups made with Vault > Back up now… (and automatic ones) are listed here. "
                    "A backup kept elsewhere, on a USB stick for instance, can be chosen as "
                    "a file."
                ),
                self.tr("Choose a backup file…"),
                self._choose_other,
            ),
            self,
        )
        self.form.addWidget(self.table_switch)
        self.other_button = QPushButton(self.tr("&Other file…"), self)
        self.other_button.setAccessibleName(self.tr("Choose another backup file"))
        self.form.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        fields = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase of the backup"), self)
        label = QLabel(self.tr("&Passphrase of the backup:"), self)
        label.setBuddy(self.passphrase)
        fields.addRow(label, self.passphrase)
        self.form.addLayout(fields)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("restorePreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setAccessibleName(self.tr("What the backup holds"))
        self.form.addWidget(self.preview_label)
        self.restore_button = QPushButton(self.tr("&Restore this backup"), self)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.buttons.addButton(self.restore_button, self.buttons.ButtonRole.ActionRole)
        self.files: list[BackupFile] = []
        for backup in list_backups(folders):
            self.add_file(backup)
        if self.files:
            self.table.selectRow(0)
        self.table_switch.set_empty(not self.files)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.passphrase.textChanged.connect(self._update)
        self.other_button.clicked.connect(self._choose_other)
        self.go_button.clicked.connect(self.start_preview)
        self.restore_button.clicked.connect(self.start_restore)
        self._update()

    # -- the list ------------------------------------------------------------------------
    def add_file(self, backup: BackupFile) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        locale = QLocale()
        cells = (
            day_and_clock_text(backup.made.astimezone()) + "  ·  " + backup.path.name,
            locale.formattedDataSize(backup.size),
            self.tr("yes, when written") if backup.verified else self.tr("not yet"),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(backup.path))
            self.table.setItem(row, column, item)
        self.files.append(backup)
        self.table_switch.set_empty(False)

    def _choose_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("Vault backups (*.rmdesk)")
        )
        if chosen:
            self.add_other(Path(chosen))

    def add_other(self, path: Path) -> None:
        from datetime import UTC, datetime

        stat = path.stat()
        self.add_file(
            BackupFile(
                path=path,
                made=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
                size=stat.st_size,
                verified=False,
            )
        )
        self.table.selectRow(self.table.rowCount() - 1)

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self._previewed = None
        self.preview_label.clear()
        self.result_label.hide()
        self._update()

    def _update(self) -> None:
        idle = not self.running
        chosen = self.selected()
        self.go_button.setEnabled(idle and chosen is not None and bool(self.passphrase.text()))
        self.restore_button.setEnabled(
            idle and chosen is not None and self._previewed == chosen.path
        )

    def set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.other_button.setEnabled(not busy)
        self._update()

    # -- preview and restore -------------------------------------------------------------
    def start_preview(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.passphrase.text() or self.running:
            return
        self._mode, self._previewed = "preview", None
        secret = passphrase_bytes(self.passphrase.text())
        preview, path = self._preview, chosen.path

        def work(progress: Progress) -> BackupContents:
            progress(0, 1)
            try:
                return preview(path, secret)
            finally:
                wipe(secret)

        self.run(work, None)

    def start_restore(self) -> None:
        chosen = self.selected()
        if chosen is None or self._previewed != chosen.path or self.running:
            return
        self._mode = "restore"
        secret = self.passphrase.take_passphrase()
        restore, path = self._restore, chosen.path

        def work(progress: Progress) -> tuple[Vault, Path]:
            try:
                return restore(path, secret, progress)
            finally:
                wipe(secret)

        self.run(work, None)

    def succeeded(self, result: object) -> str:
        if self._mode == "preview":
            assert isinstance(result, BackupContents)
            chosen = self.selected()
            if result.checks_passed and chosen is not None:
                self._previewed = chosen.path
                cell = self.table.item(self.files.index(chosen), 2)
                if cell is not None:
                    cell.setText(self.tr("yes, checked now"))
            self.preview_label.setText(self.describe(result))
            self._update()
            return (
                self.tr("Both integrity checks passed. Restore replaces the current vault.")
                if result.checks_passed
                else self.tr("This backup FAILED its integrity checks; it cannot be restored.")
            )
        assert isinstance(result, tuple)
        vault, rollback = result
        self.restored.emit(vault, rollback)
        self._previewed = None
        self._update()
        text = self.tr("Restored. The vault now holds what the backup held.")
        if rollback != Path():
            text += "\n" + self.tr("The previous vault was kept as {0}").format(rollback)
        return text

    def describe(self, contents: BackupContents) -> str:
        counts = contents.counts
        return "\n".join(
            [
                self.tr("This backup holds:"),
                self.tr("Relationships: {0}").format(counts.get("relationship", 0)),
                self.tr("Meetings: {0}").format(counts.get("meeting", 0)),
                self.tr("Reflections: {0}").format(counts.get("reflection", 0)),
            ]
        )

    def failed(self, error: BaseException) -> str | None:
        text = super().failed(error)
        if text is None:
            return None
        if self._mode == "restore":
            return self.tr("NOT restored; the current vault is unchanged.") + "\n" + text
        return text
