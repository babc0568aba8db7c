"""Relationship ▸ Share with <the other person>…: the pack passphrase to read aloud, where to
save, and the pack written off the UI thread; then what went in and what never does.

Only the relationship's shared rows are read (the ``shared`` scope has no private table or
column at all), so sharing is as safe on a shared screen as anywhere: both people are in the
room, and nothing private is loaded for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from rmdesk.domain import pack_words, strength
from rmdesk.services import exchange
from rmdesk.services.progress import Progress
from rmdesk.store.kdf import passphrase_bytes, wipe
from rmdesk.store.vault import Vault
from rmdesk.ui.exchange.exchange_dialog import ExchangeDialog, StartJob
from rmdesk.ui.exchange.exchange_text import contents, fingerprint_words
from rmdesk.ui.kit.path_field import PathField


def _file_name(name: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in name.strip()).strip("-").lower()
    return f"rmdesk-for-{safe or 'partner'}{exchange.PACK_SUFFIX}"


class ShareDialog(ExchangeDialog):
    def __init__(
        self,
        start_job: StartJob,
        vault: Vault,
        relationship: str,
        other_name: str,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(start_job, vault, parent)
        self.setObjectName("shareDialog")
        self.setWindowTitle(self.tr("Share with {0}").format(other_name))
        self.relationship = relationship
        self.other_name = other_name
        self.written: exchange.ShareResult | None = None
        intro = QLabel(
            self.tr(
                "Writes one encrypted file with what you and {0} share: the purpose, both "
                "people's goals and progress, the agreement with its confirmations, meetings "
                "with agenda items, shared notes and outcomes, actions, acknowledgements and "
                "check-in ratings. Give {0} the file (a USB stick, your own file share) and "
                "read the words below aloud; {0} opens it with Open a pack."
            ).format(other_name),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        never = QLabel(
            self.tr(
                "Never in the pack: your reflections, private meeting notes, mentor "
                "candidates, the fields only the leader sees, and other relationships."
            ),
            self,
        )
        never.setObjectName("neverShared")
        never.setWordWrap(True)
        self.form.addWidget(never)
        fields = QFormLayout()
        row = QHBoxLayout()
        self.words = QLineEdit(self)
        self.words.setObjectName("packWords")
        self.words.setAccessibleName(self.tr("Pack passphrase"))
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.words.setFont(font)
        self.new_words_button = QPushButton(self.tr("New &words"), self)
        self.new_words_button.setAccessibleName(self.tr("Propose new words"))
        row.addWidget(self.words, 1)
        row.addWidget(self.new_words_button)
        label = QLabel(self.tr("Pack &passphrase:"), self)
        label.setBuddy(self.words)
        fields.addRow(label, row)
        hint = QLabel(
            self.tr("Read the words aloud to {0}, or type words you both agree on.").format(
                other_name
            ),
            self,
        )
        hint.setWordWrap(True)
        fields.addRow("", hint)
        self.target = PathField(
            self.tr("Pack file"),
            saving=True,
            name_filter=self.tr("rmdesk packs (*.rmpack)"),
            parent=self,
        )
        self.target.set_path(folder / _file_name(other_name))
        label = QLabel(self.tr("Save &to:"), self)
        label.setBuddy(self.target.edit)
        fields.addRow(label, self.target)
        self.form.addLayout(fields)
        self.write_button = self.add_button(self.tr("Write the p&ack"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.new_words_button.clicked.connect(self.propose_words)
        self.propose_words()
        self.inputs += [self.words, self.new_words_button, self.target]

    def forget(self) -> None:
        self.written = None

    def propose_words(self) -> None:
        self.words.setText(pack_words.suggest())

    def start(self) -> None:
        words = self.words.text().strip()
        if not strength.is_acceptable(words):
            self.show_result(
                self.tr(
                    "Those words are too easy to guess. Use the proposed words (New words), "
                    "or four or more words of your own. Nothing was written."
                )
            )
            return
        chosen = self.target.path()
        if chosen is None or not chosen.parent.is_dir():
            self.show_result(self.tr("Choose an existing folder for the pack."))
            return
        target = exchange.with_suffix(chosen)
        self.target.set_path(target)
        if target.exists() and target.resolve() == self.vault.path.resolve():
            self.show_result(self.tr("That is the vault itself; choose another file."))
            return
        db, relationship = self.vault.db, self.relationship
        secret = passphrase_bytes(" ".join(words.split()))

        def work(progress: Progress) -> exchange.ShareResult:
            try:
                return exchange.share(db, relationship, target, secret, progress)
            finally:
                wipe(secret)

        self.run(work, self._written)

    def _written(self, result: object) -> str:
        assert isinstance(result, exchange.ShareResult)
        self.written = result
        lines = [
            self.tr("Wrote the pack for {0} to {1} (encrypted).").format(
                self.other_name, result.target
            ),
            self.tr("In it: {0}.").format(contents(result.counts)),
        ]
        if result.fingerprint:
            lines.append(
                self.tr("Agreement fingerprint: {0}. {1} sees the same after opening it.").format(
                    fingerprint_words(result.fingerprint), self.other_name
                )
            )
        lines.append(self.tr("Now read the words aloud to {0}.").format(self.other_name))
        return "\n".join(lines)
