"""The confidentiality agreement (seed step 3): versions, confirmations by both, fingerprint.

Every saved version is read-only; a change is a draft that becomes the next version. Each
person confirms a version by typing their name, which records the SHA-256 of exactly that
text. ``agreement.coverage`` decides what counts as confirmed, so a later edit, or a stored
text that no longer matches its hash, is never shown as confirmed. Shared content only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
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
from rmdesk.ui.agreement.agreement_confirm_dialog import AgreementConfirmDialog
from rmdesk.ui.agreement.agreement_draft import AgreementDraftEditor
from rmdesk.ui.agreement.agreement_export_flow import export_version
from rmdesk.ui.agreement.agreement_text import (
    AgreementState,
    agreement_state,
    diff_lines,
    short_time,
)
from rmdesk.ui.kit import view_keys
from rmdesk.ui.kit.adaptive_splitter import AdaptiveSplitter
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.kit.empty_state import EmptyState
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.language import content_language
from rmdesk.ui.kit.plain_export import PlainFormat
from rmdesk.ui.kit.type_scale import TextRole, apply_text_role, limit_line_length
from rmdesk.ui.kit.view_keys import view_action
from rmdesk.ui.kit.wrapped_label import WrappedLabel

PAGE_EMPTY, PAGE_READ, PAGE_DRAFT = range(3)


class AgreementView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementView")
        self._context = context
        assert context.relationship.id is not None
        self._rel_id = context.relationship.id
        self._repo = context.data.shared.agreements
        self._versions: list[AgreementVersion] = []
        self._state: AgreementState | None = None
        self._drafting = False
        self._draft_number = 0

        layout = QVBoxLayout(self)
        self.status_label = WrappedLabel("", self)
        self.status_label.setObjectName("agreementStatus")
        apply_text_role(self.status_label, TextRole.SUBTITLE)
        layout.addWidget(self.status_label)
        self.tamper_label = WrappedLabel("", self)
        self.tamper_label.setObjectName("agreementTamperWarning")
        self.tamper_label.setFrameShape(QLabel.Shape.Box)
        self.tamper_label.setMargin(6)
        self.tamper_label.hide()
        layout.addWidget(self.tamper_label)
        layout.addLayout(self._fingerprint_row())
        layout.addLayout(self._command_row())
        self.confirmations_label = WrappedLabel("", self)
        self.confirmations_label.setObjectName("agreementConfirmations")
        layout.addWidget(self.confirmations_label)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._empty_page())
        self.pages.addWidget(self._reading_page())
        self.draft_editor = AgreementDraftEditor(self.pages)
        self.pages.addWidget(self.draft_editor)
        layout.addWidget(self.pages, 1)

        self.save_action = view_action(self, view_keys.AGREEMENT_SAVE, self.save_draft)
        self.draft_editor.save_requested.connect(self.save_draft)
        self.draft_editor.discard_requested.connect(self.discard_draft)
        self.version_combo.currentIndexChanged.connect(self._on_version_picked)
        self.reload()

    # -- layout pieces ---------------------------------------------------------------------
    def _fingerprint_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        caption = QLabel(self.tr("Fingerprint:"), self)
        self.fingerprint_label = QLabel("", self)
        self.fingerprint_label.setObjectName("agreementFingerprint")
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))
        hint = WrappedLabel(
            self.tr("Compare it aloud with the copy on the other person's computer."), self
        )
        self._version_widgets: list[QWidget] = [caption, self.fingerprint_label, hint]
        row.addWidget(caption)
        row.addWidget(self.fingerprint_label)
        row.addSpacing(12)
        row.addWidget(hint, 1)
        return row

    def _command_row(self) -> FlowLayout:
        row = FlowLayout()
        picker_label = QLabel(self.tr("Versi&on:"), self)
        self.version_combo = QComboBox(self)
        self.version_combo.setAccessibleName(self.tr("Version"))
        self.version_combo.setToolTip(self.tr("Every saved version, read-only"))
        picker_label.setBuddy(self.version_combo)
        self.edit_button = QPushButton(self.tr("&Edit as a new version"), self)
        self.edit_button.setToolTip(
            self.tr("Start a draft from the version shown; saving it makes the next version")
        )
        self.confirm_leader_button = QPushButton(self.tr("Confirm as &leader…"), self)
        self.confirm_mentor_button = QPushButton(self.tr("Confirm as &mentor…"), self)
        self.export_pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.export_markdown_button = QPushButton(self.tr("Export Mar&kdown…"), self)
        # With no version yet these say nothing: hidden, so the empty state's one action
        # is the only thing asking for attention.
        self._version_widgets += [
            picker_label,
            self.version_combo,
            self.edit_button,
            self.confirm_leader_button,
            self.confirm_mentor_button,
            self.export_pdf_button,
            self.export_markdown_button,
        ]
        for widget in (picker_label, self.version_combo, self.edit_button):
            row.addWidget(widget)
        for widget in (
            self.confirm_leader_button,
            self.confirm_mentor_button,
            self.export_pdf_button,
            self.export_markdown_button,
        ):
            row.addWidget(widget)
        self.edit_button.clicked.connect(self.start_edit)
        self.confirm_leader_button.clicked.connect(lambda: self.confirm(Role.LEADER))
        self.confirm_mentor_button.clicked.connect(lambda: self.confirm(Role.MENTOR))
        self.export_pdf_button.clicked.connect(lambda: self.export(PlainFormat.PDF))
        self.export_markdown_button.clicked.connect(lambda: self.export(PlainFormat.MARKDOWN))
        return row

    def _empty_page(self) -> QWidget:
        page = EmptyState(
            self.tr("No agreement yet"),
            self.tr(
                "Start from our template: it already names you both, your purpose, goals and "
                "rhythm. Change what you want, save it, then each of you confirms it by "
                "typing your name."
            ),
            self.tr("&Start from the template"),
            self.start_from_template,
            self,
        )
        self.template_button = page.button
        return page

    def _reading_page(self) -> QWidget:
        splitter = AdaptiveSplitter(self)
        self.text_view = QPlainTextEdit(splitter)
        self.text_view.setObjectName("agreementText")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Agreement text"))
        limit_line_length(self.text_view)
        self.diff_box = QGroupBox(splitter)
        diff_layout = QVBoxLayout(self.diff_box)
        self.diff_view = QPlainTextEdit(self.diff_box)
        self.diff_view.setObjectName("agreementDiff")
        self.diff_view.setReadOnly(True)
        self.diff_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.diff_view.setAccessibleName(self.tr("Changes since the confirmed version"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.diff_view.setFont(mono)
        diff_layout.addWidget(self.diff_view)
        splitter.addWidget(self.text_view)
        splitter.addWidget(self.diff_box)
        return splitter

    # -- reading ---------------------------------------------------------------------------
    def _relationship(self) -> Relationship:
        """Read fresh: names may have been corrected with Edit relationship meanwhile."""
        found = self._context.data.shared.relationships.get(self._rel_id)
        return found if found is not None else self._context.relationship

    def reload(self, show_number: int | None = None) -> None:
        self._versions = self._repo.list_versions(self._rel_id)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for version in reversed(self._versions):  # newest first
            confirmed = rules.coverage(version).complete
            self.version_combo.addItem(
                self.tr("Version {0} — {1}{2}").format(
                    version.number,
                    short_time(version.created_at),
                    self.tr(" — confirmed by both") if confirmed else "",
                ),
                version.number,
            )
        wanted = show_number if show_number is not None else self._shown_number()
        index = self.version_combo.findData(wanted) if wanted is not None else 0
        self.version_combo.setCurrentIndex(max(index, 0))
        self.version_combo.blockSignals(False)
        self._show_current()

    def _shown_number(self) -> int | None:
        data = self.version_combo.currentData()
        return int(data) if data is not None else None

    def shown_version(self) -> AgreementVersion | None:
        number = self._shown_number()
        return next((v for v in self._versions if v.number == number), None)

    def _on_version_picked(self, _index: int) -> None:
        self._show_current()

    def _show_current(self) -> None:
        if self._drafting:
            return
        version = self.shown_version()
        has_versions = version is not None
        self.pages.setCurrentIndex(PAGE_READ if has_versions else PAGE_EMPTY)
        for widget in self._version_widgets:
            widget.setVisible(has_versions)
        self.status_label.setVisible(has_versions)  # the empty state says it already
        self.version_combo.setEnabled(has_versions)
        self.edit_button.setEnabled(has_versions)
        if version is None:
            self._state = None
            self.status_label.setText(self.tr("No agreement yet."))
            self.fingerprint_label.setText("—")
            self.confirmations_label.clear()
            self.tamper_label.hide()
            for button in self._version_buttons():
                button.setEnabled(False)
            return
        state = agreement_state(version, self._versions, self._relationship())
        self._state = state
        self.status_label.setText(state.headline)
        self.tamper_label.setText(state.tamper_warning)
        self.tamper_label.setVisible(bool(state.tamper_warning))
        self.fingerprint_label.setText(state.fingerprint)
        self.confirmations_label.setText("\n".join(state.confirmation_lines))
        self._fill_text(version)
        if state.diff_against is not None:
            self.diff_box.setTitle(
                self.tr("Changes since version {0}, which you both confirmed").format(
                    state.diff_against.number
                )
            )
            self.diff_view.setPlainText("\n".join(diff_lines(state.diff_against, version)))
            self.diff_box.show()
        else:
            self.diff_view.clear()
            self.diff_box.hide()
        self.confirm_leader_button.setEnabled(Role.LEADER in state.can_confirm)
        self.confirm_mentor_button.setEnabled(Role.MENTOR in state.can_confirm)
        exportable = state.exportable is not None
        self.export_pdf_button.setEnabled(exportable)
        self.export_markdown_button.setEnabled(exportable)
        tip = (
            self.tr("Export version {0}, confirmed by both").format(state.exportable.number)
            if state.exportable is not None
            else self.tr("Available once you have both confirmed a version")
        )
        self.export_pdf_button.setToolTip(tip)
        self.export_markdown_button.setToolTip(tip)

    def _version_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.confirm_leader_button,
            self.confirm_mentor_button,
            self.export_pdf_button,
            self.export_markdown_button,
        )

    def _fill_text(self, version: AgreementVersion) -> None:
        """Titles in bold, bodies as typed: plain text with formatting, never markup."""
        self.text_view.clear()
        cursor = QTextCursor(self.text_view.document())
        plain, heading = QTextCharFormat(), QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        for index, section in enumerate(version.sections):
            if index:
                cursor.insertText("\n\n", plain)
            cursor.insertText(neutralise(section.title), heading)
            cursor.insertText("\n" + section.body, plain)
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)

    # -- drafting --------------------------------------------------------------------------
    def start_from_template(self) -> None:
        goals = self._context.data.shared.goals.list_for_relationship(
            self._rel_id, include_archived=False
        )
        sections = rules.fill_template(
            self._relationship(), [g.title for g in goals], language=content_language()
        )
        self._begin_draft(sections)

    def start_edit(self) -> None:
        version = self.shown_version()
        if version is not None:
            self._begin_draft(version.sections)

    def _begin_draft(self, sections: tuple[AgreementSection, ...]) -> None:
        self._drafting = True
        self._draft_number = self._repo.next_number(self._rel_id)
        self.draft_editor.load(sections, self._draft_number)
        self.pages.setCurrentIndex(PAGE_DRAFT)
        self.status_label.show()
        self.status_label.setText(
            self.tr("Drafting version {0}: not saved yet, so nobody has confirmed it.").format(
                self._draft_number
            )
        )
        self.tamper_label.hide()
        self.fingerprint_label.setText("—")
        self.confirmations_label.clear()
        self.version_combo.setEnabled(False)
        self.edit_button.setEnabled(False)
        for button in self._version_buttons():
            button.setEnabled(False)
        titles = self.draft_editor.title_edits()
        if titles:
            titles[0].setFocus()

    def is_drafting(self) -> bool:
        return self._drafting

    def save_draft(self) -> bool:
        """Save the draft as the next version; False (with the reason shown) if not saved."""
        if not self._drafting:
            return False
        sections = self.draft_editor.sections()
        if not sections:
            self.draft_editor.show_error(self.tr("Write at least one section before saving."))
            return False
        latest = self._versions[-1] if self._versions else None
        sha = rules.sha256_hex(sections)
        if latest is not None and sha == rules.coverage(latest).sha256:
            self.draft_editor.show_error(
                self.tr("This is the same text as version {0}; nothing to save.").format(
                    latest.number
                )
            )
            return False
        version = AgreementVersion(
            relationship_id=self._rel_id,
            number=self._repo.next_number(self._rel_id),
            sections=sections,
            sha256=sha,
        )
        try:
            saved = self._repo.add_version(version)
        except VaultError as error:
            if getattr(self, "_saving_on_exit", False):
                raise  # the workspace reports it: no modal box while locking
            self._show_error(error)
            return False
        except ValidationError as error:
            self.draft_editor.show_error(error.message)
            return False
        self._drafting = False
        self.reload(show_number=saved.number)
        return True

    def discard_draft(self) -> None:
        if self._drafting and self.draft_editor.changed():
            answer = QMessageBox.question(
                self,
                self.tr("Discard draft"),
                self.tr("Throw away the changes in this draft? They cannot be brought back."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            # Hidden: locked or switched to shared-screen mode while asking.
            if answer != QMessageBox.StandardButton.Discard or not self.isVisible():
                return
        self._drafting = False
        self.reload()

    def save_pending(self) -> None:
        """Leaving the view with typed changes keeps them as a new, unconfirmed version: a
        draft has nowhere else to live, and losing typed text is worse."""
        if self._drafting and self.draft_editor.changed() and self.draft_editor.sections():
            self._saving_on_exit = True
            try:
                self.save_draft()
            finally:
                self._saving_on_exit = False

    # -- confirming and exporting ----------------------------------------------------------
    def confirm(self, party: Role) -> None:
        version = self.shown_version()
        state = self._state
        if version is None or version.id is None or state is None:
            return
        if party not in state.can_confirm:
            return
        relationship = self._relationship()
        expected = relationship.name_of(party)
        name = AgreementConfirmDialog.ask(self, party, expected, version.number, state.fingerprint)
        if name is None:
            return
        confirmation = AgreementConfirmation(
            version_id=version.id, party=party, name=name, sha256=version.sha256
        )
        try:
            self._repo.confirm(confirmation)
        except VaultError as error:
            self._show_error(error)
            return
        except ValidationError as error:
            QMessageBox.information(self, self.tr("Not confirmed"), error.message)
        self.reload(show_number=version.number)

    def export(self, kind: PlainFormat) -> None:
        state = self._state
        if state is None or state.exportable is None:
            return
        export_version(self, state.exportable, self._relationship(), kind)

    def _show_error(self, error: VaultError) -> None:
        show_not_saved(self, error)
