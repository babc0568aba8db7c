"""Vault ▸ Change passphrase…: trusted only after the vault reopens with the new one and no
longer with the old one (the store checks both); afterwards, a word about older backups."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QWidget

from rmdesk.domain import strength
from rmdesk.services.passphrase import change_passphrase
from rmdesk.services.progress import Progress
from rmdesk.store.errors import PassphraseNotChangedError, VaultError
from rmdesk.store.kdf import KdfParams, wipe
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.strength_meter import StrengthMeter
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.operation_dialog import OperationDialog, error_words


class PassphraseChangeDialog(OperationDialog):
    backup_requested = Signal()

    def __init__(
        self,
        jobs: VaultJobs,
        vault: Vault,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, parent)
        self.setObjectName("passphraseChangeDialog")
        self.set_texts(self.tr("Change the passphrase"), self.tr("C&hange passphrase"))
        self.vault = vault
        self.kdf = kdf
        fields = QFormLayout()
        self.current = PassphraseField(self.tr("Current passphrase"), self)
        self.new = PassphraseField(self.tr("New passphrase"), self)
        self.again = PassphraseField(self.tr("Repeat the new passphrase"), self)
        self.meter = StrengthMeter(self)
        for text, field in (
            (self.tr("C&urrent passphrase:"), self.current),
            (self.tr("&New passphrase:"), self.new),
            (self.tr("&Repeat it:"), self.again),
            (self.tr("Strength:"), self.meter),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            fields.addRow(label, field)
        self.form.addLayout(fields)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Passphrase strength verdict"))
        self.form.addWidget(self.verdict)
        self.backup_button = QPushButton(self.tr("&Back up now with the new passphrase"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now with the new passphrase"))
        self.backup_button.clicked.connect(self._backup)
        self.buttons.addButton(self.backup_button, self.buttons.ButtonRole.ActionRole)
        # After addButton, which shows it: offered only once the passphrase has changed.
        self.backup_button.hide()
        self.backup_button.setAutoDefault(False)
        self.changed = False
        self.backup_wanted = False
        for field in (self.current, self.new, self.again):
            field.textChanged.connect(self._update)
        self.go_button.clicked.connect(self.start)
        self._update()

    def _problem(self) -> str:
        text = self.new.text()
        if not self.current.text():
            return self.tr("Type the current passphrase.")
        if not text:
            return self.tr("Choose a new passphrase: four or more unrelated words work well.")
        if not strength.is_acceptable(text):
            return self.tr("This passphrase is too weak to protect the vault.")
        if text == self.current.text():
            return self.tr("The new passphrase is the same as the current one.")
        if text != self.again.text():
            return self.tr("Type the new passphrase again to confirm it.")
        return ""

    def _update(self) -> None:
        verdict = self.meter.show_for(self.new.text())
        problem = self._problem()
        self.verdict.setText(f"{verdict}\n{problem}".strip())
        self.go_button.setEnabled(not problem and not self.running and not self.changed)

    def set_busy(self, busy: bool) -> None:
        for field in (self.current, self.new, self.again):
            field.setEnabled(not busy and not self.changed)
        self._update()

    def start(self) -> None:
        if self._problem() or self.running:
            return
        old = self.current.take_passphrase()
        new = self.new.take_passphrase()
        self.again.wipe()
        vault, kdf = self.vault, self.kdf

        def work(progress: Progress) -> None:
            progress(0, 1)
            try:
                change_passphrase(vault, old, new, kdf=kdf)
            finally:
                wipe(old)
                wipe(new)
            progress(1, 1)

        self.run(work, vault)

    def succeeded(self, result: object) -> str:
        self.changed = True
        self.backup_button.show()
        self.set_busy(False)
        return self.tr(
            "Passphrase changed. The vault was reopened with the new passphrase, and the old "
            "one no longer opens it.\n\nBackups made before now still open only with the OLD "
            "passphrase. Make a fresh backup now so that one opens with the new passphrase."
        )

    def failed(self, error: BaseException) -> str | None:
        if isinstance(error, PassphraseNotChangedError):
            headline, advice = describe(error)
            return f"{headline}\n{advice}"
        if isinstance(error, VaultError):
            return self.tr("Passphrase NOT changed.") + "\n" + error_words(error)
        return None

    def _backup(self) -> None:
        self.backup_wanted = True
        self.backup_requested.emit()
