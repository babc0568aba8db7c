"""Options for the recognition letter, with the plain warning that the file is unencrypted.

Accepting this dialog is the user's confirmation: its button says "Save unencrypted...".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rmdesk.ui.kit.forms import (
    error_label,
    from_qdate,
    name_buttons,
    text_editor,
    to_qdate,
)
from rmdesk.ui.kit.plain_export import unencrypted_warning


@dataclass(frozen=True)
class LetterRequest:
    period_start: date
    period_end: date
    personal_words: str
    as_pdf: bool


class RecognitionLetterDialog(QDialog):
    def __init__(self, first_day: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recognition letter"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A letter your mentor can keep or show their own manager: your "
                "acknowledgements, the actions they led to and what changed, in the period "
                "you choose, and a few closing words of your own. Only shared content goes "
                "in: no private notes, no reflections."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.from_edit = self._date(to_qdate(first_day), self.tr("Period from"))
        self.to_edit = self._date(to_qdate(today), self.tr("Period to"))
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        from_label = QLabel(self.tr("&From"), period)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&to"), period)
        to_label.setBuddy(self.to_edit)
        for widget in (from_label, self.from_edit, to_label, self.to_edit):
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow(self.tr("Period:"), period)
        self.words_edit = text_editor(
            self,
            self.tr("Closing words"),
            self.tr("Optional: what working with your mentor meant to you"),
            90,
        )
        words_label = QLabel(self.tr("Closing &words:"), self)
        words_label.setBuddy(self.words_edit)
        form.addRow(words_label, self.words_edit)
        formats = QWidget(self)
        format_row = QHBoxLayout(formats)
        format_row.setContentsMargins(0, 0, 0, 0)
        self.pdf_radio = QRadioButton(self.tr("&PDF"), formats)
        self.markdown_radio = QRadioButton(self.tr("&Markdown"), formats)
        self.pdf_radio.setChecked(True)
        self._group = QButtonGroup(self)
        for radio in (self.pdf_radio, self.markdown_radio):
            self._group.addButton(radio)
            format_row.addWidget(radio)
        format_row.addStretch(1)
        form.addRow(self.tr("Format:"), formats)

        # Accepting this dialog is the confirmation, so the warning is shown here, not asked.
        warning = QLabel(unencrypted_warning(self.tr("The letter")), self)
        warning.setObjectName("unencryptedWarning")
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setWordWrap(True)
        font = warning.font()
        font.setBold(True)
        warning.setFont(font)
        layout.addWidget(warning)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save unencrypted letter…"))
        name_buttons(self.buttons)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.result_request: LetterRequest | None = None
        self.resize(560, 400)

    def _date(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDate(value)
        return edit

    def _accept_if_valid(self) -> None:
        start, end = from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())
        if end < start:
            self.error_label.setText(self.tr("The period ends before it starts."))
            self.error_label.show()
            self.to_edit.setFocus()
            return
        self.result_request = LetterRequest(
            period_start=start,
            period_end=end,
            personal_words=self.words_edit.toPlainText().strip(),
            as_pdf=self.pdf_radio.isChecked(),
        )
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, first_day: date, today: date) -> LetterRequest | None:
        dialog = cls(first_day, today, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_request
            return None
        finally:
            dialog.deleteLater()
