"""Choose which unfinished items of the last held meeting come along to this one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rmdesk.domain.models import AgendaItem
from rmdesk.privacy.display_text import one_line
from rmdesk.ui.kit.dialog_fit import keep_title_whole
from rmdesk.ui.kit.forms import name_buttons


class CarryOverDialog(QDialog):
    def __init__(self, offered: list[AgendaItem], when: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carry over unfinished items"))
        keep_title_whole(self)  # a translated title is longer
        self._offered = offered
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr("Not finished at the meeting on {0}. &Tick what to bring to this one:").format(
                when
            ),
            self,
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Unfinished items"))
        label.setBuddy(self.list)
        for item in offered:
            row = QListWidgetItem(one_line(item.title), self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        if offered:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)

    def chosen(self) -> list[AgendaItem]:
        return [
            item
            for row, item in enumerate(self._offered)
            if (entry := self.list.item(row)) is not None
            and entry.checkState() == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(
        cls, parent: QWidget | None, offered: list[AgendaItem], when: str
    ) -> list[AgendaItem] | None:
        dialog = cls(offered, when, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
