"""Add or change one reflection prompt: its theme, its moment and its words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.resources import PromptLibrary, PromptMoment
from rmdesk.ui.kit.dialog_fit import size_within_window
from rmdesk.ui.kit.edit_dialog import EditDialog
from rmdesk.ui.reflections.prompt_library import OWN_THEME, PromptEntry


def moment_title(moment: PromptMoment) -> str:
    return {
        PromptMoment.ANY: QCoreApplication.translate("Prompts", "Any time"),
        PromptMoment.AFTER_MEETING: QCoreApplication.translate("Prompts", "After a meeting"),
        PromptMoment.ON_GOAL: QCoreApplication.translate("Prompts", "On a goal"),
        PromptMoment.BEFORE_SESSION: QCoreApplication.translate("Prompts", "Before a session"),
    }[moment]


def theme_title(library: PromptLibrary, key: str) -> str:
    if key == OWN_THEME:
        return QCoreApplication.translate("Prompts", "My own prompts")
    for theme in library.themes:
        if theme.key == key:
            return theme.title
    return key


def theme_description(library: PromptLibrary, key: str) -> str:
    for theme in library.themes:
        if theme.key == key:
            return theme.description
    return ""


class PromptEditDialog(EditDialog):
    def __init__(
        self, library: PromptLibrary, entry: PromptEntry | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._entry = entry
        self.setWindowTitle(self.tr("Change prompt") if entry else self.tr("New prompt"))
        layout = QVBoxLayout(self)
        if entry is not None and entry.is_builtin:
            note = QLabel(
                self.tr("This prompt came with rmdesk. Your wording is kept in your vault."), self
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)

        self.theme = QComboBox(self)
        for key in [*(t.key for t in library.themes), OWN_THEME]:
            self.theme.addItem(theme_title(library, key), key)
        self.moment = QComboBox(self)
        for moment in PromptMoment:
            self.moment.addItem(moment_title(moment), moment.value)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("A question worth answering honestly"))
        form.addRow(self._buddy(self.tr("&Theme:"), self.theme), self.theme)
        form.addRow(self._buddy(self.tr("&When:"), self.moment), self.moment)
        form.addRow(self._buddy(self.tr("&Question:"), self.text), self.text)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.moment.setAccessibleName(self.tr("When to use it"))
        self.text.setAccessibleName(self.tr("Prompt text"))

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        theme = entry.theme if entry else OWN_THEME
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        moment = entry.moment if entry else PromptMoment.ANY
        self.moment.setCurrentIndex(max(0, self.moment.findData(moment.value)))
        self.text.setPlainText(entry.text if entry else "")
        size_within_window(self, 520, 300)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def entry(self) -> PromptEntry:
        theme = str(self.theme.currentData())
        moment = PromptMoment(str(self.moment.currentData()))
        text = self.text.toPlainText().strip()
        if self._entry is None:
            return PromptEntry(theme=theme, moment=moment, text=text)
        return replace(self._entry, theme=theme, moment=moment, text=text)

    def _accept_if_valid(self) -> None:
        if not self.text.toPlainText().strip():
            self.message.setText(self.tr("Write the question first; a prompt cannot be empty."))
            self.text.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, library: PromptLibrary, entry: PromptEntry | None = None
    ) -> PromptEntry | None:
        dialog = cls(library, entry, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.entry()
        finally:
            dialog.deleteLater()
