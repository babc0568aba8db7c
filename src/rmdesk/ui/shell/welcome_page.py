"""First run: what rmdesk keeps and how, and creating the vault with a strong passphrase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QProgressBar, QPushButton, QWidget

from rmdesk.domain import strength
from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.strength_meter import StrengthMeter
from rmdesk.ui.kit.worker import BackgroundCall, call_with_secret, finish_and_release
from rmdesk.ui.shell.unlock_page import centered_column, heading, message_label

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault

CreateVault = Callable[[Path, bytearray], "Vault"]


class WelcomePage(QWidget):
    created = Signal(object)  # the new, open Vault

    def __init__(
        self, vault_path: Path, create_vault: CreateVault, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self._vault_path = vault_path
        self._create_vault = create_vault
        self._call: BackgroundCall | None = None

        column = centered_column(self, width=520)
        column.addWidget(heading(self.tr("Welcome to rmdesk"), self))
        intro = message_label(self)
        intro.setText(
            self.tr(
                "rmdesk keeps your reverse-mentoring relationship (goals, agreement, meetings, "
                "actions and your private reflections) in one encrypted file on this computer; "
                "nothing is sent anywhere. The file opens only with the passphrase you choose "
                "now, which is never stored and cannot be recovered if you forget it."
            )
        )
        column.addWidget(intro)

        form = QFormLayout()
        self.passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.confirmation = PassphraseField(self.tr("Repeat the passphrase"), self)
        first = QLabel(self.tr("&New passphrase:"), self)
        first.setBuddy(self.passphrase)
        second = QLabel(self.tr("&Repeat it:"), self)
        second.setBuddy(self.confirmation)
        form.addRow(first, self.passphrase)
        form.addRow(second, self.confirmation)
        column.addLayout(form)

        self.meter = StrengthMeter(self)
        strength_label = QLabel(self.tr("Strength:"), self)
        strength_label.setBuddy(self.meter)
        form.addRow(strength_label, self.meter)
        self.verdict = message_label(self)
        self.verdict.setObjectName("strengthVerdict")
        self.verdict.setAccessibleName(self.tr("Passphrase strength verdict"))
        column.addWidget(self.verdict)

        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.create_button.setDefault(True)
        column.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.hide()
        column.addWidget(self.busy)

        self.error_label = message_label(self)
        self.error_label.setObjectName("createError")
        self.error_label.hide()
        column.addWidget(self.error_label)

        self.passphrase.textChanged.connect(self._update_state)
        self.confirmation.textChanged.connect(self._update_state)
        self.create_button.clicked.connect(self.attempt_create)
        self.confirmation.returnPressed.connect(self.attempt_create)
        self._update_state()

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem(self) -> str:
        """Why the passphrase cannot be used yet, or "" when it can."""
        text = self.passphrase.text()
        if not text:
            return self.tr("Choose a passphrase: four or more unrelated words work well.")
        if not strength.is_acceptable(text):
            return self.tr("This passphrase is too weak to protect the vault.")
        if not self.confirmation.text():
            return self.tr("Type the passphrase again to confirm it.")
        if text != self.confirmation.text():
            return self.tr("The two passphrases do not match.")
        return ""

    def _update_state(self) -> None:
        verdict = self.meter.show_for(self.passphrase.text())
        problem = self._problem()
        self.verdict.setText(f"{verdict}\n{problem}".strip())
        self.create_button.setEnabled(not problem and self._call is None)

    def attempt_create(self) -> None:
        if self._call is not None or self._problem():
            return
        path, create = self._vault_path, self._create_vault
        secret = self.passphrase.take_passphrase()
        self.confirmation.wipe()
        self._set_busy(True)
        self._call = call_with_secret(lambda words: create(path, words), secret, self)
        self._call.succeeded.connect(self._on_created)
        self._call.failed.connect(self._on_failed)
        self._call.start()

    def shutdown(self) -> None:
        """The window is closing: finish a key derivation in flight and release its vault."""
        call, self._call = self._call, None
        if call is not None:
            finish_and_release(call)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.confirmation.setEnabled(not busy)
        self.create_button.setEnabled(not busy)

    def _finish_call(self) -> None:
        if self._call is not None:
            self._call.deleteLater()
            self._call = None
        self._set_busy(False)
        self._update_state()

    def _on_created(self, vault: object) -> None:
        self._finish_call()
        self.created.emit(vault)

    def _on_failed(self, exc: object) -> None:
        self._finish_call()
        if not isinstance(exc, VaultError):
            raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        headline, advice = describe(exc)
        self.error_label.setText(f"{headline}\n{advice}".strip())
        self.error_label.show()
