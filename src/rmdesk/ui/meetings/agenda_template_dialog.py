"""Pick a reusable agenda: the ones rmdesk ships and the pair's own saved ones."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain import resources
from rmdesk.domain.models import AgendaKind, AgendaTemplate, AgendaTemplateItem, Role
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.dialog_fit import keep_title_whole
from rmdesk.ui.kit.forms import name_buttons
from rmdesk.ui.kit.language import content_language


@dataclass(frozen=True, slots=True)
class TemplateChoice:
    name: str
    items: tuple[AgendaTemplateItem, ...]


def builtin_choices() -> list[TemplateChoice]:
    return [
        TemplateChoice(
            t.name,
            tuple(
                AgendaTemplateItem(
                    kind=AgendaKind(i.kind),
                    title=i.title,
                    owner=Role(i.owner),
                    time_box_minutes=i.minutes,
                )
                for i in t.items
            ),
        )
        for t in resources.load_agenda_templates(content_language())
    ]


def saved_choices(templates: list[AgendaTemplate]) -> list[TemplateChoice]:
    return [TemplateChoice(t.name, t.items) for t in templates]


class AgendaTemplateDialog(QDialog):
    def __init__(
        self, builtin: list[TemplateChoice], saved: list[TemplateChoice], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use an agenda template"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Templates (their items are added to this agenda):"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Agenda templates"))
        # Long template descriptions wrap inside the list instead of scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        label.setBuddy(self.list)
        self._choices: list[TemplateChoice] = []
        for choice, source in [(c, self.tr("built in")) for c in builtin] + [
            (c, self.tr("yours")) for c in saved
        ]:
            minutes = sum(i.time_box_minutes for i in choice.items)
            text = self.tr("{0} — %n item(s), {1} min ({2})", "", len(choice.items)).format(
                one_line(choice.name), minutes, source
            )
            row = QListWidgetItem(text, self.list)
            row.setData(Qt.ItemDataRole.UserRole, len(self._choices))
            self._choices.append(choice)
        if self._choices:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        name_buttons(buttons)
        layout.addWidget(buttons)

    def choice(self) -> TemplateChoice | None:
        row = self.list.currentRow()
        return self._choices[row] if 0 <= row < len(self._choices) else None

    @classmethod
    def ask(
        cls, parent: QWidget | None, builtin: list[TemplateChoice], saved: list[TemplateChoice]
    ) -> TemplateChoice | None:
        dialog = cls(builtin, saved, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_template_name(parent: QWidget | None) -> str | None:
    """The name for saving the current agenda as the pair's own template."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("AgendaTemplateDialog", "Save as template"))
    layout = QVBoxLayout(dialog)
    label = QLabel(
        QCoreApplication.translate("AgendaTemplateDialog", "&Name of the template:"), dialog
    )
    name = QLineEdit(dialog)
    name.setAccessibleName(
        QCoreApplication.translate("AgendaTemplateDialog", "Name of the template")
    )
    label.setBuddy(name)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", ""))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    for widget in (label, name, buttons):
        layout.addWidget(widget)
    keep_title_whole(dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return name.text().strip() or None
    finally:
        dialog.deleteLater()
