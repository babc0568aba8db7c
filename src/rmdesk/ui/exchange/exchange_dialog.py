"""The frame the exchange dialogs share: fields, a progress bar while the work runs off the UI
thread, a result in plain words, and buttons. The work runs as one of the window's vault jobs
(handed in as ``start_job``), so locking waits for it before the vault closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.services.progress import Progress
from rmdesk.store.errors import VaultError
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.forms import name_buttons

PROGRESS_STEPS = 1000
Work = Callable[[Progress], Any]


class JobLike(Protocol):
    progressed: Any  # Signal(int, int)
    succeeded: Any  # Signal(object)
    failed: Any  # Signal(object)


StartJob = Callable[[Work, Vault | None], JobLike]


def error_words(error: VaultError) -> str:
    headline, advice = describe(error)
    return "\n".join(line for line in (headline, advice) if line)


class ExchangeDialog(QDialog):
    """Subclasses fill ``self.form``, list their fields in ``self.inputs``, add their buttons,
    and call :meth:`run`.

    While the work runs the dialog cannot be closed by the user (it would lose the result and
    keep the decrypted pack alive); a lock or the panic key still closes it (``QDialog.done``).
    Work that ends after such a close shows nothing, starts nothing more, drops what it
    produced (:meth:`forget`: a decrypted pack), and says so through :attr:`ended_after_close`
    so the window can refresh. The emptied dialog itself stays with the window until it
    closes: deleting it from its own job's slot crashed Qt (a posted event to a deleted
    child)."""

    ended_after_close = Signal()

    def __init__(self, start_job: StartJob, vault: Vault, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(600)
        self.start_job = start_job
        self.vault = vault
        self.job: JobLike | None = None
        self.inputs: list[QWidget] = []
        self._closed = False
        self.finished.connect(self._note_closed)
        self._on_done: Callable[[object], str] | None = None
        layout = QVBoxLayout(self)
        self.form = QVBoxLayout()
        layout.addLayout(self.form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exchangeResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        name_buttons(self.buttons)
        return button

    @property
    def running(self) -> bool:
        return self.job is not None

    def reject(self) -> None:
        if self.running:
            return  # Close, Esc and the title bar wait for the work (a lock does not)
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        # Names come from the vault and from the other person's file: never as rich text.
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        super().showEvent(event)

    def _note_closed(self, _code: int) -> None:
        self._closed = True

    def run(self, work: Work, done: Callable[[object], str]) -> None:
        """Run ``work`` off the UI thread; ``done(result)`` gives the words shown after."""
        if self.job is not None or self._closed:
            return
        self._on_done = done
        self.result_label.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.grow_later()
        self.set_busy(True)
        self.job = self.start_job(work, self.vault)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(PROGRESS_STEPS if total <= 0 else PROGRESS_STEPS * done // total)

    def _ended_closed(self) -> bool:
        """After a close by a lock or the panic key: drop what the work left, tell the menu."""
        if not self._closed:
            return False
        self.forget()
        # The lock or panic key wiped this dialog with its signals blocked (nothing may react
        # to the emptied fields); this one signal must still reach the menu.
        blocked = self.blockSignals(False)
        self.ended_after_close.emit()
        self.blockSignals(blocked)
        return True

    def _on_succeeded(self, result: object) -> None:
        self.job = None
        if self._ended_closed():
            return
        self.progress.setValue(PROGRESS_STEPS)
        self.set_busy(False)
        if self._on_done is not None:
            self.show_result(self._on_done(result))

    def _on_failed(self, error: object) -> None:
        self.job = None
        if self._ended_closed():
            return
        self.set_busy(False)
        self.progress.hide()
        if not isinstance(error, VaultError):
            raise error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.show_result(error_words(error))
        self.failed(error)

    def show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()
        self.grow_later()

    def grow_later(self) -> None:
        """Once the new text is laid out, grow to show it all (a dialog that is already
        showing keeps its size otherwise, and Qt squeezes its rows)."""
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        width = max(self.width(), self.minimumSizeHint().width())
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        if needed > self.height() or width > self.width():
            size_within_window(self, width, max(needed, self.height()))

    # -- for subclasses ------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        """Buttons and fields wait for the work: a field changed meanwhile would make its
        result answer a question nobody asks any more."""
        for button in self.buttons.buttons():
            role = self.buttons.buttonRole(button)
            if (
                role == QDialogButtonBox.ButtonRole.ActionRole
                or role == QDialogButtonBox.ButtonRole.RejectRole
            ):
                button.setEnabled(not busy)
        for field in self.inputs:
            field.setEnabled(not busy)

    def forget(self) -> None:
        """Drop what the work produced (subclasses: decrypted packs, outcomes)."""

    def failed(self, error: VaultError) -> None:
        """After a failure has been shown (subclasses reset what depended on the work)."""
