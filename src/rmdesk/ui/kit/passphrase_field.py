"""A passphrase field: hidden, never copied, no undo history, never read aloud."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from rmdesk.store.kdf import passphrase_bytes

_BLOCKED_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
)


class PassphraseField(QLineEdit):
    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        # Screen readers announce a password edit and do not speak its characters.
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _BLOCKED_KEYS)
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in _BLOCKED_KEYS):
            event.accept()
            return
        super().keyPressEvent(event)

    def take_passphrase(self) -> bytearray:
        """The typed passphrase as NFC UTF-8 bytes; the field is emptied with its history."""
        secret = passphrase_bytes(self.text())
        self.wipe()
        return secret

    def wipe(self) -> None:
        # setText (unlike clear) also drops the undo/redo history.
        self.setText("")
