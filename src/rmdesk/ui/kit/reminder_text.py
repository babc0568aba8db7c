"""The one text a meeting reminder may say, in the tray and in a calendar's alarm alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def reminder_text(minutes: int) -> str:
    """ "Reverse-mentoring meeting in 15 minutes": no name, no agenda, nothing else."""
    if minutes == 1:
        return QCoreApplication.translate("Reminders", "Reverse-mentoring meeting in 1 minute")
    # Not a %n plural: minutes > 1 here, so one form serves, and pyside6-lupdate 6.11 and 6.12
    # disagree on whether a module-level translate() with a count is a plural (the catalogue
    # would differ by the Qt version that wrote it).
    return QCoreApplication.translate(
        "Reminders", "Reverse-mentoring meeting in {0} minutes"
    ).format(QLocale().toString(minutes))
