"""Add or edit one mentor candidate: name, expertise tags, and (outside shared-screen mode)
private notes about them."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import MentorCandidate
from rmdesk.ui.kit.forms import name_buttons


def split_tags(text: str) -> tuple[str, ...]:
    """Comma-separated words to a clean tuple, order kept, duplicates dropped."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


class CandidateDialog(QDialog):
    def __init__(
        self,
        candidate: MentorCandidate | None,
        *,
        include_private: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mentor candidate"))
        self._original = candidate
        self._include_private = include_private
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(candidate.name if candidate else "", self)
        self.name_edit.setAccessibleName(self.tr("Candidate name"))
        self.expertise_edit = QLineEdit(", ".join(candidate.expertise) if candidate else "", self)
        self.expertise_edit.setAccessibleName(self.tr("Expertise, separated by commas"))
        self.expertise_edit.setPlaceholderText(self.tr("e.g. AI tools, social media, Gen Z"))
        for text, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("&Expertise:"), self.expertise_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.notes_edit: QPlainTextEdit | None = None
        if include_private:
            self.notes_edit = QPlainTextEdit(self)
            self.notes_edit.setPlainText(candidate.private_notes if candidate else "")
            self.notes_edit.setAccessibleName(self.tr("Private notes about this candidate"))
            self.notes_edit.setTabChangesFocus(True)
            label = QLabel(self.tr("Private &notes:"), self)
            label.setBuddy(self.notes_edit)
            form.addRow(label, self.notes_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        name_buttons(buttons)
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept_if_valid(self) -> None:
        if not self.name_edit.text().strip():
            self.error_label.setText(self.tr("Give the candidate a name."))
            self.error_label.show()
            return
        self.accept()

    def candidate(self) -> MentorCandidate:
        name = self.name_edit.text().strip()
        expertise = split_tags(self.expertise_edit.text())
        if self._original is None:
            notes = self.notes_edit.toPlainText() if self.notes_edit is not None else ""
            return MentorCandidate(
                relationship_id=0, name=name, expertise=expertise, private_notes=notes
            )
        changes: dict[str, object] = {"name": name, "expertise": expertise}
        if self.notes_edit is not None:
            changes["private_notes"] = self.notes_edit.toPlainText()
        return dataclasses.replace(self._original, **changes)  # type: ignore[arg-type]

    @classmethod
    def ask(
        cls, parent: QWidget | None, candidate: MentorCandidate | None, *, include_private: bool
    ) -> MentorCandidate | None:
        dialog = cls(candidate, include_private=include_private, parent=parent)
        try:
            return dialog.candidate() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
