"""A file path typed or chosen with a file dialog (one row: field and Choose… button)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    def __init__(
        self,
        accessible_name: str,
        *,
        saving: bool,
        name_filter: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._saving = saving
        self._filter = name_filter
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(
            self.tr("Choose a file for: {0}").format(accessible_name)
        )
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        self.choose_button.clicked.connect(self._choose)
        self.setFocusProxy(self.edit)

    def _choose(self) -> None:
        start = self.edit.text()
        if self._saving:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), start, self._filter)
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), start, self._filter)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser().absolute() if text else None

    def set_path(self, path: Path) -> None:
        self.edit.setText(str(path))
