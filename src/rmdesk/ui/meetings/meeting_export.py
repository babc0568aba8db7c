"""The two questions every plain export asks: "this file is not encrypted — go on?" and
"where?". Small functions so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingExport", text)


def confirm_plain_export(parent: QWidget | None, what: str) -> bool:
    """Ask plainly before an unencrypted file is written; ``what`` names the content."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _t("Export without encryption"),
        _t(
            "{0} will be written to a file that is NOT encrypted. Anyone who can open the "
            "file can read it. Private notes are left out."
        ).format(what),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    go = box.addButton(_t("&Export unencrypted"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def ask_save_path(
    parent: QWidget | None, caption: str, suggested_name: str, file_filter: str
) -> Path | None:
    """The platform's own save dialog (the non-native one records folders in a settings
    file, see docs/security.md)."""
    name, _selected = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / suggested_name), file_filter
    )
    return Path(name) if name else None
