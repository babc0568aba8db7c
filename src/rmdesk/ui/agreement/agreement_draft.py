"""The agreement draft: every section's title and text, editable, until it is saved as a version.

Nothing here writes to the vault; the view saves the draft as a new version when asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import AgreementSection
from rmdesk.ui.kit.flow_layout import FlowLayout
from rmdesk.ui.kit.wrapped_label import WrappedLabel

CUSTOM_KEY = "custom_{0}"


class AgreementDraftEditor(QWidget):
    save_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDraft")
        self._rows: list[tuple[str, QLineEdit, QPlainTextEdit]] = []
        self._start: tuple[AgreementSection, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint_label = WrappedLabel("", self)
        layout.addWidget(self.hint_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._holder = QWidget(scroll)
        self._sections_layout = QVBoxLayout(self._holder)
        self._sections_layout.addStretch(1)
        scroll.setWidget(self._holder)
        layout.addWidget(scroll, 1)
        self.error_label = WrappedLabel("", self)
        self.error_label.setObjectName("draftError")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = FlowLayout()
        self.add_section_button = QPushButton(self.tr("Add a se&ction"), self)
        self.discard_button = QPushButton(self.tr("&Discard draft"), self)
        self.save_button = QPushButton(self.tr("&Save as new version"), self)
        self.save_button.setToolTip(self.tr("Save the draft as a new, read-only version (Ctrl+S)"))
        buttons.addWidget(self.add_section_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.add_section_button.clicked.connect(lambda: self.add_section())
        self.discard_button.clicked.connect(self.discard_requested)
        self.save_button.clicked.connect(self.save_requested)

    def load(self, sections: Sequence[AgreementSection], number: int) -> None:
        for _key, title, _body in self._rows:
            box = title.parentWidget()
            if box is not None:
                box.hide()
                box.deleteLater()
        self._rows = []
        self._start = tuple(rules.canonical_section(s) for s in sections)
        self.hint_label.setText(
            self.tr(
                "Draft of version {0}. Change what you both want changed; a section left with "
                "no title and no text is left out. Once saved, the version cannot be edited, "
                "and each of you confirms it."
            ).format(number)
        )
        self.error_label.hide()
        for section in sections:
            self.add_section(section)

    def add_section(self, section: AgreementSection | None = None) -> None:
        if section is None:
            used = {key for key, _t, _b in self._rows}
            n = 1
            while CUSTOM_KEY.format(n) in used:
                n += 1
            section = AgreementSection(CUSTOM_KEY.format(n), "", "")
        number = len(self._rows) + 1
        box = QGroupBox(self.tr("Section {0}").format(number), self._holder)
        box_layout = QVBoxLayout(box)
        title = QLineEdit(section.title, box)
        title.setAccessibleName(self.tr("Section {0} title").format(number))
        title.setPlaceholderText(self.tr("Title"))
        body = QPlainTextEdit(box)
        body.setPlainText(section.body)
        body.setAccessibleName(self.tr("Section {0} text").format(number))
        body.setTabChangesFocus(True)
        body.setMinimumHeight(140)
        box_layout.addWidget(title)
        box_layout.addWidget(body)
        self._sections_layout.insertWidget(self._sections_layout.count() - 1, box)
        self._rows.append((section.key, title, body))
        if not section.title and not section.body:
            title.setFocus()

    def sections(self) -> tuple[AgreementSection, ...]:
        """The typed sections in canonical form; empty ones left out."""
        out = []
        for key, title, body in self._rows:
            section = rules.canonical_section(
                AgreementSection(key, title.text(), body.toPlainText())
            )
            if section.title or section.body:
                out.append(section)
        return tuple(out)

    def changed(self) -> bool:
        return self.sections() != self._start

    def title_edits(self) -> list[QLineEdit]:
        return [title for _key, title, _body in self._rows]

    def body_edits(self) -> list[QPlainTextEdit]:
        return [body for _key, _title, body in self._rows]

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
