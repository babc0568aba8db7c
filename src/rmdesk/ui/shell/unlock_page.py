"""The unlock screen: a passphrase, a busy state while the key is derived, plain errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.store.errors import VaultError
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.worker import BackgroundCall, call_with_secret, finish_and_release
from rmdesk.ui.kit.wrapped_label import WrappedLabel
from rmdesk.ui.shell.preload import warm_up_store

if TYPE_CHECKING:
    from rmdesk.store.vault import Vault

OpenVault = Callable[[Path, bytearray], "Vault"]


def centered_column(page: QWidget, width: int = 460) -> QVBoxLayout:
    """A fixed-width column in the middle of ``page`` (the shape of both entry screens)."""
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    column = QWidget(page)
    # A fixed width lets word-wrapped labels compute their height correctly.
    column.setFixedWidth(width)
    inner = QVBoxLayout(column)
    inner.setSpacing(12)
    outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    return inner


def heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_label(parent: QWidget) -> QLabel:
    label = WrappedLabel("", parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open Vault

    def __init__(self, vault_path: Path, open_vault: OpenVault, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._vault_path = vault_path
        self._open_vault = open_vault
        self._call: BackgroundCall | None = None

        column = centered_column(self)
        column.addWidget(heading(self.tr("Unlock your vault"), self))
        self.reason_label = message_label(self)
        self.reason_label.setObjectName("lockReason")
        self.reason_label.hide()
        column.addWidget(self.reason_label)

        form = QFormLayout()
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        column.addLayout(form)

        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        column.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Opening the vault"))
        self.busy.hide()
        column.addWidget(self.busy)

        self.error_label = message_label(self)
        self.error_label.setObjectName("unlockError")
        bold = self.error_label.font()
        bold.setBold(True)
        self.error_label.setFont(bold)
        self.error_label.setAccessibleName(self.tr("Unlock problem"))
        self.error_label.hide()
        column.addWidget(self.error_label)

        hint = message_label(self)
        hint.setText(
            self.tr(
                "The passphrase is never stored. rmdesk cannot recover it, and neither can "
                "anyone else."
            )
        )
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(hint)

        self.unlock_button.clicked.connect(self.attempt_unlock)
        self.passphrase.returnPressed.connect(self.attempt_unlock)
        self.passphrase.textEdited.connect(lambda _text: warm_up_store())

    def show_reason(self, reason: str) -> None:
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def is_busy(self) -> bool:
        return self._call is not None

    def attempt_unlock(self) -> None:
        if self._call is not None:
            return
        if not self.passphrase.text():
            self._show_error(self.tr("Type your passphrase first."), "")
            return
        path, opener = self._vault_path, self._open_vault
        self._set_busy(True)
        self._call = call_with_secret(
            lambda secret: opener(path, secret), self.passphrase.take_passphrase(), self
        )
        self._call.succeeded.connect(self._on_opened)
        self._call.failed.connect(self._on_failed)
        self._call.start()

    def shutdown(self) -> None:
        """The window is closing: finish a key derivation in flight and release its vault."""
        call, self._call = self._call, None
        if call is not None:
            finish_and_release(call)

    def cancel(self, reason: str) -> None:
        """The computer is being locked mid-unlock: the vault being opened is closed again
        (after the key derivation, which cannot be interrupted), and the page says why."""
        self.shutdown()
        self._set_busy(False)
        self.show_reason(reason)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.error_label.hide()

    def _finish_call(self) -> None:
        if self._call is not None:
            self._call.deleteLater()
            self._call = None
        self._set_busy(False)

    def _on_opened(self, vault: object) -> None:
        self._finish_call()
        self.error_label.hide()
        self.reason_label.hide()
        self.unlocked.emit(vault)

    def _on_failed(self, exc: object) -> None:
        self._finish_call()
        if not isinstance(exc, VaultError):
            raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        headline, advice = describe(exc)
        self._show_error(headline, advice)
        self.focus_passphrase()

    def show_problem(self, headline: str, advice: str) -> None:
        """Say what went wrong (opening failed, or the last save before a lock)."""
        self._show_error(headline, advice)

    def _show_error(self, headline: str, advice: str) -> None:
        self.error_label.setText(f"{headline}\n{advice}".strip())
        self.error_label.show()
