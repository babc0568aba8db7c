"""The frame every Vault-menu dialog shares: a form, a determinate progress bar, a result in
plain words, and one button that starts the work (the window never waits for it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.store.errors import VaultError
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.error_text import describe
from rmdesk.ui.kit.forms import name_buttons
from rmdesk.ui.vault.jobs import Job, VaultJobs, Work

PROGRESS_STEPS = 1000


def error_words(error: VaultError) -> str:
    headline, advice = describe(error)
    problems = getattr(error, "problems", ())
    lines = [headline, *(str(p) for p in problems[:10]), advice]
    return "\n".join(line for line in lines if line)


class OperationDialog(QDialog):
    """Subclasses add their fields to ``self.form`` and call :meth:`run` from ``go_button``."""

    def __init__(self, jobs: VaultJobs, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.jobs = jobs
        self.job: Job | None = None
        self.outcome: object = None
        self.error: BaseException | None = None
        layout = QVBoxLayout(self)
        self.form = QVBoxLayout()
        layout.addLayout(self.form)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("operationResult")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.go_button = QPushButton(self)
        self.go_button.setDefault(True)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        name_buttons(self.buttons)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def set_texts(self, title: str, go_text: str) -> None:
        self.setWindowTitle(title)
        self.go_button.setText(go_text)
        self.go_button.setAccessibleName(go_text.replace("&", ""))

    # -- running -------------------------------------------------------------------------
    def run(self, work: Work, vault: Vault | None) -> None:
        if self.job is not None:
            return
        self.outcome, self.error = None, None
        self.result_label.hide()
        self.progress.setValue(0)
        self.progress.show()
        self.set_busy(True)
        self.job = self.jobs.start(work, vault)
        self.job.progressed.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)

    @property
    def running(self) -> bool:
        return self.job is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(PROGRESS_STEPS if total <= 0 else PROGRESS_STEPS * done // total)

    def _on_succeeded(self, result: object) -> None:
        self.job = None
        self.outcome = result
        self.progress.setValue(PROGRESS_STEPS)
        self.set_busy(False)
        self.show_result(self.succeeded(result))

    def _on_failed(self, error: object) -> None:
        self.job = None
        self.set_busy(False)
        self.progress.hide()
        if not isinstance(error, BaseException):
            raise RuntimeError(str(error))
        self.error = error
        text = self.failed(error)
        if text is None:
            raise error
        self.show_result(text)

    def show_result(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller, never narrower, when new text needs more lines at the dialog's width: a
        dialog keeps its size once shown, and Qt would squeeze the wrapped labels instead."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(width, needed)

    # -- for subclasses ------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.go_button.setEnabled(not busy)

    def succeeded(self, result: object) -> str:
        return self.tr("Done.")

    def failed(self, error: BaseException) -> str | None:
        """Plain words for ``error``; None re-raises it (a bug, not the environment)."""
        if isinstance(error, VaultError):
            return error_words(error)
        return None
