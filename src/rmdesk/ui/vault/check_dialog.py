"""Vault ▸ Check the vault: both integrity checks and the engine self-check, as the CLI runs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from rmdesk.services.check import check_vault, report_lines
from rmdesk.services.progress import Progress
from rmdesk.store.vault import Vault, VerifyReport
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.operation_dialog import OperationDialog


class CheckDialog(OperationDialog):
    def __init__(self, jobs: VaultJobs, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(jobs, parent)
        self.setObjectName("checkDialog")
        self.set_texts(self.tr("Check the vault"), self.tr("&Check again"))
        self.vault = vault
        intro = QLabel(
            self.tr(
                "Reads every page of the vault and checks that it decrypts and fits together. "
                "Nothing is changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.go_button.clicked.connect(self.start)

    def start(self) -> None:
        vault = self.vault

        def work(progress: Progress) -> VerifyReport:
            return check_vault(vault, progress=progress)

        self.run(work, vault)

    def succeeded(self, result: object) -> str:
        assert isinstance(result, VerifyReport)
        verdict = (
            self.tr("All checks passed.")
            if result.ok
            else self.tr(
                "A check FAILED. Your data may be damaged: make no big changes, restore a "
                "recent backup (Vault ▸ Restore from a backup…) or keep the file and ask for help."
            )
        )
        return "\n".join([verdict, "", *report_lines(result)])
