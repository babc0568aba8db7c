"""The one flow for a file that leaves the vault unencrypted: say so, ask where, add the suffix.

Agreement, meeting summary, calendar and recognition letter all go through here, so the
warning reads the same everywhere and a new export cannot forget it.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


class PlainFormat(Enum):
    PDF = ".pdf"
    MARKDOWN = ".md"
    CALENDAR = ".ics"
    JSON = ".json"

    @property
    def suffix(self) -> str:
        return self.value

    def file_filter(self) -> str:
        return {
            PlainFormat.PDF: translate("PlainExport", "PDF document (*.pdf)"),
            PlainFormat.MARKDOWN: translate("PlainExport", "Markdown text (*.md)"),
            PlainFormat.CALENDAR: translate("PlainExport", "Calendar (*.ics)"),
            PlainFormat.JSON: translate("PlainExport", "JSON data (*.json)"),
        }[self]


def unencrypted_warning(what: str, *, includes_private: bool = False) -> str:
    """The warning's words; ``what`` names the content ("The agreement")."""
    second = (
        translate("PlainExport", "It includes private parts: your reflections and private notes.")
        if includes_private
        else translate("PlainExport", "Nothing private is in it.")
    )
    return (
        translate(
            "PlainExport",
            "{0} will be saved as an ordinary file that is NOT encrypted: anyone who can open "
            "the file can read it, without your passphrase.",
        ).format(what)
        + " "
        + second
    )


def confirm_plain_export(
    parent: QWidget | None, what: str, *, includes_private: bool = False
) -> bool:
    """Ask before an unencrypted file is written; Cancel is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("PlainExport", "Save without encryption?"),
        unencrypted_warning(what, includes_private=includes_private),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    go = box.addButton(
        translate("PlainExport", "&Save unencrypted…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def ask_save_path(
    parent: QWidget | None, caption: str, suggested_name: str, kind: PlainFormat
) -> Path | None:
    """Where to save (the platform's own dialog: the non-native one records folders in a
    settings file, see docs/security.md); the suffix is added when the user left it out."""
    name, _selected = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / (suggested_name + kind.suffix)), kind.file_filter()
    )
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != kind.suffix:
        target = target.with_name(target.name + kind.suffix)
    return target


def safe_file_name(name: str, fallback: str) -> str:
    """A suggested file name from free text (a person's name): no separators, no dots first."""
    cleaned = "".join(c if c.isalnum() or c in " -_" else "_" for c in name).strip()
    return cleaned or fallback
