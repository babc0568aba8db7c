"""Relationship ▸ Open a pack…: the file, the words agreed on, a look at what would change,
then the pack taken in (all or nothing, off the UI thread), with the roles mirrored.

A person who set up her side by hand before the first pack arrived is asked whether the pack
belongs to that relationship (matched by the other person's name and the mirrored role) or to
a new one, so she does not end up with two relationships with the same person.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.services import exchange
from rmdesk.services.progress import Progress
from rmdesk.store.errors import VaultError
from rmdesk.store.kdf import passphrase_bytes, wipe
from rmdesk.store.sync.pack import ImportResult, Pack, read_pack
from rmdesk.store.vault import Vault
from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog, StartJob
from rmdesk.ui.exchange.exchange_text import describe, fingerprint_words
from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.passphrase_field import PassphraseField
from rmdesk.ui.kit.path_field import PathField


class OpenPackDialog(ExchangeDialog):
    def __init__(
        self, start_job: StartJob, vault: Vault, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(start_job, vault, parent)
        self.setObjectName("openPackDialog")
        self.setWindowTitle(self.tr("Open a pack"))
        self.pack: Pack | None = None
        self.matches: list[exchange.Match] = []
        self.outcome: ImportResult | None = None
        intro = QLabel(
            self.tr(
                "Takes in the pack the other person shared with you: their changes join "
                "yours, and what changed on both sides is shown to you to settle. You see "
                "what would change before anything is written."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        fields = QFormLayout()
        self.source = PathField(
            self.tr("Pack file"),
            saving=False,
            name_filter=self.tr("rmdesk packs (*.rmpack);;All files (*)"),
            parent=self,
        )
        self.source.edit.setPlaceholderText(str(folder / ("rmdesk-for-you" + exchange.PACK_SUFFIX)))
        label = QLabel(self.tr("&Pack file:"), self)
        label.setBuddy(self.source.edit)
        fields.addRow(label, self.source)
        self.words = PassphraseField(self.tr("Pack passphrase"), self)
        label = QLabel(self.tr("The &words you agreed on:"), self)
        label.setBuddy(self.words)
        fields.addRow(label, self.words)
        self.form.addLayout(fields)
        self.target_box = QWidget(self)
        self.target_box.setObjectName("packTarget")
        column = QVBoxLayout(self.target_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.target_question = QLabel(self.target_box)
        self.target_question.setWordWrap(True)
        column.addWidget(self.target_question)
        self.into_existing = QRadioButton(self.target_box)
        self.as_new = QRadioButton(self.tr("Keep it as a &new relationship"), self.target_box)
        self.target_group = QButtonGroup(self)
        for button in (self.into_existing, self.as_new):
            self.target_group.addButton(button)
            column.addWidget(button)
        self.target_box.hide()
        self.form.addWidget(self.target_box)
        self.check_button = self.add_button(self.tr("&Look first"))
        self.check_button.setDefault(True)
        self.take_button = self.add_button(self.tr("&Take it in"))
        self.take_button.setEnabled(False)
        self.check_button.clicked.connect(self.look)
        self.take_button.clicked.connect(self.take)
        self.source.edit.textChanged.connect(self._forget)
        self.words.textChanged.connect(self._forget)
        self.into_existing.toggled.connect(self._target_changed)
        self.inputs += [self.source, self.words, self.into_existing, self.as_new]

    def forget(self) -> None:
        self.pack = None
        self.outcome = None

    # -- which relationship --------------------------------------------------------------
    def into(self) -> str | None:
        if self.matches and self.into_existing.isChecked():
            return self.matches[0].uuid
        return None

    def _show_target(self, pack: Pack) -> None:
        self.matches = exchange.matches(self.vault.db, pack)
        if not self.matches:
            self.target_box.hide()
            return
        match = self.matches[0]
        sender = pack.sender_name or match.other_name
        self.target_question.setText(
            self.tr(
                "You already have a relationship with {0} that you set up yourself. Should "
                "this pack from {1} go into it, so you keep one relationship with one history?"
            ).format(match.other_name, sender)
        )
        self.into_existing.setText(
            self.tr("Add it to my &relationship with {0}").format(
                match.other_name.replace("&", "&&")
            )
        )
        self.into_existing.setAccessibleName(accessible_label(self.into_existing.text()))
        self.as_new.setAccessibleName(accessible_label(self.as_new.text()))
        self.into_existing.blockSignals(True)
        (self.into_existing if match.same_name else self.as_new).setChecked(True)
        self.into_existing.blockSignals(False)
        self.target_box.show()
        self.grow_later()

    def _target_changed(self, _checked: bool) -> None:
        if self.pack is not None and not self.running:
            self._preview(self.pack)

    # -- looking and taking ---------------------------------------------------------------
    def _forget(self) -> None:
        self.pack = None
        self.take_button.setEnabled(False)
        self.target_box.hide()

    def look(self) -> None:
        source = self.source.path()
        if source is None:
            self.show_result(self.tr("Choose the pack file."))
            return
        if not self.words.text().strip():
            self.show_result(self.tr("Type the words you agreed on."))
            return
        secret = passphrase_bytes(" ".join(self.words.text().split()))

        def work(progress: Progress) -> Pack:
            progress(0, 2)
            try:
                return read_pack(source, secret)
            finally:
                wipe(secret)

        self.run(work, self._read)

    def _read(self, result: object) -> str:
        assert isinstance(result, Pack)
        self.pack = result
        self._show_target(result)
        self._preview(result)
        return self.tr("Looking at what would change…")

    def _preview(self, pack: Pack) -> None:
        db, into = self.vault.db, self.into()

        def work(progress: Progress) -> ImportResult:
            progress(1, 2)
            return exchange.preview_pack(db, pack, into)

        self.run(work, self._previewed)

    def _previewed(self, result: object) -> str:
        assert isinstance(result, ImportResult)
        self.take_button.setEnabled(True)
        self.take_button.setDefault(True)
        name = self._sender()
        if result.created and self.into() is None:
            head = self.tr("A new relationship with {0} would be created.").format(name)
        else:
            head = self.tr("Your relationship with {0} would change.").format(name)
        return "\n".join(
            [head, self.tr("What would change: {0}.").format(describe(result.summary))]
        )

    def _sender(self) -> str:
        if self.pack is not None and self.pack.sender_name:
            return self.pack.sender_name
        return self.tr("the other person")

    def take(self) -> None:
        pack = self.pack
        if pack is None:
            return
        db, into = self.vault.db, self.into()

        def work(progress: Progress) -> ImportResult:
            progress(1, 2)
            return exchange.take_pack(db, pack, into)

        self.run(work, self._taken)

    def _taken(self, result: object) -> str:
        assert isinstance(result, ImportResult)
        self.outcome = result
        self.pack = None
        self.take_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.target_box.setEnabled(False)
        name = exchange.other_name(self.vault.db, result.relationship) or self._sender()
        lines = [
            (
                self.tr("Created the relationship with {0}: {1}.")
                if result.created and self.into() is None
                else self.tr("Updated the relationship with {0}: {1}.")
            ).format(name, describe(result.summary))
        ]
        lines.append(self.agreement_line(name, result))
        if result.summary.conflict_count:
            lines.append(
                self.tr(
                    "Some things changed on both sides. Choose which version to keep in "
                    "Relationship > Resolve differences (nothing is lost meanwhile)."
                )
            )
        return "\n".join(line for line in lines if line)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if not busy and self.pack is None:
            self.take_button.setEnabled(False)
        if busy:
            self.target_box.setEnabled(False)
        elif self.outcome is None:
            self.target_box.setEnabled(True)

    def failed(self, error: VaultError) -> None:
        self._forget()

    def agreement_line(self, name: str, result: ImportResult) -> str:
        """Both sides compare the same fingerprint after an exchange; say whether they do."""
        if not result.fingerprint_there and not result.fingerprint_here:
            return self.tr("Neither of you has an agreement yet.")
        if result.same_agreement:
            return self.tr("Your agreement matches {0}'s: fingerprint {1}.").format(
                name, fingerprint_words(result.fingerprint_here)
            )
        return self.tr(
            "Your agreement differs from {0}'s (yours {1}, theirs {2}): settle the differences, "
            "then share again."
        ).format(
            name,
            fingerprint_words(result.fingerprint_here) if result.fingerprint_here else "-",
            fingerprint_words(result.fingerprint_there) if result.fingerprint_there else "-",
        )
