"""Vault ▸ Merge another copy…: another copy of this vault (a laptop's and a desktop's, or a
sync tool's conflict copy) merged in with the same engine as packs, private parts included,
all or nothing, off the UI thread. The other copy is only read, never changed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from rmdesk.services import exchange
from rmdesk.services.progress import Progress
from rmdesk.store.errors import VaultError
from rmdesk.store.kdf import KdfParams, passphrase_bytes, wipe
from rmdesk.store.sync.copies import CopyMergeResult, merge_copy
from rmdesk.store.vault import Vault
from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog, StartJob
from rmdesk.ui.exchange.exchange_text import describe
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.path_field import PathField


class MergeCopyDialog(ExchangeDialog):
    def __init__(
        self,
        start_job: StartJob,
        vault: Vault,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(start_job, vault, parent)
        self.kdf = kdf
        self.setObjectName("mergeCopyDialog")
        self.setWindowTitle(self.tr("Merge another copy"))
        self.outcome: CopyMergeResult | None = None
        self._looked = False
        intro = QLabel(
            self.tr(
                "Brings what another copy of this vault holds into this one: a copy from "
                "your other computer, or a conflict copy your sync tool left. Rows changed "
                "in only one copy take that copy's version; rows changed in both are shown "
                "to you to settle. The other copy is only read, never changed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        fields = QFormLayout()
        self.source = PathField(
            self.tr("Other copy"),
            saving=False,
            name_filter=self.tr("rmdesk vaults (*.rmdesk *.db);;All files (*)"),
            parent=self,
        )
        label = QLabel(self.tr("&Other copy:"), self)
        label.setBuddy(self.source.edit)
        fields.addRow(label, self.source)
        self.secret = PassphraseField(self.tr("The other copy's passphrase"), self)
        label = QLabel(self.tr("Its &passphrase:"), self)
        label.setBuddy(self.secret)
        fields.addRow(label, self.secret)
        self.form.addLayout(fields)
        self.check_button = self.add_button(self.tr("&Look first"))
        self.check_button.setDefault(True)
        self.merge_button = self.add_button(self.tr("&Merge"))
        self.merge_button.setEnabled(False)
        self.check_button.clicked.connect(lambda: self.start(preview=True))
        self.merge_button.clicked.connect(lambda: self.start(preview=False))
        self.source.edit.textChanged.connect(self._forget)
        self.secret.textChanged.connect(self._forget)
        self.inputs += [self.source, self.secret]

    def forget(self) -> None:
        self.outcome = None

    def _forget(self) -> None:
        self._looked = False
        self.merge_button.setEnabled(False)

    def start(self, *, preview: bool) -> None:
        other = self.source.path()
        if other is None:
            self.show_result(self.tr("Choose the other copy."))
            return
        if not self.secret.text():
            self.show_result(self.tr("Type the other copy's passphrase."))
            return
        db, path, kdf = self.vault.db, self.vault.path, self.kdf
        secret = passphrase_bytes(self.secret.text())

        def work(progress: Progress) -> CopyMergeResult:
            progress(0, 1)
            try:
                if preview:
                    return exchange.preview_copy(db, path, other, secret, kdf)
                return merge_copy(db, path, other, secret, kdf=kdf)
            finally:
                wipe(secret)

        self.run(work, self._previewed if preview else self._merged)

    def _previewed(self, result: object) -> str:
        assert isinstance(result, CopyMergeResult)
        self._looked = True
        self.merge_button.setEnabled(True)
        self.merge_button.setDefault(True)
        return self.tr("Merging would bring: {0}.").format(describe(result.summary))

    def _merged(self, result: object) -> str:
        assert isinstance(result, CopyMergeResult)
        self.outcome = result
        self.merge_button.setEnabled(False)
        self.check_button.setEnabled(False)
        text = self.tr("Merged: {0}.").format(describe(result.summary))
        if result.summary.conflict_count:
            text += "\n" + self.tr(
                "Choose which version to keep in Relationship > Resolve differences (nothing is "
                "lost meanwhile)."
            )
        return text

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy and (not self._looked or self.outcome is not None):
            self.merge_button.setEnabled(False)
        if not busy and self.outcome is not None:
            self.check_button.setEnabled(False)

    def failed(self, error: VaultError) -> None:
        self._forget()
