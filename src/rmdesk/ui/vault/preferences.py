"""Vault ▸ Preferences…: automatic backups on or off, their folder and how many to keep; the
interface language (applied when rmdesk next starts: every window is built in one language)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rmdesk.services.backup import DEFAULT_WEEKS
from rmdesk.ui.kit.forms import name_buttons
from rmdesk.ui.kit.ui_language import LANGUAGE_NAMES, SYSTEM_DEFAULT

MAX_KEEP = 100


@dataclass(frozen=True, slots=True)
class BackupPreferences:
    automatic: bool
    folder: Path
    keep: int


class PreferencesDialog(QDialog):
    def __init__(
        self,
        current: BackupPreferences,
        parent: QWidget | None = None,
        language: str = SYSTEM_DEFAULT,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        self.automatic = QCheckBox(
            self.tr("Back up &automatically when I lock or quit after making changes"), self
        )
        self.automatic.setAccessibleName(self.tr("Automatic backups"))
        self.automatic.setChecked(current.automatic)
        layout.addWidget(self.automatic)
        fields = QFormLayout()
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit(str(current.folder), folder_row)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), folder_row)
        self.choose_button.setAccessibleName(self.tr("Choose the backup folder"))
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        label = QLabel(self.tr("Backup &folder:"), self)
        label.setBuddy(self.folder)
        fields.addRow(label, folder_row)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(current.keep)
        self.keep.setAccessibleName(self.tr("Number of recent backups to keep"))
        keep_label = QLabel(self.tr("&Keep the newest:"), self)
        keep_label.setBuddy(self.keep)
        fields.addRow(keep_label, self.keep)
        self._add_language(fields, language)
        layout.addLayout(fields)
        layout.addWidget(self.language_note)
        note = QLabel(
            self.tr(
                "Backups are encrypted with the vault's passphrase and checked before they are "
                "kept. Besides the newest ones, the newest backup of each of the last {0} weeks "
                "is kept too. rmdesk never fills the disk: when space runs low it stops and "
                "says so."
            ).format(DEFAULT_WEEKS),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choose_button.clicked.connect(self._choose)
        self.automatic.toggled.connect(self._update)
        self._update()
        # Wide enough for the note to read well, and never narrower than a translated line.
        self.setMinimumWidth(max(560, layout.minimumSize().width()))

    def _add_language(self, fields: QFormLayout, choice: str) -> None:
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("System default"), SYSTEM_DEFAULT)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(choice)))
        self._initial_language = self.language.currentData()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        fields.addRow(label, self.language)
        self.language_note = QLabel(
            self.tr("The new language is used the next time rmdesk starts."), self
        )
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language.currentIndexChanged.connect(
            lambda _index: self.language_note.setVisible(
                self.language.currentData() != self._initial_language
            )
        )

    def chosen_language(self) -> str:
        """ "" (follow the system) or a language code from LANGUAGE_NAMES."""
        value = self.language.currentData()
        return value if isinstance(value, str) else SYSTEM_DEFAULT

    def _update(self) -> None:
        on = self.automatic.isChecked()
        for widget in (self.folder, self.choose_button, self.keep):
            widget.setEnabled(on)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        text = self.folder.text().strip()
        folder = Path(text).expanduser() if text else None
        if folder is None or not folder.is_absolute() or (folder.exists() and not folder.is_dir()):
            self.error.setText(self.tr("Choose a folder (a full path) for the backups."))
            self.error.show()
            return
        super().accept()

    def preferences(self) -> BackupPreferences:
        return BackupPreferences(
            automatic=self.automatic.isChecked(),
            folder=Path(self.folder.text().strip()).expanduser(),
            keep=self.keep.value(),
        )
