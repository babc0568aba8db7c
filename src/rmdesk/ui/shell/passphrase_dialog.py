"""Ask for the passphrase again (to leave shared-screen mode), checked off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.kit.dialog_fit import keep_title_whole
from rmdesk.ui.kit.forms import name_buttons
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.worker import BackgroundCall, call_with_secret

PassphraseCheck = Callable[[bytearray], bool]


class PassphraseDialog(QDialog):
    def __init__(self, prompt: str, check: PassphraseCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase needed"))
        keep_title_whole(self)  # a translated title is longer
        self._check = check
        self._call: BackgroundCall | None = None
        layout = QVBoxLayout(self)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(text)
        form = QFormLayout()
        self.field = PassphraseField(self.tr("Passphrase"), self)
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.field)
        form.addRow(label, self.field)
        layout.addLayout(form)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking the passphrase"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._verify)
        self.buttons.rejected.connect(self.reject)

    def _verify(self) -> None:
        if self._call is not None:
            return
        self.busy.show()
        self.buttons.setEnabled(False)
        self._call = call_with_secret(self._check, self.field.take_passphrase(), self)
        self._call.succeeded.connect(self._on_result)
        self._call.failed.connect(self._on_failed)
        self._call.start()

    def _end_call(self) -> None:
        if self._call is not None:
            self._call.deleteLater()
            self._call = None
        self.busy.hide()
        self.buttons.setEnabled(True)

    def _on_result(self, ok: object) -> None:
        self._end_call()
        if ok is True:
            self.accept()
            return
        self.error.setText(self.tr("That passphrase is not right. Shared-screen mode stays on."))
        self.error.show()
        self._grow()
        self.field.setFocus()

    def _grow(self) -> None:
        """Taller, never narrower, to show every wrapped line (a shown dialog keeps its size
        and Qt would squeeze the labels)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        self.resize(self.width(), max(self.height(), needed, self.sizeHint().height()))

    def _on_failed(self, exc: object) -> None:
        self._end_call()
        raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))

    def reject(self) -> None:
        call, self._call = self._call, None
        if call is not None:
            # The check is mid-flight on another thread: wait for it (under a second), so
            # the thread never outlives this dialog.
            call.finish_now()
            call.deleteLater()
            self.busy.hide()
            self.buttons.setEnabled(True)
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, prompt: str, check: PassphraseCheck) -> bool:
        dialog = cls(prompt, check, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
