"""Step 4 of the guided setup: read the agreement together and each confirm it.

The text is the same template the Agreement section starts from (``fill_template``), saved
as version 1 only when the first person confirms, so skipping this step leaves nothing
behind. Confirming goes through the Agreement section's own dialog (handed in by the shell:
rooms do not import each other), so both places ask the same thing in the same words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import (
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Relationship,
    Role,
)
from rmdesk.domain.validation import ValidationError
from rmdesk.privacy.display_text import neutralise
from rmdesk.store.errors import VaultError
from rmdesk.ui.guide.guided_pages import GuidePage
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.forms import push_button
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.kit.section_text import show_sections
from rmdesk.ui.kit.wrapped_label import WrappedLabel

# (parent, party, expected name, version number, fingerprint) -> the typed name or None:
# the signature of AgreementConfirmDialog.ask.
ConfirmAsk = Callable[[QWidget, Role, str, int, str], str | None]


class AgreementPage(GuidePage):
    def __init__(self, confirm_ask: ConfirmAsk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm_ask = confirm_ask
        self._version: AgreementVersion | None = None
        self.setTitle(self.tr("Step 4: the agreement you confirm together"))
        self.setSubTitle(
            self.tr(
                "What you say to each other stays between you. Read this together, then each "
                "of you confirms it by typing your own name."
            )
        )
        layout = QVBoxLayout(self)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("guideAgreementText")
        self.text_view.setReadOnly(True)
        self.text_view.setTabChangesFocus(True)
        self.text_view.setAccessibleName(self.tr("Agreement text"))
        # Keyboard users can still read it line by line with the arrow keys.
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.text_view, 1)
        self.status_label = WrappedLabel("", self)
        self.status_label.setObjectName("guideAgreementStatus")
        self.status_label.setAccessibleName(self.tr("Who has confirmed"))
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.fingerprint_label = QLabel("", self)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setBold(True)
        self.fingerprint_label.setFont(mono)
        row.addWidget(self.fingerprint_label)
        row.addStretch(1)
        self.leader_button = push_button(
            self.tr("Confirm as &leader…"), self, lambda: self.confirm(Role.LEADER)
        )
        self.mentor_button = push_button(
            self.tr("Confirm as m&entor…"), self, lambda: self.confirm(Role.MENTOR)
        )
        for button in (self.leader_button, self.mentor_button):
            button.setAutoDefault(False)  # Return keeps meaning "Next" on this page
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(
            WrappedLabel(
                self.tr(
                    "To change the wording, skip this step and open Agreement: a changed text "
                    "becomes a new version for you both to confirm."
                ),
                self,
            )
        )

    # -- state -----------------------------------------------------------------------------
    def load(self, draft: Relationship) -> None:
        self._version = (
            self.guide().shared.agreements.latest(draft.id) if draft.id is not None else None
        )
        self._show()

    def _template_sections(self) -> tuple[AgreementSection, ...]:
        draft = self.guide().draft
        goals = (
            self.guide().shared.goals.list_for_relationship(draft.id, include_archived=False)
            if draft.id is not None
            else []
        )
        return rules.fill_template(
            draft, [goal.title for goal in goals], language=content_language()
        )

    def _show(self) -> None:
        version = self._version
        sections = version.sections if version is not None else self._template_sections()
        show_sections(self.text_view, sections)
        sha = rules.coverage(version).sha256 if version is not None else rules.sha256_hex(sections)
        fingerprint = rules.fingerprint(sha)
        self.fingerprint_label.setText(self.tr("Fingerprint: {0}").format(fingerprint))
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint {0}").format(fingerprint))
        confirmed = rules.coverage(version).confirmed_by if version is not None else frozenset()
        self.leader_button.setEnabled(Role.LEADER not in confirmed)
        self.mentor_button.setEnabled(Role.MENTOR not in confirmed)
        self.status_label.setText(self._status_text(confirmed))

    def _status_text(self, confirmed: frozenset[Role]) -> str:
        if confirmed >= {Role.LEADER, Role.MENTOR}:
            return self.tr("Confirmed by you both. Nothing more to do here.")
        if Role.LEADER in confirmed:
            return self.tr("The leader has confirmed; the mentor has not yet.")
        if Role.MENTOR in confirmed:
            return self.tr("The mentor has confirmed; the leader has not yet.")
        return self.tr("Not confirmed yet. You can also do this later, in Agreement.")

    def confirmed_by_both(self) -> bool:
        version = self._version
        return version is not None and rules.coverage(version).complete

    # -- confirming ------------------------------------------------------------------------
    def confirm(self, party: Role) -> None:
        guide = self.guide()
        draft = guide.draft
        if draft.id is None:
            return
        try:
            version = self._version or self._save_first_version(draft.id)
        except VaultError as error:
            show_not_saved(self, error)
            return
        if version.id is None:
            return
        self._version = version
        self._show()
        fingerprint = rules.fingerprint(version.sha256)
        name = self._confirm_ask(self, party, draft.name_of(party), version.number, fingerprint)
        if name is None or guide.is_closed():
            return
        try:
            guide.shared.agreements.confirm(
                AgreementConfirmation(
                    version_id=version.id, party=party, name=name, sha256=version.sha256
                )
            )
        except VaultError as error:
            show_not_saved(self, error)
            return
        except ValidationError as error:
            QMessageBox.information(self, self.tr("Not confirmed"), neutralise(error.message))
        self._version = guide.shared.agreements.get_version(version.id)
        self._show()
        self._focus_what_comes_next()

    def _focus_what_comes_next(self) -> None:
        """The button just used is disabled now: the focus goes to the other person's turn,
        or to Next once both have confirmed, never nowhere."""
        for button in (self.leader_button, self.mentor_button):
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.guide().button(self.guide().WizardButton.NextButton).setFocus()

    def _save_first_version(self, relationship_id: int) -> AgreementVersion:
        repo = self.guide().shared.agreements
        sections = self._template_sections()
        return repo.add_version(
            AgreementVersion(
                relationship_id=relationship_id,
                number=repo.next_number(relationship_id),
                sections=sections,
                sha256=rules.sha256_hex(sections),
            )
        )

    def store(self, draft: Relationship) -> Relationship:
        """Next keeps the agreement shown as version 1, confirmed or not: "later, in
        Agreement" finds it there, with the fingerprint seen here (Skip keeps nothing)."""
        if self._version is None and draft.id is not None and not self.guide().skipping:
            try:
                self._version = self._save_first_version(draft.id)
            except VaultError as error:
                show_not_saved(self, error)
        return draft

    def first_field(self) -> QWidget:
        return self.text_view
